package org.neuroloom.app.main;

import org.neuroloom.app.editor.ProjectViewModel;
import org.neuroloom.app.editor.canvas.CanvasView;
import org.neuroloom.app.editor.edit.Alignment;

/**
 * The editing actions behind menus and toolbar. Their shortcuts are menu accelerators, which
 * JavaFX runs only when the focused control did not use the key: while a text field has the
 * focus, Ctrl+Z, Ctrl+C, Ctrl+A... act on its text.
 */
final class EditorActions {

    private final ProjectViewModel vm;
    private final CanvasView canvas;

    EditorActions(ProjectViewModel vm, CanvasView canvas) {
        this.vm = vm;
        this.canvas = canvas;
    }

    void undo() {
        vm.commands().undo();
    }

    void redo() {
        vm.commands().redo();
    }

    void copy() {
        vm.copySelection();
    }

    void paste() {
        vm.paste();
    }

    void delete() {
        vm.deleteSelection();
    }

    void selectAll() {
        vm.selectAll();
    }

    void duplicate() {
        vm.duplicateSelection();
    }

    void align(Alignment a) {
        vm.align(a);
    }

    void zoomIn() {
        canvas.zoomBy(1.25);
    }

    void zoomOut() {
        canvas.zoomBy(0.8);
    }

    void fit() {
        canvas.fitToView();
    }
}
