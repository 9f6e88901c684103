package org.neuroloom.app.main;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.neuroloom.app.editor.ProjectViewModel;
import org.neuroloom.app.editor.edit.Alignment;
import org.neuroloom.app.files.Documents;

/** The menu bar: File, Edit, View and Help, with the shortcuts people expect. */
final class MainMenu {

    private MainMenu() {
    }

    static MenuBar build(MainWindow w, ProjectViewModel vm, Documents docs, EditorActions a) {
        Menu recent = new Menu("Open Recent");
        Runnable fillRecent = () -> {
            recent.getItems().clear();
            for (Path p : docs.recent().files()) {
                MenuItem i = new MenuItem(p.getFileName() + "  —  " + p.getParent());
                i.setDisable(!Files.isRegularFile(p));
                i.setOnAction(e -> docs.open(p));
                recent.getItems().add(i);
            }
            recent.setDisable(recent.getItems().isEmpty());
        };
        docs.recent().files().addListener((ListChangeListener<Path>) c -> fillRecent.run());
        fillRecent.run();
        Menu file = new Menu("File", null,
                item("New", "Shortcut+N", e -> docs.newProject()),
                item("Open…", "Shortcut+O", e -> docs.open()),
                recent,
                new SeparatorMenuItem(),
                item("Save", "Shortcut+S", e -> docs.save()),
                item("Save As…", "Shortcut+Shift+S", e -> docs.saveAs()),
                new SeparatorMenuItem(),
                item("Quit", "Shortcut+Q", e -> w.quit()));

        MenuItem undo = item("Undo", "Shortcut+Z", e -> a.undo());
        undo.textProperty().bind(vm.commands().undoTextProperty());
        undo.disableProperty().bind(vm.commands().canUndoProperty().not());
        MenuItem redo = item("Redo", "Shortcut+Y", e -> a.redo());
        redo.textProperty().bind(vm.commands().redoTextProperty());
        redo.disableProperty().bind(vm.commands().canRedoProperty().not());
        Menu align = new Menu("Align");
        for (Alignment al : Alignment.values()) {
            align.getItems().add(item(al.label(), null, e -> a.align(al)));
        }
        Menu edit = new Menu("Edit", null, undo, redo,
                new SeparatorMenuItem(),
                item("Copy", "Shortcut+C", e -> a.copy()),
                item("Paste", "Shortcut+V", e -> a.paste()),
                item("Duplicate", "Shortcut+D", e -> a.duplicate()),
                item("Delete", null, e -> a.delete()),
                new SeparatorMenuItem(),
                item("Select All", "Shortcut+A", e -> a.selectAll()),
                align);

        CheckMenuItem dark = new CheckMenuItem("Dark Theme");
        dark.setSelected(w.theme() == Theme.DARK);
        dark.setOnAction(e -> w.setTheme(dark.isSelected() ? Theme.DARK : Theme.LIGHT));
        Menu view = new Menu("View", null,
                item("Zoom In", "Shortcut+Equals", e -> a.zoomIn()),
                item("Zoom Out", "Shortcut+Minus", e -> a.zoomOut()),
                item("Fit to View", "Shortcut+0", e -> a.fit()),
                new SeparatorMenuItem(),
                item("Problems…", "Shortcut+Shift+P", e -> w.showProblems()),
                dark,
                item("Full Screen", "F11", e -> w.toggleFullScreen()));
        Menu help = new Menu("Help", null, item("About NeuroLoom", null, e -> w.showAbout()));
        MenuBar bar = new MenuBar(file, edit, view, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private static MenuItem item(String text, String accelerator, EventHandler<ActionEvent> action) {
        MenuItem i = new MenuItem(text);
        if (accelerator != null) {
            i.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        i.setOnAction(action);
        return i;
    }
}
