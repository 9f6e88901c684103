package org.neuroloom.app.editor.canvas;

import org.neuroloom.model.Population;
import org.neuroloom.model.neuron.CurrentSource;
import org.neuroloom.model.neuron.Neuron;

/** Sizes of nodes on the canvas, in canvas units: a population grows with the log of its size. */
public final class NodeGeometry {

    /** Radius of a modulator's hexagon. */
    public static final double MODULATOR_RADIUS = 24;
    /** Radius of a node's output port. */
    public static final double PORT_RADIUS = 6;

    private NodeGeometry() {
    }

    /** Radius of the circle that bounds the population's shape: 18 for one element, +7 per decade, at most 60. */
    public static double radius(Population p) {
        double r = 18 + 7 * Math.log10(Math.max(1, p.size()));
        if (p.model() instanceof CurrentSource) {
            r = Math.min(r, 24);
        }
        return Math.min(60, r);
    }

    /** What shape a population is drawn as. */
    public static Shape shape(Population p) {
        if (p.model() instanceof Neuron) {
            return Shape.CIRCLE;
        }
        return p.model() instanceof CurrentSource ? Shape.SQUARE : Shape.DIAMOND;
    }

    /** Node shapes: neurons are circles, spike sources diamonds, current sources rounded squares. */
    public enum Shape {
        CIRCLE, DIAMOND, SQUARE
    }

    /** The count badge text: 800, 3200, 12.5k, 1M. */
    public static String countText(int n) {
        if (n < 10_000) {
            return Integer.toString(n);
        }
        if (n < 1_000_000) {
            return trim(n / 1000.0) + "k";
        }
        return trim(n / 1_000_000.0) + "M";
    }

    private static String trim(double v) {
        double r = Math.round(v * 10) / 10.0;
        return r == Math.rint(r) ? Long.toString((long) r) : Double.toString(r);
    }
}
