package org.neuroloom.app.main;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import org.neuroloom.app.editor.ProblemLocator;
import org.neuroloom.app.editor.ProjectViewModel;
import org.neuroloom.app.ui.Icons;
import org.neuroloom.model.validate.Problem;

/**
 * The project's problems, one click away: the status bar button shows how many there are and
 * opens this list; clicking a problem selects the element it is about.
 */
final class ProblemsPopup {

    private static final double WIDTH = 760;

    private final ProjectViewModel vm;
    private final Button button;
    private final Popup popup = new Popup();
    private final ListView<Problem> list = new ListView<>();
    private final VBox box;

    ProblemsPopup(ProjectViewModel vm, Button button) {
        this.vm = vm;
        this.button = button;
        button.textProperty().bind(Bindings.createStringBinding(() -> switch (vm.problems().size()) {
            case 0 -> "No problems";
            case 1 -> "1 problem";
            default -> vm.problems().size() + " problems";
        }, vm.problems()));
        vm.problems().addListener((ListChangeListener<Problem>) c -> restyle());
        restyle();
        button.setOnAction(e -> toggle());
        list.setItems(vm.problems());
        list.getStyleClass().add("problem-list");
        list.setPrefSize(WIDTH, 220);
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Problem p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : where(p) + p.description());
            }
        });
        list.setOnMouseClicked(e -> {
            Problem p = list.getSelectionModel().getSelectedItem();
            if (p != null) {
                ProblemLocator.locate(vm.getProject(), p).ifPresent(l -> vm.select(List.of(l.elementId())));
            }
        });
        Label title = new Label("Problems found by the model's validator (click one to select its element)");
        title.getStyleClass().add("problems-title");
        Label none = new Label("The project is valid.");
        list.setPlaceholder(none);
        box = new VBox(6, title, list);
        box.getStyleClass().addAll("root", "problems-popup");
        popup.getContent().add(box);
        popup.setAutoHide(true);
    }

    /** {@code E · model.vResetMv: } for an element's problem, the JSON path otherwise. */
    private String where(Problem p) {
        return ProblemLocator.locate(vm.getProject(), p)
                .map(l -> l.elementId() + (l.field().isEmpty() ? "" : " · " + l.field()) + ": ")
                .orElse(p.path().isEmpty() ? "" : p.path() + ": ");
    }

    private void restyle() {
        boolean any = !vm.problems().isEmpty();
        button.setGraphic(Icons.of(any ? Icons.Name.PROBLEMS : Icons.Name.OK));
        button.getStyleClass().remove("has-problems");
        if (any) {
            button.getStyleClass().add("has-problems");
        }
    }

    private void toggle() {
        if (popup.isShowing()) {
            popup.hide();
        } else {
            show();
        }
    }

    void show() {
        if (button.getScene() == null) {
            return;
        }
        box.getStylesheets().setAll(button.getScene().getStylesheets());
        Bounds b = button.localToScreen(button.getBoundsInLocal());
        popup.show(button, Math.max(0, b.getMaxX() - WIDTH - 20), b.getMinY());
        popup.setY(b.getMinY() - popup.getHeight() - 4);
    }
}
