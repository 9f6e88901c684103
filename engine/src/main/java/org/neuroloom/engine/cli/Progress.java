package org.neuroloom.engine.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.neuroloom.engine.run.StepObserver;
import org.neuroloom.engine.run.StepView;

/** A one-line progress display on a terminal: simulated time, percent and real-time factor. */
final class Progress implements StepObserver {
    private static final long EVERY_NANOS = 250_000_000L;
    private final PrintWriter err;
    private final boolean enabled;
    private final long totalSteps;
    private final double dtMs;
    private final long t0 = System.nanoTime();
    private long lastPrint = t0;
    private boolean printed;

    Progress(PrintWriter err, boolean enabled, long totalSteps, double dtMs) {
        this.err = err;
        this.enabled = enabled;
        this.totalSteps = totalSteps;
        this.dtMs = dtMs;
    }

    /** Reads no spike ids. */
    @Override
    public boolean needsSpikeIds(int population) {
        return false;
    }

    @Override
    public void afterStep(StepView view) {
        if (!enabled || (view.stepIndex() & 63) != 0) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastPrint < EVERY_NANOS) {
            return;
        }
        lastPrint = now;
        double simMs = (view.stepIndex() + 1) * dtMs;
        double wall = (now - t0) / 1e9;
        err.printf(Locale.ROOT, "\r%10.1f ms simulated (%3.0f%%), %.2f x real time   ", simMs,
                100.0 * (view.stepIndex() + 1) / totalSteps, simMs / 1000 / wall);
        err.flush();
        printed = true;
    }

    void done() {
        if (printed) {
            err.println();
            err.flush();
        }
    }
}
