package org.neuroloom.engine.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.neuroloom.engine.Engine;
import org.neuroloom.engine.EngineOptions;
import org.neuroloom.engine.InstabilityException;
import org.neuroloom.engine.ModelException;
import org.neuroloom.engine.run.PopulationInfo;
import org.neuroloom.engine.run.Simulation;
import org.neuroloom.engine.sweep.SweepGrid;

/**
 * Runs the variants of a sweep, {@code parallel} at a time, each on {@code threadsPerRun}
 * engine threads, and hands the results over in grid order as soon as each is complete (so a
 * killed sweep has written every finished row before it).
 */
final class SweepRunner {

    /**
     * The outcome of one variant.
     *
     * @param variant    the variant
     * @param spikes     spikes per population, in the order of {@code populationIds}
     * @param rateHz     mean rate per population
     * @param cv         mean ISI coefficient of variation per population (NaN when undefined)
     * @param wallSeconds build and run time
     * @param error      {@code null}, or why the variant did not finish (instability, model error)
     * @param startNanos {@link System#nanoTime()} when the variant started (to see which ran at once)
     */
    public record Result(SweepGrid.Variant variant, long[] spikes, double[] rateHz, double[] cv, double wallSeconds,
                         String error, long startNanos) {
        /** {@link System#nanoTime()} when the variant ended. */
        long endNanos() {
            return startNanos + (long) (wallSeconds * 1e9);
        }
    }

    /** Receives results in grid order. */
    @FunctionalInterface
    public interface ResultSink {
        void accept(Result r) throws java.io.IOException;
    }

    private final List<String> populationIds;
    private final double durationMs;
    private final int parallel;
    private final int threadsPerRun;

    /**
     * @param populationIds the populations reported, in column order
     * @param durationMs    simulated time per variant ({@code <= 0}: each variant's own duration)
     */
    SweepRunner(List<String> populationIds, double durationMs, int parallel, int threadsPerRun) {
        this.populationIds = List.copyOf(populationIds);
        this.durationMs = durationMs;
        this.parallel = parallel;
        this.threadsPerRun = threadsPerRun;
    }

    /** Runs every variant; returns the number that failed. */
    int run(List<SweepGrid.Variant> variants, ResultSink sink) throws java.io.IOException, InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(parallel, r -> {
            Thread t = new Thread(r, "sweep");
            t.setDaemon(true);
            return t;
        });
        int failed = 0;
        try {
            List<Future<Result>> futures = new ArrayList<>();
            for (SweepGrid.Variant v : variants) {
                futures.add(pool.submit(() -> runOne(v)));
            }
            for (Future<Result> f : futures) {
                Result r;
                try {
                    r = f.get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException("sweep worker failed", e.getCause());
                }
                failed += r.error() == null ? 0 : 1;
                sink.accept(r);
            }
        } finally {
            pool.shutdownNow();
        }
        return failed;
    }

    private Result runOne(SweepGrid.Variant v) {
        long start = System.nanoTime();
        int n = populationIds.size();
        long[] spikes = new long[n];
        double[] rate = new double[n];
        double[] cv = new double[n];
        java.util.Arrays.fill(rate, Double.NaN);
        java.util.Arrays.fill(cv, Double.NaN);
        double duration = durationMs > 0 ? durationMs : v.project().simulation().durationMs();
        try (Simulation sim = Engine.compile(v.project(), EngineOptions.defaults().withThreads(threadsPerRun))) {
            List<PopulationInfo> pops = sim.populations();
            SpikeStats stats = new SpikeStats(pops);
            sim.addObserver(stats);
            long steps = Math.round(duration / sim.dtMs());
            sim.run(steps);
            double simulated = steps * sim.dtMs();
            for (int c = 0; c < n; c++) {
                int p = sim.populationIndex(populationIds.get(c));
                if (p >= 0) {
                    spikes[c] = stats.spikes(p);
                    rate[c] = spikes[c] / (double) pops.get(p).size() / (simulated / 1000);
                    cv[c] = stats.cvIsi(p);
                }
            }
            return new Result(v, spikes, rate, cv, (System.nanoTime() - start) / 1e9, null, start);
        } catch (InstabilityException | ModelException e) {
            return new Result(v, spikes, rate, cv, (System.nanoTime() - start) / 1e9, e.getMessage(), start);
        }
    }
}
