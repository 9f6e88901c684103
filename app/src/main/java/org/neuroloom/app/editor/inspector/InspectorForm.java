package org.neuroloom.app.editor.inspector;

import java.util.List;
import java.util.Optional;

/**
 * What the inspector shows for the current selection.
 *
 * @param subject  id of the inspected element, or empty for the project settings / a multi-selection
 * @param title    heading
 * @param subtitle one line under the heading (model name, NEST name)
 * @param sections the rows
 * @param problems the model's complaints about the subject, as sentences
 */
public record InspectorForm(String subject, String title, String subtitle, List<Section> sections, List<String> problems) {

    public InspectorForm {
        sections = List.copyOf(sections);
        problems = List.copyOf(problems);
    }

    /** The field with this key. */
    public Optional<Field> field(String key) {
        return sections.stream().flatMap(s -> s.fields().stream()).filter(f -> f.key().equals(key)).findFirst();
    }

    /** Keys and kinds of every row and their choices: equal shapes can be updated in place. */
    public String shape() {
        StringBuilder b = new StringBuilder(subject);
        sections.forEach(s -> {
            b.append('|').append(s.title());
            s.fields().forEach(f -> b.append(';').append(f.key()).append(f.kind()).append(f.choices()));
        });
        return b.toString();
    }
}
