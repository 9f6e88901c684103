package org.neuroloom.engine.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import org.neuroloom.engine.Engine;
import org.neuroloom.engine.EngineOptions;
import org.neuroloom.engine.neuron.Simd;
import org.neuroloom.engine.run.Simulation;
import org.neuroloom.model.Project;

/**
 * One timed benchmark repeat: build, warm up (SIMD loops and JIT), then run the measured stretch. The wall time is
 * that of the simulation loop only; the build is timed separately.
 *
 * @param bench              benchmark name
 * @param threads            worker threads used
 * @param neurons            neurons and source elements
 * @param synapses           synapses built
 * @param bioSeconds         measured biological time
 * @param buildSeconds       wall time of compile (connectivity and state)
 * @param wallSeconds        wall time of the measured run
 * @param spikes             spikes in the measured run
 * @param synapticEvents     synaptic events (spike deliveries) in the measured run
 * @param bytesPerSynapse    synapse storage divided by the number of synapses
 * @param bytesPerPlasticSynapse plastic synapse storage divided by the number of plastic synapses (0: none)
 * @param heapBytes          heap in use after the build (after a GC; in {@link #measureInTurn}, with the
 *                           simulations built before it)
 * @param serialStepShare    share of measured steps the pool ran on one thread (other cores busy)
 * @param stolenSlicesPerStep slices per measured step the coordinating thread took over from a late worker
 */
public record BenchRun(String bench, int threads, long neurons, long synapses, double bioSeconds, double buildSeconds,
                       double wallSeconds, long spikes, long synapticEvents, double bytesPerSynapse, double bytesPerPlasticSynapse, long heapBytes,
                       double serialStepShare, double stolenSlicesPerStep) {

    /**
     * Builds {@code project}, warms up unmeasured ({@link #warmUp}: at least {@code warmupMs} of
     * biological time and {@code warmupWallSeconds} of wall time, until the JIT is idle), then
     * {@code durationMs} measured. Waits for the SIMD loops to be compiled before the build, so
     * the kernels use them from the first step.
     */
    public static BenchRun measure(String name, Project project, int threads, double durationMs, double warmupMs,
                                   double warmupWallSeconds) {
        awaitSimd();
        long t0 = System.nanoTime();
        try (Simulation sim = Engine.compile(project, EngineOptions.defaults().withThreads(threads))) {
            double buildSeconds = (System.nanoTime() - t0) / 1e9;
            long heap = heapInUse();
            warmUp(sim, warmupMs, warmupWallSeconds);
            return stretch(name, sim, buildSeconds, heap, durationMs);
        }
    }

    /**
     * Builds {@code project} once per entry of {@code threadCounts} in this JVM, warms each up as
     * {@link #measure} does, then runs the measured stretches in turn: {@code repeats} rounds,
     * each measuring every thread count once, handed to {@code out} as they finish. All thread
     * counts then share one JVM and its memory placement (which moves single runs by up to 1.4x
     * between JVMs on this machine, see docs/BENCHMARKS.md), so their ratio is paired.
     */
    public static void measureInTurn(String name, Project project, int[] threadCounts, int repeats, double durationMs,
                                     double warmupMs, double warmupWallSeconds, java.util.function.Consumer<BenchRun> out) {
        awaitSimd();
        Simulation[] sims = new Simulation[threadCounts.length];
        double[] buildSeconds = new double[threadCounts.length];
        long[] heap = new long[threadCounts.length];
        try {
            for (int i = 0; i < sims.length; i++) {
                long t0 = System.nanoTime();
                sims[i] = Engine.compile(project, EngineOptions.defaults().withThreads(threadCounts[i]));
                buildSeconds[i] = (System.nanoTime() - t0) / 1e9;
                heap[i] = heapInUse();
            }
            for (Simulation sim : sims) {
                warmUp(sim, warmupMs, warmupWallSeconds);
            }
            for (int r = 0; r < repeats; r++) {
                for (int i = 0; i < sims.length; i++) {
                    out.accept(stretch(name, sims[i], buildSeconds[i], heap[i], durationMs));
                }
            }
        } finally {
            for (Simulation sim : sims) {
                if (sim != null) {
                    sim.close();
                }
            }
        }
    }

    private static void awaitSimd() {
        try {
            Simd.awaitWarm();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Heap in use after a full collection, bytes. */
    private static long heapInUse() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }

    /** One measured stretch of {@code durationMs} of a warm simulation. */
    private static BenchRun stretch(String name, Simulation sim, double buildSeconds, long heap, double durationMs) {
        long spikes0 = sim.spikeCount();
        long events0 = sim.synapticEventCount();
        long steps = Math.round(durationMs / sim.dtMs());
        long serial0 = sim.serialFallbackSteps();
        long stolen0 = sim.stolenSlices();
        long t1 = System.nanoTime();
        sim.run(steps);
        double wall = (System.nanoTime() - t1) / 1e9;
        long syn = sim.synapseCount();
        return new BenchRun(name, sim.threads(), sim.neuronCount(), syn, steps * sim.dtMs() / 1000.0, buildSeconds, wall,
                sim.spikeCount() - spikes0, sim.synapticEventCount() - events0,
                syn == 0 ? 0 : (double) sim.synapseBytes() / syn, sim.bytesPerPlasticSynapse(), heap,
                (double) (sim.serialFallbackSteps() - serial0) / steps, (double) (sim.stolenSlices() - stolen0) / steps);
    }

    /**
     * Runs {@code sim} for at least {@code warmupMs} biological and {@code minWallSeconds} wall
     * time, and on until the JIT has been idle for {@link #QUIET_JIT_SECONDS} (no compilation
     * finished), at most {@link #MAX_WARMUP_SECONDS}: on a busy machine C2 needs seconds for the
     * step loop, and a measurement taken before that is mostly interpreter and C1 time.
     */
    static void warmUp(Simulation sim, double warmupMs, double minWallSeconds) {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        boolean watchJit = jit != null && jit.isCompilationTimeMonitoringSupported() && minWallSeconds > 0;
        long bioSteps = Math.round(warmupMs / sim.dtMs());
        long round = Math.max(1, Math.round(ROUND_MS / sim.dtMs()));
        long start = System.nanoTime();
        long quietSince = start;
        long compiled = watchJit ? jit.getTotalCompilationTime() : 0;
        for (long done = 0; ; done += round) {
            long now = System.nanoTime();
            boolean bioDone = done >= bioSteps;
            boolean wallDone = now - start >= minWallSeconds * 1e9;
            boolean jitQuiet = !watchJit || now - quietSince >= QUIET_JIT_SECONDS * 1e9;
            if (bioDone && wallDone && jitQuiet || now - start >= MAX_WARMUP_SECONDS * 1e9) {
                return;
            }
            sim.run(round);
            if (watchJit) {
                long c = jit.getTotalCompilationTime();
                if (c != compiled) {
                    compiled = c;
                    quietSince = System.nanoTime();
                }
            }
        }
    }

    /** Warm-up granularity, biological ms. */
    private static final double ROUND_MS = 10;
    /** JIT idle time that ends the warm-up, s. */
    static final double QUIET_JIT_SECONDS = 1.5;
    /** Longest warm-up, s. */
    static final double MAX_WARMUP_SECONDS = 30;

    /** Wall seconds per second of biological time. */
    public double secondsPerBioSecond() {
        return wallSeconds / bioSeconds;
    }

    /** Wall nanoseconds per synaptic event. */
    public double nsPerSynapticEvent() {
        return synapticEvents == 0 ? 0 : wallSeconds * 1e9 / synapticEvents;
    }

    /** One JSON line with every figure (the format {@code bench/compare.sh} reads). */
    public String toJson() {
        return String.format(Locale.ROOT,
                "{\"bench\":\"%s\",\"threads\":%d,\"neurons\":%d,\"synapses\":%d,\"bioSeconds\":%.4f,\"buildSeconds\":%.4f,"
                        + "\"wallSeconds\":%.5f,\"secondsPerBioSecond\":%.5f,\"spikes\":%d,\"synapticEvents\":%d,"
                        + "\"nsPerSynapticEvent\":%.4f,\"nsPerSynapticEventPerCore\":%.4f,\"bytesPerSynapse\":%.3f,\"bytesPerPlasticSynapse\":%.3f,\"heapBytes\":%d,\"serialStepShare\":%.4f,\"stolenSlicesPerStep\":%.4f}",
                bench, threads, neurons, synapses, bioSeconds, buildSeconds, wallSeconds, secondsPerBioSecond(), spikes,
                synapticEvents, nsPerSynapticEvent(), nsPerSynapticEvent() * threads, bytesPerSynapse, bytesPerPlasticSynapse, heapBytes,
                serialStepShare, stolenSlicesPerStep);
    }
}
