package org.neuroloom.app.run;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.neuroloom.engine.Engine;
import org.neuroloom.engine.EngineOptions;
import org.neuroloom.engine.probe.CounterBoard;
import org.neuroloom.engine.run.Simulation;
import org.neuroloom.model.Project;
import org.neuroloom.model.io.ProjectFiles;

/**
 * Measures the live views' cost: a project runs as fast as possible, first headless
 * (Simulation.run, no observers), then in a window with the overview (raster, traces, rates,
 * weights) visible. Reports UI frames per second (AnimationTimer frames), engine throughput in
 * both cases and heap after GC over the live run. A program, not a test:
 * <pre>java -cp ... org.neuroloom.app.run.LiveBenchmark sample-projects/brunel-2000.neuroloom.json 5000 [threads]</pre>
 * With {@code --soak minutes} first it runs until stopped for that long with every view showing
 * and prints heap after GC every 30 s instead ({@link LiveSoak}); there is no headless part.
 */
public final class LiveBenchmark {
    /**
     * Simulated time run before measuring, in both phases: the live phase first compiles the
     * renderer's code and recompiles the engine's for its new profile, which takes seconds.
     */
    static final double WARM_UP_MS = 1000;

    private LiveBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 1 && args[0].equals("--soak")) {
            soak(Double.parseDouble(args[1]), java.util.Arrays.copyOfRange(args, 2, args.length));
            return;
        }
        Path file = Path.of(args.length > 0 ? args[0] : "sample-projects/brunel-2000.neuroloom.json");
        double durationMs = args.length > 1 ? Double.parseDouble(args[1]) : 5000;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        Project project = ProjectFiles.load(file);

        double headlessRtf;
        try (Simulation sim = Engine.compile(project, EngineOptions.defaults().withThreads(threads))) {
            long warm = Math.round(WARM_UP_MS / sim.dtMs());
            sim.run(warm);
            long steps = Math.round(durationMs / sim.dtMs());
            var mx = java.lang.management.ManagementFactory.getThreadMXBean();
            long cpu0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            sim.run(steps);
            double wallS = (System.nanoTime() - t0) / 1e9;
            double cpuShare = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9 / wallS;
            headlessRtf = durationMs / 1000 / wallS;
            System.out.printf(Locale.ROOT, "headless: %d threads, %.0f ms simulated in %.2f s: %.3f x real time, %.3g spikes/s; "
                    + "stepping thread CPU per wall s %.2f%n", sim.threads(), durationMs, wallS, headlessRtf,
                    (sim.spikeCount()) / (wallS + WARM_UP_MS / 1000.0 / headlessRtf), cpuShare);
        }

        CountDownLatch done = new CountDownLatch(1);
        AtomicReference<String> result = new AtomicReference<>();
        Platform.startup(() -> {
            LiveSimulation live = window(project);
            live.run().threadsProperty().set(threads);
            live.run().speedProperty().set(SpeedChoice.MAX);
            live.run().durationMsProperty().set(durationMs + WARM_UP_MS);
            live.run().build(() -> {
                for (int g = 0; g < 3; g++) {
                    live.views().traces().select(g * 997);
                }
                live.run().runPause();
                measure(live, durationMs, headlessRtf, result, done);
            });
        });
        done.await();
        System.out.println(result.get());
        Platform.exit();
        System.exit(0);
    }

    private static void soak(double minutes, String[] args) throws Exception {
        Project project = ProjectFiles.load(Path.of(args.length > 0 ? args[0] : "sample-projects/brunel-2000.neuroloom.json"));
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        CountDownLatch running = new CountDownLatch(1);
        AtomicReference<LiveSimulation> holder = new AtomicReference<>();
        Platform.startup(() -> {
            LiveSimulation live = window(project);
            holder.set(live);
            live.run().threadsProperty().set(threads);
            live.run().speedProperty().set(SpeedChoice.MAX);
            live.run().durationMsProperty().set(0);
            live.run().build(() -> {
                for (int g = 0; g < 3; g++) {
                    live.views().traces().select(g * 997);
                }
                LiveSoak.showEnergyToo(live);
                live.run().runPause();
                running.countDown();
            });
        });
        running.await();
        LiveSoak.sample(holder.get(), minutes, 30);
        Platform.exit();
        System.exit(0);
    }

    /** The live views in a 1400 x 850 window, overview tab selected. */
    private static LiveSimulation window(Project project) {
        Stage stage = new Stage();
        TabPane tabs = new TabPane();
        HBox controls = new HBox();
        HBox status = new HBox();
        LiveSimulation live = new LiveSimulation(() -> project, tabs, controls, status);
        stage.setScene(new Scene(new BorderPane(tabs, controls, null, status, null), 1400, 850));
        stage.show();
        return live;
    }

    /** CPU time of the threads whose names start with given prefixes, between start() and shares(). */
    private static final class ThreadCpu {
        private final java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        private final String[] prefixes;
        private final long[] startNanos;

        ThreadCpu(String... prefixes) {
            this.prefixes = prefixes;
            startNanos = new long[prefixes.length];
        }

        private long[] now() {
            long[] t = new long[prefixes.length];
            for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
                for (int i = 0; info != null && i < prefixes.length; i++) {
                    if (info.getThreadName().startsWith(prefixes[i])) {
                        t[i] += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
                    }
                }
            }
            return t;
        }

        void start() {
            System.arraycopy(now(), 0, startNanos, 0, prefixes.length);
        }

        String shares(double wallS) {
            long[] t = now();
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < prefixes.length; i++) {
                b.append(i == 0 ? "" : ", ").append(prefixes[i]).append(String.format(Locale.ROOT, " %.2f",
                        (t[i] - startNanos[i]) / 1e9 / wallS));
            }
            return b.toString();
        }
    }

    /** Time the collectors spent so far (pauses and, for concurrent phases, their reported time). */
    private static long gcMillis() {
        long ms = 0;
        for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            ms += Math.max(0, gc.getCollectionTime());
        }
        return ms;
    }

    private static void measure(LiveSimulation live, double durationMs, double headlessRtf, AtomicReference<String> result,
                                CountDownLatch done) {
        long[] start = {-1, 0};
        CounterBoard.Snapshot[] first = new CounterBoard.Snapshot[1];
        ThreadCpu cpu = new ThreadCpu("neuroloom-run", "neuroloom-worker", Thread.currentThread().getName(), "QuantumRenderer");
        // frames the scene presented (every pulse with a dirty node), not only the views' redraws:
        // under Xvfb each one uploads the whole window to the X server
        com.sun.javafx.perf.PerformanceTracker presented =
                com.sun.javafx.perf.PerformanceTracker.getSceneTracker(live.views().raster().node().getScene());
        java.util.concurrent.atomic.AtomicLong rendered = new java.util.concurrent.atomic.AtomicLong();
        presented.setOnRenderedFrameTask(rendered::incrementAndGet);
        long[] renderedAtStart = {0};
        long[] gcAtStart = {0};
        live.hub().addFrameListener(() -> {
            LiveRun r = live.run().run();
            if (r == null || result.get() != null) {
                return;
            }
            CounterBoard.Snapshot c = r.counters().read();
            if (start[0] < 0 && c.timeMs() >= WARM_UP_MS) {
                start[0] = System.nanoTime();
                start[1] = live.hub().frames();
                renderedAtStart[0] = rendered.get();
                gcAtStart[0] = gcMillis();
                first[0] = c;
                cpu.start();
            }
            if (start[0] >= 0 && (live.run().getPhase() == RunPhase.FINISHED || c.timeMs() >= durationMs + WARM_UP_MS)) {
                double wallS = (System.nanoTime() - start[0]) / 1e9;
                double fps = (live.hub().frames() - start[1]) / wallS;
                double presentedFps = (rendered.get() - renderedAtStart[0]) / wallS;
                double engineS = (c.wallNanos() - first[0].wallNanos()) / 1e9;
                double simMs = c.timeMs() - first[0].timeMs();
                double rtf = simMs / 1000 / engineS;
                String cpuShares = cpu.shares(wallS);
                long gcMs = gcMillis() - gcAtStart[0];
                long heap = LiveSoak.heapAfterFullGc();
                result.set(String.format(Locale.ROOT, "live: %.0f ms simulated in %.2f s wall (engine %.2f s): %.3f x real time "
                        + "= %.0f %% of headless; UI %.1f frames/s (%.1f presented); dropped %d; GC %d ms; heap after GC %.0f MB; "
                        + "CPU per wall s: %s",
                        simMs, wallS, engineS, rtf, 100 * rtf / headlessRtf, fps, presentedFps, r.dropped(), gcMs, heap / 1e6, cpuShares));
                done.countDown();
            }
        });
    }
}
