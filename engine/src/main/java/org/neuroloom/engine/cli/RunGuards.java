package org.neuroloom.engine.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.neuroloom.engine.output.BinaryRecorder;
import org.neuroloom.engine.output.DiskGuard;
import org.neuroloom.engine.run.Simulation;
import org.neuroloom.model.Recording;

/**
 * What keeps a {@code neuroloom run} from losing or corrupting its output: a {@link DiskGuard}
 * that stops the run before the disk is full, a shutdown hook that turns SIGINT/SIGTERM into
 * a clean stop (the engine returns at the next step and the command writes its recordings and
 * summary before the process exits), and the optional {@link BinaryRecorder}.
 */
final class RunGuards implements AutoCloseable {

    /** CSV bytes per recorded state value or weight, for the up-front size check. */
    private static final int CSV_BYTES_PER_VALUE = 40;
    /** How long a signalled process waits for the run to write its output. */
    private static final long SHUTDOWN_WAIT_S = 60;
    /** How often the free space is read: every this many steps. */
    private static final long DISK_CHECK_STEPS = 100;

    private final DiskGuard disk;
    private final BinaryRecorder binary;
    private final CountDownLatch written = new CountDownLatch(1);
    private final Thread hook;
    private volatile boolean signalled;
    private volatile double signalTimeMs;

    private RunGuards(AtomicBoolean cancel, DiskGuard disk, BinaryRecorder binary, Simulation sim) {
        this.disk = disk;
        this.binary = binary;
        this.hook = new Thread(() -> {
            signalled = true;
            signalTimeMs = sim.timeMs();
            cancel.set(true);
            try {
                written.await(SHUTDOWN_WAIT_S, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "neuroloom-run-shutdown");
    }

    /**
     * Attaches the guards to {@code sim}; refuses up front (returns the reason through the
     * exception) when the state and weight recordings alone would not fit on the disk.
     *
     * @param cancel the run's cancellation flag, also given to the engine
     * @param binary whether to write the binary recording too
     * @throws IllegalArgumentException with the reason when the planned output does not fit
     */
    static RunGuards attach(Simulation sim, Recording rec, Path dir, long steps, AtomicBoolean cancel, boolean binary)
            throws IOException {
        DiskGuard disk = new DiskGuard(dir, DiskGuard.configuredReserveBytes(), cancel, DISK_CHECK_STEPS);
        String tooBig = disk.checkPlanned(plannedBytes(sim, rec, steps, binary));
        if (tooBig != null) {
            throw new IllegalArgumentException(tooBig);
        }
        BinaryRecorder bin = binary ? new BinaryRecorder(sim, rec, dir) : null;
        RunGuards g = new RunGuards(cancel, disk, bin, sim);
        sim.addObserver(disk);
        if (bin != null) {
            sim.addObserver(bin);
        }
        Runtime.getRuntime().addShutdownHook(g.hook);
        return g;
    }

    /** Bytes the state and weight probes will write (spikes are watched while running instead). */
    static double plannedBytes(Simulation sim, Recording rec, long steps, boolean binary) {
        double bytes = 0;
        for (Recording.StateProbe s : rec.state()) {
            double samples = steps / (double) Math.max(1, Math.round(s.intervalMs() / sim.dtMs()));
            double values = (double) s.neurons().size() * s.variables().size();
            bytes += samples * values * (CSV_BYTES_PER_VALUE + (binary ? 8 : 0));
        }
        for (Recording.WeightProbe w : rec.weights()) {
            int j = sim.projectionIndex(w.projection());
            if (j >= 0) {
                double snapshots = 2 + steps / (double) Math.max(1, Math.round(w.intervalMs() / sim.dtMs()));
                bytes += snapshots * sim.weights(j).synapseCount() * CSV_BYTES_PER_VALUE;
            }
        }
        return bytes;
    }

    /** Why the run stopped early (disk nearly full, or a signal), or {@code null}. */
    String stopReason() {
        if (disk.reason() != null) {
            return disk.reason();
        }
        if (signalled) {
            return String.format(Locale.ROOT, "interrupted at t = %.1f ms (the process was asked to stop); the output up to"
                    + " then is complete", signalTimeMs);
        }
        return null;
    }

    /** Writes the binary recording's last block and metadata. */
    void finish(boolean complete, double simulatedMs) throws IOException {
        if (binary != null) {
            binary.finish(complete, simulatedMs);
        }
    }

    /** Releases a waiting shutdown hook (the output is written) and unregisters it. */
    @Override
    public void close() throws IOException {
        if (binary != null) {
            binary.close();
        }
        written.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook is running and now returns
        }
    }
}
