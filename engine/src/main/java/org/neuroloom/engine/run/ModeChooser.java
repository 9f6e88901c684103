package org.neuroloom.engine.run;

import java.util.Arrays;

/**
 * Chooses between running a step's slices in parallel (every worker its own) or serially (the
 * coordinating thread runs them all), from the measured step times: a window of {@link #WINDOW}
 * parallel steps, then one of serial steps, compared by the median per-step time of their
 * blocks (a block is one step, or a minimum-delay window of steps), so a GC pause
 * or a descheduled step in one window does not decide the mode. The winner then runs for a
 * period and the pair is measured again. The serial mode must be clearly faster
 * ({@link #SERIAL_MARGIN}); while it keeps winning, the gap grows to at most
 * {@link #MAX_SERIAL_PERIOD} steps, so a wrong serial choice costs a few percent of a run, not
 * the run. A window's first block is not timed: it pays for the switch (a parked worker wakes, the
 * slices' data moves between the cores' caches), and a cold first parallel block would otherwise
 * keep a pool that went serial once (e.g. while the JIT used the other core) serial for good.
 * A parallel probe that is far behind the serial mode after {@link #PROBE_CHECK} steps
 * (the other cores are busy: hand-offs wait milliseconds) is cut short. While the parallel mode
 * runs, a stretch of {@link #SLOW_STRETCH} steps whose blocks are all clearly slower than the
 * parallel median ({@link #SLOW_FACTOR}) means the cores have become busy: the serial mode is
 * timed at once instead of at the end of the period.
 * <p>Used by one thread (the coordinator); no allocation per step.
 */
final class ModeChooser {
    /** Steps per timing window. */
    static final int WINDOW = 128;
    /** Steps between re-measurements while the parallel mode wins. */
    static final int PERIOD = 8192;
    /** Gap before the first re-measurement after the serial mode won. */
    static final int SERIAL_PERIOD = 1024;
    /** Longest gap between re-measurements after the serial mode won repeatedly. */
    static final int MAX_SERIAL_PERIOD = 4096;
    /** Steps after which a parallel probe that is far behind the serial mode is cut short. */
    static final int PROBE_CHECK = 8;
    /** The serial mode must be this much faster than the parallel one to be chosen. */
    static final double SERIAL_MARGIN = 0.9;
    /**
     * With the thread count chosen automatically, the parallel mode must be this much faster than
     * the serial one to be kept: a second thread that saves less is not worth a core.
     */
    static final double PARALLEL_MARGIN = 0.85;
    /** A parallel block this much slower per step than the parallel median counts as slow. */
    static final double SLOW_FACTOR = 1.5;
    /** Steps of consecutive slow parallel blocks after which the serial mode is timed again. */
    static final int SLOW_STRETCH = 64;

    private static final int PARALLEL_WINDOW = 0;
    private static final int SERIAL_WINDOW = 1;
    private static final int RUN = 2;

    private final int helpers;
    private final boolean onlyWherePaying;
    private final long[] window = new long[WINDOW];
    private final long[] sorted = new long[WINDOW];
    private boolean serial;
    private int phase = PARALLEL_WINDOW;
    private int phaseSteps;
    /** Block times recorded in the current window (all but its first block). */
    private int samples;
    /** Whether the current parallel window has been compared with the serial mode after {@link #PROBE_CHECK} steps. */
    private boolean probeChecked;
    private long phaseStolen;
    private int period = PERIOD;
    private double parallelNanos = Double.NaN;
    private double serialNanos = Double.NaN;
    /** Per-step times of the current stretch of slow parallel blocks (while running parallel). */
    private final long[] slow = new long[SLOW_STRETCH];
    private int slowBlocks;
    private int slowSteps;

    /**
     * A chooser for a pool with {@code helpers} workers besides the coordinator. With
     * {@code onlyWherePaying} (the thread count was "auto") the parallel mode must win clearly
     * ({@link #PARALLEL_MARGIN}); otherwise the serial mode must ({@link #SERIAL_MARGIN}), because
     * the user asked for the threads.
     */
    ModeChooser(int helpers, boolean onlyWherePaying) {
        this.helpers = helpers;
        this.onlyWherePaying = onlyWherePaying;
    }

    /** Whether the next step runs serially. */
    boolean serial() {
        return serial;
    }

    /** Whether the serial mode has been chosen to run for a period (not only timed in a window). */
    boolean settledSerial() {
        return serial && phase == RUN;
    }

    /** Median step time of the last parallel window, ns (NaN before the first). */
    double parallelNanos() {
        return parallelNanos;
    }

    /** Median step time of the last serial window, ns (NaN before the first). */
    double serialNanos() {
        return serialNanos;
    }

    /**
     * Records a block of steps just run in the mode {@link #serial()} said (a block is one
     * hand-off: one step, or several when the workers run a minimum-delay window on their own).
     * Windows and periods count steps; the median is taken over the blocks' per-step times.
     *
     * @param nanos  the block's wall time
     * @param steps  steps in the block (at least 1)
     * @param stolen slices of other workers the coordinator ran because they had not started
     */
    void record(long nanos, int steps, int stolen) {
        if (phase != RUN) {
            // A window's first block pays for the change of mode (waking the parked worker, moving
            // the slices' data between the cores' caches), which the mode does not pay once it runs.
            if (phaseSteps > 0) {
                window[samples++] = nanos / steps;
            }
            phaseStolen += (long) stolen * steps;
        } else if (!serial && slowedDown(nanos / steps, steps)) {
            return;
        }
        phaseSteps += steps;
        if (phase == PARALLEL_WINDOW && !probeChecked && samples > 0 && phaseSteps >= PROBE_CHECK) {
            probeChecked = true;
            if (median(samples) > 2 * serialNanos) {
                runSerially();
                return;
            }
        }
        if (phaseSteps < (phase == RUN ? period : WINDOW)) {
            return;
        }
        double typical = phase == RUN ? 0 : median(samples);
        long stolenInWindow = phaseStolen;
        phaseSteps = 0;
        samples = 0;
        phaseStolen = 0;
        probeChecked = false;
        if (phase == PARALLEL_WINDOW && 2 * stolenInWindow >= (long) WINDOW * helpers) {
            // the workers seldom got a core in time: they only compete with this thread
            runSerially();
        } else if (phase == PARALLEL_WINDOW) {
            parallelNanos = typical;
            serial = true;
            phase = SERIAL_WINDOW;
        } else if (phase == SERIAL_WINDOW) {
            serialNanos = typical;
            if (onlyWherePaying ? !(parallelNanos < PARALLEL_MARGIN * typical) : typical < SERIAL_MARGIN * parallelNanos) {
                runSerially();
            } else {
                serial = false;
                period = PERIOD;
                phase = RUN;
            }
        } else {
            serial = false;
            phase = PARALLEL_WINDOW;
        }
    }

    /**
     * While running parallel: counts a stretch of slow blocks; when it reaches
     * {@link #SLOW_STRETCH} steps, takes the stretch's median as the parallel time, starts a
     * serial timing window and returns true.
     */
    private boolean slowedDown(long perStep, int steps) {
        if (!(perStep > SLOW_FACTOR * parallelNanos)) {
            slowBlocks = 0;
            slowSteps = 0;
            return false;
        }
        if (slowBlocks < slow.length) {
            slow[slowBlocks++] = perStep;
        }
        slowSteps += steps;
        if (slowSteps < SLOW_STRETCH) {
            return false;
        }
        System.arraycopy(slow, 0, window, 0, slowBlocks);
        parallelNanos = median(slowBlocks);
        slowBlocks = 0;
        slowSteps = 0;
        phaseSteps = 0;
        samples = 0;
        phaseStolen = 0;
        probeChecked = false;
        serial = true;
        phase = SERIAL_WINDOW;
        return true;
    }

    private void runSerially() {
        phaseSteps = 0;
        samples = 0;
        phaseStolen = 0;
        probeChecked = false;
        serial = true;
        period = period < PERIOD ? Math.min(MAX_SERIAL_PERIOD, period * 2) : SERIAL_PERIOD;
        phase = RUN;
    }

    /** The median of the first {@code n} per-step times of the window. */
    private double median(int n) {
        System.arraycopy(window, 0, sorted, 0, n);
        Arrays.sort(sorted, 0, n);
        return (n & 1) == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
    }
}
