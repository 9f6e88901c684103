package org.neuroloom.engine.control;

/**
 * Keeps a paced run at its speed: from the simulated time and the wall time elapsed since the
 * last reference point it says how long the engine thread should park. The reference moves
 * whenever the speed changes or the run resumes, so a pause is not "caught up" afterwards.
 * When the machine cannot keep up, the run simply goes as fast as it can; the debt is capped
 * at {@link #MAX_LAG_NANOS} so a later fast phase does not burst to catch up.
 */
final class Pacer {
    /** How far behind schedule a run may fall before the schedule is moved (0.25 s). */
    static final long MAX_LAG_NANOS = 250_000_000L;

    private Speed speed = Speed.MAX;
    private long refNanos;
    private double refSimMs;

    /** Sets the speed and restarts the schedule from ({@code simMs}, {@code nowNanos}). */
    void start(Speed newSpeed, double simMs, long nowNanos) {
        speed = newSpeed;
        rebase(simMs, nowNanos);
    }

    /** Restarts the schedule from ({@code simMs}, {@code nowNanos}), keeping the speed. */
    void rebase(double simMs, long nowNanos) {
        refSimMs = simMs;
        refNanos = nowNanos;
    }

    Speed speed() {
        return speed;
    }

    /**
     * How long to wait before simulating past {@code simMs}: positive when the run is ahead
     * of schedule, 0 otherwise.
     */
    long waitNanos(double simMs, long nowNanos) {
        if (!speed.paced()) {
            return 0;
        }
        long dueNanos = refNanos + (long) ((simMs - refSimMs) * 1e6 / speed.realTimeFactor());
        long wait = dueNanos - nowNanos;
        if (wait < -MAX_LAG_NANOS) {
            rebase(simMs, nowNanos);
            return 0;
        }
        return Math.max(0, wait);
    }
}
