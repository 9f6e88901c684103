package org.neuroloom.app.editor.canvas;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;

/**
 * Pan and zoom of the canvas: {@code screen = world × zoom + translate}. Plain properties, so the
 * arithmetic is testable without a window.
 */
public final class Viewport {

    /** Smallest and largest zoom. */
    public static final double MIN_ZOOM = 0.1;
    public static final double MAX_ZOOM = 4;
    /** Fitting never magnifies more than this (small networks stay a sensible size). */
    public static final double MAX_FIT_ZOOM = 1.5;

    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);
    private final DoubleProperty translateX = new SimpleDoubleProperty(this, "translateX", 0);
    private final DoubleProperty translateY = new SimpleDoubleProperty(this, "translateY", 0);

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public double getZoom() {
        return zoom.get();
    }

    public DoubleProperty translateXProperty() {
        return translateX;
    }

    public DoubleProperty translateYProperty() {
        return translateY;
    }

    /** The canvas point under a screen (viewport-local) point. */
    public Point2D toWorld(double sx, double sy) {
        return new Point2D((sx - translateX.get()) / zoom.get(), (sy - translateY.get()) / zoom.get());
    }

    /** The screen point of a canvas point. */
    public Point2D toScreen(double wx, double wy) {
        return new Point2D(wx * zoom.get() + translateX.get(), wy * zoom.get() + translateY.get());
    }

    /** Moves the view by a screen distance. */
    public void panBy(double dx, double dy) {
        translateX.set(translateX.get() + dx);
        translateY.set(translateY.get() + dy);
    }

    /** Zooms by {@code factor} keeping the canvas point under ({@code sx}, {@code sy}) in place. */
    public void zoomAt(double factor, double sx, double sy) {
        Point2D w = toWorld(sx, sy);
        double z = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom.get() * factor));
        zoom.set(z);
        translateX.set(sx - w.getX() * z);
        translateY.set(sy - w.getY() * z);
    }

    /** The canvas area visible in a viewport of this size. */
    public Bounds visibleWorld(double width, double height) {
        Point2D a = toWorld(0, 0);
        return new BoundingBox(a.getX(), a.getY(), width / zoom.get(), height / zoom.get());
    }

    /**
     * Shows all of {@code world} centred in a viewport of this size with a margin (screen units),
     * never zooming in beyond {@link #MAX_FIT_ZOOM}.
     */
    public void fit(Bounds world, double width, double height, double margin) {
        if (world == null || world.isEmpty() || width <= 2 * margin || height <= 2 * margin) {
            zoom.set(1);
            translateX.set(width / 2);
            translateY.set(height / 2);
            return;
        }
        double z = Math.min((width - 2 * margin) / Math.max(1, world.getWidth()),
                (height - 2 * margin) / Math.max(1, world.getHeight()));
        z = Math.max(MIN_ZOOM, Math.min(MAX_FIT_ZOOM, z));
        zoom.set(z);
        translateX.set(width / 2 - (world.getMinX() + world.getWidth() / 2) * z);
        translateY.set(height / 2 - (world.getMinY() + world.getHeight() / 2) * z);
    }

    /** Puts canvas point ({@code wx}, {@code wy}) in the middle of a viewport of this size. */
    public void centreOn(double wx, double wy, double width, double height) {
        translateX.set(width / 2 - wx * zoom.get());
        translateY.set(height / 2 - wy * zoom.get());
    }
}
