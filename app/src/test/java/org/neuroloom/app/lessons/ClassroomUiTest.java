package org.neuroloom.app.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neuroloom.app.NeuroLoomApp;
import org.neuroloom.app.main.MainWindow;
import org.neuroloom.model.CanvasPosition;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.robot.MouseRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A teacher in front of a class, headless (TestFX + Monocle): start page, lesson panel, teach and presentation modes. */
@ExtendWith(ApplicationExtension.class)
class ClassroomUiTest {

    @TempDir
    static Path dir;

    private final Preferences prefs = Preferences.userRoot().node("neuroloom-test/" + UUID.randomUUID());
    private MainWindow window;
    private Classroom classroom;

    @BeforeAll
    static void samplesFromTheRepository() {
        // the launcher sets the home; tests run in the app module, the samples are one level up
        System.setProperty("neuroloom.home", "..");
    }

    @Start
    void start(Stage stage) {
        window = NeuroLoomApp.createWindow(stage, prefs, dir.resolve("autosave-" + UUID.randomUUID()));
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
        classroom = Classroom.of(window);
    }

    @AfterEach
    void forgetPrefs() throws BackingStoreException {
        prefs.removeNode();
    }

    private static void click(FxRobot robot, Node n) {
        MouseRobot mouse = robot.robotContext().getMouseRobot();
        mouse.move(n.localToScreen(n.getBoundsInLocal().getCenterX(), n.getBoundsInLocal().getCenterY()));
        mouse.press(MouseButton.PRIMARY);
        mouse.release(MouseButton.PRIMARY);
    }

    private Point2D screenOf(CanvasPosition p) {
        Point2D local = window.canvas().viewport().toScreen(p.x(), p.y());
        return window.canvas().localToScreen(local.getX(), local.getY());
    }

    private void open(String sample) {
        robotRun(() -> assertTrue(classroom.openSample(sample)));
    }

    private static void robotRun(Runnable r) {
        WaitForAsyncUtils.asyncFx(r);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theStartPageShowsEverySampleAndAClickOpensItsLessonBesideTheCanvas(FxRobot robot) {
        robotRun(classroom::showStartPage);
        assertEquals(classroom.catalog().samples().size(), robot.lookup(".sample-card").queryAll().size());
        assertTrue(classroom.catalog().samples().size() >= 19);
        click(robot, robot.lookup("#sample-winner-take-all").query());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(classroom.startPageShowing());
        assertEquals("Winner take all", window.project().getProject().name());
        assertTrue(window.workArea().getItems().stream().anyMatch(n -> "lesson-panel".equals(n.getId())));
        assertTrue(robot.lookup(".lesson-title").queryAll().stream()
                .anyMatch(n -> ((Label) n).getText().startsWith("Winner take all")));
        assertEquals("Raster", window.liveViewArea().getSelectionModel().getSelectedItem().getText(),
                "the sample's first view is selected");
    }

    @Test
    void inTeachModeADragOnTheCanvasMovesNothingButParametersStillChange(FxRobot robot) {
        open("winner-take-all");
        click(robot, robot.lookup("#teach-toggle").query());
        assertTrue(classroom.lessons().isTeach());
        CanvasPosition a = window.project().getProject().network().population("A").orElseThrow().position();
        Point2D from = screenOf(a);
        MouseRobot mouse = robot.robotContext().getMouseRobot();
        mouse.move(from);
        mouse.press(MouseButton.PRIMARY);
        mouse.move(from.add(60, 40));
        mouse.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(a, window.project().getProject().network().population("A").orElseThrow().position());
        assertEquals(StructureLock.REFUSAL, window.project().noticeProperty().get());
        robot.type(KeyCode.DELETE);
        assertTrue(window.project().getProject().network().population("A").isPresent(), "Delete refused too");

        robotRun(() -> window.project().replace(window.project().getProject().network().population("A").orElseThrow()
                .withSize(120), "size"));
        assertEquals(120, window.project().getProject().network().population("A").orElseThrow().size());
    }

    @Test
    void presentationModeKeepsOnlyCanvasViewsAndLessonAndEscRestoresTheWindow(FxRobot robot) {
        open("central-pattern-generator");
        int items = window.workArea().getItems().size();
        click(robot, robot.lookup("#present-toggle").query());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(classroom.lessons().isPresenting());
        assertEquals(2, window.workArea().getItems().size(), "canvas and views | lesson");
        assertFalse(window.menuBar().isVisible());
        assertFalse(window.toolBar().isVisible());
        assertTrue(robot.lookup(".presentation-bar").tryQuery().isPresent());
        assertTrue(window.stage().getScene().getStylesheets().stream().anyMatch(s -> s.endsWith(PresentationMode.SHEET)));

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(classroom.lessons().isPresenting());
        assertEquals(items, window.workArea().getItems().size());
        assertTrue(window.menuBar().isVisible());
        assertTrue(window.toolBar().isVisible());
        assertFalse(robot.lookup(".presentation-bar").tryQuery().isPresent());
        assertFalse(window.stage().getScene().getStylesheets().stream().anyMatch(s -> s.endsWith(PresentationMode.SHEET)));
    }

    /**
     * A project opened as a file (File > Open, the command line), not from the lesson picker,
     * still shows its views once built: the Hodgkin-Huxley lesson's 400 ms raster window and
     * the four variables it records as trace lanes.
     */
    @Test
    void aProjectOpenedAsAFileShowsItsRecordedTracesOnceBuilt(FxRobot robot) throws Exception {
        Path file = Path.of("..", "sample-projects", "hodgkin-huxley.neuroloom.json");
        robotRun(() -> window.documents().load(file));
        var live = org.neuroloom.app.run.LiveSimulation.of(window);
        robotRun(() -> live.run().build());
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                () -> live.run().getPhase() == org.neuroloom.app.run.RunPhase.PAUSED);
        WaitForAsyncUtils.waitForFxEvents();
        var channels = live.hub().models().traces().channels();
        assertEquals(java.util.List.of("v", "m", "h", "n"),
                channels.stream().map(org.neuroloom.app.views.TraceChannel::variable).toList());
        assertEquals(400, live.hub().models().raster().windowMs(), 1e-9);
        assertEquals(400, live.hub().models().traces().windowMs(), 1e-9);
        // each view shows the window in its choice once it draws (hidden views do not draw)
        for (String view : new String[] {"Traces", "Raster"}) {
            robotRun(() -> window.liveViewArea().getTabs().stream().filter(t -> t.getText().equals(view)).findFirst()
                    .ifPresent(t -> window.liveViewArea().getSelectionModel().select(t)));
            robotRun(() -> live.hub().frame());
            String box = view.equals("Raster") ? "#raster-window" : "#trace-window";
            var choice = robot.lookup(box).queryAs(javafx.scene.control.ComboBox.class);
            assertEquals("0.4 s", choice.getValue(), box);
            assertEquals("0.4 s", choice.getEditor().getText(), box + " shows it");
        }
    }

    @Test
    void resetLessonReturnsTheEditedSampleToItsStart(FxRobot robot) {
        open("hello-neuron");
        var start = window.project().getProject();
        robotRun(() -> window.project().delete(Set.of("current")));
        assertFalse(window.project().getProject().network().population("current").isPresent());
        click(robot, robot.lookup("#reset-lesson").query());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(start, window.project().getProject());
        assertEquals(null, window.documents().getFile(), "a sample opens untitled, so Save never overwrites it");
    }
}
