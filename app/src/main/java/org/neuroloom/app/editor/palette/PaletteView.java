package org.neuroloom.app.editor.palette;

import javafx.collections.ListChangeListener;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.neuroloom.app.ui.Icons;

/**
 * The palette: a search box over grouped, icon-labelled items. Dragging an item with the mouse
 * and releasing it over the canvas adds it there (a plain press-drag-release gesture, so it
 * behaves the same on every platform and under the headless test robot); a double-click adds it
 * in the middle of the view.
 */
public final class PaletteView extends VBox {

    private final PaletteViewModel vm;
    private final PaletteDropTarget target;
    private final VBox groups = new VBox();

    public PaletteView(PaletteViewModel vm, PaletteDropTarget target) {
        this.vm = vm;
        this.target = target;
        getStyleClass().add("palette");
        TextField search = new TextField();
        search.setPromptText("Search models, sources...");
        search.getStyleClass().add("palette-search");
        search.textProperty().bindBidirectional(vm.filterProperty());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
            }
        });
        HBox searchRow = new HBox(6, Icons.of(Icons.Name.SEARCH), search);
        searchRow.getStyleClass().add("palette-search-row");
        HBox.setHgrow(search, Priority.ALWAYS);
        ScrollPane scroll = new ScrollPane(groups);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("palette-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(searchRow, scroll);
        vm.visibleItems().addListener((ListChangeListener<PaletteItem>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        groups.getChildren().clear();
        for (PaletteGroup g : PaletteGroup.values()) {
            var items = vm.visibleIn(g);
            if (items.isEmpty()) {
                continue;
            }
            VBox rows = new VBox();
            rows.getStyleClass().add("palette-group-items");
            items.forEach(item -> rows.getChildren().add(row(item)));
            TitledPane pane = new TitledPane(g.title(), rows);
            pane.getStyleClass().add("palette-group");
            groups.getChildren().add(pane);
        }
        if (groups.getChildren().isEmpty()) {
            Label none = new Label("Nothing matches.");
            none.getStyleClass().add("palette-empty");
            groups.getChildren().add(none);
        }
    }

    private Label row(PaletteItem item) {
        Label l = new Label(item.label(), Icons.of(item.icon()));
        l.getStyleClass().add("palette-item");
        if (item.variant()) {
            l.getStyleClass().add("palette-variant");
        }
        l.setMaxWidth(Double.MAX_VALUE);
        Tooltip tip = new Tooltip(item.help());
        tip.setShowDelay(Duration.millis(400));
        tip.setWrapText(true);
        tip.setMaxWidth(320);
        l.setTooltip(tip);
        l.setCursor(Cursor.OPEN_HAND);
        boolean[] dragging = {false};
        l.setOnMouseDragged(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                dragging[0] = true;
                l.setCursor(Cursor.CLOSED_HAND);
                target.hover(item, e.getSceneX(), e.getSceneY());
            }
        });
        l.setOnMouseReleased(e -> {
            l.setCursor(Cursor.OPEN_HAND);
            if (dragging[0]) {
                dragging[0] = false;
                target.drop(item, e.getSceneX(), e.getSceneY());
            }
        });
        l.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                target.dropAtCentre(item);
            }
        });
        return l;
    }
}
