package org.neuroloom.engine.control;

/**
 * How fast a run goes relative to real time: simulated milliseconds per wall-clock millisecond
 * ({@code 0.1} slow motion ... {@code 10} fast), or {@link #MAX} for as fast as the machine can.
 *
 * @param realTimeFactor simulated time per wall time, {@code > 0}; {@code +inf} for unpaced
 */
public record Speed(double realTimeFactor) {
    /** As fast as possible: no pacing. */
    public static final Speed MAX = new Speed(Double.POSITIVE_INFINITY);
    /** Real time. */
    public static final Speed REAL_TIME = new Speed(1.0);

    public Speed {
        if (!(realTimeFactor > 0) || Double.isNaN(realTimeFactor)) {
            throw new IllegalArgumentException("speed must be > 0 times real time, got " + realTimeFactor);
        }
    }

    /** {@code realTimeFactor} times real time. */
    public static Speed times(double realTimeFactor) {
        return new Speed(realTimeFactor);
    }

    /** Whether the run is paced at all. */
    public boolean paced() {
        return realTimeFactor != Double.POSITIVE_INFINITY;
    }

    @Override
    public String toString() {
        return paced() ? "x" + realTimeFactor : "max";
    }
}
