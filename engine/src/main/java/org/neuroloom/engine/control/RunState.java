package org.neuroloom.engine.control;

/** Where a {@link RunController} is. */
public enum RunState {
    /** Compiled (or reset) at time 0, not started. */
    READY,
    /** Stepping. */
    RUNNING,
    /** Stopped by a pause or after single steps; can resume. */
    PAUSED,
    /** A run for a duration reached its end; can run again. */
    FINISHED,
    /** The simulation stopped with an error (see the status message); only a reset continues. */
    FAILED,
    /** Closed; nothing more happens. */
    CLOSED
}
