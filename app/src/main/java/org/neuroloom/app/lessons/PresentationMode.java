package org.neuroloom.app.lessons;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.neuroloom.app.main.MainWindow;

/**
 * Presentation mode for a projector: full screen, large type and thick lines in high contrast
 * ({@code presentation.css}), only the canvas, the live views and the lesson (no palette, no
 * inspector, no menu), the tool bar cut down to the run controls. Keys: Space runs or pauses,
 * R resets the run to time 0, Shift+R resets the lesson, Esc or F5 leaves.
 */
final class PresentationMode {
    static final String SHEET = "presentation.css";
    static final String LESSON_SHEET = "lessons.css";

    private final MainWindow w;
    private final LessonViewModel vm;
    private final Runnable resetRun;
    private final Node bar;
    private Node palette;
    private Node inspector;
    private double[] dividers;
    private javafx.geometry.Rectangle2D windowBounds;
    private double[] centreDividers;
    private boolean repairQueued;

    /**
     * @param w        the window
     * @param vm       classroom state
     * @param run      the window's run controls, or null without live simulation
     */
    PresentationMode(MainWindow w, LessonViewModel vm, org.neuroloom.app.run.RunViewModel run) {
        this.w = w;
        this.vm = vm;
        this.resetRun = run == null ? () -> { } : run::reset;
        this.bar = run == null ? w.runControls() : new PresentationBar(vm, run).node();
        vm.presentingProperty().addListener((o, was, on) -> {
            if (on) {
                enter();
            } else {
                leave();
            }
        });
        w.stage().fullScreenProperty().addListener((o, was, full) -> {
            if (!full && vm.isPresenting()) {
                vm.setPresenting(false);
            }
        });
        // follow this window's own root, not the stage: a stage may later show another window's scene
        w.root().sceneProperty().addListener((o, a, scene) -> installOn(scene));
        installOn(w.root().getScene());
    }

    private void installOn(Scene scene) {
        if (scene == null) {
            return;
        }
        // the theme switch replaces the scene's sheets: put ours back, after the change is complete
        scene.getStylesheets().addListener((ListChangeListener<String>) c -> {
            if (!repairQueued) {
                repairQueued = true;
                javafx.application.Platform.runLater(() -> {
                    repairQueued = false;
                    ensureSheets(scene);
                });
            }
        });
        ensureSheets(scene);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!vm.isPresenting() || scene.getFocusOwner() instanceof TextInputControl) {
                return;
            }
            if (e.getCode() == KeyCode.R && e.isShiftDown()) {
                vm.resetLesson();
            } else if (e.getCode() == KeyCode.R) {
                resetRun.run();
            } else if (e.getCode() == KeyCode.F5 || e.getCode() == KeyCode.ESCAPE) {
                vm.setPresenting(false);
            } else {
                return;
            }
            e.consume();
        });
    }

    private void ensureSheets(Scene scene) {
        String lessons = url(LESSON_SHEET);
        String presentation = url(SHEET);
        if (!scene.getStylesheets().contains(lessons)) {
            scene.getStylesheets().add(lessons);
        }
        boolean has = scene.getStylesheets().contains(presentation);
        if (vm.isPresenting() && !has) {
            scene.getStylesheets().add(presentation);
        } else if (!vm.isPresenting() && has) {
            scene.getStylesheets().remove(presentation);
        }
    }

    private static String url(String name) {
        return PresentationMode.class.getResource(name).toExternalForm();
    }

    private void enter() {
        vm.setPanelShown(true);
        SplitPane work = w.workArea();
        dividers = work.getDividerPositions();
        palette = work.getItems().get(0);
        inspector = work.getItems().get(work.getItems().size() - 1);
        work.getItems().removeAll(palette, inspector);
        // the presentation bar takes the tool bar's place (a tool bar would push it into its overflow menu)
        if (w.toolBar().getParent() instanceof javafx.scene.layout.Pane top) {
            top.getChildren().add(top.getChildren().indexOf(w.toolBar()) + 1, bar);
        }
        w.toolBar().setVisible(false);
        w.toolBar().setManaged(false);
        centre().ifPresent(c -> centreDividers = c.getDividerPositions());
        w.menuBar().setVisible(false);
        w.menuBar().setManaged(false);
        w.root().getStyleClass().add("presenting");
        w.stage().setFullScreenExitHint("Presentation mode: Space runs or pauses, R resets the run, Shift+R the lesson, "
                + "Esc leaves");
        w.stage().setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        // also cover the screen by size: without a window manager full screen may not take effect
        Stage stage = w.stage();
        windowBounds = new javafx.geometry.Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getScreensForRectangle(windowBounds).stream().findFirst()
                .orElse(javafx.stage.Screen.getPrimary()).getBounds();
        stage.setX(screen.getMinX());
        stage.setY(screen.getMinY());
        stage.setWidth(screen.getWidth());
        stage.setHeight(screen.getHeight());
        stage.setFullScreen(true);
        Scene scene = w.root().getScene();
        if (scene != null) {
            ensureSheets(scene);
        }
        Classroom.arrange(work);
        // once the window has taken the screen (a few pulses later): the live views get the lower half
        javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(javafx.util.Duration.millis(300));
        settle.setOnFinished(e -> {
            if (vm.isPresenting()) {
                centre().ifPresent(c -> c.setDividerPositions(0.45));
                Classroom.arrange(work);
                w.canvas().requestFit();
            }
        });
        settle.play();
    }

    /** The canvas over live views split inside the work area. */
    private java.util.Optional<SplitPane> centre() {
        return w.workArea().getItems().stream().filter(n -> n instanceof SplitPane sp
                && sp.getOrientation() == javafx.geometry.Orientation.VERTICAL).map(SplitPane.class::cast).findFirst();
    }

    private void leave() {
        SplitPane work = w.workArea();
        if (palette != null) {
            work.getItems().add(0, palette);
            work.getItems().add(inspector);
            palette = null;
            inspector = null;
        }
        if (bar.getParent() instanceof javafx.scene.layout.Pane top) {
            top.getChildren().remove(bar);
        }
        w.toolBar().setVisible(true);
        w.toolBar().setManaged(true);
        if (centreDividers != null) {
            double[] d = centreDividers;
            centre().ifPresent(c -> c.setDividerPositions(d));
            centreDividers = null;
        }
        w.menuBar().setVisible(true);
        w.menuBar().setManaged(true);
        w.root().getStyleClass().remove("presenting");
        if (w.stage().isFullScreen()) {
            w.stage().setFullScreen(false);
        }
        if (windowBounds != null) {
            w.stage().setX(windowBounds.getMinX());
            w.stage().setY(windowBounds.getMinY());
            w.stage().setWidth(windowBounds.getWidth());
            w.stage().setHeight(windowBounds.getHeight());
            windowBounds = null;
        }
        Scene scene = w.root().getScene();
        if (scene != null) {
            ensureSheets(scene);
        }
        Classroom.arrange(work);
        if (dividers != null && dividers.length == work.getDividers().size()) {
            work.setDividerPositions(dividers);
        }
    }
}
