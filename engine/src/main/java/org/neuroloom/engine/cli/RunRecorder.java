package org.neuroloom.engine.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.neuroloom.engine.ModelException;
import org.neuroloom.engine.run.PopulationInfo;
import org.neuroloom.engine.run.ProjectionWeights;
import org.neuroloom.engine.run.Simulation;
import org.neuroloom.engine.run.StepObserver;
import org.neuroloom.engine.run.StepView;
import org.neuroloom.model.Recording;

/**
 * Writes what a project's {@link Recording} asks for: {@code spikes.csv}
 * ({@code time_ms,population,neuron}; every neuron population when the project lists none),
 * {@code state.csv} ({@code time_ms,population,neuron,variable,value}) and
 * {@code weights-<projection>.csv} ({@code time_ms,pre,post,weight}, a snapshot at 0 ms, every
 * interval, and at the end). Times are exact multiples of dt, printed with dt's decimals.
 */
final class RunRecorder implements StepObserver, AutoCloseable {
    private final int decimals;
    private final long unitsPerStep;
    private final boolean[] spikesOf;
    private final String[] popIds;
    private final CsvOut spikes;
    private final CsvOut state;
    private final List<StateSampler> samplers = new ArrayList<>();
    private final List<WeightWriter> weightWriters = new ArrayList<>();

    private record StateSampler(int population, int[] neurons, String[] variables, double[][] arrays, long everySteps) {
    }

    private static final class WeightWriter {
        final String id;
        final ProjectionWeights weights;
        final long everySteps;
        final CsvOut out;
        final int[] pre;
        final int[] post;
        final float[] w;
        long lastWrittenStep = -1;

        WeightWriter(String id, ProjectionWeights weights, long everySteps, Path file) {
            this.id = id;
            this.weights = weights;
            this.everySteps = everySteps;
            this.out = new CsvOut(file, "time_ms,pre,post,weight");
            int n = (int) weights.synapseCount();
            pre = new int[n];
            post = new int[n];
            w = new float[n];
        }
    }

    RunRecorder(Simulation sim, Recording rec, Path dir) {
        double dt = sim.dtMs();
        decimals = decimalsOf(dt);
        unitsPerStep = Math.round(dt * Math.pow(10, decimals));
        List<PopulationInfo> pops = sim.populations();
        popIds = pops.stream().map(PopulationInfo::id).toArray(String[]::new);
        spikesOf = new boolean[pops.size()];
        if (rec.spikes().isEmpty()) {
            for (PopulationInfo p : pops) {
                spikesOf[p.index()] = !p.source();
            }
        } else {
            for (String id : rec.spikes()) {
                spikesOf[requirePopulation(sim, id, "recording.spikes")] = true;
            }
        }
        spikes = new CsvOut(dir.resolve("spikes.csv"), "time_ms,population,neuron");
        for (int i = 0; i < rec.state().size(); i++) {
            Recording.StateProbe probe = rec.state().get(i);
            String path = "recording.state[" + i + "]";
            int p = requirePopulation(sim, probe.population(), path + ".population");
            int[] neurons = probe.neurons().stream().mapToInt(Integer::intValue).toArray();
            for (int n : neurons) {
                if (n < 0 || n >= pops.get(p).size()) {
                    throw new ModelException(path + ".neurons: " + n + " is not an element of '" + probe.population()
                            + "' (0.." + (pops.get(p).size() - 1) + ")");
                }
            }
            String[] vars = probe.variables().toArray(String[]::new);
            double[][] arrays = new double[vars.length][];
            for (int v = 0; v < vars.length; v++) {
                arrays[v] = sim.state(p, vars[v]);
                if (arrays[v] == null) {
                    throw new ModelException(path + ".variables: '" + probe.population() + "' has no variable '" + vars[v]
                            + "' (it has " + pops.get(p).stateVariables() + ")");
                }
            }
            samplers.add(new StateSampler(p, neurons, vars, arrays, Math.max(1, Math.round(probe.intervalMs() / dt))));
        }
        state = samplers.isEmpty() ? null : new CsvOut(dir.resolve("state.csv"), "time_ms,population,neuron,variable,value");
        for (int i = 0; i < rec.weights().size(); i++) {
            Recording.WeightProbe probe = rec.weights().get(i);
            int j = sim.projectionIndex(probe.projection());
            if (j < 0) {
                throw new ModelException("recording.weights[" + i + "].projection: no projection '" + probe.projection() + "'");
            }
            weightWriters.add(new WeightWriter(probe.projection(), sim.weights(j),
                    Math.max(1, Math.round(probe.intervalMs() / dt)),
                    dir.resolve("weights-" + RunCommand.safeName(probe.projection()) + ".csv")));
        }
        for (WeightWriter ww : weightWriters) {
            snapshot(ww, 0);
        }
    }

    private static int requirePopulation(Simulation sim, String id, String path) {
        int p = sim.populationIndex(id);
        if (p < 0) {
            throw new ModelException(path + ": no population '" + id + "'");
        }
        return p;
    }

    static int decimalsOf(double dt) {
        for (int d = 0; d < 9; d++) {
            double scaled = dt * Math.pow(10, d);
            if (Math.abs(scaled - Math.rint(scaled)) < 1e-9 * Math.max(1, scaled)) {
                return d;
            }
        }
        return 9;
    }

    /** Only the populations whose spikes are recorded. */
    @Override
    public boolean needsSpikeIds(int population) {
        return population < spikesOf.length && spikesOf[population];
    }

    @Override
    public void afterStep(StepView view) {
        long stepsDone = view.stepIndex() + 1;
        long units = stepsDone * unitsPerStep;
        for (int p = 0; p < spikesOf.length; p++) {
            if (!spikesOf[p]) {
                continue;
            }
            int k = view.spikeCount(p);
            int[] ids = view.spikeIds(p);
            for (int j = 0; j < k; j++) {
                spikes.fixed(units, decimals).comma().text(popIds[p]).comma().integer(ids[j]).newline();
            }
        }
        for (StateSampler s : samplers) {
            if (stepsDone % s.everySteps() == 0) {
                for (int n : s.neurons()) {
                    for (int v = 0; v < s.variables().length; v++) {
                        state.fixed(units, decimals).comma().text(popIds[s.population()]).comma().integer(n).comma()
                                .text(s.variables()[v]).comma().real(s.arrays()[v][n]).newline();
                    }
                }
            }
        }
        for (WeightWriter ww : weightWriters) {
            if (stepsDone % ww.everySteps == 0) {
                snapshot(ww, stepsDone);
            }
        }
    }

    private void snapshot(WeightWriter ww, long stepsDone) {
        ww.weights.copyTo(ww.pre, ww.post, ww.w);
        long units = stepsDone * unitsPerStep;
        for (int i = 0; i < ww.pre.length; i++) {
            ww.out.fixed(units, decimals).comma().integer(ww.pre[i]).comma().integer(ww.post[i]).comma().real(ww.w[i]).newline();
        }
        ww.lastWrittenStep = stepsDone;
    }

    /** Writes final weight snapshots (if the last step was not a snapshot step) and closes the files. */
    void finish(long stepsDone) {
        for (WeightWriter ww : weightWriters) {
            if (ww.lastWrittenStep != stepsDone) {
                snapshot(ww, stepsDone);
            }
        }
        close();
    }

    @Override
    public void close() {
        spikes.close();
        if (state != null) {
            state.close();
        }
        for (WeightWriter ww : weightWriters) {
            ww.out.close();
        }
    }
}
