package org.neuroloom.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neuroloom.app.NeuroLoomApp;
import org.neuroloom.app.editor.ProjectViewModel;
import org.neuroloom.app.editor.canvas.CanvasView;
import org.neuroloom.app.editor.canvas.NodeGeometry;
import org.neuroloom.app.editor.inspector.InspectorView;
import org.neuroloom.app.main.MainWindow;
import org.neuroloom.model.Population;
import org.neuroloom.model.Project;
import org.neuroloom.model.io.ProjectFiles;
import org.neuroloom.model.neuron.Lif;
import org.testfx.api.FxRobot;
import org.testfx.robot.MouseRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A person using the editor, headless (TestFX + Monocle): drag, connect, edit, undo, save, open. */
@ExtendWith(ApplicationExtension.class)
class EditorUiTest {


    @TempDir
    Path dir;

    private final Preferences prefs = Preferences.userRoot().node("neuroloom-test/" + UUID.randomUUID());
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = NeuroLoomApp.createWindow(stage, prefs, dir.resolve("autosave"));
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
    }

    @AfterEach
    void forgetPrefs() throws BackingStoreException {
        prefs.removeNode();
    }

    private ProjectViewModel vm() {
        return window.project();
    }

    private CanvasView canvas() {
        return window.canvas();
    }

    /** Screen point of a canvas (model) point. */
    private Point2D screenOf(double wx, double wy) {
        Point2D local = canvas().viewport().toScreen(wx, wy);
        return canvas().localToScreen(local.getX(), local.getY());
    }

    private Point2D canvasCentre() {
        return canvas().localToScreen(canvas().getWidth() / 2, canvas().getHeight() / 2);
    }

    private Point2D paletteItem(FxRobot robot, String text) {
        Node n = robot.lookup(".palette-item").match((Label l) -> l.getText().equals(text)).query();
        return n.localToScreen(n.getBoundsInLocal().getCenterX(), n.getBoundsInLocal().getCenterY());
    }

    /**
     * Presses at {@code from}, moves to {@code to} in a few steps and releases, like a hand, then
     * waits once for the FX thread. (The robot's own drag moves in up to 200 steps, and every
     * robot action waits for the FX thread by itself, several rounds of 10 ms each: in this big
     * scene most of a test's time went into those waits.)
     */
    private static void drag(FxRobot robot, Point2D from, Point2D to) {
        MouseRobot mouse = robot.robotContext().getMouseRobot();
        mouse.moveNoWait(from);
        mouse.pressNoWait(MouseButton.PRIMARY);
        int steps = 6;
        for (int i = 1; i <= steps; i++) {
            mouse.moveNoWait(from.add(to.subtract(from).multiply((double) i / steps)));
        }
        mouse.releaseNoWait(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks the middle of the (visible) node showing {@code text}. */
    private static void clickText(FxRobot robot, String text) {
        Node n = robot.lookup(org.testfx.matcher.control.LabeledMatchers.hasText(text)).match(Node::isVisible).query();
        click(robot, n.localToScreen(n.getBoundsInLocal().getCenterX(), n.getBoundsInLocal().getCenterY()));
    }

    private static void click(FxRobot robot, Point2D at) {
        MouseRobot mouse = robot.robotContext().getMouseRobot();
        mouse.moveNoWait(at);
        mouse.pressNoWait(MouseButton.PRIMARY);
        mouse.releaseNoWait(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Population population(String id) {
        return vm().getProject().network().population(id).orElseThrow();
    }

    @Test
    void draggingAPaletteItemOntoTheCanvasAddsAPopulationWhereItWasDropped(FxRobot robot) {
        Point2D target = canvasCentre().add(-120, 40);
        drag(robot, paletteItem(robot, "Leaky integrate-and-fire"), target);
        Population p = population("exc");
        Point2D at = screenOf(p.position().x(), p.position().y());
        assertEquals(target.getX(), at.getX(), 2.0);
        assertEquals(target.getY(), at.getY(), 2.0);
        assertEquals(100, p.size());
        assertEquals("Undo Add exc", vm().commands().undoTextProperty().get());

        drag(robot, paletteItem(robot, "Poisson spikes"), canvasCentre());
        assertEquals(List.of("exc", "poisson"), vm().getProject().network().populations().stream().map(Population::id).toList());
        assertTrue(window.documents().titleBinding().get().startsWith("*"));
    }

    @Test
    void draggingFromAPortToAnotherNodeConnectsThemAndCtrlZUndoes(FxRobot robot) {
        drag(robot, paletteItem(robot, "Poisson spikes"), canvasCentre().add(-200, 0));
        drag(robot, paletteItem(robot, "Leaky integrate-and-fire"), canvasCentre().add(150, 0));
        Population src = population("poisson");
        Population dst = population("exc");
        Point2D port = screenOf(src.position().x() + NodeGeometry.radius(src), src.position().y());
        drag(robot, port, screenOf(dst.position().x(), dst.position().y()));
        assertTrue(vm().getProject().network().projection("poisson_exc").isPresent(),
                vm().getProject().network().projections().toString());
        assertTrue(robot.lookup("#edge-poisson_exc").tryQuery().isPresent());

        click(robot, canvasCentre().add(0, 200));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertTrue(vm().getProject().network().projections().isEmpty());
    }

    @Test
    void editingAParameterInTheInspectorCanBeUndoneFromTheEditMenu(FxRobot robot) {
        drag(robot, paletteItem(robot, "Leaky integrate-and-fire"), canvasCentre());
        click(robot, canvasCentre());
        TextField tau = robot.lookup("#" + InspectorView.editorId("model.tauMs")).queryAs(TextField.class);
        robot.doubleClickOn(tau).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("15").type(KeyCode.ENTER);
        assertEquals(15.0, ((Lif) population("exc").model()).tauMs());

        clickText(robot, "Edit");
        clickText(robot, "Undo Change tau_m");
        assertEquals(10.0, ((Lif) population("exc").model()).tauMs());
        assertEquals("10", tau.getText());
    }

    @Test
    void anInvalidValueIsRefusedWithItsReasonNextToTheField(FxRobot robot) {
        drag(robot, paletteItem(robot, "Leaky integrate-and-fire"), canvasCentre());
        click(robot, canvasCentre());
        Project before = vm().getProject();
        TextField tau = robot.lookup("#" + InspectorView.editorId("model.tauMs")).queryAs(TextField.class);
        robot.doubleClickOn(tau).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("-5").type(KeyCode.ENTER);
        Label message = robot.lookup("#" + InspectorView.messageId("model.tauMs")).queryAs(Label.class);
        assertTrue(message.isVisible());
        assertEquals("-5 is out of range (allowed: > 0 and <= 10000 ms)", message.getText());
        assertEquals(before, vm().getProject());
        assertFalse(vm().commands().undoTextProperty().get().contains("tau_m"));
    }

    @Test
    void savingAndReopeningGivesAnEqualProject(FxRobot robot) throws Exception {
        drag(robot, paletteItem(robot, "Poisson spikes"), canvasCentre().add(-200, 0));
        drag(robot, paletteItem(robot, "Fast spiking (FS)"), canvasCentre().add(150, 0));
        robot.interact(() -> vm().connect("poisson", "fs"));
        Path file = dir.resolve("drawn.neuroloom.json");
        robot.interact(() -> window.documents().saveTo(file));
        Project saved = vm().getProject();
        assertFalse(window.documents().titleBinding().get().startsWith("*"));

        robot.interact(() -> window.documents().newProject());
        assertTrue(vm().getProject().network().populations().isEmpty());
        robot.interact(() -> window.documents().open(file));
        assertEquals(saved, vm().getProject());
        assertEquals(ProjectFiles.load(file), saved);
        assertTrue(robot.lookup("#node-fs").tryQuery().isPresent());
    }

    @Test
    void openingABrokenFileListsItsProblemsAndKeepsTheOpenProject(FxRobot robot) throws Exception {
        drag(robot, paletteItem(robot, "Leaky integrate-and-fire"), canvasCentre());
        Project open = vm().getProject();
        Path broken = dir.resolve("broken.neuroloom.json");
        Files.writeString(broken, ProjectFiles.write(open).replaceFirst("\"size\"\\s*:\\s*100", "\"size\": -3")
                .replaceFirst("\"tauMs\"\\s*:\\s*10", "\"tauMs\": -1"));

        Platform.runLater(() -> window.documents().open(broken));
        WaitForAsyncUtils.waitForFxEvents();
        clickText(robot, "Don't Save");
        ListView<?> list = robot.lookup(".problem-list").queryAs(ListView.class);
        List<String> items = list.getItems().stream().map(Object::toString).toList();
        assertTrue(items.stream().anyMatch(s -> s.startsWith("$.network.populations[0].size")), items.toString());
        assertTrue(items.stream().anyMatch(s -> s.startsWith("$.network.populations[0].model.tauMs")), items.toString());
        clickText(robot, "OK");
        assertEquals(open, vm().getProject());
    }

    @Test
    void shiftDragSelectsAnAreaThenCtrlDDuplicatesAndDeleteRemoves(FxRobot robot) {
        Project two = Project.empty("two").withNetwork(new org.neuroloom.model.Network(List.of(
                new Population("a", null, 10, Lif.defaults(), null, null, new org.neuroloom.model.CanvasPosition(-150, 0)),
                new Population("b", null, 10, Lif.defaults(), null, null, new org.neuroloom.model.CanvasPosition(150, 0)),
                new Population("far", null, 10, Lif.defaults(), null, null, new org.neuroloom.model.CanvasPosition(0, 400))),
                List.of(), List.of()));
        robot.interact(() -> vm().open(two));
        robot.interact(() -> canvas().viewport().centreOn(0, 0, canvas().getWidth(), canvas().getHeight()));
        robot.press(KeyCode.SHIFT);
        drag(robot, screenOf(-250, -100), screenOf(250, 100));
        robot.release(KeyCode.SHIFT);
        assertEquals(java.util.Set.of("a", "b"), vm().selection());

        robot.press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
        assertEquals(java.util.Set.of("a2", "b2"), vm().selection());
        assertEquals(5, vm().getProject().network().populations().size());
        robot.type(KeyCode.DELETE);
        assertEquals(3, vm().getProject().network().populations().size());
        assertEquals("Undo Delete 2 elements", vm().commands().undoTextProperty().get());
    }
}
