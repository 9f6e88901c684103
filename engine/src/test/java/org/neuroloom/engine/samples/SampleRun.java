package org.neuroloom.engine.samples;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neuroloom.engine.Engine;
import org.neuroloom.engine.EngineOptions;
import org.neuroloom.engine.run.Simulation;
import org.neuroloom.engine.run.StepObserver;
import org.neuroloom.engine.run.StepView;
import org.neuroloom.model.Project;
import org.neuroloom.model.io.ProjectFiles;

/**
 * Runs a sample project headless and keeps what the sample tests measure: every spike of the
 * neuron populations (as step indices), of sources on request (a Poisson source standing for a
 * thousand inputs fires many times per step), and, on request, the trace of one state variable
 * of chosen neurons. Spike times are step index × dt, the time at the end of the step.
 */
final class SampleRun implements StepObserver {

    /** The sample projects, relative to the engine module directory (where surefire runs). */
    static final Path SAMPLES = Path.of("..", "sample-projects");

    private final Map<String, Integer> popIndex = new HashMap<>();
    private final int[] sizes;
    private final long[][] spikeSteps;
    private final int[][] spikeIds;
    private final int[] spikeCount;
    private final boolean[] recorded;
    private final List<Trace> traces = new ArrayList<>();
    private final Simulation simulation;
    private final double dtMs;

    private SampleRun(Simulation sim) {
        this.simulation = sim;
        this.dtMs = sim.dtMs();
        int n = sim.populations().size();
        sizes = new int[n];
        spikeSteps = new long[n][1024];
        spikeIds = new int[n][1024];
        spikeCount = new int[n];
        recorded = new boolean[n];
        for (var p : sim.populations()) {
            popIndex.put(p.id(), p.index());
            sizes[p.index()] = p.size();
            recorded[p.index()] = !p.source();
        }
        sim.addObserver(this);
    }

    /** Loads {@code sample-projects/<name>.neuroloom.json}. */
    static Project load(String name) throws Exception {
        return ProjectFiles.load(SAMPLES.resolve(name + ".neuroloom.json"));
    }

    /** Compiles {@code project} on {@code threads} threads (0: automatic), ready to {@link #run}. */
    static SampleRun of(Project project, int threads) {
        return new SampleRun(Engine.compile(project, EngineOptions.defaults().withThreads(threads)));
    }

    /** Compiles on automatic threads. */
    static SampleRun of(Project project) {
        return of(project, EngineOptions.AUTO);
    }

    /** Also records the spikes of these source populations. */
    SampleRun recordSources(String... sources) {
        for (String id : sources) {
            recorded[index(id)] = true;
        }
        return this;
    }

    /** Records {@code variable} of the given neurons of {@code population} every step from now on. */
    SampleRun recordTrace(String population, String variable, int... neurons) {
        for (int n : neurons) {
            traces.add(new Trace(index(population), variable, n));
        }
        return this;
    }

    /** Runs for {@code durationMs} (rounded to whole steps) and closes the worker threads. */
    SampleRun run(double durationMs) {
        try (simulation) {
            simulation.run(Math.round(durationMs / dtMs));
        }
        return this;
    }

    /** Runs without closing, for runs continued in several parts. */
    SampleRun runPart(double durationMs) {
        simulation.run(Math.round(durationMs / dtMs));
        return this;
    }

    Simulation simulation() {
        return simulation;
    }

    double dtMs() {
        return dtMs;
    }

    @Override
    public void afterStep(StepView view) {
        long step = view.stepIndex();
        for (int p = 0; p < sizes.length; p++) {
            int c = recorded[p] ? view.spikeCount(p) : 0;
            if (c == 0) {
                continue;
            }
            int[] ids = view.spikeIds(p);
            int at = spikeCount[p];
            if (at + c > spikeSteps[p].length) {
                int len = Math.max(at + c, spikeSteps[p].length * 2);
                spikeSteps[p] = Arrays.copyOf(spikeSteps[p], len);
                spikeIds[p] = Arrays.copyOf(spikeIds[p], len);
            }
            for (int j = 0; j < c; j++) {
                spikeSteps[p][at + j] = step;
                spikeIds[p][at + j] = ids[j];
            }
            spikeCount[p] = at + c;
        }
        for (Trace t : traces) {
            t.add(view.state(t.population, t.variable)[t.neuron]);
        }
    }

    /** Throws unless the spikes of {@code population} are recorded. */
    private int recordedIndex(String population) {
        int p = index(population);
        if (!recorded[p]) {
            throw new IllegalArgumentException(population + " is a source; ask for it with recordSources");
        }
        return p;
    }

    int index(String population) {
        Integer i = popIndex.get(population);
        if (i == null) {
            throw new IllegalArgumentException("no population " + population);
        }
        return i;
    }

    int size(String population) {
        return sizes[index(population)];
    }

    /** Spike times (ms, end of the spike's step) of every neuron of {@code population}. */
    double[][] spikeTimes(String population) {
        int p = recordedIndex(population);
        int[] per = new int[sizes[p]];
        for (int k = 0; k < spikeCount[p]; k++) {
            per[spikeIds[p][k]]++;
        }
        double[][] out = new double[sizes[p]][];
        for (int i = 0; i < out.length; i++) {
            out[i] = new double[per[i]];
        }
        Arrays.fill(per, 0);
        for (int k = 0; k < spikeCount[p]; k++) {
            int id = spikeIds[p][k];
            out[id][per[id]++] = (spikeSteps[p][k] + 1) * dtMs;
        }
        return out;
    }

    /** Number of spikes of {@code population} with time in [t0, t1) ms. */
    long count(String population, double t0, double t1) {
        return count(population, 0, size(population), t0, t1);
    }

    /** Number of spikes of neurons [from, to) of {@code population} with time in [t0, t1) ms. */
    long count(String population, int from, int to, double t0, double t1) {
        int p = recordedIndex(population);
        long n = 0;
        for (int k = 0; k < spikeCount[p]; k++) {
            double t = (spikeSteps[p][k] + 1) * dtMs;
            int id = spikeIds[p][k];
            if (t >= t0 && t < t1 && id >= from && id < to) {
                n++;
            }
        }
        return n;
    }

    /** Mean rate per neuron of {@code population} in [t0, t1) ms, Hz. */
    double rateHz(String population, double t0, double t1) {
        return count(population, t0, t1) / (size(population) * (t1 - t0) / 1000.0);
    }

    /** Population spike counts of {@code population} in bins of {@code binMs} over [t0, t1). */
    double[] binned(String population, double t0, double t1, double binMs) {
        int p = recordedIndex(population);
        int bins = (int) Math.round((t1 - t0) / binMs);
        double[] c = new double[bins];
        for (int k = 0; k < spikeCount[p]; k++) {
            double t = (spikeSteps[p][k] + 1) * dtMs;
            int b = (int) Math.floor((t - t0) / binMs + 1e-9);
            if (t >= t0 && b >= 0 && b < bins) {
                c[b]++;
            }
        }
        return c;
    }

    /** Every weight of {@code projection} now (call between steps). */
    double[] weights(String projection) {
        org.neuroloom.engine.run.ProjectionWeights pw = simulation.weights(simulation.projectionIndex(projection));
        int n = (int) pw.synapseCount();
        float[] w = new float[n];
        pw.copyTo(new int[n], new int[n], w);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = w[i];
        }
        return out;
    }

    /** The recorded trace of one neuron's variable, one value per step (after the step). */
    double[] trace(String population, String variable, int neuron) {
        int p = index(population);
        for (Trace t : traces) {
            if (t.population == p && t.variable.equals(variable) && t.neuron == neuron) {
                return Arrays.copyOf(t.values, t.size);
            }
        }
        throw new IllegalArgumentException("no trace of " + population + "." + variable + "[" + neuron + "]");
    }

    private static final class Trace {
        final int population;
        final String variable;
        final int neuron;
        double[] values = new double[4096];
        int size;

        Trace(int population, String variable, int neuron) {
            this.population = population;
            this.variable = variable;
            this.neuron = neuron;
        }

        void add(double v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }
    }
}
