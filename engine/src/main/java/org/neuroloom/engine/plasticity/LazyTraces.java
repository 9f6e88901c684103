package org.neuroloom.engine.plasticity;

/**
 * Spike traces, one per index: +1 per spike, exponential decay with {@code tauMs} in between.
 * Each stores its value and the time of its last spike and is decayed only when read, so
 * traces cost nothing per step.
 */
final class LazyTraces {
    private final double tauMs;
    private final double[] value;
    private final double[] timeMs;

    LazyTraces(int size, double tauMs) {
        this.tauMs = tauMs;
        value = new double[size];
        timeMs = new double[size];
    }

    /** Trace {@code i} at {@code tMs}, before any spike at {@code tMs} is added. */
    double at(int i, double tMs) {
        double v = value[i];
        return v == 0 ? 0 : v * Math.exp((timeMs[i] - tMs) / tauMs);
    }

    /** Adds a spike of index {@code i} at {@code tMs}. */
    void spike(int i, double tMs) {
        value[i] = at(i, tMs) + 1;
        timeMs[i] = tMs;
    }
}
