package org.neuroloom.app.main;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.neuroloom.app.editor.ProjectViewModel;
import org.neuroloom.app.editor.canvas.Viewport;
import org.neuroloom.model.Network;

/**
 * The bottom line: the editor's last notice (or a hint), the network's size, a button that
 * opens the problem list, an area for the run status, and the zoom.
 */
final class StatusBar extends HBox {

    private final HBox runStatus = new HBox(10);
    private final Button problems = new Button();

    StatusBar(ProjectViewModel vm, Viewport viewport) {
        getStyleClass().add("status-bar");
        Label notice = new Label();
        notice.getStyleClass().add("status-notice");
        notice.textProperty().bind(Bindings.createStringBinding(() -> vm.noticeProperty().get().isEmpty()
                ? "Drag from a node's port (right edge) to another node to connect. Shift-drag to select an area."
                : vm.noticeProperty().get(), vm.noticeProperty()));
        notice.setMinWidth(0);
        Label counts = new Label();
        counts.getStyleClass().add("status-counts");
        counts.textProperty().bind(Bindings.createStringBinding(() -> describe(vm.getProject().network()),
                vm.projectProperty()));
        Label zoom = new Label();
        zoom.getStyleClass().add("status-zoom");
        zoom.textProperty().bind(Bindings.createStringBinding(
                () -> Math.round(viewport.getZoom() * 100) + "%", viewport.zoomProperty()));
        problems.getStyleClass().add("problems-button");
        problems.setFocusTraversable(false);
        runStatus.getStyleClass().add("run-status");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox.setHgrow(notice, Priority.SOMETIMES);
        getChildren().addAll(notice, grow, runStatus, counts, problems, zoom);
    }

    /** The problems button (the main window sets its text and action). */
    Button problemsButton() {
        return problems;
    }

    /** Space for the run status (simulated time, speed), filled by the live-simulation code. */
    HBox runStatus() {
        return runStatus;
    }

    static String describe(Network n) {
        return n.populations().size() + plural(" population", n.populations().size()) + " · "
                + n.neuronCount() + plural(" neuron", n.neuronCount()) + " · "
                + n.projections().size() + plural(" projection", n.projections().size());
    }

    private static String plural(String word, long n) {
        return n == 1 ? word : word + "s";
    }
}
