package org.neuroloom.app.playback;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuroloom.app.views.LiveSink;
import org.neuroloom.app.views.LiveViewModels;
import org.neuroloom.app.views.NetworkLayout;
import org.neuroloom.app.views.TraceChannel;
import org.neuroloom.app.views.WeightFrame;

class RecordingRoundTripTest {
    static final int STEPS = 2_345;

    static RecordingHeader header() {
        NetworkLayout layout = new NetworkLayout(List.of(
                new NetworkLayout.Pop("in", "Input", 0, 300, true, List.of()),
                new NetworkLayout.Pop("exc", "Exc", 300, 700, false, List.of("v"))),
                List.of(new NetworkLayout.Proj("in_exc", "plastic", 300, 700, 0, 1, "nS")), 0.1, 12_345);
        return new RecordingHeader("test", 7, layout, List.of(new TraceChannel(305, "v", "Exc[5] v")), List.of(new int[] {4, 4, 8}));
    }

    /** Writes random spikes (about 2% of neurons per step), a sample every step, weights every 500 steps. */
    static List<long[]> write(Path file, int steps, boolean close) throws IOException {
        SplittableRandom rnd = new SplittableRandom(42);
        List<long[]> spikes = new ArrayList<>();
        RecordingWriter w = new RecordingWriter(file, header());
        int[] ids = new int[1000];
        WeightFrame frame = new WeightFrame(4, 4, 8);
        long total = 0;
        for (long step = 0; step < steps; step++) {
            int n = 0;
            for (int g = 0; g < 1000; g++) {
                if (rnd.nextDouble() < 0.02) {
                    ids[n++] = g;
                    spikes.add(new long[] {step, g});
                }
            }
            w.spikes(step, ids, n);
            total += n;
            w.sample(step, new float[] {-70f + step * 0.001f});
            if (step % 500 == 0) {
                frame.clear(0, 1);
                frame.add(0, 300, 0, 700, step / (float) steps);
                frame.finish();
                w.weights(step, 0, frame);
            }
            w.counters(step, total, total * 100);
            w.endStep(step);
        }
        if (close) {
            w.close();
        }
        return spikes;
    }

    /** Collects everything a replay pushes. */
    static final class Capture implements LiveSink {
        final List<long[]> spikes = new ArrayList<>();
        final List<Double> samples = new ArrayList<>();
        final List<Double> weightTimes = new ArrayList<>();
        final List<long[]> counts = new ArrayList<>();
        final List<boolean[]> itemized = new ArrayList<>();
        double lastMs;

        @Override
        public void reset(NetworkLayout layout) {
        }

        @Override
        public void spikes(double tMs, int[] ids, int count) {
            for (int k = 0; k < count; k++) {
                spikes.add(new long[] {Math.round(tMs / 0.1) - 1, ids[k]});
            }
        }

        @Override
        public void populationSpikes(double tMs, int population, int count) {
            counts.add(new long[] {Math.round(tMs / 0.1) - 1, population, count});
        }

        @Override
        public void itemized(boolean[] flags) {
            itemized.add(flags.clone());
        }

        @Override
        public void traceChannels(List<TraceChannel> channels) {
        }

        @Override
        public void sample(int channel, double tMs, float value) {
            samples.add((double) value);
        }

        @Override
        public void weights(int projection, double tMs, WeightFrame frame) {
            weightTimes.add(tMs);
        }

        final List<Double> histogramTimes = new ArrayList<>();
        final List<int[]> histograms = new ArrayList<>();

        @Override
        public void weightHistogram(int projection, double tMs, int[] counts, long synapses, double meanWeight) {
            histogramTimes.add(tMs);
            histograms.add(counts.clone());
        }

        @Override
        public void counters(double tMs, long spikeTotal, long eventTotal) {
        }

        @Override
        public void advanceTo(double tMs) {
            lastMs = tMs;
        }
    }

    /** Opens the complete recording {@code file} of {@code steps} steps, replays all of it and checks it gives back {@code written}. */
    private static Capture replayWhole(Path file, int steps, List<long[]> written) throws IOException {
        RecordingFile rec = RecordingFile.open(file);
        assertTrue(rec.complete());
        assertEquals(steps, rec.endStep());
        assertEquals("Exc", rec.header().layout().populations().get(1).label());
        Capture c = new Capture();
        rec.replay(0, rec.endStep(), c);
        assertEquals(written.size(), c.spikes.size());
        for (int i = 0; i < written.size(); i++) {
            assertArrayEquals(written.get(i), c.spikes.get(i));
        }
        return c;
    }

    @Test
    void replayGivesBackEverySpikeSampleAndSnapshotExactly(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("run.nlrec");
        List<long[]> written = write(file, STEPS, true);
        Capture c = replayWhole(file, STEPS, written);
        assertEquals(STEPS, c.samples.size());
        assertEquals(-70f + 1234 * 0.001f, c.samples.get(1234), 0);
        assertEquals(List.of(0.1, 50.1, 100.1, 150.1, 200.1), c.weightTimes.stream().map(t -> Math.round(t * 10) / 10.0).toList());
        assertEquals(234.5, c.lastMs, 1e-9);
        // about 2 bytes per spike: 10 kHz of gaps below 128 fit one byte, plus per-step overhead
        assertTrue(Files.size(file) < written.size() * 2.5, "compact: " + Files.size(file) + " bytes for " + written.size());
    }

    /**
     * A file written by format 1 (before counted populations), committed as written by the
     * format-1 writer (this class's {@code write(file, 600, true)} at commit 4dc2d39^), plays
     * back every spike, sample and snapshot of that run.
     */
    @Test
    void aJumpReplaysEveryWeightSnapshotBeforeItsTargetForTheHistogramOverTime(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("run.nlrec");
        write(file, STEPS, true);
        Capture c = new Capture();
        RecordingFile.open(file).replayWeightsBefore(1600, c);
        // the first and the latest snapshot whole, the histograms of those between
        assertEquals(List.of(50.1, 100.1), c.histogramTimes.stream().map(t -> Math.round(t * 10) / 10.0).toList());
        assertEquals(List.of(0.1, 150.1), c.weightTimes.stream().map(t -> Math.round(t * 10) / 10.0).toList());
        // write() puts the one synapse at weight step / STEPS: bins 1 and 3 of 8 for steps 500 and 1000
        int[] bins = {1, 3};
        for (int k = 0; k < 2; k++) {
            int[] expected = new int[8];
            expected[bins[k]] = 1;
            assertArrayEquals(expected, c.histograms.get(k), "snapshot " + k);
        }
        // and a replay of the same time range hands every snapshot over whole, as the run made them
        Capture whole = new Capture();
        RecordingFile.open(file).replay(0, 1600, whole);
        assertEquals(List.of(), whole.histogramTimes);
        assertEquals(4, whole.weightTimes.size());
    }

    @Test
    void aRecordingInFormatOneStillPlaysBackExactly(@TempDir Path dir) throws Exception {
        Path v1 = Path.of(RecordingRoundTripTest.class.getResource("/recordings/format-1.nlrec").toURI());
        assertEquals(1, RecordingFormat.version(java.util.Arrays.copyOf(Files.readAllBytes(v1), 8)));
        List<long[]> written = write(dir.resolve("same-run.nlrec"), 600, true);
        Capture c = replayWhole(v1, 600, written);
        assertTrue(c.counts.isEmpty(), "format 1 has no counted populations");
        assertEquals(600, c.samples.size());
        assertEquals(-70f + 599 * 0.001f, c.samples.get(599), 0);
        assertEquals(List.of(0.1, 50.1), c.weightTimes.stream().map(t -> Math.round(t * 10) / 10.0).toList());
    }

    @Test
    void aTimeRangeReplaysOnlyItsSteps(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("run.nlrec");
        List<long[]> written = write(file, STEPS, true);
        Capture c = new Capture();
        RecordingFile.open(file).replay(1_050, 1_333, c);
        List<long[]> expected = written.stream().filter(s -> s[0] >= 1_050 && s[0] < 1_333).toList();
        assertEquals(expected.size(), c.spikes.size());
        assertArrayEquals(expected.get(0), c.spikes.get(0));
        assertArrayEquals(expected.get(expected.size() - 1), c.spikes.get(c.spikes.size() - 1));
        assertEquals(283, c.samples.size());
    }

    @Test
    void aFileCutShortPlaysUpToItsLastCompleteBlock(@TempDir Path dir) throws IOException {
        Path full = dir.resolve("full.nlrec");
        write(full, STEPS, true);
        byte[] bytes = Files.readAllBytes(full);
        Path cut = dir.resolve("cut.nlrec");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        RecordingFile rec = RecordingFile.open(cut);
        assertFalse(rec.complete());
        assertTrue(rec.endStep() > 0 && rec.endStep() < STEPS && rec.endStep() % RecordingFormat.BLOCK_STEPS == 0);
        Capture c = new Capture();
        rec.replay(0, rec.endStep(), c);
        assertEquals(rec.endStep(), c.samples.size());
    }

    @Test
    void aFileThatIsNotARecordingIsRejectedByName(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("notes.nlrec");
        Files.writeString(bad, "{\"schemaVersion\": 1, \"name\": \"a project\"}");
        IOException e = assertThrows(IOException.class, () -> RecordingFile.open(bad));
        assertTrue(e.getMessage().contains("notes.nlrec") && e.getMessage().contains("not a NeuroLoom recording"), e.getMessage());
    }

    @Test
    void playbackJumpShowsTheRecordedSpikesOfTheWindowBeforeTheTarget(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("run.nlrec");
        List<long[]> written = write(file, STEPS, true);
        long[] clock = {0};
        PlaybackSource playback = new PlaybackSource(RecordingFile.open(file), () -> clock[0]);
        LiveViewModels views = new LiveViewModels();
        playback.seekMs(150);
        playback.drainTo(views);
        var ring = views.raster().spikes();
        List<long[]> expected = written.stream().filter(s -> s[0] < 1500).toList();
        assertEquals(expected.size(), ring.size());
        for (int i = 0; i < ring.size(); i++) {
            assertEquals((expected.get(i)[0] + 1) * 0.1, ring.timeMs(i), 1e-9);
            assertEquals(expected.get(i)[1], ring.id(i));
        }
        assertEquals(List.of(new TraceChannel(305, "v", "Exc[5] v")), views.traces().channels());
        assertEquals(3, views.weights().get(0).snapshots());

        playback.setSpeed(2);
        playback.play();
        clock[0] += 10_000_000L;   // 10 ms of wall time at x2: 20 ms of recording
        playback.drainTo(views);
        assertEquals(170, playback.positionMs(), 1e-9);
        assertEquals(written.stream().filter(s -> s[0] < 1700).count(), ring.size());
    }

    /**
     * A population recorded as counts (from step 1000 on, as when its rate was raised live)
     * replays as exactly those counts, in step order with the itemized spikes, and the sink is
     * told once when it stops being itemized.
     */
    @Test
    void countedPopulationReplaysItsExactCountsPerStep(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("run.nlrec");
        SplittableRandom rnd = new SplittableRandom(3);
        List<long[]> counts = new ArrayList<>();
        List<long[]> spikes = new ArrayList<>();
        try (RecordingWriter w = new RecordingWriter(file, header())) {
            int[] ids = new int[1];
            for (long step = 0; step < STEPS; step++) {
                boolean inputCounted = step >= 1000;
                w.counted(step, new boolean[] {!inputCounted, true});
                int inputSpikes = rnd.nextInt(0, 40);
                if (inputCounted) {
                    w.count(step, 0, inputSpikes);
                    if (inputSpikes > 0) {
                        counts.add(new long[] {step, 0, inputSpikes});
                    }
                }
                if (step % 7 == 0) {
                    ids[0] = 300 + (int) (step % 700);
                    w.spikes(step, ids, 1);
                    spikes.add(new long[] {step, ids[0]});
                }
                w.sample(step, new float[] {0});
                w.endStep(step);
            }
        }
        RecordingFile rec = RecordingFile.open(file);
        Capture c = new Capture();
        rec.replay(0, rec.endStep(), c);
        assertEquals(counts.size(), c.counts.size());
        for (int i = 0; i < counts.size(); i++) {
            assertArrayEquals(counts.get(i), c.counts.get(i));
        }
        assertEquals(spikes.size(), c.spikes.size());
        for (int i = 0; i < spikes.size(); i++) {
            assertArrayEquals(spikes.get(i), c.spikes.get(i));
        }
        assertEquals(1, c.itemized.size(), "told once, when the input became counted");
        assertArrayEquals(new boolean[] {false, true}, c.itemized.get(0));
    }
}
