package org.neuroloom.app.run;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.neuroloom.app.views.LiveView;
import org.neuroloom.engine.probe.CounterBoard;

/**
 * The soak half of {@link LiveBenchmark}: the run goes on until stopped with every view showing
 * (overview: raster, traces, weights, rates; energy in its own window) while a sampler thread
 * forces a full GC every interval and prints heap after GC, UI frame rate and engine speed,
 * one Markdown table row per sample. Memory must stay flat: every view buffer is bounded.
 */
final class LiveSoak {
    private LiveSoak() {
    }

    /** Shows the energy view in its own window beside the overview, as "Enlarge" does. */
    static void showEnergyToo(LiveSimulation live) {
        for (LiveView v : live.hub().views()) {
            if (v.title().equals("Energy") && v.node().getParent() instanceof BorderPane frame) {
                frame.setCenter(null);
                Stage s = new Stage();
                s.setTitle("Energy");
                s.setScene(new Scene(new BorderPane(v.node()), 700, 320));
                s.setX(0);
                s.setY(0);
                s.show();
            }
        }
    }

    /** Samples every {@code everyS} seconds for {@code minutes} minutes, then returns. */
    static void sample(LiveSimulation live, double minutes, int everyS) throws InterruptedException {
        AtomicLong frames = new AtomicLong();
        live.hub().addFrameListener(() -> frames.set(live.hub().frames()));
        System.out.println("| wall min | simulated s | heap after GC (MB) | UI frames/s | engine x real time | dropped spikes |");
        System.out.println("|---|---|---|---|---|---|");
        long t0 = System.nanoTime();
        long lastNanos = t0;
        long lastFrames = 0;
        CounterBoard.Snapshot last = null;
        long end = t0 + (long) (minutes * 60e9);
        while (true) {
            long now = System.nanoTime();
            CounterBoard.Snapshot c = counters(live);
            long heap = heapAfterFullGc();
            long f = frames.get();
            double fps = (f - lastFrames) / ((now - lastNanos) / 1e9);
            double rtf = last == null || c == null || c.wallNanos() == last.wallNanos() ? Double.NaN
                    : (c.timeMs() - last.timeMs()) / 1000 / ((c.wallNanos() - last.wallNanos()) / 1e9);
            LiveRun r = live.run().run();
            System.out.printf(Locale.ROOT, "| %.1f | %.1f | %.1f | %.1f | %.3f | %d |%n", (now - t0) / 60e9,
                    c == null ? 0 : c.timeMs() / 1000, heap / 1e6, last == null ? Double.NaN : fps, rtf,
                    r == null ? 0 : r.dropped());
            System.out.flush();
            lastNanos = now;
            lastFrames = f;
            last = c;
            if (end - now < everyS * 500_000_000L) {
                return;
            }
            Thread.sleep(Math.min(everyS * 1000L, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
        }
    }

    /**
     * Heap in use right after a full collection: what the collector reports after the most
     * recent collection (the {@code System.gc()} just made), summed over its heap pools.
     */
    static long heapAfterFullGc() {
        System.gc();
        com.sun.management.GcInfo last = null;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof com.sun.management.GarbageCollectorMXBean g && g.getLastGcInfo() != null
                    && (last == null || g.getLastGcInfo().getEndTime() > last.getEndTime())) {
                last = g.getLastGcInfo();
            }
        }
        if (last == null) {
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage u = last.getMemoryUsageAfterGc().get(pool.getName());
            if (pool.getType() == MemoryType.HEAP && u != null) {
                used += u.getUsed();
            }
        }
        return used;
    }

    private static CounterBoard.Snapshot counters(LiveSimulation live) throws InterruptedException {
        CountDownLatch got = new CountDownLatch(1);
        CounterBoard.Snapshot[] c = new CounterBoard.Snapshot[1];
        Platform.runLater(() -> {
            LiveRun r = live.run().run();
            c[0] = r == null ? null : r.counters().read();
            got.countDown();
        });
        got.await();
        return c[0];
    }
}
