package org.neuroloom.app.editor.palette;

import org.neuroloom.app.editor.edit.ElementTemplate;
import org.neuroloom.app.ui.Icons;

/**
 * One thing that can be dragged onto the canvas.
 *
 * @param group    its palette section
 * @param label    the text shown
 * @param help     the tooltip
 * @param icon     its icon
 * @param template what a drop creates
 * @param variant  whether it is a preset listed under its model (shown indented)
 */
public record PaletteItem(PaletteGroup group, String label, String help, Icons.Name icon, ElementTemplate template,
                          boolean variant) {

    /** Whether every word of {@code query} occurs in the label, help, group or base id (ignoring case). */
    public boolean matches(String query) {
        String hay = (label + " " + help + " " + group.title() + " " + template.baseId()).toLowerCase(java.util.Locale.ROOT);
        for (String word : query.toLowerCase(java.util.Locale.ROOT).trim().split("\\s+")) {
            if (!word.isEmpty() && !hay.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
