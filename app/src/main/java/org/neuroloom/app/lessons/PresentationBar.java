package org.neuroloom.app.lessons;

import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.neuroloom.app.run.RunPhase;
import org.neuroloom.app.run.RunViewModel;
import org.neuroloom.app.run.SpeedChoice;

/**
 * The tool bar of presentation mode: Run/Pause, Reset, speed, the lesson's title and Exit, in
 * large type (Reset lesson is in the lesson panel beside it). The full run controls (seed, threads, recording) stay in the normal
 * window.
 */
final class PresentationBar {
    private final HBox box;

    PresentationBar(LessonViewModel lessons, RunViewModel run) {
        Button runPause = new Button("Run");
        runPause.setId("present-run");
        runPause.setTooltip(new Tooltip("Run or pause (Space)"));
        runPause.setMinWidth(Region.USE_PREF_SIZE);
        runPause.setOnAction(e -> run.runPause());
        runPause.textProperty().bind(Bindings.when(run.phaseProperty().isEqualTo(RunPhase.RUNNING))
                .then("Pause").otherwise("Run"));
        Button reset = new Button("Reset");
        reset.setTooltip(new Tooltip("Back to time 0 (R)"));
        reset.setOnAction(e -> run.reset());
        for (Node n : new Node[] {runPause, reset}) {
            n.disableProperty().bind(run.phaseProperty().isEqualTo(RunPhase.BUILDING)
                    .or(run.phaseProperty().isEqualTo(RunPhase.PLAYBACK)));
        }
        ChoiceBox<SpeedChoice> speed = new ChoiceBox<>(FXCollections.observableArrayList(SpeedChoice.all()));
        speed.valueProperty().bindBidirectional(run.speedProperty());
        speed.setTooltip(new Tooltip("Speed relative to real time"));
        Label title = new Label();
        title.textProperty().bind(Bindings.createStringBinding(
                () -> lessons.getLesson() == null ? "" : lessons.getLesson().title(), lessons.lessonProperty()));
        title.getStyleClass().add("presentation-title");
        title.setMinWidth(0);
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        Button exit = new Button("Exit");
        exit.setTooltip(new Tooltip("Leave presentation mode (Esc)"));
        exit.setOnAction(e -> lessons.setPresenting(false));
        Label speedLabel = new Label("Speed");
        box = new HBox(10, runPause, reset, speedLabel, speed, title, exit);
        for (Node n : box.getChildren()) {
            if (n != title && n instanceof Region r) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        box.getStyleClass().add("presentation-bar");
    }

    Node node() {
        return box;
    }
}
