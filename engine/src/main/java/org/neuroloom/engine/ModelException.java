package org.neuroloom.engine;

/**
 * The project cannot be simulated as it stands (a user error): the message names the field
 * path, the value and what is allowed, e.g.
 * {@code projections[2] (exc_inh).connector.n: 5000 is more than the 4000 sources}.
 */
public class ModelException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An error with a complete, user-facing message. */
    public ModelException(String message) {
        super(message);
    }
}
