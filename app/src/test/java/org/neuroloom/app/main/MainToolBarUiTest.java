package org.neuroloom.app.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neuroloom.app.NeuroLoomApp;
import org.neuroloom.model.Project;
import org.neuroloom.model.io.ProjectFiles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The run controls stay in the window at common widths: the editing buttons go into the tool
 * bar's overflow menu first, never Run, Step or Reset. (Monocle's headless screen is 1280 px
 * wide; 1600 px was checked under Xvfb.)
 */
@ExtendWith(ApplicationExtension.class)
class MainToolBarUiTest {
    @TempDir
    Path dir;

    private final Preferences prefs = Preferences.userRoot().node("neuroloom-test/" + UUID.randomUUID());
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = NeuroLoomApp.createWindow(stage, prefs, dir.resolve("autosave"));
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1280);
        stage.setHeight(900);
        stage.show();
    }

    @AfterEach
    void forgetPrefs() throws BackingStoreException {
        prefs.removeNode();
    }

    /** A project without lesson notes (no lesson panel), like the one that pushed Run into the overflow. */
    private void openBrunelWithoutLesson() throws Exception {
        Project p = ProjectFiles.load(Path.of("..", "sample-projects", "brunel-2000.neuroloom.json"));
        Project bare = new Project(p.schemaVersion(), p.name(), p.description(), p.simulation(), p.network(), p.recording(),
                null, p.notes(), p.views());
        WaitForAsyncUtils.asyncFx(() -> window.project().open(bare)).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void assertInWindow(FxRobot robot, String query, double width) {
        Node n = robot.lookup(query).tryQuery().orElse(null);
        assertNotNull(n, query + " is in the window, not in the overflow menu");
        assertSame(window.root().getScene(), n.getScene(), query + " is in the window, not in an overflow menu");
        for (Node p = n; p != null; p = p.getParent()) {
            assertTrue(p.isVisible(), query + ": " + p + " is hidden");
        }
        Bounds b = n.localToScene(n.getBoundsInLocal());
        assertTrue(b.getMinX() >= 0 && b.getMaxX() <= width && b.getWidth() > 10,
                query + " lies inside the " + width + " px window: " + b);
    }

    @Test
    void runControlsStayVisibleAt1280And1100PixelsWide(FxRobot robot) throws Exception {
        openBrunelWithoutLesson();
        for (double width : new double[] {1280, 1100}) {
            WaitForAsyncUtils.asyncFx(() -> stage.setWidth(width)).get();
            WaitForAsyncUtils.waitForFxEvents();
            double sceneWidth = window.root().getScene().getWidth();
            assertInWindow(robot, "#run-pause", sceneWidth);
            assertInWindow(robot, ".run-controls", sceneWidth);
        }
    }

    /** Opens CUBA, puts the focus on {@code focusQuery}, clicks Run, and checks that Space then pauses. */
    private void runThenSpacePauses(FxRobot robot, String focusQuery) throws Exception {
        Project cuba = ProjectFiles.load(Path.of("..", "sample-projects", "vogels-abbott-cuba.neuroloom.json"));
        WaitForAsyncUtils.asyncFx(() -> window.project().open(cuba)).get();
        // until paused: the run must not end by itself before Space pauses it
        WaitForAsyncUtils.asyncFx(() -> org.neuroloom.app.run.LiveSimulation.of(window).run().durationMsProperty().set(0))
                .get();
        WaitForAsyncUtils.asyncFx(() -> robot.lookup(focusQuery).query().requestFocus()).get();
        Button run = robot.lookup("#run-pause").queryButton();
        robot.clickOn(run);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "Pause".equals(run.getText()));
        Node focus = window.root().getScene().getFocusOwner();
        assertFalse(focus instanceof TextInputControl, "focus went to " + focus);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Run".equals(run.getText()));
        robot.clickOn("#run-reset");
    }

    @Test
    void afterClickingRunSpacePausesWhenTheFocusWasOnTheSpeedChoice(FxRobot robot) throws Exception {
        // the speed choice is disabled while the network builds; its focus used to fall into the duration field
        runThenSpacePauses(robot, ".run-controls .choice-box");
    }

    @Test
    void afterClickingRunSpacePausesWhenADurationWasBeingTyped(FxRobot robot) throws Exception {
        runThenSpacePauses(robot, "#run-duration");
    }

    /**
     * The run controls take the project's duration, seed and threads when it is opened (the
     * Hodgkin-Huxley lesson's 400 ms of pulses) and when they are edited in the project.
     */
    @Test
    void theRunControlsFollowTheProjectsDurationSeedAndThreads(FxRobot robot) throws Exception {
        Project hh = ProjectFiles.load(Path.of("..", "sample-projects", "hodgkin-huxley.neuroloom.json"));
        WaitForAsyncUtils.asyncFx(() -> window.project().open(hh)).get();
        WaitForAsyncUtils.waitForFxEvents();
        TextInputControl duration = robot.lookup("#run-duration").queryAs(TextInputControl.class);
        Spinner<?> threads = robot.lookup("#run-threads").queryAs(Spinner.class);
        var run = org.neuroloom.app.run.LiveSimulation.of(window).run();
        assertEquals("400", duration.getText());
        assertEquals(400, run.durationMsProperty().get());
        assertEquals("auto", threads.getEditor().getText());

        WaitForAsyncUtils.asyncFx(() -> window.project().edit("simulation", p -> new Project(p.schemaVersion(), p.name(),
                p.description(), new org.neuroloom.model.Simulation(p.simulation().dtMs(), 250, 7, "1"), p.network(),
                p.recording(), p.lesson(), p.notes(), p.views()))).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("250", duration.getText());
        assertEquals(250, run.durationMsProperty().get());
        assertEquals(7, run.seedProperty().get());
        assertEquals("1", threads.getEditor().getText());
        assertEquals(1, run.threadsProperty().get());
    }

    @Test
    void automaticThreadsReadAutoAsInTheProjectFile(FxRobot robot) throws Exception {
        Spinner<?> threads = robot.lookup("#run-threads").queryAs(Spinner.class);
        assertEquals("auto", threads.getEditor().getText());
        WaitForAsyncUtils.asyncFx(() -> threads.increment()).get();
        assertEquals("1", threads.getEditor().getText());
        WaitForAsyncUtils.asyncFx(() -> threads.decrement()).get();
        assertEquals("auto", threads.getEditor().getText());
    }
}
