package org.neuroloom.model.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neuroloom.model.Population;
import org.neuroloom.model.Projection;
import org.neuroloom.model.connect.Connector;
import org.neuroloom.model.dist.Distribution;
import org.neuroloom.model.neuron.CurrentSource;
import org.neuroloom.model.neuron.DcCurrent;
import org.neuroloom.model.neuron.NoiseCurrent;
import org.neuroloom.model.neuron.PoissonSource;
import org.neuroloom.model.neuron.RegularSource;
import org.neuroloom.model.neuron.SineCurrent;
import org.neuroloom.model.neuron.SpikeTimesSource;
import org.neuroloom.model.neuron.StepCurrent;

/**
 * Spike sources as PyNN populations and current-source projections as PyNN current
 * sources injected into the target cells.
 */
final class PyNnInputs {

    private PyNnInputs() {
    }

    /** The cell type of a spike-source population. */
    static String spikeSource(Population p, List<String> limitations) {
        if (p.model() instanceof PoissonSource s) {
            return "sim.SpikeSourcePoisson(rate=" + Decimal.of(s.rateHz()) + ")";
        }
        if (p.model() instanceof RegularSource r) {
            return "sim.SpikeSourceArray(spike_times=sim.Sequence(regular_times(" + Decimal.of(r.startMs() + r.phaseMs()) + ", "
                    + Decimal.of(r.stopMs()) + ", " + Decimal.of(1000.0 / r.rateHz()) + ")))";
        }
        SpikeTimesSource t = (SpikeTimesSource) p.model();
        if (t.timesMs().size() != p.size()) {
            limitations.add("population '" + p.id() + "': " + t.timesMs().size() + " spike-time lists for " + p.size()
                    + " elements; missing lists are empty, extra lists are dropped");
        }
        StringBuilder b = new StringBuilder("sim.SpikeSourceArray(spike_times=[");
        for (int i = 0; i < p.size(); i++) {
            if (i > 0) {
                b.append(",\n        ");
            }
            List<Double> times = i < t.timesMs().size() ? t.timesMs().get(i) : List.of();
            b.append("sim.Sequence(").append(Py.floats(times, 1)).append(')');
        }
        return b.append("])").toString();
    }

    /**
     * Python statements that inject the current of projection {@code p} (from a current-source
     * population) into its target: each element is an independent generator, so a target that
     * is connected to k elements with weight w receives k·w·I(t) (noise: mean k·w·μ, standard
     * deviation √k·|w|·σ).
     */
    static String injection(Projection p, Population source, Population target, List<String> limitations) {
        CurrentSource c = (CurrentSource) source.model();
        int s = source.size();
        int t = target.size();
        String cells = "pops[" + Py.str(target.id()) + "]";
        double k;
        Connector con = p.connector();
        if (con instanceof Connector.AllToAll) {
            k = s;
        } else if (con instanceof Connector.OneToOne) {
            k = 1;
            if (s < t) {
                cells += "[0:" + s + "]";
            }
        } else if (con instanceof Connector.FixedInDegree in) {
            k = in.n();
        } else {
            k = con.expectedSynapses(s, t) / t;
            limitations.add("projection '" + p.id() + "': a current source with a random connector; every target neuron"
                    + " receives the expected " + Decimal.of(k) + " generators' current");
        }
        if (!(p.weight() instanceof Distribution.Constant)) {
            limitations.add("projection '" + p.id() + "': a current source with random weights; the mean weight "
                    + Decimal.of(p.weight().mean()) + " is used for every target");
        }
        double w = p.weight().mean();
        double scale = k * w;
        Map<String, String> a = new LinkedHashMap<>();
        String type;
        if (c instanceof DcCurrent d) {
            type = "DCSource";
            a.put("amplitude", Decimal.milli(d.amplitudePa() * scale));
            a.put("start", Decimal.of(d.startMs()));
            a.put("stop", Decimal.of(d.stopMs()));
        } else if (c instanceof StepCurrent st) {
            type = "StepCurrentSource";
            List<Double> times = new ArrayList<>();
            List<Double> amps = new ArrayList<>();
            for (StepCurrent.Step step : st.steps()) {
                times.add(step.atMs());
                amps.add(step.amplitudePa() * scale);
            }
            a.put("times", Py.floats(times, 1));
            a.put("amplitudes", Py.floats(amps, 1e-3));
        } else if (c instanceof SineCurrent sc) {
            type = "ACSource";
            a.put("amplitude", Decimal.milli(sc.amplitudePa() * scale));
            a.put("offset", Decimal.milli(sc.offsetPa() * scale));
            a.put("frequency", Decimal.of(sc.frequencyHz()));
            a.put("phase", Decimal.of(sc.phaseDeg()));
            // PyNN's Brian2 backend tabulates these sources up to 'stop' (default 10^12 ms): end them with the run.
            a.put("start", "0.0");
            a.put("stop", "args.duration_ms");
        } else {
            NoiseCurrent n = (NoiseCurrent) c;
            type = "NoisyCurrentSource";
            a.put("mean", Decimal.milli(n.meanPa() * scale));
            a.put("stdev", Decimal.milli(n.sdPa() * Math.sqrt(k) * Math.abs(w)));
            a.put("dt", Decimal.of(n.intervalMs()));
            // Every target cell gets its own draws on NEST and Brian2 alike (checked with pyNN.brian2 0.10.1).
            a.put("start", "0.0");
            a.put("stop", "args.duration_ms");
        }
        return cells + ".inject(sim." + type + "(" + Py.kwargs(a) + "))";
    }
}
