package org.neuroloom.app.run;

import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import org.neuroloom.app.views.Axes;

/**
 * Run controls for the main window's toolbar: Run/Pause (Space), Step (one dt), Step 1 ms,
 * Reset, speed, duration, seed, threads, Record, and the build progress with Cancel.
 */
public final class RunToolbar {
    private final RunViewModel vm;
    private final Button runPause = new Button("Run");
    private final HBox box;

    public RunToolbar(RunViewModel vm) {
        this.vm = vm;
        runPause.setId("run-pause");
        runPause.setTooltip(new Tooltip("Run or pause (Space)"));
        runPause.setOnAction(e -> {
            leaveFields();
            vm.runPause();
        });
        runPause.setMinWidth(64);
        Button step = new Button("Step");
        step.setId("run-step");
        step.setTooltip(new Tooltip("Advance one time step"));
        step.setOnAction(e -> vm.step(1));
        Button stepMs = new Button("+1 ms");
        stepMs.setTooltip(new Tooltip("Advance one millisecond"));
        stepMs.setOnAction(e -> vm.stepMs());
        Button reset = new Button("Reset");
        reset.setId("run-reset");
        reset.setTooltip(new Tooltip("Back to time 0 (rebuilds when the seed changed)"));
        reset.setOnAction(e -> vm.reset());
        ChoiceBox<SpeedChoice> speed = new ChoiceBox<>(FXCollections.observableArrayList(SpeedChoice.all()));
        speed.valueProperty().bindBidirectional(vm.speedProperty());
        speed.setTooltip(new Tooltip("Speed relative to real time"));
        TextField duration = number(Axes.plain(vm.durationMsProperty().get()),
                "Run for this many ms (0: until paused); follows the project's duration", 5);
        duration.setId("run-duration");
        vm.durationMsProperty().addListener((o, a, d) -> duration.setText(Axes.plain(d.doubleValue())));
        duration.setOnAction(e -> vm.durationMsProperty().set(parse(duration, vm.durationMsProperty().get())));
        duration.focusedProperty().addListener((o, a, f) -> vm.durationMsProperty().set(parse(duration, vm.durationMsProperty().get())));
        TextField seed = number(Long.toString(vm.seedProperty().get()), "Random seed (applies at the next build or reset)", 6);
        seed.setOnAction(e -> vm.seedProperty().set((long) parse(seed, vm.seedProperty().get())));
        vm.seedProperty().addListener((o, a, s) -> seed.setText(Long.toString(s.longValue())));
        Spinner<Integer> threads = new Spinner<>(0, Runtime.getRuntime().availableProcessors() * 2, 0);
        threads.setPrefWidth(76);
        threads.setId("run-threads");
        threads.getValueFactory().setConverter(new ThreadsConverter());
        threads.setTooltip(new Tooltip("Worker threads (auto: the engine chooses); applies at the next build"));
        threads.getValueFactory().setValue(vm.threadsProperty().get());
        threads.valueProperty().addListener((o, a, n) -> vm.threadsProperty().set(n));
        vm.threadsProperty().addListener((o, a, n) -> threads.getValueFactory().setValue(n));
        ToggleButton record = new ToggleButton("Record");
        record.setTooltip(new Tooltip("Record spikes, traces and weights to a file"));
        record.selectedProperty().addListener((o, was, on) -> {
            if (on && !vm.recordingProperty().get()) {
                FileChooser chooser = new FileChooser();
                chooser.setInitialFileName("run.nlrec");
                var f = chooser.showSaveDialog(record.getScene().getWindow());
                if (f == null) {
                    record.setSelected(false);
                } else {
                    vm.startRecording(f.toPath());
                }
            } else if (!on) {
                vm.stopRecording();
            }
        });
        vm.recordingProperty().addListener((o, was, on) -> record.setSelected(on));
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(vm.buildProgressProperty());
        Button cancel = new Button("Cancel");
        cancel.setOnAction(e -> vm.cancelBuild());
        HBox building = new HBox(4, progress, cancel);
        building.visibleProperty().bind(vm.phaseProperty().isEqualTo(RunPhase.BUILDING));
        building.managedProperty().bind(building.visibleProperty());
        runPause.textProperty().bind(Bindings.when(vm.phaseProperty().isEqualTo(RunPhase.RUNNING)).then("Pause").otherwise("Run"));
        for (Node n : new Node[] {runPause, step, stepMs, reset, speed, duration, seed, threads, record}) {
            // The run controls are for the mouse and Space. Focus on them would move when Run
            // disables them for the build, on to the duration field, where Space types a blank
            // instead of pausing; so they never take it from the keyboard, clicking a button does
            // not take it, and Run moves it out of a field that was being edited.
            n.setFocusTraversable(false);
        }
        for (Node n : new Node[] {runPause, step, stepMs, reset, speed, record}) {
            n.disableProperty().bind(vm.phaseProperty().isEqualTo(RunPhase.BUILDING).or(vm.phaseProperty().isEqualTo(RunPhase.PLAYBACK)));
        }
        box = new HBox(6, runPause, step, stepMs, reset, new Label("Speed"), speed, new Label("Duration ms"), duration,
                new Label("Seed"), seed, new Label("Threads"), threads, record, building);
        box.setStyle("-fx-alignment: center-left;");
    }

    private static TextField number(String text, String tip, int columns) {
        TextField f = new TextField(text);
        f.setPrefColumnCount(columns);
        f.setTooltip(new Tooltip(tip));
        return f;
    }

    private static double parse(TextField f, double fallback) {
        try {
            double v = Double.parseDouble(f.getText().trim());
            if (v >= 0 && Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        f.setText(Axes.plain(fallback));
        return fallback;
    }

    public Node node() {
        return box;
    }

    /** Moves the focus off a run-control text field (committing its value) so Space pauses again. */
    private void leaveFields() {
        var scene = box.getScene();
        if (scene != null && box.isFocusWithin() && scene.getFocusOwner() instanceof TextInputControl) {
            scene.getRoot().requestFocus();
        }
    }

    /** Space runs or pauses anywhere in {@code scene}, except while typing in a text field. */
    public void installShortcut(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.SPACE && !(scene.getFocusOwner() instanceof TextInputControl) && !runPause.isDisabled()) {
                vm.runPause();
                e.consume();
            }
        });
    }

    /** Shows 0 threads as "auto", the project file's word for it, and reads it back. */
    static final class ThreadsConverter extends javafx.util.StringConverter<Integer> {
        @Override
        public String toString(Integer n) {
            return n == null || n == 0 ? "auto" : Integer.toString(n);
        }

        @Override
        public Integer fromString(String text) {
            String t = text == null ? "" : text.trim();
            if (t.isEmpty() || t.equalsIgnoreCase("auto")) {
                return 0;
            }
            try {
                return Math.max(0, Integer.parseInt(t));
            } catch (NumberFormatException e) {
                return 0;
            }
        }
    }
}
