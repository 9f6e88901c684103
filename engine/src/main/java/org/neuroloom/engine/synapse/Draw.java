package org.neuroloom.engine.synapse;

import org.neuroloom.engine.ModelException;
import org.neuroloom.engine.random.Rng;
import org.neuroloom.model.dist.Distribution;

/** Draws values (weights, delays, initial states) from a {@link Distribution}. */
public final class Draw {
    private static final int MAX_REDRAWS = 100_000;

    private Draw() {
    }

    /**
     * One value from {@code d}; a bounded normal redraws values outside its bounds, or clips them
     * to the nearest bound when it says so.
     *
     * @param path the field path for error messages, e.g. {@code projections[1].weight}
     */
    public static double sample(Distribution d, Rng.Stream r, String path) {
        return sample(d, r, path, "");
    }

    /**
     * {@link #sample(Distribution, Rng.Stream, String)} with the path in two parts, joined only
     * for an error message: callers drawing per synapse would otherwise build a string per synapse.
     */
    public static double sample(Distribution d, Rng.Stream r, String path, String field) {
        if (d instanceof Distribution.Constant c) {
            return c.value();
        }
        if (d instanceof Distribution.Uniform u) {
            return u.low() + (u.high() - u.low()) * (1 - r.nextUnit());
        }
        Distribution.Normal n = (Distribution.Normal) d;
        double lo = n.lowest();
        double hi = n.highest();
        if (n.clipsToBounds()) {
            return n.clamp(n.mean() + n.sd() * r.nextGaussian());
        }
        for (int i = 0; i < MAX_REDRAWS; i++) {
            double x = n.mean() + n.sd() * r.nextGaussian();
            if (x >= lo && x <= hi) {
                return x;
            }
        }
        throw new ModelException(path + field + ": the normal distribution (mean " + n.mean() + ", sd " + n.sd()
                + ") almost never falls inside [" + lo + ", " + hi + "]; move the mean or widen the bounds");
    }

    /** Whether every draw of {@code d} is the same value. */
    public static boolean isConstant(Distribution d) {
        return d instanceof Distribution.Constant || d.lowest() == d.highest();
    }

    /** A delay in whole steps (rounded, at least 1). */
    public static int delaySteps(double delayMs, double dtMs) {
        return (int) Math.max(1, Math.round(delayMs / dtMs));
    }
}
