package org.neuroloom.app.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import org.junit.jupiter.api.Test;
import org.neuroloom.model.io.ProjectFiles;

/** The start page's thumbnails show every projection of a recurrent E/I network. */
class SchematicTest {

    private static List<Node> edges(Node schematic) {
        List<Node> out = new ArrayList<>();
        collect(schematic, out);
        return out;
    }

    private static void collect(Node n, List<Node> out) {
        if (n.getStyleClass().contains("edge-line")) {
            out.add(n);
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }

    @Test
    void recurrentProjectionsAreRingsAndReciprocalOnesRunSideBySide() throws Exception {
        var coba = ProjectFiles.load(Path.of("..", "sample-projects", "vogels-abbott-coba.neuroloom.json"));
        List<Node> edges = edges(Schematic.of(coba, 200, 100));
        assertEquals(4, edges.size(), "E->E, E->I, I->E, I->I");
        long rings = edges.stream().filter(e -> e instanceof Circle).count();
        assertEquals(2, rings, "E->E and I->I");
        List<Line> lines = edges.stream().filter(e -> e instanceof Line).map(e -> (Line) e).toList();
        assertEquals(2, lines.size());
        Line a = lines.get(0);
        Line b = lines.get(1);
        double gap = Math.hypot(a.getStartX() - b.getEndX(), a.getStartY() - b.getEndY());
        assertTrue(gap > 3, "E->I and I->E do not overlap: ends " + gap + " px apart");
        for (Node e : edges) {
            var box = e.getBoundsInParent();
            assertTrue(box.getMinY() >= 0 && box.getMinX() >= 0 && box.getMaxX() <= 200 && box.getMaxY() <= 100,
                    "inside the thumbnail: " + box);
        }
    }
}
