package org.neuroloom.model;

import org.neuroloom.model.param.OptionalField;
import org.neuroloom.model.param.Param;

/**
 * How to simulate: time step, default duration, random seed and thread count.
 *
 * @param dtMs       time step; delays are rounded to whole steps
 * @param durationMs default run length (the CLI's --duration-ms overrides it)
 * @param seed       random seed: the same seed gives the same spikes whatever the thread count
 * @param threads    {@code "auto"} (one per core, one for small networks) or a positive integer
 */
public record Simulation(
        @Param(label = "Time step", unit = "ms", def = 0.1, min = 0.001, max = 10, step = 0.01,
                help = "Integration step; delays must be at least one step.") double dtMs,
        @Param(label = "Duration", unit = "ms", def = 1000, min = 0, minExclusive = true, max = 1e9, step = 100) double durationMs,
        long seed,
        @OptionalField String threads) {

    public static final String AUTO = "auto";

    public Simulation {
        threads = threads == null ? AUTO : threads;
    }

    /** dt 0.1 ms, 1 s, seed 1, automatic threads. */
    public static Simulation defaults() {
        return new Simulation(0.1, 1000, 1, AUTO);
    }

    /** The thread count, or 0 for automatic. */
    public int threadCount() {
        return AUTO.equals(threads) ? 0 : Integer.parseInt(threads);
    }
}
