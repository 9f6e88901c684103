package org.neuroloom.engine.control;

/** A control command that was not applied, with the reason in words (nothing changed). */
public final class CommandRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A refusal with a message that names the field and the value. */
    public CommandRefusedException(String message) {
        super(message, null, false, false);
    }
}
