package org.neuroloom.app.editor.command;

import java.util.Objects;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import org.neuroloom.model.Project;

/**
 * An edit of an immutable {@link Project}: the new project is a function of the old one. The
 * first {@link #execute()} computes it; undo puts the old project back and redo the new one, so
 * undo/redo are exact whatever the edit.
 */
public class ProjectCommand implements Command {

    private final ObjectProperty<Project> document;
    private final String description;
    private final UnaryOperator<Project> edit;
    private Project before;
    private Project after;

    /**
     * @param document    the project being edited
     * @param description what the edit does ({@code Move 3 elements})
     * @param edit        computes the new project; throws {@link IllegalArgumentException} if the edit does not apply
     */
    public ProjectCommand(ObjectProperty<Project> document, String description, UnaryOperator<Project> edit) {
        this.document = Objects.requireNonNull(document);
        this.description = Objects.requireNonNull(description);
        this.edit = Objects.requireNonNull(edit);
    }

    @Override
    public void execute() {
        Project current = document.get();
        if (after == null) {
            after = Objects.requireNonNull(edit.apply(current), "edit returned no project");
        }
        before = current;
        document.set(after);
    }

    @Override
    public void undo() {
        document.set(before);
    }

    @Override
    public String description() {
        return description;
    }
}
