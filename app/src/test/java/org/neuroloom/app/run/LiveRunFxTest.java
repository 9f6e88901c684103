package org.neuroloom.app.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neuroloom.app.views.LiveViewModels;
import org.neuroloom.app.views.SpikeRing;
import org.neuroloom.app.views.WeightViewModel;
import org.neuroloom.engine.control.ControlCommand;
import org.neuroloom.model.Project;
import org.neuroloom.model.io.ProjectFiles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The live flows on the real engine, headless: the Song-Abbott STDP sample (1000 Poisson
 * inputs, one LIF neuron, plastic synapses) built and run from the run controls.
 */
@ExtendWith(ApplicationExtension.class)
class LiveRunFxTest {
    static final Path SAMPLE = Path.of("..", "sample-projects", "stdp-song-abbott.neuroloom.json");
    private LiveSimulation live;

    @Start
    void start(Stage stage) throws Exception {
        Project p = ProjectFiles.load(SAMPLE);
        TabPane tabs = new TabPane();
        HBox controls = new HBox();
        HBox status = new HBox();
        live = new LiveSimulation(() -> p, tabs, controls, status);
        stage.setScene(new Scene(new BorderPane(tabs, controls, null, status, null), 1000, 600));
        stage.show();
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> live.run().closeRun());
    }

    private static void await(String what, BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        assertTrue(condition.getAsBoolean(), what);
    }

    private LiveViewModels views() {
        return live.hub().models();
    }

    private void buildAndRunFor(FxRobot robot, double ms) throws Exception {
        robot.interact(() -> {
            live.run().durationMsProperty().set(ms);
            live.run().speedProperty().set(SpeedChoice.MAX);
            live.run().runPause();
        });
        await("run finished", () -> live.run().getPhase() == RunPhase.FINISHED && views().nowMs() >= ms - 1e-6);
    }

    @Test
    void runningASampleFor500MsPutsItsSpikesIntoTheRaster(FxRobot robot) throws Exception {
        buildAndRunFor(robot, 500);
        SpikeRing spikes = views().raster().spikes();
        assertTrue(spikes.size() > 1000, "1000 inputs at 15 Hz for 0.5 s give about 7500 spikes, got " + spikes.size());
        assertTrue(spikes.timeMs(spikes.size() - 1) <= 500 + 1e-9);
        assertEquals(500, views().nowMs(), 1e-6);
    }

    @Test
    void pauseStopsSimulatedTime(FxRobot robot) throws Exception {
        robot.interact(() -> live.run().runPause());
        await("running", () -> live.run().getPhase() == RunPhase.RUNNING && views().nowMs() > 20);
        robot.interact(() -> live.run().runPause());
        await("paused", () -> live.run().getPhase() == RunPhase.PAUSED);
        WaitForAsyncUtils.sleep(150, TimeUnit.MILLISECONDS);
        double t = live.run().run().counters().read().timeMs();
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        assertEquals(t, live.run().run().counters().read().timeMs(), 0);
        await("views caught up", () -> views().nowMs() == t);
    }

    @Test
    void stepAdvancesByOneTimeStep(FxRobot robot) throws Exception {
        robot.interact(() -> live.run().step(1));
        await("first step", () -> live.run().run() != null && live.run().run().counters().read().steps() == 1);
        double before = live.run().run().counters().read().timeMs();
        robot.interact(() -> live.run().step(1));
        await("second step", () -> live.run().run().counters().read().steps() == 2);
        assertEquals(0.1, live.run().run().counters().read().timeMs() - before, 1e-12);
        await("views show it", () -> Math.abs(views().nowMs() - 0.2) < 1e-9);
    }

    /** Input spikes (global ids below 1000) the raster holds with times in {@code (fromMs, toMs]}. */
    private long inputSpikes(double fromMs, double toMs) {
        SpikeRing spikes = views().raster().spikes();
        long n = 0;
        for (int k = spikes.firstAtOrAfter(fromMs); k < spikes.size() && spikes.timeMs(k) <= toMs; k++) {
            n += spikes.timeMs(k) > fromMs && spikes.id(k) < 1000 ? 1 : 0;
        }
        return n;
    }

    /**
     * The rates are counted in windows of simulated time bounded by the engine's own record of
     * when the change applied, so a loaded machine (slow engine, late frames) changes only how
     * long the test waits, not what it measures.
     */
    @Test
    void raisingTheSourceRateWhileRunningRaisesTheMeasuredRate(FxRobot robot) throws Exception {
        robot.interact(() -> {
            live.run().speedProperty().set(SpeedChoice.X2);
            live.run().runPause();
        });
        await("running", () -> live.run().run() != null && live.run().run().counters().read().timeMs() > 600);
        LiveRun run = live.run().run();
        // the counters lag the engine (at or before the change); the status published once the
        // command is applied is at or after it
        double notYet = run.counters().read().timeMs();
        run.submit(new ControlCommand.SetSourceRate("input", 45)).get(30, TimeUnit.SECONDS);
        double changedBy = run.status().timeMs();
        assertEquals(RunPhase.RUNNING, live.run().getPhase(), "changed while running");
        await("700 ms more in the views", () -> views().nowMs() > changedBy + 700);
        robot.interact(() -> live.run().runPause());
        double beforeHz = inputSpikes(100, notYet) / (1000 * (notYet - 100) / 1000);
        double afterHz = inputSpikes(changedBy, changedBy + 700) / (1000 * 0.7);
        assertEquals(15, beforeHz, 2.5, "inputs at 15 Hz");
        assertEquals(45, afterHz, 4.5, "inputs at 45 Hz");
    }

    @Test
    void thePlasticProjectionsHeatmapChangesWhileRunning(FxRobot robot) throws Exception {
        buildAndRunFor(robot, 2000);
        WeightViewModel w = views().weights().get(0);
        // the views take the latest matrix each frame (older ones are superseded at full speed),
        // but every snapshot's histogram: one per 50 ms, the histogram over time has no holes
        assertTrue(w.snapshots() >= 1, "snapshots: " + w.snapshots());
        assertEquals(2000 / LiveRun.WEIGHT_INTERVAL_MS, w.histograms());
        assertEquals(40, w.columnsUsed());
        float[] now = w.current().blocks().clone();
        robot.interact(() -> {
            live.run().durationMsProperty().set(2000);
            live.run().runPause();
        });
        await("second run", () -> live.run().getPhase() == RunPhase.FINISHED && views().nowMs() >= 4000 - 1e-6);
        float[] later = w.current().blocks();
        double moved = 0;
        for (int i = 0; i < now.length; i++) {
            moved += Math.abs(later[i] - now[i]);
        }
        assertTrue(moved > 0, "STDP moves the block means");
    }

    /** Reset starts the run again at 0 ms: the traced neuron stays traced and is sampled again from there. */
    @Test
    void aNeuronPickedForTracingStaysTracedAfterReset(FxRobot robot) throws Exception {
        robot.interact(() -> live.run().step(1));
        await("built", () -> live.run().run() != null && live.run().getPhase() == RunPhase.PAUSED);
        int neuron = 1000;   // the LIF neuron after the 1000 inputs
        robot.interact(() -> views().traces().addChannel(neuron, "v"));
        buildAndRunFor(robot, 100);
        await("traced", () -> views().traces().samples(0).size() > 900);
        robot.interact(() -> live.run().reset());
        await("reset shown", () -> live.run().run().status().resets() == 1 && views().nowMs() == 0);
        assertEquals(1, views().traces().channels().size(), "the lane is kept");
        assertEquals(neuron, views().traces().channels().get(0).globalId());
        assertEquals(0, views().traces().samples(0).size(), "with the old run's samples gone");
        buildAndRunFor(robot, 50);
        // one sample per step of the new run, from its start: the lane is sampled again
        await("traced again", () -> views().traces().samples(0).size() >= 499);
        org.neuroloom.app.views.SampleRing v = views().traces().samples(0);
        assertTrue(v.timeMs(0) <= 0.1 + 1e-9, "first sample at " + v.timeMs(0));
        assertEquals(50, v.timeMs(v.size() - 1), 1e-9);
        assertTrue(v.value(0) > -75 && v.value(0) < -50, "a membrane potential in mV: " + v.value(0));
    }

    @Test
    void playbackOfARecordingShowsExactlyTheRecordedSpikes(FxRobot robot, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("run.nlrec");
        robot.interact(() -> live.run().step(1));
        await("built", () -> live.run().run() != null && live.run().getPhase() == RunPhase.PAUSED);
        robot.interact(() -> live.run().startRecording(file));
        buildAndRunFor(robot, 300);
        // the run ends at 300.1 ms (it started after one step): wait for the views to show its last step
        await("views caught up", () -> views().nowMs() >= live.run().run().status().timeMs() - 1e-9);
        // the engine publishes a step's spikes whole (SpikeRing.publish), so the views at the last
        // step's time hold every spike of the run
        assertEquals(live.run().run().counters().read().spikes(), views().raster().spikes().size());
        SpikeRing liveSpikes = views().raster().spikes();
        int n = liveSpikes.size();
        double[] times = new double[n];
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) {
            times[i] = liveSpikes.timeMs(i);
            ids[i] = liveSpikes.id(i);
        }
        robot.interact(() -> live.run().stopRecording());
        await("recorded", () -> live.run().messageProperty().get().startsWith("Recorded"));
        robot.interact(() -> {
            try {
                live.playback().open(file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            live.playback().source().seekMs(300.1);
        });
        await("playback shown", () -> views().nowMs() >= 300);
        assertTrue(live.views().raster().sourceSpikesDisableProperty().get(), "playback cannot itemize recorded counts");
        SpikeRing played = views().raster().spikes();
        // the first step (before recording) is not in the file
        int skip = 0;
        while (skip < n && times[skip] <= 0.1 + 1e-9) {
            skip++;
        }
        assertEquals(n - skip, played.size());
        for (int i = 0; i < played.size(); i++) {
            assertEquals(times[i + skip], played.timeMs(i), 0);
            assertEquals(ids[i + skip], played.id(i));
        }
    }
}
