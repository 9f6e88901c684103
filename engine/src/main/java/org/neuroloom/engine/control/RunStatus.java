package org.neuroloom.engine.control;

/**
 * What a {@link RunController} is doing, as one immutable value the app can show.
 *
 * @param state          where the run is
 * @param step           steps done since the start (or the last reset)
 * @param timeMs         simulated time
 * @param realTimeFactor simulated time per wall time over the last fraction of a second of
 *                       running (0 when not running)
 * @param speed          the pacing in force
 * @param resets         how many resets happened (views clear their data when it changes)
 * @param message        why the run failed, or empty
 */
public record RunStatus(RunState state, long step, double timeMs, double realTimeFactor, Speed speed, int resets,
                        String message) {
}
