package org.neuroloom.app.editor.canvas;

/**
 * A cubic Bézier curve in canvas coordinates: the shape of every edge (straight edges are
 * cubics with collinear control points, curved ones come from a quadratic, loops are cubics).
 */
public record Bezier(double x0, double y0, double x1, double y1, double x2, double y2, double x3, double y3) {

    private static final int SAMPLES = 32;

    /** A straight segment. */
    public static Bezier line(double ax, double ay, double bx, double by) {
        return new Bezier(ax, ay, ax + (bx - ax) / 3, ay + (by - ay) / 3, ax + 2 * (bx - ax) / 3,
                ay + 2 * (by - ay) / 3, bx, by);
    }

    /** The cubic equal to the quadratic with control point ({@code qx}, {@code qy}). */
    public static Bezier quadratic(double ax, double ay, double qx, double qy, double bx, double by) {
        return new Bezier(ax, ay, ax + 2 * (qx - ax) / 3, ay + 2 * (qy - ay) / 3, bx + 2 * (qx - bx) / 3,
                by + 2 * (qy - by) / 3, bx, by);
    }

    /** x at parameter t in [0, 1]. */
    public double x(double t) {
        double u = 1 - t;
        return u * u * u * x0 + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t * t * t * x3;
    }

    /** y at parameter t in [0, 1]. */
    public double y(double t) {
        double u = 1 - t;
        return u * u * u * y0 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * y3;
    }

    /** Direction of travel at the end, in radians (for the arrow head). */
    public double endAngle() {
        double dx = x3 - x2;
        double dy = y3 - y2;
        if (dx == 0 && dy == 0) {
            dx = x3 - x0;
            dy = y3 - y0;
        }
        return Math.atan2(dy, dx);
    }

    /** Shortest distance from a point to the curve (sampled finely enough for hit testing). */
    public double distanceTo(double px, double py) {
        double best = Double.POSITIVE_INFINITY;
        double ax = x0;
        double ay = y0;
        for (int i = 1; i <= SAMPLES; i++) {
            double t = (double) i / SAMPLES;
            double bx = x(t);
            double by = y(t);
            best = Math.min(best, segmentDistance(px, py, ax, ay, bx, by));
            ax = bx;
            ay = by;
        }
        return best;
    }

    static double segmentDistance(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
        return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
    }
}
