package org.neuroloom.model.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.neuroloom.model.Geometry;
import org.neuroloom.model.Population;
import org.neuroloom.model.Project;
import org.neuroloom.model.Projection;
import org.neuroloom.model.dist.Distribution;
import org.neuroloom.model.modulator.Modulator;
import org.neuroloom.model.neuron.CurrentSource;
import org.neuroloom.model.neuron.Neuron;
import org.neuroloom.model.neuron.PoissonSource;
import org.neuroloom.model.neuron.SpikeSource;
import org.neuroloom.model.synapse.Receptor;

/** One PyNN script being written; {@link PyNnExporter} is the public entry. */
final class PyNnScript {

    private static final double MILLI = 1e-3;

    private final Project project;
    private final String backend;
    private final double durationMs;
    private final List<String> limitations = new ArrayList<>();
    private final StringBuilder body = new StringBuilder();
    private final List<String> recorded = new ArrayList<>();
    private final List<String[]> rateChanges = new ArrayList<>();
    private boolean synapses;

    PyNnScript(Project project, String backend, double durationMs) {
        this.project = project;
        this.backend = backend;
        this.durationMs = durationMs;
    }

    ExportResult write() {
        populations();
        projections();
        for (Modulator m : project.network().modulators()) {
            limitations.add("modulator '" + m.id() + "': PyNN has no neuromodulators; it is left out");
        }
        StringBuilder s = new StringBuilder();
        header(s);
        s.append(body);
        run(s);
        return new ExportResult(s.toString(), limitations);
    }

    private void populations() {
        body.append("# Populations (current sources are injected below, not populations)\npops = {}\n");
        for (Population p : project.network().populations()) {
            if (p.model() instanceof CurrentSource) {
                continue;
            }
            String key = Py.str(p.id());
            String cell;
            if (p.model() instanceof SpikeSource) {
                cell = PyNnInputs.spikeSource(p, limitations);
                if (p.model() instanceof PoissonSource ps) {
                    for (PoissonSource.RateChange c : ps.schedule()) {
                        rateChanges.add(new String[] {Decimal.of(c.atMs()), key, Decimal.of(c.rateHz()), Double.toString(c.atMs())});
                    }
                }
            } else {
                Neuron m = (Neuron) p.model();
                TargetSynapses syn = plan(p);
                cell = PyNnCells.constructor(m, syn, limitations);
            }
            body.append("pops[").append(key).append("] = sim.Population(").append(p.size()).append(", ").append(cell)
                    .append(", label=").append(Py.str(p.label())).append(")\n");
            if (p.model() instanceof Neuron) {
                if (PyNnCells.needsDrawnV(p)) {
                    body.append("v_init = draw(").append(Py.dist(p.initial().get("v"), 1)).append(", ").append(p.size()).append(")\n");
                }
                Map<String, String> init = PyNnCells.initialValues(p, limitations);
                body.append("pops[").append(key).append("].initialize(").append(Py.kwargs(init)).append(")\n");
            }
            if (p.geometry() != null) {
                Geometry g = p.geometry();
                String fn = g.layout() == Geometry.Layout.GRID ? "grid_positions" : "random_positions";
                body.append("pops[").append(key).append("].positions = ").append(fn).append('(').append(p.size()).append(", ")
                        .append(Decimal.of(g.widthUm())).append(", ").append(Decimal.of(g.heightUm())).append(")\n");
            }
            recorded.add(p.id());
        }
        body.append('\n');
    }

    private TargetSynapses plan(Population target) {
        Neuron m = (Neuron) target.model();
        return TargetSynapses.plan(target, incoming(target), PyNnCells.accepted(m), PyNnCells.fallback(m));
    }

    private List<Projection> incoming(Population target) {
        List<Projection> in = new ArrayList<>();
        for (Projection p : project.network().projections()) {
            Population src = project.network().population(p.source()).orElse(null);
            if (p.target().equals(target.id()) && src != null && !(src.model() instanceof CurrentSource)) {
                in.add(p);
            }
        }
        return in;
    }

    private void projections() {
        body.append("# Projections\nprojs = {}\n");
        List<String> injections = new ArrayList<>();
        for (Projection p : project.network().projections()) {
            Population src = project.network().population(p.source()).orElse(null);
            Population tgt = project.network().population(p.target()).orElse(null);
            if (src == null || tgt == null || !(tgt.model() instanceof Neuron)) {
                limitations.add("projection '" + p.id() + "': its source or target is missing or is not a neuron population;"
                        + " left out");
                continue;
            }
            if (src.model() instanceof CurrentSource) {
                injections.add(PyNnInputs.injection(p, src, tgt, limitations));
                continue;
            }
            synapses = true;
            TargetSynapses syn = plan(tgt);
            String cellName = PyNnCells.cellType((Neuron) tgt.model(), syn.kind);
            double factor = syn.weightFactor(p, cellName, limitations) * (syn.kind.weightInPicoOrNano() ? MILLI : 1);
            String receptor = p.receptor() == Receptor.EXCITATORY ? "excitatory" : "inhibitory";
            body.append("projs[").append(Py.str(p.id())).append("] = sim.Projection(pops[").append(Py.str(src.id()))
                    .append("], pops[").append(Py.str(tgt.id())).append("],\n    ").append(PyNnSynapses.connector(p.connector()))
                    .append(",\n    synapse_type=").append(PyNnSynapses.synapseType(p, factor, limitations))
                    .append(",\n    receptor_type=").append(Py.str(receptor)).append(", label=").append(Py.str(p.id())).append(")\n");
        }
        if (!injections.isEmpty()) {
            body.append("\n# Current sources: each generator element is independent, so a target connected to k of them\n")
                    .append("# with weight w receives k*w*I(t) (noise: mean k*w*mean, stdev sqrt(k)*|w|*stdev).\n");
            for (String line : injections) {
                body.append(line).append('\n');
            }
        }
        body.append('\n');
    }

    private void header(StringBuilder s) {
        s.append("#!/usr/bin/env python3\n");
        s.append("# ").append(oneLine(project.name())).append(": a PyNN 0.10 script exported by NeuroLoom.\n");
        s.append("#\n# Units are PyNN's: mV, ms, nA, nF, uS (NeuroLoom's pA, pF and nS divided by 1000).\n");
        s.append("# Run:     python3 THIS.py [--backend nest|brian2|spinnaker] [--duration-ms T]\n");
        s.append("#                          [--rates-out rates.json] [--spikes-out spikes.csv] [--threads N] [--pynn-connect]\n");
        s.append("# Cluster: mpirun -np 16 python3 THIS.py --backend nest --threads 4   (see docs/SCALING.md)\n#\n");
        if (limitations.isEmpty()) {
            s.append("# Everything in the project is expressed in PyNN.\n");
        } else {
            s.append("# Not expressible in PyNN (approximated or left out):\n");
            for (String l : limitations) {
                s.append("#   - ").append(oneLine(l)).append('\n');
            }
        }
        s.append("\nimport argparse\nimport csv\nimport json\nimport os\nimport sys\nimport time\n\nimport numpy\n\n");
        s.append("PROJECT = ").append(Py.str(project.name())).append('\n');
        s.append("LIMITATIONS = [\n");
        for (String l : limitations) {
            s.append("    ").append(Py.str(l)).append(",\n");
        }
        s.append("]\n\n");
        s.append("parser = argparse.ArgumentParser(description=\"NeuroLoom export of \" + PROJECT)\n");
        s.append("parser.add_argument(\"--backend\", choices=[\"nest\", \"brian2\", \"spinnaker\"], default=")
                .append(Py.str(backend)).append(")\n");
        s.append("parser.add_argument(\"--duration-ms\", type=float, default=").append(Decimal.of(durationMs)).append(")\n");
        s.append("parser.add_argument(\"--rates-out\", default=os.path.splitext(sys.argv[0])[0] + \".rates.json\")\n");
        s.append("parser.add_argument(\"--spikes-out\", default=None, help=\"CSV of every spike: population,neuron,time_ms\")\n");
        s.append("parser.add_argument(\"--threads\", type=int, default=1, help=\"NEST threads per MPI process\")\n");
        s.append("parser.add_argument(\"--pynn-connect\", action=\"store_true\",\n")
                .append("                    help=\"Brian2: make synapses one target neuron at a time, as PyNN does (slow)\")\n");
        s.append("args = parser.parse_args()\n");
        s.append("for item in LIMITATIONS:\n    print(\"not exported: \" + item, file=sys.stderr)\n\n");
        s.append("if args.backend == \"nest\":\n    import pyNN.nest as sim\n");
        s.append("elif args.backend == \"brian2\":\n    import pyNN.brian2 as sim\n");
        s.append("else:\n    import pyNN.spiNNaker as sim\n\n");
        s.append("# Brian2 supports only axonal delays in STDP; NEST and SpiNNaker only dendritic ones.\n");
        s.append("DENDRITIC_DELAY_FRACTION = 0.0 if args.backend == \"brian2\" else 1.0\n");
        s.append("# Brian2 divides by tau_facil and, for IF_curr_*, by tau_m - tau_syn: there \"no facilitation\" is 1e-9 ms\n")
                .append("# (u is forgotten at once) and a tau_syn equal to tau_m is 1e-6 longer (a relative error of ~1e-8).\n")
                .append("NO_FACILITATION_MS = 1e-9 if args.backend == \"brian2\" else 0.0\n")
                .append("BRIAN2_TAU_SYN_NUDGE = 1.000001 if args.backend == \"brian2\" else 1.0\n\n");
        double dt = project.simulation().dtMs();
        double[] delays = delayRange(dt);
        s.append("# NEST: threads per MPI process, a seeded kernel RNG (Poisson sources), spikes on the time grid as in NeuroLoom.\n");
        // NEST seeds are 1..2^31-1
        s.append("extra = {\"threads\": args.threads, \"rng_seed\": ").append(Math.floorMod(project.simulation().seed(), 2147483646L) + 1)
                .append(", \"spike_precision\": \"on_grid\"} if args.backend == \"nest\" else {}\n");
        s.append("sim.setup(timestep=").append(Decimal.of(dt)).append(", min_delay=").append(Decimal.of(delays[0]))
                .append(", max_delay=").append(Decimal.of(delays[1])).append(", **extra)\n");
        s.append("rng = sim.NumpyRNG(seed=").append(project.simulation().seed()).append(", parallel_safe=True)\n\n");
        helpers(s);
        if (synapses) {
            s.append(Py.resource("brian2-batch-connect.py"));
        }
    }

    private static void helpers(StringBuilder s) {
        s.append("""
                def draw(value, n):
                    \"\"\"n values of a constant or a RandomDistribution.\"\"\"
                    if isinstance(value, sim.RandomDistribution):
                        return value.next(n)
                    return numpy.full(n, float(value))


                def set_rate(pop, rate_hz):
                    \"\"\"Changes a Poisson population's rate (PyNN 0.10's brian2 backend leaves the group's rates as they were).\"\"\"
                    pop.set(rate=rate_hz)
                    if args.backend == "brian2":
                        from brian2 import Hz
                        pop.brian2_group.rates = rate_hz * Hz


                def regular_times(first_ms, stop_ms, period_ms):
                    \"\"\"A regular spike train from first_ms, before stop_ms and the end of the run.\"\"\"
                    return numpy.arange(first_ms, min(stop_ms, args.duration_ms), period_ms)


                def grid_positions(n, width_um, height_um):
                    \"\"\"Row-major grid, as square as n allows, cells centred in a width x height sheet.\"\"\"
                    cols = int(numpy.ceil(numpy.sqrt(n)))
                    rows = int(numpy.ceil(n / cols))
                    i = numpy.arange(n)
                    x = (i % cols + 0.5) * width_um / cols
                    y = (i // cols + 0.5) * height_um / rows
                    return numpy.vstack([x, y, numpy.zeros(n)])


                def random_positions(n, width_um, height_um):
                    \"\"\"Uniformly random positions in a width x height sheet.\"\"\"
                    x = rng.uniform(0.0, width_um, n)
                    y = rng.uniform(0.0, height_um, n)
                    return numpy.vstack([x, y, numpy.zeros(n)])


                """);
    }

    /** PyNN's min_delay (whole steps, at most the shortest delay) and max_delay (at least the longest). */
    private double[] delayRange(double dt) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (Projection p : project.network().projections()) {
            Distribution d = p.delayMs();
            lo = Math.min(lo, Math.max(d.lowest(), dt));
            double top = Double.isFinite(d.highest()) ? d.highest() : d.mean() + 10 * ((Distribution.Normal) d).sd();
            hi = Math.max(hi, top);
        }
        if (!Double.isFinite(lo)) {
            lo = dt;
        }
        double minDelay = Math.max(1, Math.floor(lo / dt + 1e-9)) * dt;
        double maxDelay = Math.max(minDelay, Math.ceil(hi / dt - 1e-9) * dt);
        return new double[] {round(minDelay), round(maxDelay)};
    }

    private static double round(double v) {
        return Double.parseDouble(String.format(java.util.Locale.ROOT, "%.9g", v));
    }

    private void run(StringBuilder s) {
        s.append("RECORDED = [");
        for (int i = 0; i < recorded.size(); i++) {
            s.append(i > 0 ? ", " : "").append(Py.str(recorded.get(i)));
        }
        s.append("]\nfor pop_id in RECORDED:\n    pops[pop_id].record(\"spikes\")\n\n");
        s.append("# Poisson rate schedules: (time ms, population, rate Hz); the run stops at each change.\nRATE_CHANGES = [\n");
        rateChanges.sort(Comparator.comparingDouble(r -> Double.parseDouble(r[3])));
        for (String[] r : rateChanges) {
            s.append("    (").append(r[0]).append(", ").append(r[1]).append(", ").append(r[2]).append("),\n");
        }
        s.append("]\n");
        s.append("""
                started = time.time()
                t_now = 0.0
                for at_ms, pop_id, rate_hz in RATE_CHANGES:
                    if at_ms >= args.duration_ms:
                        break
                    if at_ms > t_now:
                        sim.run(at_ms - t_now)
                        t_now = at_ms
                    set_rate(pops[pop_id], rate_hz)
                if args.duration_ms > t_now:
                    sim.run(args.duration_ms - t_now)
                wall_s = time.time() - started

                result = {"project": PROJECT, "backend": args.backend, "durationMs": args.duration_ms,
                          "wallSeconds": wall_s, "populations": {}}
                for pop_id in RECORDED:
                    pop = pops[pop_id]
                    spikes = int(sum(pop.get_spike_counts().values()))
                    result["populations"][pop_id] = {
                        "size": pop.size, "spikes": spikes,
                        "rateHz": spikes / pop.size / (args.duration_ms / 1000.0)}
                spike_rows = []
                if args.spikes_out:
                    for pop_id in RECORDED:
                        ids, times = pops[pop_id].get_data("spikes").segments[0].spiketrains.multiplexed
                        indices = pops[pop_id].id_to_index(numpy.asarray(ids, dtype=int))
                        spike_rows.extend((pop_id, int(i), float(t))
                                          for i, t in zip(numpy.atleast_1d(indices), numpy.asarray(times)))
                if sim.rank() == 0:
                    with open(args.rates_out, "w") as f:
                        json.dump(result, f, indent=2)
                    if args.spikes_out:
                        spike_rows.sort(key=lambda row: row[2])
                        with open(args.spikes_out, "w", newline="") as f:
                            out = csv.writer(f)
                            out.writerow(["population", "neuron", "time_ms"])
                            out.writerows(spike_rows)
                    for pop_id, r in result["populations"].items():
                        print("%s: %d spikes, %.3f Hz" % (pop_id, r["spikes"], r["rateHz"]))
                sim.end()
                """);
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\r\\n]+", " ");
    }
}
