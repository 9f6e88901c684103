package org.neuroloom.app.editor.command;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The one undo/redo stack of a document. Every change (execute, undo, redo) bumps
 * {@link #revisionProperty()}; {@link #dirtyProperty()} is true while the document differs from
 * the state last marked saved, so undoing back to the saved state makes it clean again.
 */
public final class CommandStack {

    private static final int MAX_DEPTH = 500;
    /** Stands for "the saved state is not reachable by undo/redo any more". */
    private static final Object UNREACHABLE = new Object();
    /** Stands for "the saved state is the bottom of the stack". */
    private static final Object BOTTOM = new Object();

    private final Deque<Command> undo = new ArrayDeque<>();
    private final Deque<Command> redo = new ArrayDeque<>();
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "Redo");
    private Object savedTop = BOTTOM;

    /** Executes {@code c} and makes it the next undo. An exception from {@code execute} leaves the stack unchanged. */
    public void execute(Command c) {
        c.execute();
        undo.push(c);
        if (redo.contains(savedTop)) {
            savedTop = UNREACHABLE;
        }
        redo.clear();
        if (undo.size() > MAX_DEPTH) {
            Command dropped = undo.removeLast();
            // The bottom of the stack is now the state after the dropped command.
            if (savedTop == BOTTOM) {
                savedTop = UNREACHABLE;
            } else if (dropped == savedTop) {
                savedTop = BOTTOM;
            }
        }
        changed();
    }

    /** Reverts the last command; does nothing when there is none. */
    public void undo() {
        if (undo.isEmpty()) {
            return;
        }
        Command c = undo.pop();
        c.undo();
        redo.push(c);
        changed();
    }

    /** Re-applies the last undone command; does nothing when there is none. */
    public void redo() {
        if (redo.isEmpty()) {
            return;
        }
        Command c = redo.pop();
        c.execute();
        undo.push(c);
        changed();
    }

    /** Forgets all history (a new document was loaded) and marks the state saved. */
    public void clear() {
        undo.clear();
        redo.clear();
        savedTop = BOTTOM;
        changed();
    }

    /** Marks the current state as the saved one. */
    public void markSaved() {
        savedTop = top();
        updateDirty();
    }

    /** Marks the current state as never saved (e.g. a restored autosave). */
    public void markUnsaved() {
        savedTop = UNREACHABLE;
        updateDirty();
    }

    private Object top() {
        return undo.isEmpty() ? BOTTOM : undo.peek();
    }

    private void changed() {
        revision.set(revision.get() + 1);
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        undoText.set(undo.isEmpty() ? "Undo" : "Undo " + undo.peek().description());
        redoText.set(redo.isEmpty() ? "Redo" : "Redo " + redo.peek().description());
        updateDirty();
    }

    private void updateDirty() {
        dirty.set(top() != savedTop);
    }

    /** Incremented on every execute, undo, redo and clear. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public long getRevision() {
        return revision.get();
    }

    /** Whether the document differs from its saved state. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** {@code "Undo Change tau_m"}, or {@code "Undo"} when there is nothing to undo. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    /** {@code "Redo Add exc"}, or {@code "Redo"}. */
    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }
}
