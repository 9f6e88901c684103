package org.neuroloom.app.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuroloom.app.playback.PlaybackSource;
import org.neuroloom.app.playback.RecordingFile;
import org.neuroloom.app.views.LiveViewModels;
import org.neuroloom.app.views.SpikeRing;
import org.neuroloom.engine.Engine;
import org.neuroloom.engine.EngineOptions;
import org.neuroloom.engine.control.ControlCommand;
import org.neuroloom.engine.run.Simulation;
import org.neuroloom.model.Project;
import org.neuroloom.model.io.ProjectFiles;

/**
 * The live bridge without a toolkit: a {@link LiveRun} drained by hand into the view-models, on
 * the Song-Abbott sample (1000 Poisson inputs, one LIF neuron).
 */
class LiveRunStreamingTest {
    private static final EngineOptions ONE_THREAD = EngineOptions.defaults().withThreads(1);

    private static Project sample(double inputRateHz) throws Exception {
        String json = Files.readString(LiveRunFxTest.SAMPLE).replace("\"rateHz\": 15", "\"rateHz\": " + inputRateHz);
        return ProjectFiles.read(json, "stdp-song-abbott.neuroloom.json");
    }

    private static void run(LiveRun r, ControlCommand c) throws Exception {
        r.submit(c).get(30, TimeUnit.SECONDS);
        for (int i = 0; i < 3000 && r.status().state() == org.neuroloom.engine.control.RunState.RUNNING; i++) {
            Thread.sleep(10);
        }
    }

    /** (time, global id) of every spike of the first {@code steps} steps of a fresh build. */
    private static List<double[]> reference(Project p, long steps) {
        List<double[]> out = new ArrayList<>();
        try (Simulation sim = Engine.compile(p, ONE_THREAD)) {
            sim.addObserver(v -> {
                for (int pop = 0; pop < v.populations().size(); pop++) {
                    for (int j = 0; j < v.spikeCount(pop); j++) {
                        out.add(new double[] {v.timeMs(), v.populations().get(pop).offset() + v.spikeIds(pop)[j]});
                    }
                }
            });
            sim.run(steps);
        }
        return out;
    }

    private static List<double[]> shown(LiveViewModels views) {
        SpikeRing ring = views.raster().spikes();
        List<double[]> out = new ArrayList<>();
        for (int k = 0; k < ring.size(); k++) {
            out.add(new double[] {ring.timeMs(k), ring.id(k)});
        }
        return out;
    }

    /**
     * Spikes of the old run still in the probe when the engine resets and runs on must not
     * reach the new run's views, and the new run's first spikes must not be thrown away with
     * them: after a reset the raster holds exactly a fresh build's spikes.
     */
    @Test
    void afterAResetTheViewsHoldExactlyTheNewRunsSpikes() throws Exception {
        Project p = sample(15);
        LiveViewModels views = new LiveViewModels();
        try (LiveRun r = new LiveRun(p, ONE_THREAD)) {
            r.resetViews(views);
            run(r, new ControlCommand.Step(2000));
            // not drained: 200 ms of the old run wait in the probe while the engine resets and
            // runs 50 ms of the new one before the views look again
            r.submit(new ControlCommand.Reset());
            run(r, new ControlCommand.Step(500));
            r.drainTo(views);
            r.drainTo(views);
            List<double[]> expected = reference(p, 500);
            List<double[]> got = shown(views);
            assertTrue(expected.size() > 500, "1000 inputs at 15 Hz for 50 ms: " + expected.size());
            assertEquals(expected.size(), got.size());
            for (int i = 0; i < got.size(); i++) {
                assertArrayEquals(expected.get(i), got.get(i), 1e-9, "spike " + i);
            }
            assertEquals(50, views.nowMs(), 1e-9);
        }
    }

    /**
     * A source firing 2·10⁶ spikes per simulated second is counted, not itemized: the raster
     * gets no spike of it, the rate view its exact rate; asking for all source spikes itemizes it.
     */
    @Test
    void aHeavySourceReachesTheRateViewAsCountsUntilAllSourceSpikesAreAskedFor() throws Exception {
        Project p = sample(2000);
        LiveViewModels views = new LiveViewModels();
        try (LiveRun r = new LiveRun(p, ONE_THREAD)) {
            assertFalse(r.itemized()[0], "1000 inputs at 2 kHz are counted");
            assertTrue(r.itemized()[1]);
            r.resetViews(views);
            assertFalse(views.raster().itemized(0));
            run(r, new ControlCommand.Step(2000));
            r.drainTo(views);
            SpikeRing raster = views.raster().spikes();
            for (int k = 0; k < raster.size(); k++) {
                assertTrue(raster.id(k) >= 1000, "no input spike is itemized");
            }
            // 2·10⁵ input spikes in 100 ms: the mean rate is within 4 sigma (0.9 %) of 2 kHz
            assertEquals(2000, views.rates().meanRateHz(0), 2000 * 4 / Math.sqrt(2e5));
            assertEquals(0, r.dropped());

            r.setAllSourceSpikes(true);
            r.drainTo(views);
            assertTrue(views.raster().itemized(0));
            int before = raster.size();
            run(r, new ControlCommand.Step(100));
            r.drainTo(views);
            long inputs = 0;
            for (int k = before; k < raster.size(); k++) {
                inputs += raster.id(k) < 1000 ? 1 : 0;
            }
            assertTrue(inputs > 15_000, "10 ms of 1000 inputs at 2 kHz, one by one: " + inputs);
        }
    }

    /**
     * Raising a source's rate live past the limit switches it to counts from the next step (the
     * app must not crawl under 2·10⁶ itemized spikes per simulated second), and lowering it
     * again itemizes it again.
     */
    @Test
    void raisingASourceRatePastTheLimitWhileRunningCountsItInstead() throws Exception {
        Project p = sample(15);
        LiveViewModels views = new LiveViewModels();
        try (LiveRun r = new LiveRun(p, ONE_THREAD)) {
            assertTrue(r.itemized()[0], "1000 inputs at 15 Hz are itemized");
            r.resetViews(views);
            run(r, new ControlCommand.Step(100));
            r.drainTo(views);
            r.submit(new ControlCommand.SetSourceRate("input", 2000)).get(30, TimeUnit.SECONDS);
            assertFalse(r.itemized()[0], "1000 inputs at 2 kHz are counted");
            SpikeRing raster = views.raster().spikes();
            int before = raster.size();
            run(r, new ControlCommand.Step(1000));
            r.drainTo(views);
            assertFalse(views.raster().itemized(0));
            for (int k = before; k < raster.size(); k++) {
                assertTrue(raster.id(k) >= 1000, "no input spike at 2 kHz is itemized");
            }
            assertEquals(0, r.dropped());

            r.submit(new ControlCommand.SetSourceRate("input", 15)).get(30, TimeUnit.SECONDS);
            assertTrue(r.itemized()[0], "back at 15 Hz the inputs are itemized again");
            before = raster.size();
            run(r, new ControlCommand.Step(1000));
            r.drainTo(views);
            assertTrue(views.raster().itemized(0));
            long inputs = 0;
            for (int k = before; k < raster.size(); k++) {
                inputs += raster.id(k) < 1000 ? 1 : 0;
            }
            assertTrue(inputs > 1000, "100 ms of 1000 inputs at 15 Hz, one by one: " + inputs);
        }
    }

    /**
     * A recording of a run with a heavy source plays back through the same counted path as the
     * live run: the raster gets exactly the live run's itemized spikes and none of the source's,
     * the rate view the source's counts, and the file holds no spike of the source.
     */
    @Test
    void playbackCountsAHeavySourceAndShowsTheOtherSpikesExactly(@TempDir Path dir) throws Exception {
        Project p = sample(2000);
        Path file = dir.resolve("run.nlrec");
        LiveViewModels live = new LiveViewModels();
        try (LiveRun r = new LiveRun(p, ONE_THREAD)) {
            r.resetViews(live);
            r.startRecording(file, List.of()).get(30, TimeUnit.SECONDS);
            run(r, new ControlCommand.Step(3000));
            r.drainTo(live);
            r.stopRecording().get(30, TimeUnit.SECONDS);
        }
        List<double[]> shownLive = shown(live);
        assertTrue(shownLive.size() > 5, "the output neuron fires: " + shownLive.size());
        // 6·10⁵ input spikes: about 3 bytes per step for their counts instead of a byte or two per spike
        assertTrue(Files.size(file) < 100_000, "input spikes are counted, not stored: " + Files.size(file) + " bytes");

        LiveViewModels played = new LiveViewModels();
        RecordingFile rec = RecordingFile.open(file);
        long[] clock = {0};
        PlaybackSource playback = new PlaybackSource(rec, () -> clock[0]);
        playback.seekMs(playback.durationMs());
        playback.drainTo(played);
        assertFalse(played.raster().itemized(0), "the input arrives as counts, as live");
        assertEquals(shownLive.size(), shown(played).size());
        for (int i = 0; i < shownLive.size(); i++) {
            assertArrayEquals(shownLive.get(i), shown(played).get(i), 1e-9, "spike " + i);
        }
        assertEquals(live.rates().meanRateHz(0), played.rates().meanRateHz(0), 1e-9);
        assertEquals(2000, played.rates().meanRateHz(0), 2000 * 0.05);
    }
}
