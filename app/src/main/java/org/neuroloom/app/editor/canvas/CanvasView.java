package org.neuroloom.app.editor.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.Observable;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import org.neuroloom.app.editor.ProjectViewModel;
import org.neuroloom.app.editor.edit.ProjectEdits;
import org.neuroloom.app.editor.palette.PaletteDropTarget;
import org.neuroloom.app.editor.palette.PaletteItem;
import org.neuroloom.model.CanvasPosition;
import org.neuroloom.model.Project;

/**
 * The network canvas: draws the project of a {@link ProjectViewModel} (nodes, edges, badges)
 * under a pan/zoom {@link Viewport}, shows previews while the user drags, and accepts palette
 * drops. All pointer handling is in {@link CanvasGestures}; the drawing is rebuilt from the
 * model whenever it changes.
 */
public final class CanvasView extends Region implements PaletteDropTarget {

    private static final double FIT_MARGIN = 40;

    private final ProjectViewModel vm;
    private final ObservableSet<String> problemIds;
    private final Viewport viewport = new Viewport();
    private final Group edgeLayer = new Group();
    private final Group nodeLayer = new Group();
    private final Group previewLayer = new Group();
    private final Group world = new Group(edgeLayer, nodeLayer, previewLayer);
    private final Rectangle rubberBand = new Rectangle();
    private final Label emptyHint = new Label("Drag a neuron model or a source from the palette onto the canvas.");
    private final Minimap minimap;
    private Map<String, CanvasPosition> moving = Map.of();
    private Project shown;
    private List<EdgeLayout.Route> routes = List.of();
    private Map<String, Node> drawn = Map.of();
    private boolean fitPending = true;
    private String hovered = "";
    private final Tooltip tooltip = new Tooltip();

    public CanvasView(ProjectViewModel vm, ObservableSet<String> problemIds) {
        this.vm = vm;
        this.problemIds = problemIds;
        getStyleClass().add("network-canvas");
        setFocusTraversable(true);
        setMinSize(200, 150);
        Translate pan = new Translate();
        pan.xProperty().bind(viewport.translateXProperty());
        pan.yProperty().bind(viewport.translateYProperty());
        Scale zoom = new Scale();
        zoom.xProperty().bind(viewport.zoomProperty());
        zoom.yProperty().bind(viewport.zoomProperty());
        world.getTransforms().setAll(pan, zoom);
        world.setManaged(false);
        world.setMouseTransparent(true);
        rubberBand.getStyleClass().add("rubber-band");
        rubberBand.setManaged(false);
        rubberBand.setVisible(false);
        rubberBand.setMouseTransparent(true);
        emptyHint.getStyleClass().add("canvas-hint");
        emptyHint.setMouseTransparent(true);
        minimap = new Minimap(this);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        getChildren().addAll(world, rubberBand, emptyHint, minimap);
        vm.projectProperty().addListener((obs, old, now) -> redraw());
        vm.selection().addListener((SetChangeListener<String>) c -> redraw());
        problemIds.addListener((SetChangeListener<String>) c -> redraw());
        vm.openCountProperty().addListener((obs, old, now) -> requestFit());
        for (Observable o : new Observable[] {viewport.zoomProperty(), viewport.translateXProperty(),
                viewport.translateYProperty(), widthProperty(), heightProperty()}) {
            o.addListener(x -> minimap.update());
        }
        new CanvasGestures(this, vm);
        redraw();
    }

    /** Pan and zoom. */
    public Viewport viewport() {
        return viewport;
    }

    ProjectViewModel viewModel() {
        return vm;
    }

    /** The project as drawn (with the positions of nodes being dragged). */
    Project shown() {
        return shown;
    }

    /** Rebuilds the drawing from the model. */
    void redraw() {
        Project p = vm.getProject();
        shown = moving.isEmpty() ? p : ProjectEdits.withPositions(p, moving);
        NetworkRenderer.Rendered r = NetworkRenderer.render(shown, Set.copyOf(vm.selection()), Set.copyOf(problemIds), hovered);
        edgeLayer.getChildren().setAll(r.edges());
        nodeLayer.getChildren().setAll(r.nodes());
        drawn = r.byId();
        routes = EdgeLayout.routes(shown);
        emptyHint.setVisible(p.network().populations().isEmpty() && p.network().modulators().isEmpty()
                && p.notes().isEmpty());
        minimap.update();
    }

    /** What lies under a point in this view's coordinates. */
    Hit hit(double x, double y) {
        Point2D w = viewport.toWorld(x, y);
        return HitTest.at(shown, drawn, routes, w.getX(), w.getY(), viewport.getZoom());
    }

    /** The node under the pointer shows its output port. */
    void setHovered(String id) {
        if (!id.equals(hovered)) {
            hovered = id;
            redraw();
            List<String> problems = id.isEmpty() ? List.of()
                    : vm.problemsOf(id).stream().map(p -> p.description()).toList();
            tooltip.setText(problems.isEmpty() ? "" : id + ":\n" + String.join("\n", problems));
            if (problems.isEmpty()) {
                Tooltip.uninstall(this, tooltip);
            } else {
                Tooltip.install(this, tooltip);
            }
        }
    }

    /** Draws nodes at temporary positions while they are dragged ({@code Map.of()} to stop). */
    void showMoving(Map<String, CanvasPosition> positions) {
        moving = Map.copyOf(positions);
        redraw();
    }

    /** A line from a population's port to a canvas point while a connection is dragged. */
    void showConnecting(String fromId, Point2D to, boolean overTarget) {
        previewLayer.getChildren().clear();
        vm.getProject().network().population(fromId).ifPresent(p -> {
            Line l = new Line(p.position().x() + NodeGeometry.radius(p), p.position().y(), to.getX(), to.getY());
            l.getStyleClass().add("connect-preview");
            if (overTarget) {
                l.getStyleClass().add("over-target");
            }
            previewLayer.getChildren().add(l);
        });
    }

    /** Removes connection lines and drop ghosts. */
    void clearPreview() {
        previewLayer.getChildren().clear();
    }

    /** Shows the rubber band between two points of this view, or hides it ({@code null}). */
    void showRubberBand(Point2D a, Point2D b) {
        rubberBand.setVisible(a != null);
        if (a != null) {
            rubberBand.setX(Math.min(a.getX(), b.getX()));
            rubberBand.setY(Math.min(a.getY(), b.getY()));
            rubberBand.setWidth(Math.abs(a.getX() - b.getX()));
            rubberBand.setHeight(Math.abs(a.getY() - b.getY()));
        }
    }

    /** Nodes whose centre lies in the rectangle between two points of this view. */
    List<String> nodesWithin(Point2D a, Point2D b) {
        Point2D wa = viewport.toWorld(Math.min(a.getX(), b.getX()), Math.min(a.getY(), b.getY()));
        Point2D wb = viewport.toWorld(Math.max(a.getX(), b.getX()), Math.max(a.getY(), b.getY()));
        List<String> out = new ArrayList<>();
        for (String id : ProjectEdits.ids(shown)) {
            ProjectEdits.position(shown, id).ifPresent(p -> {
                if (p.x() >= wa.getX() && p.x() <= wb.getX() && p.y() >= wa.getY() && p.y() <= wb.getY()) {
                    out.add(id);
                }
            });
        }
        return out;
    }

    /** Zooms and pans so the whole network is visible. */
    public void fitToView() {
        viewport.fit(ContentBounds.of(vm.getProject()), getWidth(), getHeight(), FIT_MARGIN);
    }

    /** Zooms by a factor around the middle of the view. */
    public void zoomBy(double factor) {
        viewport.zoomAt(factor, getWidth() / 2, getHeight() / 2);
    }

    /** Fits the view at the next layout (a project was opened). */
    public void requestFit() {
        fitPending = true;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        emptyHint.autosize();
        emptyHint.relocate((w - emptyHint.getWidth()) / 2, (h - emptyHint.getHeight()) / 2);
        minimap.autosize();
        minimap.relocate(w - minimap.getWidth() - 12, h - minimap.getHeight() - 12);
        if (fitPending && w > 0 && h > 0) {
            fitPending = false;
            fitToView();
        }
    }

    @Override
    public void hover(PaletteItem item, double sceneX, double sceneY) {
        previewLayer.getChildren().clear();
        Point2D local = sceneToLocal(sceneX, sceneY);
        if (!contains(local)) {
            return;
        }
        Point2D w = viewport.toWorld(local.getX(), local.getY());
        Circle ghost = new Circle(w.getX(), w.getY(), 28);
        ghost.getStyleClass().add("drop-ghost");
        Label label = new Label(item.label());
        label.getStyleClass().add("drop-ghost-label");
        label.relocate(w.getX() + 32, w.getY() - 10);
        previewLayer.getChildren().addAll(ghost, label);
    }

    @Override
    public boolean drop(PaletteItem item, double sceneX, double sceneY) {
        previewLayer.getChildren().clear();
        Point2D local = sceneToLocal(sceneX, sceneY);
        if (!contains(local)) {
            return false;
        }
        Point2D w = viewport.toWorld(local.getX(), local.getY());
        vm.add(item.template(), new CanvasPosition(Math.rint(w.getX()), Math.rint(w.getY())));
        requestFocus();
        return true;
    }

    @Override
    public void dropAtCentre(PaletteItem item) {
        Point2D w = viewport.toWorld(getWidth() / 2, getHeight() / 2);
        vm.add(item.template(), new CanvasPosition(Math.rint(w.getX()), Math.rint(w.getY())));
    }

    /** The drawing's bounds in canvas units (for the minimap). */
    Bounds contentBounds() {
        return ContentBounds.of(shown);
    }
}
