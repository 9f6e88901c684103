package org.neuroloom.app.main;

import java.util.prefs.Preferences;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.neuroloom.app.editor.ProjectViewModel;
import org.neuroloom.app.editor.canvas.CanvasView;
import org.neuroloom.app.editor.inspector.InspectorView;
import org.neuroloom.app.editor.inspector.InspectorViewModel;
import org.neuroloom.app.editor.palette.PaletteView;
import org.neuroloom.app.editor.palette.PaletteViewModel;
import org.neuroloom.app.files.Documents;

/**
 * The main window: menus and toolbar on top, palette | canvas | inspector in the middle, the
 * live-view area under the canvas, the status bar at the bottom. The live-simulation code fills
 * {@link #liveViewArea()}, {@link #runControls()} and {@link #runStatus()}.
 */
public final class MainWindow {

    private static final double DEFAULT_WIDTH = 1440;
    private static final double DEFAULT_HEIGHT = 900;

    private final Stage stage;
    private final ProjectViewModel vm;
    private final Documents docs;
    private final Preferences prefs;
    private final CanvasView canvas;
    private final TabPane liveViews = new TabPane();
    private final HBox runControls = new HBox(4);
    private final StatusBar status;
    private final ProblemsPopup problems;
    private final BorderPane root = new BorderPane();
    private final SplitPane workArea;
    private final javafx.scene.control.MenuBar menuBar;
    private final HBox toolBar;
    private Theme theme;

    public MainWindow(Stage stage, ProjectViewModel vm, Documents docs, Preferences prefs) {
        this.stage = stage;
        this.vm = vm;
        this.docs = docs;
        this.prefs = prefs;
        this.theme = Theme.remembered(prefs);
        canvas = new CanvasView(vm, vm.problemIds());
        EditorActions actions = new EditorActions(vm, canvas);
        PaletteView palette = new PaletteView(new PaletteViewModel(), canvas);
        InspectorView inspector = new InspectorView(new InspectorViewModel(vm));
        status = new StatusBar(vm, canvas.viewport());
        problems = new ProblemsPopup(vm, status.problemsButton());

        liveViews.getStyleClass().add("live-views");
        Label placeholder = new Label("Live views (raster, traces, rates, weights) appear here when a simulation runs.");
        placeholder.getStyleClass().add("live-views-placeholder");
        placeholder.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(liveViews.getTabs()));
        StackPane liveArea = new StackPane(liveViews, placeholder);
        liveArea.getStyleClass().add("live-area");
        SplitPane centre = new SplitPane(canvas, liveArea);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.74);
        SplitPane.setResizableWithParent(liveArea, false);
        SplitPane main = new SplitPane(palette, centre, inspector);
        workArea = main;
        main.setDividerPositions(0.175, 0.765);
        SplitPane.setResizableWithParent(palette, false);
        SplitPane.setResizableWithParent(inspector, false);
        liveViews.getTabs().addListener((ListChangeListener<Tab>) c -> {
            if (!liveViews.getTabs().isEmpty() && centre.getDividerPositions()[0] > 0.7) {
                centre.setDividerPositions(0.6);
            }
        });

        runControls.getStyleClass().add("run-controls");
        menuBar = MainMenu.build(this, vm, docs, actions);
        toolBar = MainToolBar.build(this, vm, docs, actions, runControls);
        root.setTop(new VBox(menuBar, toolBar));
        root.setCenter(main);
        root.setBottom(status);
        root.getStyleClass().add("main-window");

        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        boolean small = screen.getWidth() < DEFAULT_WIDTH * 1.15 || screen.getHeight() < DEFAULT_HEIGHT * 1.15;
        Scene scene = new Scene(root, small ? screen.getWidth() : DEFAULT_WIDTH, small ? screen.getHeight() : DEFAULT_HEIGHT);
        if (small) {
            stage.setX(screen.getMinX());
            stage.setY(screen.getMinY());
        }
        theme.applyTo(scene);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Shift+Z"), actions::redo);
        stage.setScene(scene);
        stage.titleProperty().bind(docs.titleBinding());
        stage.setOnCloseRequest(e -> {
            if (!docs.close()) {
                e.consume();
            }
        });
    }

    /** The root node. */
    public Parent root() {
        return root;
    }

    /** The project being edited (live views run it). */
    public ProjectViewModel project() {
        return vm;
    }

    /** The document (file, saving). */
    public Documents documents() {
        return docs;
    }

    /** The canvas. */
    public CanvasView canvas() {
        return canvas;
    }

    /** The window's stage. */
    public Stage stage() {
        return stage;
    }

    /** The palette | canvas and live views | inspector split (classroom mode rearranges it). */
    public SplitPane workArea() {
        return workArea;
    }

    /** The menu bar (classroom mode adds its menu). */
    public javafx.scene.control.MenuBar menuBar() {
        return menuBar;
    }

    /** The tool bar row: editing buttons and run controls (presentation mode shows only the run controls). */
    public HBox toolBar() {
        return toolBar;
    }

    /** The area under the canvas where live views go, one tab each. */
    public TabPane liveViewArea() {
        return liveViews;
    }

    /** The toolbar section for run/pause/step/reset and speed. */
    public HBox runControls() {
        return runControls;
    }

    /** The status bar section for simulated time and speed. */
    public HBox runStatus() {
        return status.runStatus();
    }

    Theme theme() {
        return theme;
    }

    void setTheme(Theme t) {
        theme = t;
        t.applyTo(stage.getScene());
        t.remember(prefs);
    }

    void toggleFullScreen() {
        stage.setFullScreen(!stage.isFullScreen());
    }

    void showProblems() {
        problems.show();
    }

    /** Quits after asking about unsaved changes. */
    void quit() {
        if (docs.close()) {
            stage.close();
        }
    }

    void showAbout() {
        Alert a = new Alert(Alert.AlertType.INFORMATION, "Design spiking neural networks by drag and drop, run them "
                + "on a multithreaded engine and watch them live.", ButtonType.OK);
        a.initOwner(stage);
        a.setTitle("About NeuroLoom");
        a.setHeaderText("NeuroLoom");
        a.showAndWait();
    }
}
