package org.neuroloom.app.editor.inspector;

import java.util.List;
import java.util.function.Function;
import org.neuroloom.model.Project;

/**
 * One row of the inspector: what it shows and how a typed or chosen value becomes a new project.
 *
 * @param key         where it is inside its element ({@code model.tauMs}); matches validation paths
 * @param label       the row label
 * @param unit        unit symbol or empty
 * @param help        tooltip: explanation, allowed range, NEST name
 * @param kind        which editor
 * @param value       the current value as text (a choice's label for choices, "true"/"false" for checks)
 * @param choices     the options of a choice
 * @param edit        builds the edited project from the entered text; throws {@link Refused} with the reason
 * @param description names the command ({@code Change tau_m})
 * @param problem     the model's current complaint about this field, or empty
 */
public record Field(String key, String label, String unit, String help, Kind kind, String value, List<String> choices,
                    Function<String, Project> edit, String description, String problem) {

    /** Which editor a field gets. */
    public enum Kind { NUMBER, TEXT, MULTILINE, CHOICE, CHECK, READ_ONLY }

    public Field {
        choices = List.copyOf(choices);
    }

    /** A read-only row. */
    public static Field readOnly(String key, String label, String value) {
        return new Field(key, label, "", "", Kind.READ_ONLY, value, List.of(), t -> {
            throw new Refused("is read-only");
        }, "", "");
    }

    /** The same field with the model's complaint attached. */
    public Field withProblem(String p) {
        return new Field(key, label, unit, help, kind, value, choices, edit, description, p);
    }

    /**
     * Whether a validation problem at {@code field} (a path inside the element) concerns this row:
     * its own path, or for typed-in values also a path inside it ({@code model.timesMs[2][0]}).
     * A type choice concerns only its own path, not the parameters it reveals.
     */
    public boolean concerns(String field) {
        if (field.equals(key)) {
            return true;
        }
        return kind != Kind.CHOICE && (field.startsWith(key + ".") || field.startsWith(key + "["));
    }

    /** Why an entered value is refused; the message follows the value ({@code is out of range (allowed: > 0 ms)}). */
    public static final class Refused extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        public Refused(String reason) {
            super(reason);
        }
    }
}
