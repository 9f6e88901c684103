package org.neuroloom.app.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.neuroloom.app.playback.RecordingHeader;
import org.neuroloom.app.playback.RecordingObserver;
import org.neuroloom.app.playback.RecordingWriter;
import org.neuroloom.app.views.LiveSink;
import org.neuroloom.app.views.LiveSource;
import org.neuroloom.app.views.LiveViewModels;
import org.neuroloom.app.views.NetworkLayout;
import org.neuroloom.app.views.TraceChannel;
import org.neuroloom.app.views.WeightFrame;
import org.neuroloom.engine.EngineOptions;
import org.neuroloom.engine.control.ControlCommand;
import org.neuroloom.engine.control.RunController;
import org.neuroloom.engine.control.RunStatus;
import org.neuroloom.engine.probe.CounterBoard;
import org.neuroloom.engine.probe.LiveSpikes;
import org.neuroloom.engine.probe.LiveWeights;
import org.neuroloom.engine.probe.SpikeRing;
import org.neuroloom.engine.probe.WeightSnapshot;
import org.neuroloom.engine.run.PopulationInfo;
import org.neuroloom.engine.run.ProjectionInfo;
import org.neuroloom.model.Project;
import org.neuroloom.model.neuron.PoissonSource;

/**
 * A live run: the engine's {@link RunController} with the probes the views need attached
 * (spikes of all populations, weights of the plastic projections, the traced neurons), drained
 * once per frame into the views. The engine never waits for the views: what does not fit in
 * a probe's ring is dropped and counted ({@link #dropped()}).
 *
 * <p>Sources that fire more than {@link #ITEMIZE_LIMIT_PER_S} spikes per simulated second
 * (Brunel's external drive) are streamed as one count per step, not spike by spike, unless
 * {@link #setAllSourceSpikes all source spikes} are asked for.
 *
 * <p>Each reset gets a fresh spike probe, detached and attached around the engine's reset in
 * one batch of commands, so a ring never holds spikes of two runs: the views switch rings when
 * the engine's status shows the reset, without losing the new run's first spikes or drawing
 * the old run's last ones into the new one.
 */
public final class LiveRun implements LiveSource, AutoCloseable {
    /** Spikes the probe ring holds: about a second of a 10 000-neuron network at 50 Hz. */
    public static final int SPIKE_CAPACITY = 1 << 19;
    /** Weight snapshot interval, simulated ms. */
    public static final double WEIGHT_INTERVAL_MS = 50;
    /** Spikes per simulated second above which a source is counted rather than itemized. */
    public static final double ITEMIZE_LIMIT_PER_S = 1e6;

    /** A spike probe and the engine reset count from which it is attached. */
    private record Tap(int resets, LiveSpikes probe) {
    }

    private final Project project;
    private final long seed;
    private final RunController controller;
    private final NetworkLayout layout;
    /** Spike probes of the current run (first) and of resets submitted but not yet seen. */
    private final List<Tap> taps = new ArrayList<>();
    /** Heavy sources by their rates now (live rate changes included); replaced whole. */
    private volatile boolean[] heavySources;
    /** Source rates sent live, Hz, per population ({@code NaN}: the project's rate). */
    private final double[] liveRateHz;
    private volatile boolean allSourceSpikes;
    /** Which populations are itemized now (from the heavy sources and the all-spikes switch); replaced whole. */
    private volatile boolean[] itemizedNow;
    private boolean[] shownItemized;
    private int submittedResets;
    private final List<LiveWeights> weights = new ArrayList<>();
    /** Weight histograms handed over per drain call (the rest waits in the ring for the next call). */
    private static final int HISTORY_BATCH = 256;
    private final long[] historySteps = new long[HISTORY_BATCH];
    private double[] historyRows;
    private int[] histogramCounts;
    private final WeightFrame[] frames;
    private final int[] engineProjection;
    private final long[] steps = new long[SPIKE_CAPACITY];
    private final int[] pops = new int[SPIKE_CAPACITY];
    private final int[] neurons = new int[SPIKE_CAPACITY];
    private final int[] gids;
    private TraceTaps traces;
    private int traceRevision = -1;
    private int resets = -1;
    private RecordingObserver recording;

    /** Compiles {@code project} and starts the engine thread (paused at time 0). Call off the UI thread. */
    public LiveRun(Project project, EngineOptions options) {
        this.project = project;
        this.seed = options.seed() != null ? options.seed() : project.simulation().seed();
        this.controller = new RunController(project, options);
        List<ProjectionInfo> shown = Layouts.weightProjections(project, controller.projections());
        long synapses = controller.projections().stream().mapToLong(ProjectionInfo::synapseCount).sum();
        layout = Layouts.of(project, controller.populations(), controller.projections(), controller.dtMs(), synapses);
        gids = new int[SPIKE_CAPACITY];
        liveRateHz = new double[controller.populations().size()];
        java.util.Arrays.fill(liveRateHz, Double.NaN);
        heavySources = heavySources(project, controller.populations(), liveRateHz);
        itemizedNow = flags(heavySources, false);
        LiveSpikes spikes = LiveSpikes.counting(SPIKE_CAPACITY, itemized());
        taps.add(new Tap(0, spikes));
        controller.submit(new ControlCommand.Attach(spikes));
        int interval = Math.max(1, (int) Math.round(WEIGHT_INTERVAL_MS / controller.dtMs()));
        frames = new WeightFrame[shown.size()];
        engineProjection = new int[shown.size()];
        for (int i = 0; i < shown.size(); i++) {
            NetworkLayout.Proj p = layout.projections().get(i);
            int rows = LiveViewModels.blocks(p.preSize());
            int cols = LiveViewModels.blocks(p.postSize());
            LiveWeights w = new LiveWeights(shown.get(i).index(), p.preSize(), p.postSize(), rows, cols,
                    LiveViewModels.WEIGHT_BINS, p.wMin(), p.wMax(), interval);
            weights.add(w);
            frames[i] = new WeightFrame(rows, cols, LiveViewModels.WEIGHT_BINS);
            engineProjection[i] = shown.get(i).index();
            controller.submit(new ControlCommand.Attach(w));
        }
    }

    public Project project() {
        return project;
    }

    /** The seed the network was built with. */
    public long seed() {
        return seed;
    }

    public NetworkLayout layout() {
        return layout;
    }

    public RunStatus status() {
        return controller.status();
    }

    public CounterBoard counters() {
        return controller.counters();
    }

    /**
     * Queues a command for the engine (applied between two steps). A source rate change that
     * takes a source across {@link #ITEMIZE_LIMIT_PER_S} switches it between itemized and
     * counted: to counted before the engine raises the rate, back to itemized only once it has
     * lowered it, so a burst of the high rate is never itemized.
     */
    public CompletableFuture<Void> submit(ControlCommand c) {
        if (c instanceof ControlCommand.SetSourceRate r) {
            return submitRate(r);
        }
        if (!(c instanceof ControlCommand.Reset)) {
            return controller.submit(c);
        }
        synchronized (taps) {
            LiveSpikes next = LiveSpikes.counting(SPIKE_CAPACITY, itemized());
            // one batch: the engine applies queued commands together before its next step
            controller.submit(new ControlCommand.Detach(taps.get(taps.size() - 1).probe()));
            CompletableFuture<Void> done = controller.submit(c);
            controller.submit(new ControlCommand.Attach(next));
            taps.add(new Tap(++submittedResets, next));
            return done;
        }
    }

    private CompletableFuture<Void> submitRate(ControlCommand.SetSourceRate r) {
        boolean[] next;
        synchronized (liveRateHz) {
            for (PopulationInfo info : controller.populations()) {
                if (info.id().equals(r.population()) && r.rateHz() >= 0) {
                    liveRateHz[info.index()] = r.rateHz();
                }
            }
            next = heavySources(project, controller.populations(), liveRateHz);
        }
        boolean[] now = heavySources;
        boolean rising = false;
        for (int p = 0; p < next.length; p++) {
            rising |= next[p] && !now[p];
        }
        if (rising) {
            reclassify(next);
        }
        CompletableFuture<Void> done = controller.submit(r);
        if (!rising && !java.util.Arrays.equals(next, now)) {
            // the caller's future completes only after the switch back: a waiter on the bare
            // engine future could wake before this dependent ran
            return done.thenRun(() -> reclassify(next));
        }
        return done;
    }

    private void reclassify(boolean[] heavy) {
        heavySources = heavy;
        boolean[] flags = flags(heavy, allSourceSpikes);
        itemizedNow = flags;
        synchronized (taps) {
            for (Tap t : taps) {
                t.probe().itemize(flags);
            }
        }
    }

    /**
     * The sources whose spikes are too many to stream one by one: Poisson or regular sources
     * whose size times highest rate (the live rate if one was set, else the project's, and
     * every scheduled rate) exceeds {@link #ITEMIZE_LIMIT_PER_S}.
     *
     * @param liveRateHz per population, a rate set while running, or {@code NaN}
     */
    static boolean[] heavySources(Project project, List<PopulationInfo> populations, double[] liveRateHz) {
        boolean[] heavy = new boolean[populations.size()];
        for (PopulationInfo info : populations) {
            var model = project.network().population(info.id()).map(org.neuroloom.model.Population::model).orElse(null);
            double live = liveRateHz[info.index()];
            double peak;
            if (model instanceof PoissonSource ps) {
                peak = Double.isNaN(live) ? ps.rateHz() : live;
                for (PoissonSource.RateChange c : ps.schedule()) {
                    peak = Math.max(peak, c.rateHz());
                }
            } else if (model instanceof org.neuroloom.model.neuron.RegularSource rs) {
                peak = Double.isNaN(live) ? rs.rateHz() : live;
            } else {
                continue;
            }
            heavy[info.index()] = info.source() && info.size() * peak > ITEMIZE_LIMIT_PER_S;
        }
        return heavy;
    }

    /** Streams every spike of every source (true) or counts the heavy ones (false, the default). */
    public void setAllSourceSpikes(boolean all) {
        allSourceSpikes = all;
        reclassify(heavySources);
    }

    private static boolean[] flags(boolean[] heavy, boolean all) {
        boolean[] flags = new boolean[heavy.length];
        for (int p = 0; p < flags.length; p++) {
            flags[p] = all || !heavy[p];
        }
        return flags;
    }

    /** Which populations are streamed spike by spike now (and recorded so; the others as counts per step). */
    public boolean[] itemized() {
        return itemizedNow.clone();
    }

    /** Shows this run's network in {@code sink} from now on (before the first frame drains it). */
    public void resetViews(LiveSink sink) {
        resets = controller.status().resets();
        resetSink(sink);
        discardTraces();
    }

    private void resetSink(LiveSink sink) {
        sink.reset(layout);
        shownItemized = itemized();
        sink.itemized(shownItemized);
    }

    @Override
    public void drainTo(LiveSink sink) {
        if (sink instanceof LiveViewModels views && views.traces().revision() != traceRevision) {
            retrace(views.traces().channels());
            traceRevision = views.traces().revision();
        }
        RunStatus status = controller.status();
        LiveSpikes spikes = currentTap(status.resets());
        if (status.resets() != resets) {
            resets = status.resets();
            resetSink(sink);
            discardTraces();
            if (sink instanceof LiveViewModels views) {
                traceRevision = views.traces().revision();
            }
        }
        boolean[] flags = itemized();
        if (!java.util.Arrays.equals(flags, shownItemized)) {
            shownItemized = flags;
            sink.itemized(flags);
        }
        // counters first: every spike of the steps they count is already in the ring, so
        // advancing the views to their time never closes a bin before its spikes arrived
        CounterBoard.Snapshot c = controller.counters().read();
        drainSpikes(spikes, sink);
        if (traces != null) {
            traces.drainTo(sink);
        }
        for (int i = 0; i < weights.size(); i++) {
            drainHistograms(i, sink);
            if (weights.get(i).buffer().refresh()) {
                WeightSnapshot s = weights.get(i).buffer().front();
                WeightFrame f = frames[i];
                int[] hist = histogramScratch(s.histogram().length);
                for (int b = 0; b < hist.length; b++) {
                    hist[b] = (int) Math.min(Integer.MAX_VALUE, s.histogram()[b]);
                }
                f.set(s.matrix(), hist, s.histMin(), s.histMax(), s.meanWeight(), s.synapses());
                sink.weights(i, s.timeMs(), f);
            }
        }
        sink.counters(c.timeMs(), c.spikes(), c.synapticEvents());
        sink.advanceTo(c.timeMs());
    }

    /** The probe of the run the engine shows now: taps of resets it has applied are dropped. */
    private LiveSpikes currentTap(int engineResets) {
        synchronized (taps) {
            while (taps.size() > 1 && taps.get(1).resets() <= engineResets) {
                taps.remove(0);
            }
            return taps.get(0).probe();
        }
    }

    /** Hands the views every histogram projection {@code i}'s snapshots made since the last frame. */
    private void drainHistograms(int i, LiveSink sink) {
        org.neuroloom.engine.probe.SampleRing ring = weights.get(i).histograms();
        int width = ring.channels();
        if (historyRows == null || historyRows.length < HISTORY_BATCH * width) {
            historyRows = new double[HISTORY_BATCH * width];
        }
        int[] counts = histogramScratch(width - LiveWeights.HISTORY_BINS);
        int n;
        while ((n = ring.drainTo(historySteps, historyRows, HISTORY_BATCH)) > 0) {
            for (int r = 0; r < n; r++) {
                int at = r * width;
                for (int b = 0; b < counts.length; b++) {
                    counts[b] = (int) Math.min(Integer.MAX_VALUE, historyRows[at + LiveWeights.HISTORY_BINS + b]);
                }
                sink.weightHistogram(i, historyRows[at + LiveWeights.HISTORY_TIME], counts,
                        (long) historyRows[at + LiveWeights.HISTORY_SYNAPSES], historyRows[at + LiveWeights.HISTORY_MEAN]);
            }
        }
    }

    private int[] histogramScratch(int bins) {
        if (histogramCounts == null || histogramCounts.length != bins) {
            histogramCounts = new int[bins];
        }
        return histogramCounts;
    }

    private void drainSpikes(LiveSpikes spikes, LiveSink sink) {
        int n = spikes.ring().drainTo(steps, pops, neurons, SPIKE_CAPACITY);
        int k = 0;
        while (k < n) {
            long step = steps[k];
            double tMs = layout.timeOfStep(step);
            int count = 0;
            // one step may hold more entries than neurons (a Poisson element fires several
            // times in a step), never more than were drained
            for (; k < n && steps[k] == step; k++) {
                if (SpikeRing.isCount(neurons[k])) {
                    sink.populationSpikes(tMs, pops[k], SpikeRing.countOf(neurons[k]));
                } else {
                    gids[count++] = layout.populations().get(pops[k]).offset() + neurons[k];
                }
            }
            if (count > 0) {
                sink.spikes(tMs, gids, count);
            }
        }
    }

    private void discardTraces() {
        if (traces != null) {
            traces.discard();
        }
    }

    /** Re-subscribes the trace probes to {@code channels}. */
    private void retrace(List<TraceChannel> channels) {
        if (traces != null) {
            for (var p : traces.probes()) {
                controller.submit(new ControlCommand.Detach(p));
            }
            traces = null;
        }
        if (!channels.isEmpty()) {
            traces = new TraceTaps(layout, controller.populations(), channels);
            for (var p : traces.probes()) {
                controller.submit(new ControlCommand.Attach(p));
            }
        }
    }

    /** Data the views did not take in time (spikes and trace rows), since the start. */
    public long dropped() {
        long spikes;
        synchronized (taps) {
            spikes = taps.get(0).probe().ring().dropped();
        }
        return spikes + (traces == null ? 0 : traces.dropped());
    }

    /**
     * Starts recording every step from now on to {@code file}: all spikes (of the populations
     * that are {@link #itemized()} at each step; the others' spike counts), the currently traced
     * channels, weight snapshots every {@link #WEIGHT_INTERVAL_MS}.
     */
    public CompletableFuture<Void> startRecording(Path file, List<TraceChannel> channels) throws IOException {
        if (recording != null) {
            throw new IllegalStateException("already recording to " + recording.writer().file());
        }
        List<int[]> shapes = new ArrayList<>();
        for (WeightFrame f : frames) {
            shapes.add(new int[] {f.rows(), f.cols(), f.histogram().length});
        }
        RecordingHeader header = new RecordingHeader(project.name(), seed, layout, channels, shapes);
        RecordingWriter writer = new RecordingWriter(file, header);
        int interval = Math.max(1, (int) Math.round(WEIGHT_INTERVAL_MS / controller.dtMs()));
        // the recording follows the live stream: heavy sources as one count per step
        recording = new RecordingObserver(writer, engineProjection, interval, () -> itemizedNow);
        return controller.submit(new ControlCommand.Attach(recording));
    }

    /** Stops recording; the file is complete when the returned future completes. */
    public CompletableFuture<Path> stopRecording() {
        RecordingObserver r = recording;
        recording = null;
        if (r == null) {
            return CompletableFuture.completedFuture(null);
        }
        return controller.submit(new ControlCommand.Detach(r)).thenApply(v -> {
            try {
                r.close();
                if (r.error() != null) {
                    throw new java.io.UncheckedIOException(r.error());
                }
                return r.writer().file();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    public boolean recording() {
        return recording != null;
    }

    @Override
    public void close() {
        stopRecording();
        controller.close();
    }
}
