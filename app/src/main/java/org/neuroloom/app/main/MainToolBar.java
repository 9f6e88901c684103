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

/**
 * The toolbar row: file, undo, edit and zoom buttons in a tool bar, then the run controls
 * section beside it, outside the tool bar, so a narrow window moves the editing buttons into
 * the overflow menu and never Run, Step or Reset.
 */
final class MainToolBar {

    private MainToolBar() {
    }

    static HBox build(MainWindow w, ProjectViewModel vm, Documents docs, EditorActions a, HBox runControls) {
        Button undo = button(Icons.Name.UNDO, "Undo", a::undo);
        undo.disableProperty().bind(vm.commands().canUndoProperty().not());
        undo.getTooltip().textProperty().bind(vm.commands().undoTextProperty());
        Button redo = button(Icons.Name.REDO, "Redo", a::redo);
        redo.disableProperty().bind(vm.commands().canRedoProperty().not());
        redo.getTooltip().textProperty().bind(vm.commands().redoTextProperty());
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
                new Separator());
        bar.getStyleClass().add("edit-toolbar");
        // the tool bar gives way (down to its overflow button), the run controls never do
        bar.setMinWidth(0);
        HBox.setHgrow(bar, Priority.NEVER);
        runControls.setMinWidth(Region.USE_PREF_SIZE);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox row = new HBox(bar, runControls, grow, button(Icons.Name.THEME, "Light / dark theme",
                () -> w.setTheme(w.theme().other())));
        row.getStyleClass().addAll("tool-bar", "main-toolbar");
        return row;
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
