package org.neuroloom.app.playback;

import java.io.IOException;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import org.neuroloom.app.run.RunViewModel;
import org.neuroloom.app.views.Axes;
import org.neuroloom.app.views.LiveViewHub;

/**
 * Playback controls: open a recording, play/pause, a timeline to scrub, speed, jump to a
 * time, and back to live. While a recording plays, the run controls step aside.
 */
public final class PlaybackBar {
    private static final double[] SPEEDS = {0.1, 0.5, 1, 2, 10};

    private final LiveViewHub hub;
    private final RunViewModel run;
    private final Button open = new Button("Open recording…");
    private final Button playPause = new Button("Play");
    private final Slider timeline = new Slider(0, 1, 0);
    private final Label time = new Label();
    private final ChoiceBox<String> speed = new ChoiceBox<>(FXCollections.observableArrayList("×0.1", "×0.5", "×1", "×2", "×10"));
    private final TextField jump = new TextField();
    private final Button live = new Button("Back to live");
    private final HBox controls;
    private final HBox box;
    private PlaybackSource source;

    public PlaybackBar(LiveViewHub hub, RunViewModel run) {
        this.hub = hub;
        this.run = run;
        open.setTooltip(new Tooltip("Play a recorded run without simulating"));
        open.setOnAction(e -> choose());
        playPause.setId("playback-play");
        playPause.setOnAction(e -> togglePlay());
        timeline.setId("playback-timeline");
        timeline.setPrefWidth(320);
        timeline.valueChangingProperty().addListener((o, was, changing) -> {
            if (!changing) {
                seek(timeline.getValue());
            }
        });
        timeline.setOnMouseReleased(e -> seek(timeline.getValue()));
        speed.setValue("×1");
        speed.setOnAction(e -> {
            if (source != null) {
                source.setSpeed(SPEEDS[speed.getSelectionModel().getSelectedIndex()]);
            }
        });
        jump.setPromptText("jump to ms");
        jump.setPrefColumnCount(6);
        jump.setOnAction(e -> {
            try {
                seek(Double.parseDouble(jump.getText().trim()));
            } catch (NumberFormatException ex) {
                run.messageProperty().set("Jump: not a time in ms: " + jump.getText());
            }
        });
        live.setOnAction(e -> leave());
        time.setMinWidth(150);
        controls = new HBox(6, playPause, timeline, time, speed, jump, live);
        controls.setVisible(false);
        controls.managedProperty().bind(controls.visibleProperty());
        box = new HBox(6, open, controls);
        box.setStyle("-fx-alignment: center-left;");
        hub.addFrameListener(this::frame);
    }

    public Node node() {
        return box;
    }

    /** Opens {@code file} and shows it from the start, paused. */
    public void open(java.nio.file.Path file) throws IOException {
        RecordingFile rec = RecordingFile.open(file);
        run.enterPlayback();
        source = new PlaybackSource(rec);
        source.seekMs(0);
        source.setSpeed(SPEEDS[Math.max(0, speed.getSelectionModel().getSelectedIndex())]);
        timeline.setMax(Math.max(1, source.durationMs()));
        timeline.setValue(0);
        hub.setSource(source);
        controls.setVisible(true);
        run.messageProperty().set(String.format(Locale.ROOT, "Playing %s: %s, %s%s", file.getFileName(),
                rec.header().projectName(), Axes.time(source.durationMs()), rec.complete() ? "" : " (cut short)"));
    }

    /** The playback in progress, or null. */
    public PlaybackSource source() {
        return source;
    }

    private void choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a recording");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("NeuroLoom recordings", "*" + RecordingFormat.SUFFIX));
        var f = chooser.showOpenDialog(box.getScene().getWindow());
        if (f != null) {
            try {
                open(f.toPath());
            } catch (IOException ex) {
                run.messageProperty().set(ex.getMessage());
            }
        }
    }

    private void togglePlay() {
        if (source == null) {
            return;
        }
        if (source.playing()) {
            source.pause();
        } else {
            source.play();
        }
    }

    private void seek(double ms) {
        if (source != null) {
            source.seekMs(ms);
        }
    }

    private void leave() {
        if (hub.source() == source) {
            hub.setSource(null);
        }
        source = null;
        controls.setVisible(false);
        run.closeRun();
    }

    private void frame() {
        if (source == null || hub.source() != source) {
            if (source != null) {
                source = null;
                controls.setVisible(false);
            }
            return;
        }
        playPause.setText(source.playing() ? "Pause" : "Play");
        if (!timeline.isValueChanging()) {
            timeline.setValue(source.positionMs());
        }
        time.setText(Axes.time(source.positionMs()) + " / " + Axes.time(source.durationMs()));
    }
}
