package org.neuroloom.app.lessons;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import org.neuroloom.app.editor.canvas.NodeGeometry;
import org.neuroloom.model.CanvasPosition;
import org.neuroloom.model.Population;
import org.neuroloom.model.Project;
import org.neuroloom.model.Projection;
import org.neuroloom.model.modulator.Modulator;
import org.neuroloom.model.synapse.Receptor;

/**
 * A sample's thumbnail: its network drawn small from the canvas positions, nodes and edges with
 * the canvas's own style classes so the theme colours them (LIF blue, sources teal, excitatory
 * red, inhibitory blue...). Recurrent projections are small rings on their node; a projection
 * and its reverse run side by side. No labels: at this size the shape of the network is the
 * message.
 */
final class Schematic {
    private static final double NODE_RADIUS = 7;
    private static final double MARGIN = 18;
    private static final double LOOP_RADIUS = 5;
    private static final double RECIPROCAL_GAP = 5;

    private Schematic() {
    }

    /** A recurrent projection: a small ring on top of its node, as the canvas draws a loop. */
    private static Shape loop(double[] at) {
        Circle ring = new Circle(at[0], at[1] - NODE_RADIUS - LOOP_RADIUS + 2, LOOP_RADIUS);
        ring.getStyleClass().add("edge-line");
        return ring;
    }

    /**
     * A projection between two nodes; when the reverse projection exists too (E to I and I to
     * E), each is moved to its own side so both colours show.
     */
    private static Shape line(double[] a, double[] b, boolean reciprocal) {
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        double len = Math.max(1e-9, Math.hypot(dx, dy));
        double shift = reciprocal ? RECIPROCAL_GAP / 2 : 0;
        double ox = -dy / len * shift;
        double oy = dx / len * shift;
        Line l = new Line(a[0] + ox, a[1] + oy, b[0] + ox, b[1] + oy);
        l.getStyleClass().add("edge-line");
        return l;
    }

    private static boolean hasReverse(Project p, Projection pr) {
        return p.network().projections().stream()
                .anyMatch(q -> q.source().equals(pr.target()) && q.target().equals(pr.source()));
    }

    /** The network of {@code p} fitted into {@code width × height}. */
    static Node of(Project p, double width, double height) {
        Map<String, CanvasPosition> at = new HashMap<>();
        p.network().populations().forEach(x -> at.put(x.id(), x.position()));
        p.network().modulators().forEach(m -> at.put(m.id(), m.position() == null ? CanvasPosition.ORIGIN : m.position()));
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (CanvasPosition c : at.values()) {
            minX = Math.min(minX, c.x());
            minY = Math.min(minY, c.y());
            maxX = Math.max(maxX, c.x());
            maxY = Math.max(maxY, c.y());
        }
        double spanX = Math.max(1, maxX - minX);
        double spanY = Math.max(1, maxY - minY);
        double scale = Math.min((width - 2 * MARGIN) / spanX, (height - 2 * MARGIN) / spanY);
        double offX = (width - scale * spanX) / 2 - scale * minX;
        double offY = (height - scale * spanY) / 2 - scale * minY;
        Map<String, double[]> xy = new HashMap<>();
        at.forEach((id, c) -> xy.put(id, new double[] {offX + scale * c.x(), offY + scale * c.y()}));

        Group edges = new Group();
        for (Projection pr : p.network().projections()) {
            double[] a = xy.get(pr.source());
            double[] b = xy.get(pr.target());
            if (a == null || b == null) {
                continue;
            }
            Group edge = new Group(pr.source().equals(pr.target()) ? loop(a) : line(a, b, hasReverse(p, pr)));
            edge.getStyleClass().addAll("edge", pr.receptor() == Receptor.INHIBITORY ? "inhibitory" : "excitatory");
            edges.getChildren().add(edge);
        }
        Group nodes = new Group();
        for (Population pop : p.network().populations()) {
            double[] c = xy.get(pop.id());
            Shape s = switch (NodeGeometry.shape(pop)) {
                case CIRCLE -> new Circle(c[0], c[1], NODE_RADIUS);
                case DIAMOND -> new Polygon(c[0], c[1] - NODE_RADIUS, c[0] + NODE_RADIUS, c[1], c[0], c[1] + NODE_RADIUS,
                        c[0] - NODE_RADIUS, c[1]);
                case SQUARE -> new Rectangle(c[0] - NODE_RADIUS * 0.8, c[1] - NODE_RADIUS * 0.8, NODE_RADIUS * 1.6,
                        NODE_RADIUS * 1.6);
            };
            s.getStyleClass().addAll("node-shape", "model-" + pop.model().modelId(),
                    NodeGeometry.shape(pop).name().toLowerCase(Locale.ROOT));
            nodes.getChildren().add(s);
        }
        for (Modulator m : p.network().modulators()) {
            double[] c = xy.get(m.id());
            Circle s = new Circle(c[0], c[1], NODE_RADIUS);
            s.getStyleClass().addAll("node-shape", "modulator-shape");
            nodes.getChildren().add(s);
        }
        Rectangle frame = new Rectangle(width, height);
        frame.getStyleClass().add("sample-thumbnail-bg");
        Group g = new Group(frame, edges, nodes);
        g.getStyleClass().add("sample-thumbnail");
        return g;
    }
}
