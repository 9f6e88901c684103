package org.neuroloom.app.editor.palette;

/** Where palette items can be dropped (the canvas). Coordinates are scene coordinates. */
public interface PaletteDropTarget {

    /** The item is being dragged over ({@code sceneX}, {@code sceneY}): show where it would land. */
    void hover(PaletteItem item, double sceneX, double sceneY);

    /** The item was released there; returns whether it landed on the target. */
    boolean drop(PaletteItem item, double sceneX, double sceneY);

    /** Adds the item in the middle of the visible area (double-click or Enter in the palette). */
    void dropAtCentre(PaletteItem item);
}
