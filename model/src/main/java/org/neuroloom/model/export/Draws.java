package org.neuroloom.model.export;

import java.util.SplittableRandom;
import org.neuroloom.model.dist.Distribution;

/** Draws single values of a {@link Distribution} for formats that list every synapse. */
final class Draws {

    private static final int MAX_REDRAWS = 1000;

    private Draws() {
    }

    /**
     * One draw; a bounded normal is redrawn until inside its bounds (then clamped, after many
     * tries), or clipped to them when it says so.
     */
    static double draw(Distribution d, SplittableRandom rng) {
        if (d instanceof Distribution.Constant c) {
            return c.value();
        }
        if (d instanceof Distribution.Uniform u) {
            return u.low() + (u.high() - u.low()) * rng.nextDouble();
        }
        Distribution.Normal n = (Distribution.Normal) d;
        double lo = n.lowest();
        double hi = n.highest();
        if (n.clipsToBounds()) {
            return n.clamp(n.mean() + n.sd() * gaussian(rng));
        }
        double v = n.mean();
        for (int k = 0; k < MAX_REDRAWS; k++) {
            v = n.mean() + n.sd() * gaussian(rng);
            if (v >= lo && v <= hi) {
                return v;
            }
        }
        return n.clamp(v);
    }

    /** A standard normal value (Marsaglia's polar method). */
    static double gaussian(SplittableRandom rng) {
        double u;
        double v;
        double s;
        do {
            u = 2 * rng.nextDouble() - 1;
            v = 2 * rng.nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        return u * Math.sqrt(-2 * Math.log(s) / s);
    }
}
