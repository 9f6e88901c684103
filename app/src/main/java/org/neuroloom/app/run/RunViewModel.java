package org.neuroloom.app.run;

import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.neuroloom.app.views.LiveViewHub;
import org.neuroloom.engine.EngineOptions;
import org.neuroloom.engine.ModelException;
import org.neuroloom.engine.control.ControlCommand;
import org.neuroloom.engine.control.RunState;
import org.neuroloom.engine.control.RunStatus;
import org.neuroloom.model.Project;

/**
 * The run controls' logic: build (on a background thread, with progress and cancel), run and
 * pause, step, reset, speed, duration, seed and threads, and the status line. Properties are
 * JavaFX beans (no toolkit needed); results of background work reach them through the
 * {@code ui} executor ({@code Platform::runLater} in the app).
 */
public final class RunViewModel {
    private final LiveViewHub hub;
    private final Supplier<Project> project;
    private final Executor ui;
    private final ReadOnlyObjectWrapper<RunPhase> phase = new ReadOnlyObjectWrapper<>(RunPhase.IDLE);
    private final ObjectProperty<SpeedChoice> speed = new SimpleObjectProperty<>(SpeedChoice.X1);
    private final DoubleProperty durationMs = new SimpleDoubleProperty(0);
    private final LongProperty seed = new SimpleLongProperty(1);
    private final ObjectProperty<Integer> threads = new SimpleObjectProperty<>(0);
    private final DoubleProperty buildProgress = new SimpleDoubleProperty(0);
    private final StringProperty buildStage = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty recording = new SimpleBooleanProperty(false);
    private final BooleanProperty allSourceSpikes = new SimpleBooleanProperty(false);
    private final RunStatusLine statusLine = new RunStatusLine();
    private LiveRun run;
    private Project applied;
    private boolean rebuildWhenPaused;
    private boolean pausedMidRun;
    private AtomicBoolean cancelBuild;
    private Runnable afterBuild = () -> { };

    /**
     * @param hub     the live views' frame loop; the run becomes its source
     * @param project the project to build (read when a build starts)
     * @param ui      runs results of background work on the UI thread
     */
    public RunViewModel(LiveViewHub hub, Supplier<Project> project, Executor ui) {
        this.hub = hub;
        this.project = project;
        this.ui = ui;
        speed.addListener((o, a, s) -> {
            send(new ControlCommand.SetSpeed(s.speed()));
            hub.setThrottled(s == SpeedChoice.MAX);
        });
        hub.addFrameListener(this::frame);
        followProject(null, project.get());
        allSourceSpikes.addListener((o, a, on) -> {
            if (run != null) {
                run.setAllSourceSpikes(on);
            }
        });
    }

    /** Builds the current project in the background; the phase says when it is ready. */
    public void build() {
        build(() -> { });
    }

    /** Builds, then runs {@code then} on the UI thread once built. */
    public void build(Runnable then) {
        if (phase.get() == RunPhase.BUILDING) {
            return;
        }
        closeRun();
        Project p = project.get();
        AtomicBoolean cancel = new AtomicBoolean();
        cancelBuild = cancel;
        afterBuild = then;
        int workers = engineThreads(threads.get(), Runtime.getRuntime().availableProcessors());
        EngineOptions options = EngineOptions.defaults().withThreads(workers).withSeed(seed.get()).withCancel(cancel)
                .withProgress((stage, f) -> ui.execute(() -> {
                    buildStage.set(stage);
                    buildProgress.set(f);
                }));
        phase.set(RunPhase.BUILDING);
        message.set("Building " + p.name() + "…");
        Thread t = new Thread(() -> {
            try {
                LiveRun r = new LiveRun(p, options);
                ui.execute(() -> built(r, cancel));
            } catch (ModelException | IllegalArgumentException e) {
                ui.execute(() -> failed(e.getMessage()));
            } catch (RuntimeException | OutOfMemoryError e) {
                ui.execute(() -> failed(cancel.get() ? "Build cancelled" : "Build failed: " + e));
            }
        }, "neuroloom-build");
        t.setDaemon(true);
        t.start();
    }

    private void built(LiveRun r, AtomicBoolean cancel) {
        if (cancel.get()) {
            r.close();
            phase.set(RunPhase.IDLE);
            message.set("Build cancelled");
            return;
        }
        run = r;
        applied = r.project();
        rebuildWhenPaused = false;
        r.setAllSourceSpikes(allSourceSpikes.get());
        r.resetViews(hub.models());
        hub.setSource(r);
        r.submit(new ControlCommand.SetSpeed(speed.get().speed()));
        phase.set(RunPhase.PAUSED);
        message.set(String.format(Locale.ROOT, "Built %s: %d neurons, %d synapses", r.project().name(),
                r.layout().neuronCount(), r.layout().synapseCount()));
        statusLine.started(r);
        afterBuild.run();
    }

    private void failed(String why) {
        phase.set(RunPhase.FAILED);
        message.set(why);
    }

    /**
     * The run settings follow the project's simulation settings: a project opened, or its
     * duration, seed or threads edited, sets the run's duration, seed and threads to the
     * project's (a sample's duration is its lesson's protocol, e.g. the 400 ms of pulses of the
     * Hodgkin-Huxley lesson). Settings typed into the run controls hold until the project's
     * own value changes.
     *
     * @param before the project before the change, or null
     */
    public void followProject(Project before, Project now) {
        if (now == null) {
            return;
        }
        org.neuroloom.model.Simulation s = now.simulation();
        org.neuroloom.model.Simulation was = before == null ? null : before.simulation();
        if (was == null || was.durationMs() != s.durationMs()) {
            durationMs.set(s.durationMs());
        }
        if (was == null || was.seed() != s.seed()) {
            seed.set(s.seed());
        }
        if (was == null || !was.threads().equals(s.threads())) {
            try {
                threads.set(s.threadCount());
            } catch (NumberFormatException e) {
                // the validator names a malformed thread count; the run keeps its own
            }
        }
    }

    /**
     * The project was edited: parameter changes go to the running engine at the next step;
     * a structural change rebuilds now if paused, or at the next pause.
     */
    public void applyEdit(Project edited) {
        if (run == null || applied == null) {
            return;
        }
        LiveEditPlanner.Plan plan = LiveEditPlanner.plan(applied, edited);
        if (plan.nothing()) {
            return;
        }
        if (plan.rebuild()) {
            if (phase.get() == RunPhase.RUNNING) {
                rebuildWhenPaused = true;
                message.set("Structure changed (" + plan.reason() + "): the network is rebuilt when you pause");
            } else {
                build();
            }
            return;
        }
        plan.commands().forEach(this::send);
        applied = edited;
        message.set("Applied " + plan.commands().size() + " live change" + (plan.commands().size() == 1 ? "" : "s"));
    }

    /**
     * The engine's thread count for a requested one ({@code 0}: automatic). Automatic on two cores
     * or fewer means one worker: the views need the other core, and two workers that meet at a
     * barrier every step lose more to a UI thread taking a core than they gain (Brunel live:
     * 0.35× real time on two workers, 0.39-0.46× on one; docs/BENCHMARKS.md).
     */
    static int engineThreads(int requested, int cores) {
        return requested == 0 && cores <= 2 ? 1 : requested;
    }

    /** Cancels a build in progress. */
    public void cancelBuild() {
        if (cancelBuild != null) {
            cancelBuild.set(true);
        }
    }

    /** Run if paused (building first if needed), pause if running. */
    public void runPause() {
        switch (phase.get()) {
            case RUNNING -> {
                pausedMidRun = true;
                send(new ControlCommand.Pause());
            }
            case PAUSED -> send(resumeCommand());
            case FINISHED -> send(durationMs.get() > 0 ? new ControlCommand.RunFor(durationMs.get()) : new ControlCommand.RunUntilStopped());
            case IDLE, FAILED -> build(this::runPause);
            default -> { }
        }
    }

    /** A run that was paused continues towards its end; otherwise a new run starts. */
    private ControlCommand resumeCommand() {
        if (pausedMidRun && run != null && run.status().state() != RunState.READY) {
            pausedMidRun = false;
            return new ControlCommand.Resume();
        }
        pausedMidRun = false;
        return durationMs.get() > 0 ? new ControlCommand.RunFor(durationMs.get()) : new ControlCommand.RunUntilStopped();
    }

    /** Advances {@code steps} time steps, then pauses. */
    public void step(long steps) {
        if (run == null) {
            build(() -> step(steps));
            return;
        }
        pausedMidRun = false;
        send(new ControlCommand.Step(steps));
    }

    /** Advances one millisecond of simulated time. */
    public void stepMs() {
        step(run == null ? 10 : Math.max(1, Math.round(1.0 / run.layout().dtMs())));
    }

    /** Back to time 0; a changed seed or thread count builds the network again. */
    public void reset() {
        if (run == null) {
            return;
        }
        stopRecording();
        pausedMidRun = false;
        if (run.seed() != seed.get()) {
            build();
        } else {
            send(new ControlCommand.Reset());
        }
    }

    /** Sends a command to the engine (ignored without a run); refusals appear as the message. */
    public void send(ControlCommand c) {
        LiveRun r = run;
        if (r == null) {
            return;
        }
        boolean[] before = r.itemized();
        r.submit(c).whenComplete((v, e) -> {
            if (e != null) {
                ui.execute(() -> message.set(e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
            } else if (c instanceof ControlCommand.SetSourceRate s) {
                String note = itemizationNote(r, before, s.population());
                if (note != null) {
                    ui.execute(() -> message.set(note));
                }
            }
        });
    }

    /** Says so when a rate change moved a source between itemized spikes and a counted rate band. */
    private static String itemizationNote(LiveRun r, boolean[] before, String population) {
        boolean[] after = r.itemized();
        for (int p = 0; p < after.length; p++) {
            if (r.layout().populations().get(p).id().equals(population) && before[p] != after[p]) {
                String name = r.layout().populations().get(p).label();
                return after[p] ? name + " is shown spike by spike again"
                        : String.format(Locale.ROOT, "%s fires more than %,.0f spikes/s: shown as a rate band from now on "
                        + "(tick 'All source spikes' in the raster to see each one)", name, LiveRun.ITEMIZE_LIMIT_PER_S);
            }
        }
        return null;
    }

    /** Starts recording to {@code file}, with the currently traced channels. */
    public void startRecording(java.nio.file.Path file) {
        if (run == null || run.recording()) {
            return;
        }
        try {
            run.startRecording(file, hub.models().traces().channels());
            recording.set(true);
            message.set("Recording to " + file);
        } catch (java.io.IOException e) {
            message.set("Cannot record to " + file + ": " + e.getMessage());
        }
    }

    /** Stops recording; the message says where the file is. */
    public void stopRecording() {
        if (run == null || !run.recording()) {
            return;
        }
        recording.set(false);
        run.stopRecording().whenComplete((path, e) -> ui.execute(() -> message.set(e == null
                ? "Recorded " + path : "Recording failed: " + (e.getCause() != null ? e.getCause().getMessage() : e))));
    }

    /** Stops the engine thread (before a rebuild, a playback or closing the window). */
    public void closeRun() {
        if (run != null) {
            stopRecording();
            if (hub.source() == run) {
                hub.setSource(null);
            }
            run.close();
            run = null;
        }
        if (phase.get() != RunPhase.BUILDING) {
            phase.set(RunPhase.IDLE);
        }
    }

    /** Marks the views as showing a recording (the run, if any, is closed). */
    public void enterPlayback() {
        closeRun();
        phase.set(RunPhase.PLAYBACK);
    }

    private void frame() {
        LiveRun r = run;
        if (r == null) {
            return;
        }
        RunStatus s = r.status();
        RunPhase p = switch (s.state()) {
            case RUNNING -> RunPhase.RUNNING;
            case FINISHED -> RunPhase.FINISHED;
            case FAILED -> RunPhase.FAILED;
            default -> RunPhase.PAUSED;
        };
        if (p != phase.get()) {
            phase.set(p);
            if (p != RunPhase.RUNNING && rebuildWhenPaused) {
                rebuildWhenPaused = false;
                build();
                return;
            }
            if (p == RunPhase.FAILED) {
                message.set(s.message());
            }
        }
        statusLine.update(r, hub.models().energy());
    }

    public LiveRun run() {
        return run;
    }

    public ReadOnlyObjectProperty<RunPhase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public RunPhase getPhase() {
        return phase.get();
    }

    public ObjectProperty<SpeedChoice> speedProperty() {
        return speed;
    }

    /** Run length in ms; 0 runs until paused. */
    public DoubleProperty durationMsProperty() {
        return durationMs;
    }

    public LongProperty seedProperty() {
        return seed;
    }

    /** Worker threads; 0 = automatic. */
    public ObjectProperty<Integer> threadsProperty() {
        return threads;
    }

    public DoubleProperty buildProgressProperty() {
        return buildProgress;
    }

    public StringProperty buildStageProperty() {
        return buildStage;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /**
     * Stream every spike of every source to the views; off (the default), sources that fire
     * millions of times per second are shown as counts (rate bands), which keeps the engine fast.
     */
    public BooleanProperty allSourceSpikesProperty() {
        return allSourceSpikes;
    }

    public BooleanProperty recordingProperty() {
        return recording;
    }

    public RunStatusLine statusLine() {
        return statusLine;
    }
}
