package org.neuroloom.app.views;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * Puts the live views into a tab pane (the main window's live view area): raster, traces,
 * rates, weights, energy. Each tab has PNG and CSV export and can be enlarged into its own
 * window (closing the window puts it back).
 */
public final class LiveViewsPane {
    private final LiveViewHub hub;
    private final RasterView raster;
    private final TraceView traces;
    private final RateView rates;
    private final WeightView weights;
    private final EnergyView energy;
    private final NetworkLayoutHolder layout;
    private Consumer<String> status = s -> { };

    public LiveViewsPane(LiveViewHub hub) {
        this.hub = hub;
        LiveViewModels m = hub.models();
        layout = new NetworkLayoutHolder(m);
        raster = new RasterView(m.raster(), layout);
        traces = new TraceView(m.traces(), layout);
        rates = new RateView(m.rates(), layout);
        weights = new WeightView(m::weights, layout);
        energy = new EnergyView(m.energy());
        raster.setOnSelect(traces::select);
        for (LiveView v : List.of(raster, traces, rates, weights, energy)) {
            hub.add(v);
        }
    }

    /**
     * Adds an Overview tab (raster, traces, rates and weights at once) and one tab per view to
     * {@code tabs}. A view's node lives in its own tab and moves into the overview grid while
     * the overview is selected. A network without plastic projections has no weights to show,
     * so the rates take the whole lower row instead.
     */
    public void install(TabPane tabs) {
        GridPane grid = new GridPane();
        grid.setHgap(4);
        grid.setVgap(4);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(50);
            grid.getColumnConstraints().add(c);
            RowConstraints r = new RowConstraints();
            r.setPercentHeight(50);
            r.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(r);
        }
        Tab overview = new Tab("Overview", grid);
        overview.setClosable(false);
        tabs.getTabs().add(overview);
        java.util.Map<LiveView, BorderPane> frames = new java.util.HashMap<>();
        for (LiveView v : hub.views()) {
            Tab t = tab(v);
            frames.put(v, (BorderPane) t.getContent());
            tabs.getTabs().add(t);
        }
        Runnable arrange = () -> {
            for (LiveView v : List.of(raster, traces, weights, rates)) {
                if (v.node().getParent() == grid) {
                    grid.getChildren().remove(v.node());
                    frames.get(v).setCenter(v.node());
                }
            }
            if (tabs.getSelectionModel().getSelectedItem() != overview) {
                return;
            }
            tile(frames, grid, raster, 0, 0, 1);
            tile(frames, grid, traces, 1, 0, 1);
            if (hub.models().weights().isEmpty()) {
                tile(frames, grid, rates, 0, 1, 2);
            } else {
                tile(frames, grid, weights, 0, 1, 1);
                tile(frames, grid, rates, 1, 1, 1);
            }
        };
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> arrange.run());
        layout.onChange(arrange);
        arrange.run();
    }

    /** Moves {@code v} from its own tab into the overview grid, unless it is enlarged in its own window. */
    private static void tile(java.util.Map<LiveView, BorderPane> frames, GridPane grid, LiveView v, int column, int row,
                             int columns) {
        BorderPane home = frames.get(v);
        if (home.getCenter() == v.node()) {
            home.setCenter(null);
            grid.add(v.node(), column, row, columns, 1);
        }
    }

    /** Where export messages go (the status bar). */
    public void setStatus(Consumer<String> s) {
        status = s;
    }

    public RasterView raster() {
        return raster;
    }

    public TraceView traces() {
        return traces;
    }

    private Tab tab(LiveView v) {
        BorderPane frame = new BorderPane(v.node());
        Button png = new Button("PNG");
        png.setTooltip(new Tooltip("Save this view as a PNG image"));
        png.setOnAction(e -> save(v, "png"));
        Button csv = new Button("CSV");
        csv.setTooltip(new Tooltip("Save the data behind this view as CSV"));
        csv.setOnAction(e -> save(v, "csv"));
        Button enlarge = new Button("Enlarge");
        enlarge.setTooltip(new Tooltip("Show this view in its own window"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(4, spacer, png, csv, enlarge);
        bar.getStyleClass().add("live-toolbar");
        frame.setBottom(bar);
        Tab tab = new Tab(v.title(), frame);
        tab.setClosable(false);
        enlarge.setOnAction(e -> enlarge(v, frame, tab));
        return tab;
    }

    private void enlarge(LiveView v, BorderPane frame, Tab tab) {
        Node content = v.node();
        frame.setCenter(null);
        BorderPane holder = new BorderPane(content);
        Stage stage = new Stage();
        stage.setTitle("NeuroLoom — " + v.title());
        stage.setScene(new Scene(holder, 1100, 700));
        tab.setDisable(true);
        stage.setOnHidden(e -> {
            holder.setCenter(null);
            frame.setCenter(content);
            tab.setDisable(false);
        });
        stage.show();
    }

    private void save(LiveView v, String ext) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + v.title());
        chooser.setInitialFileName(v.title().toLowerCase(java.util.Locale.ROOT) + "." + ext);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ext.toUpperCase(java.util.Locale.ROOT), "*." + ext));
        File f = chooser.showSaveDialog(v.node().getScene() == null ? null : v.node().getScene().getWindow());
        if (f == null) {
            return;
        }
        try {
            if (ext.equals("png")) {
                ViewExport.png(v.node(), f.toPath());
            } else {
                ViewExport.csv(v.data(), f.toPath());
            }
            status.accept("Saved " + f);
        } catch (IOException ex) {
            status.accept("Could not save " + f + ": " + ex.getMessage());
        }
    }
}
