package org.neuroloom.app.editor.canvas;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.shape.Circle;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import org.neuroloom.model.CanvasPosition;
import org.neuroloom.model.Note;
import org.neuroloom.model.Population;
import org.neuroloom.model.Project;
import org.neuroloom.model.Projection;
import org.neuroloom.model.modulator.Modulator;
import org.neuroloom.model.synapse.Receptor;

/**
 * Builds the scene nodes of a network from a project: one group per node and edge, styled only
 * through CSS classes (colours live in the theme). Nodes are positioned in canvas units; the
 * caller scales them with the viewport.
 */
final class NetworkRenderer {

    /** What was drawn: the edge and node layers and the node of every element (for hit tests). */
    record Rendered(List<Node> edges, List<Node> nodes, Map<String, Node> byId) {
    }

    private NetworkRenderer() {
    }

    static Rendered render(Project p, Set<String> selected, Set<String> withProblems, String hovered) {
        Map<String, Node> byId = new LinkedHashMap<>();
        List<Node> edges = new java.util.ArrayList<>();
        List<Node> nodes = new java.util.ArrayList<>();
        Map<String, Projection> projections = new LinkedHashMap<>();
        p.network().projections().forEach(x -> projections.put(x.id(), x));
        for (EdgeLayout.Route r : EdgeLayout.routes(p)) {
            Node edge = edge(r, projections.get(r.id()), selected.contains(r.id()), withProblems.contains(r.id()));
            edges.add(edge);
            if (r.kind() == EdgeLayout.Kind.PROJECTION) {
                byId.put(r.id(), edge);
            }
        }
        for (Population pop : p.network().populations()) {
            boolean sel = selected.contains(pop.id());
            Node n = population(pop, sel, withProblems.contains(pop.id()), sel || pop.id().equals(hovered));
            nodes.add(n);
            byId.put(pop.id(), n);
        }
        for (Modulator m : p.network().modulators()) {
            Node n = modulator(m, selected.contains(m.id()), withProblems.contains(m.id()));
            nodes.add(n);
            byId.put(m.id(), n);
        }
        for (Note note : p.notes()) {
            Node n = note(note, selected.contains(note.id()));
            nodes.add(n);
            byId.put(note.id(), n);
        }
        return new Rendered(edges, nodes, byId);
    }

    private static Node population(Population p, boolean selected, boolean problem, boolean showPort) {
        double r = NodeGeometry.radius(p);
        Shape shape = switch (NodeGeometry.shape(p)) {
            case CIRCLE -> new Circle(r);
            case DIAMOND -> new Polygon(0, -r * 1.1, r * 1.1, 0, 0, r * 1.1, -r * 1.1, 0);
            case SQUARE -> square(r * 0.85);
        };
        shape.getStyleClass().addAll("node-shape", "model-" + p.model().modelId(),
                NodeGeometry.shape(p).name().toLowerCase(java.util.Locale.ROOT));
        Label tag = centred(NodeTags.of(p.model()), "node-tag", 0, 0);
        // The tag must fit inside the smallest nodes; its colour and weight stay in the CSS.
        tag.setStyle("-fx-font-size: " + Math.round(Math.max(8, Math.min(13, r * 0.36))) + "px;");
        Group g = new Group(shape, tag,
                centred(p.label(), "node-label", 0, r + 14),
                centred(NodeGeometry.countText(p.size()), "count-badge", r * 0.92, -r * 0.62));
        if (showPort) {
            Circle port = new Circle(r, 0, NodeGeometry.PORT_RADIUS);
            port.getStyleClass().add("port");
            g.getChildren().add(port);
        }
        finish(g, "population", p.id(), p.position(), selected, problem, r);
        return g;
    }

    private static Rectangle square(double half) {
        Rectangle s = new Rectangle(-half, -half, 2 * half, 2 * half);
        s.setArcWidth(half * 0.6);
        s.setArcHeight(half * 0.6);
        return s;
    }

    private static Node modulator(Modulator m, boolean selected, boolean problem) {
        double r = NodeGeometry.MODULATOR_RADIUS;
        double[] pts = new double[12];
        for (int i = 0; i < 6; i++) {
            double a = Math.toRadians(60 * i);
            pts[2 * i] = r * Math.cos(a);
            pts[2 * i + 1] = r * Math.sin(a);
        }
        Polygon hex = new Polygon(pts);
        hex.getStyleClass().addAll("node-shape", "modulator-shape");
        Group g = new Group(hex, centred("DA", "node-tag", 0, 0), centred(m.label(), "node-label", 0, r + 14));
        finish(g, "modulator", m.id(), m.position(), selected, problem, r);
        return g;
    }

    private static Node note(Note n, boolean selected) {
        Label l = new Label(n.text());
        l.getStyleClass().add("note");
        l.setWrapText(true);
        l.setMaxWidth(240);
        Group g = new Group(l);
        l.layoutBoundsProperty().addListener((obs, old, b) -> {
            l.setLayoutX(-b.getWidth() / 2);
            l.setLayoutY(-b.getHeight() / 2);
        });
        finish(g, "note-node", n.id(), n.position(), selected, false, 0);
        return g;
    }

    private static void finish(Group g, String styleClass, String id, CanvasPosition at, boolean selected,
                               boolean problem, double r) {
        g.getStyleClass().addAll("canvas-node", styleClass);
        if (selected) {
            g.getStyleClass().add("selected");
        }
        if (problem) {
            g.getChildren().add(centred("!", "problem-badge", -r * 0.75, -r * 0.8));
            g.getStyleClass().add("has-problem");
        }
        g.setId("node-" + id);
        CanvasPosition p = at == null ? CanvasPosition.ORIGIN : at;
        g.setLayoutX(p.x());
        g.setLayoutY(p.y());
    }

    /** A label kept centred on (x, y) whatever size CSS gives it. */
    private static Label centred(String text, String styleClass, double x, double y) {
        Label l = new Label(text);
        l.getStyleClass().add(styleClass);
        l.layoutBoundsProperty().addListener((obs, old, b) -> {
            l.setLayoutX(x - b.getWidth() / 2);
            l.setLayoutY(y - b.getHeight() / 2);
        });
        return l;
    }

    private static Node edge(EdgeLayout.Route r, Projection x, boolean selected, boolean problem) {
        Bezier c = r.curve();
        Path path = new Path(new MoveTo(c.x0(), c.y0()), new CubicCurveTo(c.x1(), c.y1(), c.x2(), c.y2(), c.x3(), c.y3()));
        path.getStyleClass().add("edge-line");
        Group g = new Group(path);
        g.getStyleClass().add("edge");
        switch (r.kind()) {
            case RELEASE -> {
                g.getStyleClass().add("release-link");
                g.getChildren().add(arrowHead(c, true));
            }
            case GATE -> g.getStyleClass().add("gate-link");
            case PROJECTION -> {
                boolean exc = x.receptor() == Receptor.EXCITATORY;
                g.getStyleClass().add(exc ? "excitatory" : "inhibitory");
                if (x.plasticity() != null) {
                    g.getStyleClass().add("plastic");
                }
                if (selected) {
                    g.getStyleClass().add("selected");
                }
                g.getChildren().add(arrowHead(c, exc));
                String text = x.connector().shortLabel() + (x.plasticity() == null ? "" : " · " + x.plasticity().shortLabel());
                g.getChildren().add(centred(text, "edge-label", r.labelX(), r.labelY()));
                if (problem) {
                    g.getChildren().add(centred("!", "problem-badge", r.labelX() - 8, r.labelY() - 18));
                    g.getStyleClass().add("has-problem");
                }
                g.setId("edge-" + x.id());
            }
        }
        return g;
    }

    /** A filled triangle for excitation, a round head for inhibition (the neuroscience convention). */
    private static Shape arrowHead(Bezier c, boolean triangle) {
        double a = c.endAngle();
        double tx = c.x3();
        double ty = c.y3();
        Shape head;
        if (triangle) {
            double len = 12;
            double half = 6;
            double bx = tx - len * Math.cos(a);
            double by = ty - len * Math.sin(a);
            head = new Polygon(tx, ty, bx + half * Math.sin(a), by - half * Math.cos(a),
                    bx - half * Math.sin(a), by + half * Math.cos(a));
        } else {
            double rad = 5.5;
            head = new Circle(tx - rad * Math.cos(a), ty - rad * Math.sin(a), rad);
        }
        head.getStyleClass().add("arrow-head");
        return head;
    }
}
