package org.neuroloom.app.editor.command;

/**
 * One undoable edit. {@link #execute()} may be called again after {@link #undo()} (redo) and
 * must then give the same result.
 */
public interface Command {

    /** Applies the edit. */
    void execute();

    /** Reverts the edit exactly. */
    void undo();

    /** What the edit does, for the Edit menu: {@code Change tau_m}, {@code Add exc}. */
    String description();
}
