package org.neuroloom.engine.output;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.neuroloom.engine.run.StepObserver;
import org.neuroloom.engine.run.StepView;

/**
 * Stops a run cleanly before its output fills the disk: every {@code everySteps} steps it reads
 * the free space of the output directory's file system and, when less than {@code reserveBytes}
 * remain, sets the run's cancellation flag (the engine returns at the next step, and everything
 * recorded up to then is complete). Whoever writes (CSV or binary) is covered, because it is
 * the disk that is watched, not the writers.
 */
public final class DiskGuard implements StepObserver {

    /** Free space a run keeps by default: 64 MiB. */
    public static final long DEFAULT_RESERVE_BYTES = 64L << 20;
    /** System property overriding the reserve in bytes (tests use it to simulate a full disk). */
    public static final String RESERVE_PROPERTY = "neuroloom.diskReserveBytes";

    private final FileStore store;
    private final Path dir;
    private final long reserveBytes;
    private final AtomicBoolean cancel;
    private final long everySteps;
    private volatile String reason;

    /**
     * @param dir          the output directory
     * @param reserveBytes free space to keep
     * @param cancel       the run's cancellation flag (from {@code EngineOptions})
     * @param everySteps   how often to look, in steps
     */
    public DiskGuard(Path dir, long reserveBytes, AtomicBoolean cancel, long everySteps) throws IOException {
        this.dir = dir;
        this.store = Files.getFileStore(dir);
        this.reserveBytes = reserveBytes;
        this.cancel = cancel;
        this.everySteps = Math.max(1, everySteps);
    }

    /** The reserve from {@link #RESERVE_PROPERTY}, or the default. */
    public static long configuredReserveBytes() {
        String v = System.getProperty(RESERVE_PROPERTY);
        if (v == null) {
            return DEFAULT_RESERVE_BYTES;
        }
        try {
            return Math.max(0, Long.parseLong(v.trim()));
        } catch (NumberFormatException e) {
            return DEFAULT_RESERVE_BYTES;
        }
    }

    /**
     * Refuses up front what is known to be too big: {@code plannedBytes} (for example the state
     * samples a run will write) must fit in the free space above the reserve.
     *
     * @return {@code null} when it fits, otherwise the reason
     */
    public String checkPlanned(double plannedBytes) throws IOException {
        if (plannedBytes <= 0) {
            return null;
        }
        long usable = store.getUsableSpace();
        if (plannedBytes + reserveBytes > usable) {
            return String.format(Locale.ROOT, "the recording would need about %s but %s has %s free (keeping %s free)",
                    size(plannedBytes), dir, size(usable), size(reserveBytes));
        }
        return null;
    }

    /** Reads no spike ids. */
    @Override
    public boolean needsSpikeIds(int population) {
        return false;
    }

    @Override
    public void afterStep(StepView view) {
        if (reason != null || (view.stepIndex() + 1) % everySteps != 0) {
            return;
        }
        check(view.timeMs());
    }

    /** Looks at the free space now; returns whether the run may go on. */
    public boolean check(double timeMs) {
        long usable;
        try {
            usable = store.getUsableSpace();
        } catch (IOException e) {
            return true;
        }
        if (usable < reserveBytes) {
            reason = String.format(Locale.ROOT, "the disk holding %s has only %s free at t = %.1f ms (a run keeps %s free);"
                    + " the output up to then is complete", dir, size(usable), timeMs, size(reserveBytes));
            cancel.set(true);
            return false;
        }
        return true;
    }

    /** Why the run was stopped, or {@code null}. */
    public String reason() {
        return reason;
    }

    static String size(double bytes) {
        if (bytes >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GiB", bytes / (1L << 30));
        }
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1L << 20));
    }
}
