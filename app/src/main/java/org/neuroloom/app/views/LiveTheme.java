package org.neuroloom.app.views;

import javafx.scene.layout.Background;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * The plot colours, read from the looked-up colours of {@code live-views.css} (so a theme can
 * change them). A colour is resolved by styling a hidden probe region inside the view; before
 * the view is in a scene the built-in defaults (the same as the stylesheet's) apply.
 */
public final class LiveTheme {
    /** The stylesheet every live view adds to its root. */
    public static final String STYLESHEET = LiveTheme.class.getResource("live-views.css").toExternalForm();
    /** Style class of a live view's root. */
    public static final String ROOT_CLASS = "live-views";
    private static final int POPULATION_COLOURS = 10;
    private static final String[] DEFAULT_POPS = {
        "#5b9bd5", "#ff6b5b", "#6cc36a", "#f2b134", "#b07cd8", "#39c0c8", "#f48fb1", "#c0c45a", "#a1887f", "#e0e0e0"};

    private final Color[] populations = new Color[POPULATION_COLOURS];
    private Color background = Color.web("#16181d");
    private Color foreground = Color.web("#c9ced8");
    private Color grid = Color.web("#2c3039");
    private Color spikeMark = Color.web("#ffd54f");
    private Color selection = Color.WHITE;

    public LiveTheme() {
        for (int i = 0; i < POPULATION_COLOURS; i++) {
            populations[i] = Color.web(DEFAULT_POPS[i]);
        }
    }

    /** Makes {@code root} a live view root: stylesheet and style class. */
    public static void styleRoot(Pane root) {
        root.getStylesheets().add(STYLESHEET);
        root.getStyleClass().add(ROOT_CLASS);
        // a view may be squeezed into a grid cell: it shrinks and clips instead of pushing its neighbours
        root.setMinSize(0, 0);
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(root.widthProperty());
        clip.heightProperty().bind(root.heightProperty());
        root.setClip(clip);
    }

    /** Keeps a toolbar control at its preferred width (no ellipsis when space is short). */
    public static <T extends Region> T fixed(T control) {
        control.setMinWidth(Region.USE_PREF_SIZE);
        return control;
    }

    /** Reads the colours as styled under {@code host} (which must be in a scene to see the stylesheet). */
    public void resolve(Pane host) {
        if (host.getScene() == null) {
            return;
        }
        Region probe = new Region();
        probe.setManaged(false);
        probe.setVisible(false);
        host.getChildren().add(probe);
        try {
            for (int i = 0; i < POPULATION_COLOURS; i++) {
                populations[i] = lookup(probe, "-nl-pop-" + (i + 1), populations[i]);
            }
            background = lookup(probe, "-nl-plot-bg", background);
            foreground = lookup(probe, "-nl-plot-fg", foreground);
            grid = lookup(probe, "-nl-plot-grid", grid);
            spikeMark = lookup(probe, "-nl-spike-mark", spikeMark);
            selection = lookup(probe, "-nl-selection", selection);
        } finally {
            host.getChildren().remove(probe);
        }
    }

    private static Color lookup(Region probe, String name, Color fallback) {
        probe.setStyle("-fx-background-color: " + name + ";");
        probe.applyCss();
        Background bg = probe.getBackground();
        if (bg == null || bg.getFills().isEmpty()) {
            return fallback;
        }
        Paint p = bg.getFills().get(0).getFill();
        return p instanceof Color c ? c : fallback;
    }

    /** Colour of the population with index {@code p} (cycles after ten). */
    public Color population(int p) {
        return populations[p % POPULATION_COLOURS];
    }

    /** All population colours as opaque ARGB, for pixel buffers. */
    public int[] populationArgb() {
        int[] argb = new int[POPULATION_COLOURS];
        for (int i = 0; i < POPULATION_COLOURS; i++) {
            argb[i] = argb(populations[i]);
        }
        return argb;
    }

    public Color background() {
        return background;
    }

    public Color foreground() {
        return foreground;
    }

    public Color grid() {
        return grid;
    }

    public Color spikeMark() {
        return spikeMark;
    }

    public Color selection() {
        return selection;
    }

    /** Opaque ARGB of {@code c}. */
    public static int argb(Color c) {
        return 0xff000000 | ((int) Math.round(c.getRed() * 255) << 16) | ((int) Math.round(c.getGreen() * 255) << 8)
                | (int) Math.round(c.getBlue() * 255);
    }
}
