package org.neuroloom.engine.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.neuroloom.engine.EngineOptions;
import org.neuroloom.engine.modulator.ModulatorBank;
import org.neuroloom.engine.modulator.ModulatorState;
import org.neuroloom.engine.neuron.NeuronKernel;
import org.neuroloom.engine.neuron.PoissonKernel;
import org.neuroloom.engine.neuron.RegularKernel;
import org.neuroloom.engine.plasticity.PlasticityKernel;
import org.neuroloom.engine.synapse.InputChannels;
import org.neuroloom.model.neuron.NeuronModel;

/**
 * A compiled network, ready to step. Made by {@code Engine.compile}.
 * <p>Steps run in blocks: one parallel phase per worker followed by serial work on the calling
 * thread. A block is one step, or (with several workers, no observer and no modulator, in
 * {@link #run}) up to the shortest delay between slices ({@link BlockPlan}), because no spike
 * emitted inside such a window arrives before it ends, so the workers need not meet in between.
 * <ol>
 *   <li>each worker delivers the spikes of the previous block through the static synapses that
 *       end in its slices (into delay ring slots), then for each step k of the block delivers its
 *       local projections, handles plastic arrivals of step k ({@link PlasticityKernel}), updates
 *       its slices of every population, and runs post-spike plasticity for its own neurons;</li>
 *   <li>the calling thread merges the workers' spike lists of each step (ascending by element),
 *       then calls the observers.</li>
 * </ol>
 * Each target's input is summed by one worker in a fixed order (by emission step, projection,
 * presynaptic element, whatever the blocks), and random streams are keyed by element, so spikes
 * are bit-identical for every thread count and block length.
 * <p>Not thread-safe: call every method from one thread (the one that steps), between steps.
 */
public final class Simulation implements AutoCloseable {
    private final Plan plan;
    private final EngineOptions options;
    private final int threads;
    private final NeuronKernel[] kernels;
    private final int populationCount;
    private final int[][] slices;
    private final int[] ringSize;
    private final SpikeHistory history;
    private final BlockPlan blocks;
    private final long[] populationSpikes;
    private final int[] stepSpikes;
    private final ModulatorBank modulators;
    private final List<String> modulatorIds;
    private final StepWork work;
    private final List<ProjectionRuntime> projections;
    private final List<ProjectionInfo> projectionInfos;
    private final WeightsView[] weightViews;
    private final WorkerPool pool;
    private final SpikeFreeDrives drives;
    private final View view = new View();
    private StepObserver[] observers = new StepObserver[0];
    private long step;
    private long totalSpikes;
    private boolean failed;

    /** Builds the runtime state for a plan (engine internal; use {@code Engine.compile}). */
    public Simulation(Plan plan, EngineOptions options) {
        this.plan = plan;
        this.options = options;
        this.threads = plan.threads();
        this.kernels = plan.kernels();
        this.populationCount = kernels.length;
        this.slices = plan.slices();
        this.projections = plan.projections();
        ringSize = new int[populationCount];
        for (int p = 0; p < populationCount; p++) {
            InputChannels in = plan.inputs()[p];
            ringSize[p] = in == null ? 1 : in.ringSize;
        }
        List<ProjectionRuntime> st = new ArrayList<>();
        List<ProjectionRuntime> pl = new ArrayList<>();
        List<ProjectionInfo> infos = new ArrayList<>();
        int maxPlasticDelay = 1;
        weightViews = new WeightsView[projections.size()];
        for (ProjectionRuntime pr : projections) {
            infos.add(pr.info);
            if (pr.staticTables != null) {
                st.add(pr);
            } else if (pr.plasticTables != null) {
                pl.add(pr);
                for (int d : pr.plasticTables[0].bucketDelay) {
                    maxPlasticDelay = Math.max(maxPlasticDelay, d);
                }
            }
            weightViews[pr.info.index()] = new WeightsView(pr, kernels[pr.info.source()].size(), kernels[pr.info.target()].size());
        }
        ProjectionRuntime[] statics = st.toArray(new ProjectionRuntime[0]);
        ProjectionRuntime[] plastics = pl.toArray(new ProjectionRuntime[0]);
        projectionInfos = List.copyOf(infos);
        blocks = BlockPlan.of(statics, plastics, slices, threads);
        int[] sizes = new int[populationCount];
        for (int p = 0; p < populationCount; p++) {
            sizes[p] = kernels[p].size();
        }
        int sets = Math.max(2, blocks.maxSteps);
        history = new SpikeHistory(sizes, slices, threads, Math.max(maxPlasticDelay, blocks.maxSteps) + 1, sets);
        populationSpikes = new long[populationCount];
        stepSpikes = new int[populationCount];
        modulators = plan.modulators();
        List<String> mids = new ArrayList<>();
        for (int m = 0; m < modulators.size(); m++) {
            mids.add(modulators.get(m).id());
        }
        modulatorIds = List.copyOf(mids);
        drives = new SpikeFreeDrives(kernels, projections, slices, threads, 2 * sets);
        work = new StepWork(plan, ringSize, statics, plastics, blocks, history, drives);
        pool = threads > 1 ? new WorkerPool(threads, work, "neuroloom", plan.threadsAuto()) : null;
    }

    /** Advances the simulation by one time step. */
    public void step() {
        advance(1);
    }

    /**
     * Runs a block of {@code n} steps: one hand-off to the workers, then per step the merge,
     * modulators and observers (with more than one step there are none, see {@link #blockLength}).
     */
    private void advance(int n) {
        if (failed) {
            throw new IllegalStateException("the simulation stopped after an error; compile it again");
        }
        for (int i = 0; i < n; i++) {
            drives.decide(step + i, observers);
        }
        work.begin(step, n);
        try {
            if (pool == null) {
                work.run(0);
            } else {
                pool.runBlock(n);
            }
        } catch (RuntimeException | Error e) {
            failed = true;
            throw e;
        }
        work.end();
        for (int i = 0; i < n; i++) {
            mergeSpikes();
            step++;
            if (modulators.size() > 0) {
                modulators.advance(timeMs(), stepSpikes);
            }
            for (StepObserver o : observers) {
                o.afterStep(view);
            }
        }
    }

    /**
     * How many of the {@code left} steps the next block may hold: one while observers watch
     * every step or modulators change between steps (both run on this thread, between steps),
     * otherwise up to the plan's shortest crossing delay.
     */
    private int blockLength(long left) {
        if (blocks.maxSteps == 1 || observers.length > 0 || modulators.size() > 0) {
            return 1;
        }
        return (int) Math.min(left, blocks.maxSteps);
    }

    private void mergeSpikes() {
        for (int p = 0; p < populationCount; p++) {
            int all = history.merge(step, p) + (int) drives.spikes(p, step);
            stepSpikes[p] = all;
            populationSpikes[p] += all;
            totalSpikes += all;
        }
    }

    /**
     * Runs {@code steps} steps, or fewer if the options' cancellation flag is set.
     *
     * @return the number of steps run
     */
    public long run(long steps) {
        EngineOptions.ProgressListener progress = options.progress();
        long reportEvery = Math.max(1, steps / 200);
        long done = 0;
        while (done < steps) {
            if (options.cancel() != null && options.cancel().get()) {
                return done;
            }
            int n = blockLength(steps - done);
            advance(n);
            long before = done;
            done += n;
            if (progress != null && done / reportEvery != before / reportEvery) {
                progress.progress("run", (double) done / steps);
            }
        }
        return steps;
    }

    /** Simulated time, ms (steps done × dt). */
    public double timeMs() {
        return step * plan.dtMs();
    }

    /** Number of steps done. */
    public long stepIndex() {
        return step;
    }

    /** Time step, ms. */
    public double dtMs() {
        return plan.dtMs();
    }

    /** Number of worker threads (including the calling thread). */
    public int threads() {
        return threads;
    }

    /**
     * Steps that the calling thread ran alone (all slices, serially) because hand-offs to the
     * other workers cost more than they saved, e.g. while other programs keep the cores busy.
     */
    public long serialFallbackSteps() {
        return pool == null ? 0 : pool.serialSteps();
    }

    /**
     * Diagnostics: while {@code on}, the calling thread runs every worker's slices itself, as the
     * pool does on its own when the other cores are busy (its serial fallback); the results are
     * the same either way. For tests and for measuring the fallback on a quiet machine; no effect
     * with one thread.
     */
    public void forceSerialFallback(boolean on) {
        if (pool != null) {
            pool.forceSerial(on);
        }
    }

    /**
     * Bytes of the whole-range copies of the crossing static tables that the serial fallback
     * delivers through; 0 until the pool settles on the fallback (or it is forced).
     */
    public long fallbackTableBytes() {
        return work.wholeTableBytes();
    }

    /** How many slices the coordinating thread ran because their worker had not started them. */
    public long stolenSlices() {
        return pool == null ? 0 : pool.stolenSlices();
    }

    /**
     * The longest block: steps the workers run between two hand-offs when nothing observes the
     * run (the shortest delay between slices; 1 with one worker or a delay of one step).
     */
    public int maxBlockSteps() {
        return blocks.maxSteps;
    }

    /** The seed in use. */
    public long seed() {
        return plan.seed();
    }

    /** Project name. */
    public String projectName() {
        return plan.projectName();
    }

    /** Wall time the build took, s. */
    public double buildSeconds() {
        return plan.buildSeconds();
    }

    /** Number of elements in all populations (neurons and sources). */
    public long neuronCount() {
        long n = 0;
        for (NeuronKernel k : kernels) {
            n += k.size();
        }
        return n;
    }

    /** Number of synapses. */
    public long synapseCount() {
        long n = 0;
        for (ProjectionInfo p : projectionInfos) {
            n += p.synapseCount();
        }
        return n;
    }

    /** Bytes of synapse storage (tables, not ring buffers). */
    public long synapseBytes() {
        long b = 0;
        for (ProjectionRuntime pr : projections) {
            b += pr.bytes();
        }
        return b;
    }

    /** Bytes of plastic synapse storage per plastic synapse (0 without plastic projections). */
    public double bytesPerPlasticSynapse() {
        long b = 0;
        long n = 0;
        for (ProjectionRuntime pr : projections) {
            if (pr.plasticTables != null) {
                b += pr.bytes();
                n += pr.info.synapseCount();
            }
        }
        return n == 0 ? 0 : (double) b / n;
    }

    /** Spikes since the start. */
    public long spikeCount() {
        return totalSpikes;
    }

    /** Spikes of one population since the start. */
    public long spikeCount(int population) {
        return populationSpikes[population];
    }

    /**
     * Synaptic events (spike deliveries through synapses) since the start, counted as a run of
     * single steps counts them: the spikes of every step but the last have gone out.
     */
    public long synapticEventCount() {
        return work.events(step);
    }

    /** The populations. */
    public List<PopulationInfo> populations() {
        return plan.populations();
    }

    /** The projections. */
    public List<ProjectionInfo> projections() {
        return projectionInfos;
    }

    /** The index of population {@code id}, or -1. */
    public int populationIndex(String id) {
        for (PopulationInfo p : plan.populations()) {
            if (p.id().equals(id)) {
                return p.index();
            }
        }
        return -1;
    }

    /** The index of projection {@code id}, or -1. */
    public int projectionIndex(String id) {
        for (ProjectionInfo p : projectionInfos) {
            if (p.id().equals(id)) {
                return p.index();
            }
        }
        return -1;
    }

    /** A neuron state variable or, failing that, a synaptic channel ({@code g_ex}...). */
    private double[] stateArray(int population, String variable) {
        double[] a = kernels[population].state(variable);
        InputChannels in = plan.inputs()[population];
        return a != null || in == null ? a : in.state(variable);
    }

    /** The live array of a state variable (read only), or {@code null}. */
    public double[] state(int population, String variable) {
        return stateArray(population, variable);
    }

    /** Read access to a projection's weights. */
    public ProjectionWeights weights(int projection) {
        return weightViews[projection];
    }

    /** Adds an observer (between steps). */
    public void addObserver(StepObserver o) {
        StepObserver[] a = Arrays.copyOf(observers, observers.length + 1);
        a[observers.length] = o;
        observers = a;
    }

    /** Removes an observer (between steps). */
    public void removeObserver(StepObserver o) {
        observers = Arrays.stream(observers).filter(x -> x != o).toArray(StepObserver[]::new);
    }

    // ---- live control (between steps, on the stepping thread) ----

    /** Replaces a population's parameters (same model type); state is kept. */
    public void setPopulationModel(String populationId, NeuronModel model) {
        kernels[requirePopulation(populationId)].setModel(model);
    }

    /** Sets the rate of a Poisson or regular source from the next step on. */
    public void setSourceRate(String populationId, double rateHz) {
        NeuronKernel k = kernels[requirePopulation(populationId)];
        if (k instanceof PoissonKernel pk) {
            pk.setRate(rateHz, step);
        } else if (k instanceof RegularKernel rk) {
            rk.setRate(rateHz);
        } else {
            throw new IllegalArgumentException("population " + populationId + " is not a Poisson or regular source");
        }
    }

    /** Multiplies the delivered weights of a projection by {@code scale} (stored weights unchanged). */
    public void setWeightScale(String projectionId, double scale) {
        if (!Double.isFinite(scale)) {
            throw new IllegalArgumentException("weight scale must be finite, not " + scale);
        }
        ProjectionRuntime pr = projections.get(requireProjection(projectionId));
        pr.scale = scale;
        if (pr.kernels != null) {
            for (PlasticityKernel k : pr.kernels) {
                k.setWeightScale(scale);
            }
        }
        if (pr.injection != null) {
            pr.injection.setScale(scale);
        }
    }

    /** Switches learning of a plastic projection on or off (delivery continues). */
    public void setPlasticityEnabled(String projectionId, boolean on) {
        ProjectionRuntime pr = projections.get(requireProjection(projectionId));
        if (pr.kernels == null) {
            throw new IllegalArgumentException("projection " + projectionId + " is not plastic");
        }
        for (PlasticityKernel k : pr.kernels) {
            k.setEnabled(on);
        }
    }

    /** Ids of the neuromodulators, in network order. */
    public List<String> modulators() {
        return modulatorIds;
    }

    /** The concentration of modulator {@code id} now. */
    public double modulatorConcentration(String id) {
        return requireModulator(id).concentration();
    }

    /** Releases {@code amount} of modulator {@code id} now (a reward); it acts from the next step on. */
    public void releaseModulator(String id, double amount) {
        if (!(amount >= 0) || Double.isInfinite(amount)) {
            throw new IllegalArgumentException("reward amount must be a finite number >= 0, not " + amount);
        }
        requireModulator(id).release(amount);
    }

    private ModulatorState requireModulator(String id) {
        ModulatorState m = modulators.byId(id);
        if (m == null) {
            throw new IllegalArgumentException("no modulator '" + id + "'");
        }
        return m;
    }

    /** The per-worker plasticity kernels of a projection (empty for static ones). */
    public List<PlasticityKernel> plasticityKernels(int projection) {
        ProjectionRuntime pr = projections.get(projection);
        return pr.kernels == null ? List.of() : List.of(pr.kernels);
    }

    private int requirePopulation(String id) {
        int p = populationIndex(id);
        if (p < 0) {
            throw new IllegalArgumentException("no population '" + id + "'");
        }
        return p;
    }

    private int requireProjection(String id) {
        int p = projectionIndex(id);
        if (p < 0) {
            throw new IllegalArgumentException("no projection '" + id + "'");
        }
        return p;
    }

    /** Stops the worker threads. */
    @Override
    public void close() {
        if (pool != null) {
            pool.close();
        }
    }

    private final class View implements StepView {
        @Override
        public long stepIndex() {
            return step - 1;
        }

        @Override
        public double timeMs() {
            return step * plan.dtMs();
        }

        @Override
        public double dtMs() {
            return plan.dtMs();
        }

        @Override
        public List<PopulationInfo> populations() {
            return plan.populations();
        }

        @Override
        public List<ProjectionInfo> projections() {
            return projectionInfos;
        }

        @Override
        public int spikeCount(int population) {
            return history.count(population, step - 1);
        }

        @Override
        public int spikeTotal(int population) {
            return stepSpikes[population];
        }

        @Override
        public int[] spikeIds(int population) {
            return history.ids(population, step - 1);
        }

        @Override
        public double[] state(int population, String variable) {
            return stateArray(population, variable);
        }

        @Override
        public ProjectionWeights weights(int projection) {
            return weightViews[projection];
        }

        @Override
        public List<String> modulators() {
            return modulatorIds;
        }

        @Override
        public double modulatorConcentration(int modulator) {
            return modulators.get(modulator).concentration();
        }

        @Override
        public long totalSpikes() {
            return totalSpikes;
        }

        @Override
        public long synapticEvents() {
            return synapticEventCount();
        }
    }
}
