package org.neuroloom.app.playback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.LongSupplier;
import org.neuroloom.app.views.LiveSink;
import org.neuroloom.app.views.LiveSource;

/**
 * Plays a recording into the live views: a playhead that advances with wall time times the
 * speed while playing, and jumps. A jump resets the views and replays the last
 * {@link #CONTEXT_MS} before the target (the widest raster window), so every view shows exactly
 * what it showed live at that moment.
 */
public final class PlaybackSource implements LiveSource {
    /** Simulated time replayed before a jump target. */
    public static final double CONTEXT_MS = 10_000;

    private final RecordingFile file;
    private final LongSupplier nanoClock;
    private long headStep;
    private double pendingSteps;
    private boolean playing;
    private double speed = 1;
    private long lastNanos = -1;
    private boolean needsReset = true;

    public PlaybackSource(RecordingFile file) {
        this(file, System::nanoTime);
    }

    /** With an injectable clock, for tests. */
    public PlaybackSource(RecordingFile file, LongSupplier nanoClock) {
        this.file = file;
        this.nanoClock = nanoClock;
    }

    public RecordingFile file() {
        return file;
    }

    @Override
    public void drainTo(LiveSink sink) {
        try {
            long now = nanoClock.getAsLong();
            if (needsReset) {
                needsReset = false;
                sink.reset(file.header().layout());
                file.sinkWasReset();
                sink.traceChannels(file.header().channels());
                long from = Math.max(0, headStep - Math.round(CONTEXT_MS / file.header().layout().dtMs()));
                file.replayWeightsBefore(from, sink);
                file.replay(from, headStep, sink);
                lastNanos = now;
                return;
            }
            if (playing && lastNanos >= 0) {
                double simMs = (now - lastNanos) / 1e6 * speed;
                pendingSteps += simMs / file.header().layout().dtMs();
                long steps = (long) pendingSteps;
                pendingSteps -= steps;
                long next = Math.min(file.endStep(), headStep + steps);
                file.replay(headStep, next, sink);
                headStep = next;
                if (headStep >= file.endStep()) {
                    playing = false;
                }
            }
            lastNanos = now;
        } catch (IOException e) {
            playing = false;
            throw new UncheckedIOException(e);
        }
    }

    /** Moves the playhead to {@code tMs} (clamped to the recording). */
    public void seekMs(double tMs) {
        long step = Math.round(tMs / file.header().layout().dtMs());
        headStep = Math.max(0, Math.min(file.endStep(), step));
        pendingSteps = 0;
        needsReset = true;
    }

    public void play() {
        if (headStep >= file.endStep()) {
            seekMs(0);
        }
        playing = true;
        lastNanos = nanoClock.getAsLong();
    }

    public void pause() {
        playing = false;
    }

    public boolean playing() {
        return playing;
    }

    /** Simulated time per wall time, {@code > 0}. */
    public void setSpeed(double realTimeFactor) {
        if (!(realTimeFactor > 0)) {
            throw new IllegalArgumentException("playback speed must be > 0, got " + realTimeFactor);
        }
        speed = realTimeFactor;
    }

    public double speed() {
        return speed;
    }

    /** Where the playhead is, ms. */
    public double positionMs() {
        return file.header().timeAfter(headStep);
    }

    /** Length of the recording, ms. */
    public double durationMs() {
        return file.header().timeAfter(file.endStep());
    }
}
