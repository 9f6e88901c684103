package org.neuroloom.app.editor.canvas;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.neuroloom.app.editor.ProjectViewModel;
import org.neuroloom.app.editor.edit.ProjectEdits;
import org.neuroloom.model.CanvasPosition;

/**
 * The canvas's pointer gestures. Press on a port and drag to a node: connect. Press on a node
 * and drag: move the selection (one command on release). Click an edge: select it. Drag on
 * empty space (or with the middle button anywhere): pan. Shift- or Ctrl-drag on empty space:
 * rubber-band selection. Shift-click: add to or remove from the selection. Wheel: zoom.
 */
final class CanvasGestures {

    private static final double CLICK_SLOP_PX = 3;

    private enum Mode { NONE, PAN, MOVE, CONNECT, RUBBER }

    private final CanvasView view;
    private final ProjectViewModel vm;
    private Mode mode = Mode.NONE;
    private Point2D pressScreen;
    private Point2D lastScreen;
    private Point2D pressWorld;
    private String connectFrom;
    private Set<String> moved = Set.of();
    private Set<String> selectionAtPress = Set.of();
    private boolean additive;
    private final CanvasMenu menu;

    CanvasGestures(CanvasView view, ProjectViewModel vm) {
        this.view = view;
        this.vm = vm;
        this.menu = new CanvasMenu(view, vm);
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        view.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        view.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        view.addEventHandler(MouseEvent.MOUSE_MOVED, this::hovered);
        view.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        view.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    /** Delete/Backspace delete the selection, Escape clears it, arrows nudge it (Shift: further). */
    private void keyPressed(KeyEvent e) {
        double step = e.isShiftDown() ? 50 : 10;
        switch (e.getCode()) {
            case DELETE, BACK_SPACE -> vm.deleteSelection();
            case ESCAPE -> vm.select(List.of());
            case LEFT -> vm.move(nodesOf(vm.selection()), -step, 0);
            case RIGHT -> vm.move(nodesOf(vm.selection()), step, 0);
            case UP -> vm.move(nodesOf(vm.selection()), 0, -step);
            case DOWN -> vm.move(nodesOf(vm.selection()), 0, step);
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void pressed(MouseEvent e) {
        view.requestFocus();
        menu.hide();
        pressScreen = new Point2D(e.getX(), e.getY());
        lastScreen = pressScreen;
        pressWorld = view.viewport().toWorld(e.getX(), e.getY());
        additive = e.isShiftDown() || e.isShortcutDown();
        if (e.getButton() == MouseButton.MIDDLE) {
            mode = Mode.PAN;
            return;
        }
        if (e.getButton() == MouseButton.SECONDARY) {
            mode = Mode.NONE;
            Hit hit = view.hit(e.getX(), e.getY());
            String id = hit instanceof Hit.NodeHit n ? n.id() : hit instanceof Hit.EdgeHit x ? x.id() : null;
            if (id != null && !vm.selection().contains(id)) {
                vm.select(List.of(id));
            }
            menu.show(view, e.getScreenX(), e.getScreenY());
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            mode = Mode.NONE;
            return;
        }
        Hit hit = view.hit(e.getX(), e.getY());
        if (hit instanceof Hit.Port port) {
            mode = Mode.CONNECT;
            connectFrom = port.id();
        } else if (hit instanceof Hit.NodeHit node) {
            if (additive) {
                vm.toggle(node.id());
            } else if (!vm.selection().contains(node.id())) {
                vm.select(List.of(node.id()));
            }
            moved = nodesOf(vm.selection());
            mode = moved.isEmpty() ? Mode.NONE : Mode.MOVE;
        } else if (hit instanceof Hit.EdgeHit edge) {
            if (additive) {
                vm.toggle(edge.id());
            } else {
                vm.select(List.of(edge.id()));
            }
            mode = Mode.NONE;
        } else {
            selectionAtPress = Set.copyOf(vm.selection());
            mode = additive ? Mode.RUBBER : Mode.PAN;
        }
    }

    private Set<String> nodesOf(Set<String> ids) {
        Set<String> out = new LinkedHashSet<>();
        for (String id : ids) {
            if (ProjectEdits.position(vm.getProject(), id).isPresent()) {
                out.add(id);
            }
        }
        return out;
    }

    private void dragged(MouseEvent e) {
        if (pressScreen == null) {
            return;
        }
        Point2D now = new Point2D(e.getX(), e.getY());
        Point2D world = view.viewport().toWorld(e.getX(), e.getY());
        switch (mode) {
            case PAN -> {
                view.viewport().panBy(now.getX() - lastScreen.getX(), now.getY() - lastScreen.getY());
                view.setCursor(Cursor.CLOSED_HAND);
            }
            case MOVE -> view.showMoving(offsetPositions(world.getX() - pressWorld.getX(), world.getY() - pressWorld.getY()));
            case CONNECT -> view.showConnecting(connectFrom, world, view.hit(e.getX(), e.getY()) instanceof Hit.NodeHit);
            case RUBBER -> {
                view.showRubberBand(pressScreen, now);
                Set<String> sel = new LinkedHashSet<>(selectionAtPress);
                sel.addAll(view.nodesWithin(pressScreen, now));
                vm.select(List.copyOf(sel));
            }
            default -> {
            }
        }
        lastScreen = now;
    }

    private Map<String, CanvasPosition> offsetPositions(double dx, double dy) {
        Map<String, CanvasPosition> out = new HashMap<>();
        for (String id : moved) {
            ProjectEdits.position(vm.getProject(), id)
                    .ifPresent(p -> out.put(id, new CanvasPosition(p.x() + dx, p.y() + dy)));
        }
        return out;
    }

    private void released(MouseEvent e) {
        if (pressScreen == null) {
            return;
        }
        Point2D world = view.viewport().toWorld(e.getX(), e.getY());
        boolean clicked = pressScreen.distance(e.getX(), e.getY()) <= CLICK_SLOP_PX;
        switch (mode) {
            case MOVE -> {
                view.showMoving(Map.of());
                if (!clicked) {
                    vm.move(moved, Math.rint(world.getX() - pressWorld.getX()), Math.rint(world.getY() - pressWorld.getY()));
                }
            }
            case CONNECT -> {
                view.clearPreview();
                Hit target = view.hit(e.getX(), e.getY());
                if (target instanceof Hit.NodeHit node) {
                    vm.connect(connectFrom, node.id());
                } else if (target instanceof Hit.Port port) {
                    vm.connect(connectFrom, port.id());
                }
            }
            case RUBBER -> view.showRubberBand(null, null);
            case PAN -> {
                if (clicked && e.getButton() == MouseButton.PRIMARY) {
                    vm.select(List.of());
                }
            }
            default -> {
            }
        }
        view.setCursor(Cursor.DEFAULT);
        mode = Mode.NONE;
        pressScreen = null;
    }

    private void hovered(MouseEvent e) {
        Hit hit = view.hit(e.getX(), e.getY());
        view.setHovered(hit instanceof Hit.Port port ? port.id() : hit instanceof Hit.NodeHit node ? node.id() : "");
        view.setCursor(hit instanceof Hit.Port ? Cursor.CROSSHAIR
                : hit instanceof Hit.NodeHit ? Cursor.MOVE
                : hit instanceof Hit.EdgeHit ? Cursor.HAND : Cursor.DEFAULT);
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() != 0) {
            view.viewport().zoomAt(Math.pow(1.0015, e.getDeltaY()), e.getX(), e.getY());
            e.consume();
        }
    }
}
