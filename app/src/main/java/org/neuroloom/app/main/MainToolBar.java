package org.neuroloom.app.main;

import javafx.scene.control.Button;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.neuroloom.app.editor.ProjectViewModel;
import org.neuroloom.app.files.Documents;
import org.neuroloom.app.ui.Icons;

/** The toolbar: file, undo, edit and zoom buttons, then the run controls section. */
final class MainToolBar {

    private MainToolBar() {
    }

    static ToolBar build(MainWindow w, ProjectViewModel vm, Documents docs, EditorActions a, HBox runControls) {
        Button undo = button(Icons.Name.UNDO, "Undo", a::undo);
        undo.disableProperty().bind(vm.commands().canUndoProperty().not());
        undo.getTooltip().textProperty().bind(vm.commands().undoTextProperty());
        Button redo = button(Icons.Name.REDO, "Redo", a::redo);
        redo.disableProperty().bind(vm.commands().canRedoProperty().not());
        redo.getTooltip().textProperty().bind(vm.commands().redoTextProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        ToolBar bar = new ToolBar(
                button(Icons.Name.NEW, "New project (Ctrl+N)", docs::newProject),
                button(Icons.Name.OPEN, "Open… (Ctrl+O)", docs::open),
                button(Icons.Name.SAVE, "Save (Ctrl+S)", docs::save),
                new Separator(), undo, redo,
                new Separator(),
                button(Icons.Name.DUPLICATE, "Duplicate selection (Ctrl+D)", a::duplicate),
                button(Icons.Name.DELETE, "Delete selection (Delete)", a::delete),
                new Separator(),
                button(Icons.Name.ZOOM_IN, "Zoom in (Ctrl+=)", a::zoomIn),
                button(Icons.Name.ZOOM_OUT, "Zoom out (Ctrl+-)", a::zoomOut),
                button(Icons.Name.FIT, "Fit network to view (Ctrl+0)", a::fit),
                new Separator(), runControls, grow,
                button(Icons.Name.THEME, "Light / dark theme", () -> w.setTheme(w.theme().other())));
        bar.getStyleClass().add("main-toolbar");
        return bar;
    }

    private static Button button(Icons.Name icon, String tip, Runnable action) {
        Button b = new Button(null, Icons.of(icon));
        b.setTooltip(new Tooltip(tip));
        b.getStyleClass().add("tool-button");
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }
}
