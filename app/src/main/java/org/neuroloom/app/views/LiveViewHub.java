package org.neuroloom.app.views;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.AnimationTimer;

/**
 * The one frame loop of the live views: once per JavaFX pulse it drains the current source into
 * the view-models and lets every visible view redraw if its data changed, at most
 * {@link #MAX_REDRAWS_PER_S} times per second: on two cores the software renderer competes with
 * the engine for CPU, and 40 redraws a second look as smooth as 60 for scrolling plots. While the
 * engine runs as fast as it can, {@link #setThrottled throttled} to {@link #THROTTLED_REDRAWS_PER_S}:
 * each redraw costs the FX thread, the renderer and the X server CPU (about 0.4 of a core at 40
 * redraws a second on the Brunel sample, software rendering) that the simulation then lacks. It counts the frames that redrew so the UI frame rate
 * can be measured.
 */
public final class LiveViewHub {
    private final LiveViewModels models;
    private final List<LiveView> views = new ArrayList<>();
    private final List<Runnable> perFrame = new ArrayList<>();
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            pulse(now);
        }
    };
    /** Redraw budget: the 60 Hz pulse redraws on two of three pulses. */
    public static final double MAX_REDRAWS_PER_S = 40;
    /** Redraw budget while the engine runs as fast as possible: still above the 30 frames/s target. */
    public static final double THROTTLED_REDRAWS_PER_S = 32;
    private long redrawPeriodNanos = (long) (1e9 / MAX_REDRAWS_PER_S);
    private LiveSource source;
    private long frames;
    private long nextRedrawNanos;
    private boolean scheduled;

    public LiveViewHub(LiveViewModels models) {
        this.models = models;
    }

    public LiveViewModels models() {
        return models;
    }

    public void add(LiveView v) {
        views.add(v);
    }

    public List<LiveView> views() {
        return List.copyOf(views);
    }

    /** Runs {@code r} every frame after the views (status bar, playback timeline). */
    public void addFrameListener(Runnable r) {
        perFrame.add(r);
    }

    /** The source drained from now on ({@code null} for none). */
    public void setSource(LiveSource s) {
        source = s;
    }

    public LiveSource source() {
        return source;
    }

    public void start() {
        timer.start();
    }

    public void stop() {
        timer.stop();
    }

    /**
     * Redraw at most {@link #THROTTLED_REDRAWS_PER_S} (true: the engine runs as fast as possible
     * and wants the CPU) or {@link #MAX_REDRAWS_PER_S} times per second.
     */
    public void setThrottled(boolean throttled) {
        redrawPeriodNanos = (long) (1e9 / (throttled ? THROTTLED_REDRAWS_PER_S : MAX_REDRAWS_PER_S));
    }

    /** Frames that redrew since creation. */
    public long frames() {
        return frames;
    }

    /**
     * One JavaFX pulse at {@code now} (ns): drains, and redraws if a redraw is due. The schedule
     * advances by whole periods, so pulses of 16.7 ms give 40 redraws a second (two of three);
     * after a stall it restarts from now instead of catching up with a burst.
     */
    void pulse(long now) {
        if (!scheduled) {
            nextRedrawNanos = now;
            scheduled = true;
        }
        if (now - nextRedrawNanos < 0) {
            drain();
            return;
        }
        nextRedrawNanos = Math.max(nextRedrawNanos + redrawPeriodNanos, now + redrawPeriodNanos / 2);
        frame();
    }

    /** Moves what the source has into the view-models (every pulse, so probe rings never fill up). */
    private void drain() {
        LiveSource s = source;
        if (s != null) {
            s.drainTo(models);
        }
    }

    /** True if the node is in a scene and it and all its parents are visible (a hidden tab is not). */
    static boolean showing(javafx.scene.Node node) {
        if (node.getScene() == null) {
            return false;
        }
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** One frame: drain, then redraw the visible views that are dirty. Public for tests and benchmarks. */
    public void frame() {
        frames++;
        drain();
        for (LiveView v : views) {
            if (showing(v.node())) {
                v.refresh();
            }
        }
        for (Runnable r : perFrame) {
            r.run();
        }
    }
}
