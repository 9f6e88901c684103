package org.neuroloom.model;

/**
 * Where an element sits on the editor's canvas, in canvas units (pixels at zoom 1).
 *
 * @param x horizontal position of the element's centre
 * @param y vertical position of the element's centre
 */
public record CanvasPosition(double x, double y) {
    public static final CanvasPosition ORIGIN = new CanvasPosition(0, 0);
}
