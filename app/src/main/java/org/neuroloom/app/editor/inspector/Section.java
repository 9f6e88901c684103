package org.neuroloom.app.editor.inspector;

import java.util.List;

/** A titled group of inspector rows. @param title heading @param fields rows */
public record Section(String title, List<Field> fields) {
    public Section {
        fields = List.copyOf(fields);
    }
}
