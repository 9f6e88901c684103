package org.neuroloom.model.validate;

import static org.neuroloom.model.validate.Checks.num;

import org.neuroloom.model.dist.Distribution;

/** Rules for a value distribution, and where in the file its lowest and highest values are written. */
final class Distributions {

    /** Clip windows further than this many standard deviations from the mean would make redrawing hang. */
    private static final double MAX_CLIP_SIGMAS = 5;

    private Distributions() {
    }

    /**
     * The field that sets one end of a distribution's range.
     *
     * @param path  its JSON path ({@code ...weight.low})
     * @param value its value, or {@code null} when a normal distribution has no such bound (unbounded)
     */
    record Bound(String path, Double value) {
        String text() {
            return value == null ? "" : num(value);
        }
    }

    /** The field that sets the smallest value {@code d} can produce. */
    static Bound lowest(Distribution d, String path) {
        if (d instanceof Distribution.Constant c) {
            return new Bound(path + ".value", c.value());
        }
        if (d instanceof Distribution.Uniform u) {
            return new Bound(path + ".low", u.low());
        }
        return new Bound(path + ".min", ((Distribution.Normal) d).min());
    }

    /** The field that sets the largest value {@code d} can produce. */
    static Bound highest(Distribution d, String path) {
        if (d instanceof Distribution.Constant c) {
            return new Bound(path + ".value", c.value());
        }
        if (d instanceof Distribution.Uniform u) {
            return new Bound(path + ".high", u.high());
        }
        return new Bound(path + ".max", ((Distribution.Normal) d).max());
    }

    static void sanity(Distribution d, String path, Checks checks) {
        if (d instanceof Distribution.Uniform u && u.high() < u.low()) {
            checks.add(path + ".high", num(u.high()), "is below low (" + num(u.low()) + ")");
        } else if (d instanceof Distribution.Normal n) {
            if (n.sd() < 0) {
                checks.add(path + ".sd", num(n.sd()), "is negative (a standard deviation must be >= 0)");
            }
            if (n.min() != null && n.max() != null && n.max() < n.min()) {
                checks.add(path + ".max", num(n.max()), "is below min (" + num(n.min()) + ")");
            } else if (n.sd() >= 0 && !n.clipsToBounds() && clipWindowMissesMean(n)) {
                checks.add(path, "", "clips to [" + (n.min() == null ? "-inf" : num(n.min())) + ", "
                        + (n.max() == null ? "inf" : num(n.max())) + "], more than " + num(MAX_CLIP_SIGMAS)
                        + " standard deviations from the mean " + num(n.mean()) + "; draws would almost never fall inside");
            }
        }
    }

    // Redrawing repeats until a value falls inside [min, max]; a window far in the tail never ends.
    private static boolean clipWindowMissesMean(Distribution.Normal n) {
        double reach = MAX_CLIP_SIGMAS * n.sd();
        boolean belowWindow = n.min() != null && n.min() > n.mean() + reach;
        boolean aboveWindow = n.max() != null && n.max() < n.mean() - reach;
        return belowWindow || aboveWindow;
    }
}
