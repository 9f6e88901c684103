package org.neuroloom.app.views;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.AnimationTimer;

/**
 * The one frame loop of the live views: once per JavaFX pulse it drains the current source into
 * the view-models and lets every visible view redraw if its data changed. It counts frames so
 * the UI frame rate can be measured.
 */
public final class LiveViewHub {
    private final LiveViewModels models;
    private final List<LiveView> views = new ArrayList<>();
    private final List<Runnable> perFrame = new ArrayList<>();
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            frame();
        }
    };
    private LiveSource source;
    private long frames;

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

    /** Frames run since creation. */
    public long frames() {
        return frames;
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
        LiveSource s = source;
        if (s != null) {
            s.drainTo(models);
        }
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
