package org.neuroloom.app.lessons;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import org.neuroloom.app.main.MainWindow;
import org.neuroloom.app.run.LiveSimulation;
import org.neuroloom.app.run.RunPhase;
import org.neuroloom.app.views.NetworkLayout;
import org.neuroloom.app.views.TraceViewModel;
import org.neuroloom.model.Project;
import org.neuroloom.model.Recording;

/**
 * Classroom mode in a main window: the sample browser (start page, File > Samples and the
 * Lessons menu), the lesson panel beside the canvas, presentation mode and teach mode.
 * Opening a sample also selects the first live view it names and, once the network is built,
 * shows its neuron populations in the raster and traces the neurons its recording samples.
 */
public final class Classroom {
    private final MainWindow w;
    private final SampleCatalog catalog;
    private final LessonViewModel vm;
    private final LessonPanel panel;
    private final LiveSimulation live;
    private Project viewsOnBuild;
    private Node startPage;

    private Classroom(MainWindow w, SampleCatalog catalog) {
        this.w = w;
        this.catalog = catalog;
        this.live = LiveSimulation.of(w);
        vm = new LessonViewModel(w.project(), new LessonViewModel.Host() {
            @Override
            public boolean prepareUntitled() {
                return w.documents().newProject();
            }

            @Override
            public void closeRun() {
                if (live != null) {
                    live.run().closeRun();
                }
            }
        });
        // every opened project shows its views (a lesson from the samples, File > Open, the command line)
        w.project().openCountProperty().addListener((o, a, b) -> showViews(w.project().getProject()));
        panel = new LessonPanel(vm, this::showSamples);
        new PresentationMode(w, vm, live == null ? null : live.run());
        vm.panelShownProperty().addListener((o, a, b) -> placePanel());
        vm.lessonProperty().addListener((o, a, b) -> placePanel());
        if (live != null) {
            live.run().phaseProperty().addListener((o, was, now) -> {
                if (was == RunPhase.BUILDING && now == RunPhase.PAUSED && viewsOnBuild != null) {
                    setUpViews(viewsOnBuild);
                    viewsOnBuild = null;
                }
            });
        }
        addMenus();
        placePanel();
    }

    /**
     * Installs classroom mode into {@code w} (after the live simulation), with the samples of
     * the NeuroLoom home ({@code neuroloom.home}, else the working directory).
     */
    public static Classroom install(MainWindow w) {
        String home = System.getProperty("neuroloom.home");
        Classroom c = new Classroom(w, SampleCatalog.under(Path.of(home == null || home.isBlank() ? "" : home)));
        w.root().getProperties().put(Classroom.class, c);
        return c;
    }

    /** The classroom installed in {@code w}, or null. */
    public static Classroom of(MainWindow w) {
        return (Classroom) w.root().getProperties().get(Classroom.class);
    }

    /** Classroom state (lesson, teach and presentation modes). */
    public LessonViewModel lessons() {
        return vm;
    }

    /** The samples offered. */
    public SampleCatalog catalog() {
        return catalog;
    }

    /** Opens {@code id} (e.g. {@code hello-neuron}) as a lesson; false if there is no such sample or the user kept the document. */
    public boolean openSample(String id) {
        return catalog.samples().stream().filter(s -> s.id().equals(id)).findFirst().map(this::open).orElse(false);
    }

    private boolean open(SampleCatalog.Sample s) {
        hideStartPage();
        return vm.openSample(s);
    }

    private void addMenus() {
        MenuItem samples = new MenuItem("Samples…");
        samples.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+L"));
        samples.setOnAction(e -> showSamples());
        MenuItem reset = new MenuItem("Reset Lesson");
        reset.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+R"));
        reset.disableProperty().bind(vm.sampleProperty().isNull());
        reset.setOnAction(e -> vm.resetLesson());
        CheckMenuItem showPanel = new CheckMenuItem("Lesson Panel");
        showPanel.selectedProperty().bindBidirectional(vm.panelShownProperty());
        CheckMenuItem teach = new CheckMenuItem("Teach Mode (lock structure)");
        teach.setAccelerator(KeyCombination.keyCombination("Shortcut+T"));
        teach.selectedProperty().bindBidirectional(vm.teachProperty());
        CheckMenuItem present = new CheckMenuItem("Presentation Mode");
        present.setAccelerator(KeyCombination.keyCombination("F5"));
        present.selectedProperty().bindBidirectional(vm.presentingProperty());
        Menu lessons = new Menu("Lessons", null, samples, reset, new SeparatorMenuItem(), showPanel, teach, present);
        lessons.setId("lessons-menu");
        var menus = w.menuBar().getMenus();
        int help = menus.stream().filter(m -> "Help".equals(m.getText())).findFirst().map(menus::indexOf).orElse(menus.size());
        menus.add(help, lessons);
        menus.stream().filter(m -> "File".equals(m.getText())).findFirst().ifPresent(file -> {
            MenuItem fileSamples = new MenuItem("Samples…");
            fileSamples.setOnAction(e -> showSamples());
            int at = Math.min(3, file.getItems().size());
            file.getItems().add(at, fileSamples);
        });
    }

    /** Puts the lesson panel beside the canvas when it is wanted and the project has notes. */
    private void placePanel() {
        SplitPane work = w.workArea();
        Node node = panel.node();
        boolean want = vm.isPanelShown() && (vm.getLesson() != null || vm.isPresenting());
        boolean there = work.getItems().contains(node);
        if (want && !there) {
            int centre = work.getItems().size() > 2 ? 2 : work.getItems().size();
            work.getItems().add(centre, node);
            SplitPane.setResizableWithParent(node, false);
            arrange(work);
        } else if (!want && there) {
            work.getItems().remove(node);
            arrange(work);
        }
    }

    /** Divider positions for the work area's current items (palette, centre, lesson?, inspector). */
    static void arrange(SplitPane work) {
        int n = work.getItems().size();
        boolean lesson = work.getItems().stream().anyMatch(x -> x.getStyleClass().contains("lesson-panel"));
        if (n == 4) {
            work.setDividerPositions(0.15, 0.56, 0.8);
        } else if (n == 3 && lesson) {
            work.setDividerPositions(0.15, 0.72);
        } else if (n == 3) {
            work.setDividerPositions(0.175, 0.765);
        } else if (n == 2 && lesson) {
            work.setDividerPositions(0.6);
        }
    }

    /** Shows the sample browser over the window (the start page); opening a sample closes it. */
    public void showStartPage() {
        if (startPage != null || !(w.root() instanceof BorderPane root)) {
            showSamples();
            return;
        }
        SampleBrowser b = new SampleBrowser(catalog, "Welcome to NeuroLoom: pick a lesson", this::open, this::hideStartPage);
        startPage = b.node();
        startPage.getStyleClass().add("start-page");
        root.setCenter(new StackPane(root.getCenter(), startPage));
    }

    private void hideStartPage() {
        if (startPage != null && w.root() instanceof BorderPane root && root.getCenter() instanceof StackPane stack) {
            stack.getChildren().remove(startPage);
            root.setCenter(stack.getChildren().get(0));
        }
        startPage = null;
    }

    /** Whether the start page is showing. */
    public boolean startPageShowing() {
        return startPage != null;
    }

    /** Lessons > Samples: the browser in a dialog over the window. */
    public void showSamples() {
        Stage dialog = new Stage();
        dialog.initOwner(w.stage());
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle("NeuroLoom samples");
        SampleBrowser b = new SampleBrowser(catalog, "Sample lessons", s -> {
            dialog.close();
            open(s);
        }, dialog::close);
        Scene scene = new Scene((javafx.scene.Parent) b.node(), 1100, 720);
        if (w.stage().getScene() != null) {
            scene.getStylesheets().setAll(w.stage().getScene().getStylesheets());
        }
        dialog.setScene(scene);
        dialog.show();
    }

    /** Selects the tab of the first live view the project names ({@code views.open}: the lesson's main view). */
    private void showViews(Project p) {
        viewsOnBuild = p;
        w.canvas().requestFit();
        var open = p.views().open();
        if (open.isEmpty()) {
            return;
        }
        String wanted = open.get(0);
        for (Tab t : w.liveViewArea().getTabs()) {
            if (t.getText() != null && t.getText().equalsIgnoreCase(wanted)) {
                w.liveViewArea().getSelectionModel().select(t);
                return;
            }
        }
    }

    /**
     * Once the lesson's network is built: the raster shows the neuron populations (not the
     * sources, whose thousands of input spikes would fill it) over the lesson's window, and the
     * traces, over the same window, follow the neurons and variables the project records (up
     * to the view's lane limit).
     */
    private void setUpViews(Project p) {
        NetworkLayout layout = live.run().run().layout();
        var raster = live.hub().models().raster();
        raster.setWindowMs(p.views().rasterWindowMs());
        int from = Integer.MAX_VALUE;
        int to = 0;
        for (NetworkLayout.Pop pop : layout.populations()) {
            if (!pop.source()) {
                from = Math.min(from, pop.offset());
                to = Math.max(to, pop.end());
            }
        }
        if (from < to) {
            raster.setNeuronRange(from, to);
        }
        TraceViewModel traces = live.hub().models().traces();
        traces.setWindowMs(p.views().rasterWindowMs());
        int lanes = 0;
        for (Recording.StateProbe probe : p.recording().state()) {
            for (NetworkLayout.Pop pop : layout.populations()) {
                if (!pop.id().equals(probe.population())) {
                    continue;
                }
                for (int n : probe.neurons()) {
                    for (String v : probe.variables()) {
                        if (pop.variables().contains(v) && n < pop.size() && lanes < TraceViewModel.MAX_CHANNELS) {
                            traces.addChannel(pop.offset() + n, v);
                            lanes++;
                        }
                    }
                }
            }
        }
    }
}
