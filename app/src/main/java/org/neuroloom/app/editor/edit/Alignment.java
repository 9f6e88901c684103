package org.neuroloom.app.editor.edit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neuroloom.model.CanvasPosition;
import org.neuroloom.model.Project;

/** Ways to line up selected nodes. */
public enum Alignment {
    /** Same height: every centre moves to the mean y. */
    ROW("Align in a row"),
    /** Same column: every centre moves to the mean x. */
    COLUMN("Align in a column"),
    /** Equal horizontal gaps between the leftmost and rightmost centres, order kept. */
    SPREAD_HORIZONTALLY("Spread horizontally"),
    /** Equal vertical gaps between the top and bottom centres, order kept. */
    SPREAD_VERTICALLY("Spread vertically");

    private final String label;

    Alignment(String label) {
        this.label = label;
    }

    /** Menu text. */
    public String label() {
        return label;
    }

    /** New positions of the nodes {@code ids} (ids that are not nodes are ignored). */
    public Map<String, CanvasPosition> arrange(Project p, List<String> ids) {
        Map<String, CanvasPosition> at = new HashMap<>();
        for (String id : ids) {
            ProjectEdits.position(p, id).ifPresent(pos -> at.put(id, pos));
        }
        Map<String, CanvasPosition> out = new HashMap<>();
        if (at.size() < 2) {
            return out;
        }
        double meanX = at.values().stream().mapToDouble(CanvasPosition::x).average().orElse(0);
        double meanY = at.values().stream().mapToDouble(CanvasPosition::y).average().orElse(0);
        switch (this) {
            case ROW -> at.forEach((id, pos) -> out.put(id, new CanvasPosition(pos.x(), meanY)));
            case COLUMN -> at.forEach((id, pos) -> out.put(id, new CanvasPosition(meanX, pos.y())));
            case SPREAD_HORIZONTALLY -> spread(at, out, true);
            case SPREAD_VERTICALLY -> spread(at, out, false);
        }
        return out;
    }

    private static void spread(Map<String, CanvasPosition> at, Map<String, CanvasPosition> out, boolean horizontal) {
        List<Map.Entry<String, CanvasPosition>> sorted = at.entrySet().stream()
                .sorted((a, b) -> Double.compare(coord(a.getValue(), horizontal), coord(b.getValue(), horizontal)))
                .toList();
        double first = coord(sorted.get(0).getValue(), horizontal);
        double last = coord(sorted.get(sorted.size() - 1).getValue(), horizontal);
        double gap = (last - first) / (sorted.size() - 1);
        for (int i = 0; i < sorted.size(); i++) {
            CanvasPosition pos = sorted.get(i).getValue();
            double c = first + i * gap;
            out.put(sorted.get(i).getKey(), horizontal ? new CanvasPosition(c, pos.y()) : new CanvasPosition(pos.x(), c));
        }
    }

    private static double coord(CanvasPosition p, boolean horizontal) {
        return horizontal ? p.x() : p.y();
    }
}
