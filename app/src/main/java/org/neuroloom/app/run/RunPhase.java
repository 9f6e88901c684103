package org.neuroloom.app.run;

/** What the run controls show and allow. */
public enum RunPhase {
    /** No network built. */
    IDLE,
    /** Compiling the network on a background thread. */
    BUILDING,
    /** Built, at time 0 or paused. */
    PAUSED,
    /** Stepping. */
    RUNNING,
    /** A run for a duration reached its end. */
    FINISHED,
    /** The build or the run failed (see the message). */
    FAILED,
    /** Showing a recording. */
    PLAYBACK
}
