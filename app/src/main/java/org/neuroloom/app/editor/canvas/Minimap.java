package org.neuroloom.app.editor.canvas;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import org.neuroloom.model.CanvasPosition;
import org.neuroloom.model.Population;
import org.neuroloom.model.Project;
import org.neuroloom.model.Projection;
import org.neuroloom.model.modulator.Modulator;

/**
 * A small overview of the whole network with the visible area outlined, shown only while part
 * of the network is outside the view. Clicking or dragging in it moves the view there.
 */
final class Minimap extends Region {

    private static final double WIDTH = 180;
    private static final double HEIGHT = 120;
    private static final double PAD = 6;

    private final CanvasView canvas;
    private double scale = 1;
    private double originX;
    private double originY;

    Minimap(CanvasView canvas) {
        this.canvas = canvas;
        getStyleClass().add("minimap");
        setPrefSize(WIDTH, HEIGHT);
        setMinSize(WIDTH, HEIGHT);
        setMaxSize(WIDTH, HEIGHT);
        setVisible(false);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::centreOn);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::centreOn);
    }

    private void centreOn(MouseEvent e) {
        canvas.viewport().centreOn((e.getX() - PAD) / scale + originX, (e.getY() - PAD) / scale + originY,
                canvas.getWidth(), canvas.getHeight());
        e.consume();
    }

    /** Redraws the overview, or hides it when everything is in view. */
    void update() {
        Project p = canvas.shown();
        Bounds content = p == null ? null : canvas.contentBounds();
        Bounds visible = canvas.viewport().visibleWorld(canvas.getWidth(), canvas.getHeight());
        boolean needed = content != null && canvas.getWidth() > 0 && !visible.contains(content);
        setVisible(needed);
        if (!needed) {
            getChildren().clear();
            return;
        }
        double minX = Math.min(content.getMinX(), visible.getMinX());
        double minY = Math.min(content.getMinY(), visible.getMinY());
        double maxX = Math.max(content.getMaxX(), visible.getMaxX());
        double maxY = Math.max(content.getMaxY(), visible.getMaxY());
        Bounds all = new BoundingBox(minX, minY, maxX - minX, maxY - minY);
        scale = Math.min((WIDTH - 2 * PAD) / all.getWidth(), (HEIGHT - 2 * PAD) / all.getHeight());
        originX = all.getMinX();
        originY = all.getMinY();
        getChildren().clear();
        for (Projection x : p.network().projections()) {
            var s = p.network().population(x.source());
            var t = p.network().population(x.target());
            if (s.isPresent() && t.isPresent()) {
                Line l = new Line(mx(s.get().position().x()), my(s.get().position().y()),
                        mx(t.get().position().x()), my(t.get().position().y()));
                l.getStyleClass().add("minimap-edge");
                getChildren().add(l);
            }
        }
        for (Population pop : p.network().populations()) {
            Circle c = new Circle(mx(pop.position().x()), my(pop.position().y()),
                    Math.max(2, NodeGeometry.radius(pop) * scale));
            c.getStyleClass().addAll("minimap-node", "model-" + pop.model().modelId());
            getChildren().add(c);
        }
        for (Modulator m : p.network().modulators()) {
            CanvasPosition at = m.position() == null ? CanvasPosition.ORIGIN : m.position();
            Circle c = new Circle(mx(at.x()), my(at.y()), Math.max(2, NodeGeometry.MODULATOR_RADIUS * scale));
            c.getStyleClass().addAll("minimap-node", "modulator-shape");
            getChildren().add(c);
        }
        Rectangle view = new Rectangle(mx(visible.getMinX()), my(visible.getMinY()),
                visible.getWidth() * scale, visible.getHeight() * scale);
        view.getStyleClass().add("minimap-view");
        getChildren().add(view);
    }

    private double mx(double x) {
        return PAD + (x - originX) * scale;
    }

    private double my(double y) {
        return PAD + (y - originY) * scale;
    }
}
