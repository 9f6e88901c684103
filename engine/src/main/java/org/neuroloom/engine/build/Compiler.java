package org.neuroloom.engine.build;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neuroloom.engine.EngineOptions;
import org.neuroloom.engine.ModelException;
import org.neuroloom.engine.modulator.ModulatorBank;
import org.neuroloom.engine.neuron.NeuronKernel;
import org.neuroloom.engine.random.Rng;
import org.neuroloom.engine.run.Plan;
import org.neuroloom.engine.run.PopulationInfo;
import org.neuroloom.engine.run.ProjectionRuntime;
import org.neuroloom.engine.synapse.Connectivity;
import org.neuroloom.engine.synapse.Draw;
import org.neuroloom.engine.synapse.Edges;
import org.neuroloom.engine.synapse.InputChannels;
import org.neuroloom.engine.synapse.Positions;
import org.neuroloom.model.Population;
import org.neuroloom.model.Project;
import org.neuroloom.model.Projection;
import org.neuroloom.model.dist.Distribution;
import org.neuroloom.model.neuron.CurrentSource;
import org.neuroloom.model.neuron.HodgkinHuxley;
import org.neuroloom.model.neuron.Lif;
import org.neuroloom.model.neuron.Neuron;
import org.neuroloom.model.synapse.SynapticChannels;

/**
 * Compiles a project into flat arrays: kernels per population, input channels with delay
 * rings per target population, and per-worker synapse tables per projection.
 */
public final class Compiler {
    private static final long INIT = 0x1417;

    private Compiler() {
    }

    /** The plan for {@code project} under {@code options}. */
    public static Plan compile(Project project, EngineOptions options) {
        long t0 = System.nanoTime();
        org.neuroloom.model.Simulation sim = project.simulation();
        double dt = sim.dtMs();
        if (!(dt > 0) || Double.isInfinite(dt)) {
            throw new ModelException("simulation.dtMs: " + dt + " is not a positive time step");
        }
        long seed = options.seed() != null ? options.seed() : sim.seed();
        List<Population> pops = project.network().populations();
        List<Projection> projs = project.network().projections();
        Map<String, Integer> index = indexPopulations(pops);
        checkProjections(pops, projs, index);
        int requested = options.threads() == EngineOptions.FROM_PROJECT ? ThreadPlan.parse(sim.threads()) : options.threads();
        int threads = ThreadPlan.resolve(requested, pops, projs, dt);
        int[][] slices = new int[pops.size()][];
        for (int p = 0; p < pops.size(); p++) {
            slices[p] = ThreadPlan.slices(pops.get(p).size(), threads);
        }

        Edges[][] edges = new Edges[projs.size()][];
        int[] constDelay = new int[projs.size()];
        int[] ringSize = new int[pops.size()];
        java.util.Arrays.fill(ringSize, 1);
        for (int j = 0; j < projs.size(); j++) {
            Projection pr = projs.get(j);
            String path = "projections[" + j + "] (" + pr.id() + ")";
            report(options, "connect " + pr.id(), (double) j / Math.max(1, projs.size()));
            int s = index.get(pr.source());
            int t = index.get(pr.target());
            boolean current = pops.get(s).model() instanceof CurrentSource;
            boolean storeWeight = !Draw.isConstant(pr.weight());
            boolean storeDelay = !current && !Draw.isConstant(pr.delayMs());
            constDelay[j] = Draw.delaySteps(pr.delayMs().mean(), dt);
            Population sp = pops.get(s);
            Population tp = pops.get(t);
            edges[j] = Connectivity.generate(new Connectivity.Spec(path, pr.connector(), sp.size(), tp.size(),
                    s == t, seed, Rng.key(pr.id()), pr.weight(), storeWeight || current, pr.delayMs(), storeDelay, dt,
                    Positions.of(sp.geometry(), sp.size(), seed, Rng.key(sp.id())),
                    Positions.of(tp.geometry(), tp.size(), seed, Rng.key(tp.id()))));
            if (!current) {
                ringSize[t] = Math.max(ringSize[t], storeDelay ? maxDelay(edges[j]) : constDelay[j]);
            }
        }
        report(options, "tables", 0.9);

        InputChannels.Builder[] builders = new InputChannels.Builder[pops.size()];
        int[] channelRef = new int[projs.size()];
        for (int j = 0; j < projs.size(); j++) {
            Projection pr = projs.get(j);
            int t = index.get(pr.target());
            if (builders[t] == null) {
                builders[t] = new InputChannels.Builder();
            }
            if (!(pops.get(index.get(pr.source())).model() instanceof CurrentSource)) {
                channelRef[j] = builders[t].channelFor(pr.synapse());
            }
        }
        Projections.Injections injections = new Projections.Injections(builders, projs.size());
        for (int j = 0; j < projs.size(); j++) {
            injections.prepare(j, projs.get(j), index, pops, edges[j]);
        }

        InputChannels[] inputs = new InputChannels[pops.size()];
        NeuronKernel[] kernels = new NeuronKernel[pops.size()];
        List<PopulationInfo> infos = new ArrayList<>();
        long offset = 0;
        for (int p = 0; p < pops.size(); p++) {
            Population pop = pops.get(p);
            if (pop.model() instanceof Neuron) {
                InputChannels.Builder b = builders[p] == null ? new InputChannels.Builder() : builders[p];
                InputChannels.Kind kind = pop.model() instanceof Lif ? InputChannels.Kind.LIF
                        : pop.model() instanceof HodgkinHuxley ? InputChannels.Kind.HODGKIN_HUXLEY
                        : InputChannels.Kind.OTHER;
                inputs[p] = b.build(pop.size(), ringSize[p], dt, SynapticChannels.of(project.network(), pop.id()),
                        kind);
            }
            kernels[p] = Kernels.create(pop, "populations[" + p + "] (" + pop.id() + ")", dt, seed, inputs[p]);
            injections.bind(p, kernels[p]);
            initialise(pop, p, kernels[p], inputs[p], seed);
            infos.add(new PopulationInfo(p, pop.id(), pop.size(), offset, pop.model().modelId(),
                    stateVariables(kernels[p], inputs[p]), !(pop.model() instanceof Neuron)));
            offset += pop.size();
        }
        injections.finish();

        ModulatorBank modulators = modulators(project, index, dt);
        List<ProjectionRuntime> runtimes = new ArrayList<>();
        for (int j = 0; j < projs.size(); j++) {
            runtimes.add(Projections.build(j, projs.get(j), index, pops, edges[j], slices, inputs, channelRef[j],
                    constDelay[j], dt, injections, modulators));
            edges[j] = null;
        }
        report(options, "ready", 1);
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new Plan(project.name(), dt, seed, threads, requested == EngineOptions.AUTO, List.copyOf(infos), kernels, inputs, slices,
                List.copyOf(runtimes), modulators, seconds);
    }

    private static ModulatorBank modulators(Project project, Map<String, Integer> index, double dt) {
        List<org.neuroloom.model.modulator.Modulator> mods = project.network().modulators();
        for (int m = 0; m < mods.size(); m++) {
            List<String> releasedBy = mods.get(m).releasedBy();
            for (int i = 0; i < releasedBy.size(); i++) {
                if (!index.containsKey(releasedBy.get(i))) {
                    throw new ModelException("modulators[" + m + "] (" + mods.get(m).id() + ").releasedBy[" + i
                            + "]: no population '" + releasedBy.get(i) + "'");
                }
            }
        }
        return new ModulatorBank(mods, index::get, dt);
    }

    private static void report(EngineOptions o, String stage, double f) {
        if (o.progress() != null) {
            o.progress().progress(stage, f);
        }
    }

    private static int maxDelay(Edges[] chunks) {
        int m = 1;
        for (Edges e : chunks) {
            for (int i = 0; i < e.count(); i++) {
                m = Math.max(m, e.delayAt(i));
            }
        }
        return m;
    }

    private static Map<String, Integer> indexPopulations(List<Population> pops) {
        Map<String, Integer> index = new HashMap<>();
        for (int p = 0; p < pops.size(); p++) {
            Population pop = pops.get(p);
            if (pop.size() < 1) {
                throw new ModelException("populations[" + p + "] (" + pop.id() + ").size: " + pop.size()
                        + " is not a positive number of elements");
            }
            if (index.put(pop.id(), p) != null) {
                throw new ModelException("populations[" + p + "].id: '" + pop.id() + "' is used twice");
            }
        }
        return index;
    }

    private static void checkProjections(List<Population> pops, List<Projection> projs, Map<String, Integer> index) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (int j = 0; j < projs.size(); j++) {
            Projection pr = projs.get(j);
            String path = "projections[" + j + "] (" + pr.id() + ")";
            if (!ids.add(pr.id())) {
                throw new ModelException(path + ".id: '" + pr.id() + "' is used twice");
            }
            if (!index.containsKey(pr.source())) {
                throw new ModelException(path + ".source: no population '" + pr.source() + "'");
            }
            Integer t = index.get(pr.target());
            if (t == null) {
                throw new ModelException(path + ".target: no population '" + pr.target() + "'");
            }
            if (!(pops.get(t).model() instanceof Neuron)) {
                throw new ModelException(path + ".target: '" + pr.target() + "' is a source; it cannot receive synapses");
            }
            boolean current = pops.get(index.get(pr.source())).model() instanceof CurrentSource;
            if (current && pr.plasticity() != null) {
                throw new ModelException(path + ".plasticity: a current-source projection cannot be plastic");
            }
        }
    }

    /** The kernel's own state variables, then the synaptic channels'. */
    private static List<String> stateVariables(NeuronKernel kernel, InputChannels in) {
        List<String> vars = new ArrayList<>(kernel.stateVariables());
        if (in != null) {
            vars.addAll(in.names());
        }
        return List.copyOf(vars);
    }

    private static void initialise(Population pop, int p, NeuronKernel kernel, InputChannels in, long seed) {
        java.util.Set<String> given = new java.util.HashSet<>();
        for (Map.Entry<String, Distribution> e : pop.initial().entrySet()) {
            String var = e.getKey();
            String path = "populations[" + p + "] (" + pop.id() + ").initial." + var;
            double[] arr = kernel.state(var);
            if (arr == null && in != null) {
                arr = in.state(var);
            }
            if (arr == null) {
                throw new ModelException(path + ": the model '" + pop.model().modelId() + "' has no state variable '"
                        + var + "' (it has " + stateVariables(kernel, in) + ")");
            }
            long key = Rng.key(pop.id());
            long varKey = Rng.key(var);
            for (int i = 0; i < arr.length; i++) {
                arr[i] = Draw.sample(e.getValue(), new Rng.Stream(Rng.key(seed, key, INIT, varKey, i)), path);
            }
            given.add(var);
        }
        kernel.initialised(given);
    }
}
