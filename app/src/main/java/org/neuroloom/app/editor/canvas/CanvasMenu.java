package org.neuroloom.app.editor.canvas;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.neuroloom.app.editor.ProjectViewModel;
import org.neuroloom.app.editor.edit.Alignment;

/** The canvas's right-click menu: what can be done with the selection, and the view. */
final class CanvasMenu {

    private final ContextMenu menu = new ContextMenu();

    CanvasMenu(CanvasView view, ProjectViewModel vm) {
        MenuItem duplicate = item("Duplicate", vm::duplicateSelection);
        MenuItem copy = item("Copy", vm::copySelection);
        MenuItem paste = item("Paste", vm::paste);
        MenuItem delete = item("Delete", vm::deleteSelection);
        Menu align = new Menu("Align");
        for (Alignment a : Alignment.values()) {
            align.getItems().add(item(a.label(), () -> vm.align(a)));
        }
        menu.getItems().addAll(duplicate, copy, paste, delete, new SeparatorMenuItem(), align,
                new SeparatorMenuItem(), item("Select All", vm::selectAll), item("Fit to View", view::fitToView));
        menu.setOnShowing(e -> {
            boolean none = vm.selection().isEmpty();
            duplicate.setDisable(none);
            copy.setDisable(none);
            delete.setDisable(none);
            align.setDisable(vm.selection().size() < 2);
        });
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem i = new MenuItem(text);
        i.setOnAction(e -> action.run());
        return i;
    }

    void show(CanvasView view, double screenX, double screenY) {
        menu.show(view, screenX, screenY);
    }

    void hide() {
        menu.hide();
    }
}
