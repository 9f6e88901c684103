package org.neuroloom.engine.neuron;

/**
 * How source spike times map to steps: a spike at time t belongs to the step k with
 * {@code k·dt < t <= (k+1)·dt} (it is reported at {@code (k+1)·dt}, the end of the step);
 * times at or before 0 go to step 0. A tolerance of 1e-9 steps absorbs rounding of times
 * that lie on the grid.
 */
final class SourceTiming {
    private SourceTiming() {
    }

    static long stepOf(double tMs, double dtMs) {
        long k = (long) Math.ceil(tMs / dtMs - 1e-9) - 1;
        return Math.max(0, k);
    }
}
