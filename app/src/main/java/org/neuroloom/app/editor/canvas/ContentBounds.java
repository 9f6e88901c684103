package org.neuroloom.app.editor.canvas;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import org.neuroloom.model.CanvasPosition;
import org.neuroloom.model.Note;
import org.neuroloom.model.Population;
import org.neuroloom.model.Project;
import org.neuroloom.model.Projection;
import org.neuroloom.model.modulator.Modulator;

/** The canvas area a network's drawing covers, from the model alone (labels and loops included). */
public final class ContentBounds {

    private static final double LABEL_BELOW = 30;
    private static final double LABEL_HALF_WIDTH = 60;
    private static final double LOOP_HEIGHT = 80;
    private static final double NOTE_HALF_WIDTH = 120;
    private static final double NOTE_HALF_HEIGHT = 30;

    private ContentBounds() {
    }

    /** The covered area, or {@code null} for an empty project. */
    public static Bounds of(Project p) {
        double[] b = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (Population pop : p.network().populations()) {
            double r = NodeGeometry.radius(pop);
            boolean loop = false;
            for (Projection x : p.network().projections()) {
                loop |= x.source().equals(pop.id()) && x.target().equals(pop.id());
            }
            CanvasPosition at = pop.position();
            grow(b, at.x() - Math.max(r, LABEL_HALF_WIDTH), at.y() - r - (loop ? LOOP_HEIGHT : 10),
                    at.x() + Math.max(r + NodeGeometry.PORT_RADIUS, LABEL_HALF_WIDTH), at.y() + r + LABEL_BELOW);
        }
        for (Modulator m : p.network().modulators()) {
            CanvasPosition at = m.position() == null ? CanvasPosition.ORIGIN : m.position();
            double r = NodeGeometry.MODULATOR_RADIUS;
            grow(b, at.x() - LABEL_HALF_WIDTH, at.y() - r, at.x() + LABEL_HALF_WIDTH, at.y() + r + LABEL_BELOW);
        }
        for (Note n : p.notes()) {
            CanvasPosition at = n.position() == null ? CanvasPosition.ORIGIN : n.position();
            grow(b, at.x() - NOTE_HALF_WIDTH, at.y() - NOTE_HALF_HEIGHT, at.x() + NOTE_HALF_WIDTH, at.y() + NOTE_HALF_HEIGHT);
        }
        if (b[0] > b[2]) {
            return null;
        }
        return new BoundingBox(b[0], b[1], b[2] - b[0], b[3] - b[1]);
    }

    private static void grow(double[] b, double x0, double y0, double x1, double y1) {
        b[0] = Math.min(b[0], x0);
        b[1] = Math.min(b[1], y0);
        b[2] = Math.max(b[2], x1);
        b[3] = Math.max(b[3], y1);
    }
}
