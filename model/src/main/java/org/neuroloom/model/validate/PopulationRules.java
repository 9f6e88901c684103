package org.neuroloom.model.validate;

import static org.neuroloom.model.validate.Checks.num;
import static org.neuroloom.model.validate.Checks.quote;

import java.util.List;
import java.util.Map;
import org.neuroloom.model.Population;
import org.neuroloom.model.dist.Distribution;
import org.neuroloom.model.neuron.AdEx;
import org.neuroloom.model.neuron.Izhikevich;
import org.neuroloom.model.neuron.Lif;
import org.neuroloom.model.neuron.NeuronModel;
import org.neuroloom.model.neuron.NoiseCurrent;
import org.neuroloom.model.neuron.PoissonSource;
import org.neuroloom.model.neuron.SpikeTimesSource;
import org.neuroloom.model.neuron.StepCurrent;

/** Rules for one population: size, the model's own consistency, sources' schedules, initial state. */
final class PopulationRules {

    private PopulationRules() {
    }

    static void check(Population p, List<String> vars, String path, Checks checks) {
        if (p.size() < 1) {
            checks.add(path + ".size", Integer.toString(p.size()), "is not allowed (a population needs at least 1 element)");
        }
        model(p, path + ".model", checks);
        for (Map.Entry<String, Distribution> e : p.initial().entrySet()) {
            String at = JsonPaths.member(path + ".initial", e.getKey());
            if (!vars.contains(e.getKey())) {
                checks.add(at, quote(e.getKey()), "is not a state variable of " + p.model().modelId()
                        + " (allowed: " + (vars.isEmpty() ? "none" : String.join(", ", vars)) + ")");
            }
            Distributions.sanity(e.getValue(), at, checks);
            if (e.getKey().startsWith("g_")) {
                nonNegative(e.getValue(), at, checks);
            }
        }
    }

    /** A conductance cannot start below zero: every value the distribution can draw must be >= 0. */
    private static void nonNegative(Distribution d, String at, Checks checks) {
        if (d instanceof Distribution.Constant c && c.value() < 0) {
            checks.add(at + ".value", num(c.value()), "is negative (a conductance is >= 0 nS)");
        } else if (d instanceof Distribution.Uniform u && u.low() < 0) {
            checks.add(at + ".low", num(u.low()), "is negative (a conductance is >= 0 nS)");
        } else if (d instanceof Distribution.Normal n && (n.min() == null || n.min() < 0)) {
            checks.add(at + ".min", n.min() == null ? "missing" : num(n.min()),
                    "must be >= 0 so that no conductance starts negative (draws below min are redrawn)");
        }
    }

    private static void model(Population p, String path, Checks checks) {
        NeuronModel m = p.model();
        if (m instanceof Lif lif && !(lif.vResetMv() < lif.vThreshMv())) {
            checks.add(path + ".vResetMv", num(lif.vResetMv()),
                    "is not below the spike threshold vThreshMv (" + num(lif.vThreshMv()) + " mV)");
        } else if (m instanceof AdEx adex) {
            if (!(adex.vPeakMv() > adex.vTMv())) {
                checks.add(path + ".vPeakMv", num(adex.vPeakMv()),
                        "is not above the threshold slope point vTMv (" + num(adex.vTMv()) + " mV)");
            }
            if (!(adex.vResetMv() < adex.vPeakMv())) {
                checks.add(path + ".vResetMv", num(adex.vResetMv()),
                        "is not below the spike detection vPeakMv (" + num(adex.vPeakMv()) + " mV)");
            }
        } else if (m instanceof Izhikevich izh && !(izh.cMv() < izh.vPeakMv())) {
            checks.add(path + ".cMv", num(izh.cMv()), "is not below the spike cutoff vPeakMv (" + num(izh.vPeakMv()) + " mV)");
        } else if (m instanceof SpikeTimesSource s) {
            spikeTimes(s, p.size(), path + ".timesMs", checks);
        } else if (m instanceof StepCurrent s) {
            for (int i = 1; i < s.steps().size(); i++) {
                ascending(s.steps().get(i - 1).atMs(), s.steps().get(i).atMs(), path + ".steps[" + i + "].atMs", "step", checks);
            }
        } else if (m instanceof PoissonSource s) {
            for (int i = 1; i < s.schedule().size(); i++) {
                ascending(s.schedule().get(i - 1).atMs(), s.schedule().get(i).atMs(), path + ".schedule[" + i + "].atMs",
                        "rate change", checks);
            }
        } else if (m instanceof NoiseCurrent n && !checks.isMultipleOfDt(n.intervalMs())) {
            checks.add(path + ".intervalMs", num(n.intervalMs()), "is not a multiple of the time step " + checks.dtText());
        }
    }

    private static void spikeTimes(SpikeTimesSource s, int size, String path, Checks checks) {
        if (s.timesMs().size() != size) {
            checks.add(path, "", "has " + s.timesMs().size() + " lists but the population has " + size
                    + " elements (give one list of spike times per element)");
        }
        for (int i = 0; i < s.timesMs().size(); i++) {
            List<Double> times = s.timesMs().get(i);
            for (int k = 0; k < times.size(); k++) {
                String at = path + "[" + i + "][" + k + "]";
                if (times.get(k) < 0) {
                    checks.add(at, num(times.get(k)), "is negative (spike times must be >= 0 ms)");
                } else if (k > 0) {
                    ascending(times.get(k - 1), times.get(k), at, "spike time", checks);
                }
            }
        }
    }

    private static void ascending(double previous, double t, String path, String what, Checks checks) {
        if (!(t > previous)) {
            checks.add(path, num(t), "is not after the previous " + what + " (" + num(previous) + " ms); times must ascend");
        }
    }
}
