package org.neuroloom.app.run;

import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import org.neuroloom.app.playback.PlaybackBar;
import org.neuroloom.app.views.LiveViewHub;
import org.neuroloom.app.views.LiveViewModels;
import org.neuroloom.app.views.LiveViewsPane;
import org.neuroloom.model.Project;

/**
 * Live simulation in a window: the views in the live-view tab pane, the run and playback
 * controls in the toolbar, the run status in the status bar, and edits of the project
 * forwarded to the running network.
 */
public final class LiveSimulation {
    private final LiveViewHub hub = new LiveViewHub(new LiveViewModels());
    private final LiveViewsPane views;
    private final RunViewModel run;
    private final RunToolbar toolbar;
    private final PlaybackBar playback;

    /**
     * @param project   the project to build and run
     * @param viewArea  where the view tabs go
     * @param controls  where the run and playback controls go
     * @param status    where the status line goes
     */
    public LiveSimulation(Supplier<Project> project, TabPane viewArea, HBox controls, HBox status) {
        views = new LiveViewsPane(hub);
        run = new RunViewModel(hub, project, Platform::runLater);
        toolbar = new RunToolbar(run);
        playback = new PlaybackBar(hub, run);
        views.install(viewArea);
        views.raster().sourceSpikesProperty().bindBidirectional(run.allSourceSpikesProperty());
        // a recording holds heavy sources as the counts it recorded: the switch cannot itemize them
        views.raster().sourceSpikesDisableProperty().bind(run.phaseProperty().isEqualTo(RunPhase.PLAYBACK));
        Tab knobs = new Tab("Controls", new LiveControlsView(run).node());
        knobs.setClosable(false);
        viewArea.getTabs().add(knobs);
        toolbar.node().visibleProperty().bind(run.phaseProperty().isNotEqualTo(RunPhase.PLAYBACK));
        toolbar.node().managedProperty().bind(toolbar.node().visibleProperty());
        controls.getChildren().addAll(toolbar.node(), playback.node());
        Label line = new Label();
        line.textProperty().bind(run.statusLine().textProperty());
        Label message = new Label();
        message.textProperty().bind(run.messageProperty());
        message.setStyle("-fx-padding: 0 0 0 12;");
        status.getChildren().addAll(line, message);
        views.setStatus(run.messageProperty()::set);
        viewArea.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                toolbar.installShortcut(scene);
            }
        });
        hub.start();
    }

    /** Installs live simulation into the main window and forwards project edits to the run. */
    public static LiveSimulation install(org.neuroloom.app.main.MainWindow w) {
        LiveSimulation live = new LiveSimulation(w.project()::getProject, w.liveViewArea(), w.runControls(), w.runStatus());
        w.project().projectProperty().addListener((o, a, p) -> {
            live.run.followProject(a, p);
            live.run.applyEdit(p);
        });
        w.root().getProperties().put(LiveSimulation.class, live);
        return live;
    }

    /** The live simulation installed in {@code w}, or null. */
    public static LiveSimulation of(org.neuroloom.app.main.MainWindow w) {
        return (LiveSimulation) w.root().getProperties().get(LiveSimulation.class);
    }

    public LiveViewHub hub() {
        return hub;
    }

    public RunViewModel run() {
        return run;
    }

    public PlaybackBar playback() {
        return playback;
    }

    public LiveViewsPane views() {
        return views;
    }

    /** For a window's scene built later than the views. */
    public void installShortcut(Scene scene) {
        toolbar.installShortcut(scene);
    }
}
