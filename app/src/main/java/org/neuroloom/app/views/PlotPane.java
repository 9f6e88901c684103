package org.neuroloom.app.views;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;

/** A pane holding a canvas that follows the pane's size; a resize marks the plot for redraw. */
public final class PlotPane extends Pane {
    private final Canvas canvas = new Canvas();
    private boolean resized = true;

    public PlotPane() {
        getStyleClass().add("live-plot");
        getChildren().add(canvas);
        setMinSize(40, 30);
        setPrefSize(600, 240);
        widthProperty().addListener((o, a, b) -> resized = true);
        heightProperty().addListener((o, a, b) -> resized = true);
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(Math.floor(getWidth()));
        canvas.setHeight(Math.floor(getHeight()));
    }

    /** True once after every resize. */
    public boolean consumeResized() {
        boolean r = resized;
        resized = false;
        return r;
    }

    public Canvas canvas() {
        return canvas;
    }

    public GraphicsContext g() {
        return canvas.getGraphicsContext2D();
    }
}
