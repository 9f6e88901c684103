package org.neuroloom.engine.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import org.neuroloom.engine.Engine;
import org.neuroloom.engine.EngineOptions;
import org.neuroloom.engine.run.PopulationInfo;
import org.neuroloom.engine.run.ProjectionInfo;
import org.neuroloom.engine.run.Simulation;
import org.neuroloom.engine.run.StepObserver;
import org.neuroloom.model.Project;
import org.neuroloom.model.modulator.Modulator;
import org.neuroloom.model.param.Params;

/**
 * The engine thread of a {@link RunController}: owns the simulation, applies commands between
 * steps, steps, paces and publishes the status. Everything here runs on that one thread.
 */
final class RunLoop implements Runnable {
    /** How often the status and the real-time factor are refreshed while running. */
    private static final long STATUS_EVERY_NANOS = 100_000_000L;
    /** Longest single park while pacing, so commands are still picked up promptly. */
    private static final long MAX_PARK_NANOS = 5_000_000L;
    /** Largest allowed live weight scale. */
    private static final double MAX_WEIGHT_SCALE = 1000;

    private final RunController owner;
    private final EngineOptions options;
    private final Pacer pacer = new Pacer();
    private final List<StepObserver> observers = new ArrayList<>();
    private final Map<String, Double> weightScales = new LinkedHashMap<>();
    private final Map<String, Boolean> plasticitySwitches = new LinkedHashMap<>();
    private Project project;
    private Simulation sim;
    private RunState state = RunState.READY;
    private long targetStep = Long.MAX_VALUE;
    private boolean stepping;
    private long wallNanos;
    private long runningSince;
    private int resets;
    private String message = "";
    private long windowNanos;
    private double windowSimMs;
    private double recentFactor;

    RunLoop(RunController owner, Project project, EngineOptions options) {
        this.owner = owner;
        this.options = options;
        this.project = project;
        this.sim = Engine.compile(project, options);
    }

    List<PopulationInfo> populations() {
        return sim.populations();
    }

    List<ProjectionInfo> projections() {
        return sim.projections();
    }

    @Override
    public void run() {
        try {
            while (!owner.closing()) {
                applyCommands();
                if (state == RunState.RUNNING) {
                    runSlice();
                } else if (!owner.hasPending() && !owner.closing()) {
                    LockSupport.park(this);
                }
            }
        } finally {
            sim.close();
            state = RunState.CLOSED;
            publish();
            RunController.Pending p;
            while ((p = owner.poll()) != null) {
                p.done().completeExceptionally(new CommandRefusedException("the run is closed"));
                owner.applied();
            }
        }
    }

    private void applyCommands() {
        RunController.Pending p;
        List<RunController.Pending> done = null;
        while ((p = owner.poll()) != null) {
            if (done == null) {
                done = new ArrayList<>();
            }
            done.add(p);
            try {
                apply(p.command());
            } catch (CommandRefusedException e) {
                p.done().completeExceptionally(e);
            } catch (RuntimeException e) {
                p.done().completeExceptionally(new CommandRefusedException(String.valueOf(e.getMessage())));
            }
        }
        if (done == null) {
            return;
        }
        // the status shows the effect before anyone learns that the command was applied
        publish();
        for (RunController.Pending d : done) {
            d.done().complete(null);
            owner.applied();
        }
    }

    private void apply(ControlCommand command) {
        if (state == RunState.FAILED && !(command instanceof ControlCommand.Reset)
                && !(command instanceof ControlCommand.Attach) && !(command instanceof ControlCommand.Detach)
                && !(command instanceof ControlCommand.SetSpeed)) {
            throw new CommandRefusedException("the run stopped with an error (" + message + "); reset it first");
        }
        if (command instanceof ControlCommand.RunFor c) {
            if (!(c.durationMs() > 0) || Double.isInfinite(c.durationMs())) {
                throw new CommandRefusedException("run duration: " + c.durationMs() + " ms is not a positive time");
            }
            long steps = Math.max(1, Math.round(c.durationMs() / sim.dtMs()));
            startRunning(sim.stepIndex() + steps, false);
        } else if (command instanceof ControlCommand.RunUntilStopped) {
            startRunning(Long.MAX_VALUE, false);
        } else if (command instanceof ControlCommand.Pause) {
            if (state == RunState.RUNNING) {
                stopRunning(RunState.PAUSED);
            }
        } else if (command instanceof ControlCommand.Resume) {
            boolean unfinished = state == RunState.PAUSED && sim.stepIndex() < targetStep;
            startRunning(unfinished ? targetStep : Long.MAX_VALUE, false);
        } else if (command instanceof ControlCommand.Step c) {
            if (c.steps() < 1) {
                throw new CommandRefusedException("steps: " + c.steps() + " is not a positive number of steps");
            }
            startRunning(sim.stepIndex() + c.steps(), true);
        } else if (command instanceof ControlCommand.Reset) {
            reset();
        } else if (command instanceof ControlCommand.SetSpeed c) {
            pacer.start(c.speed(), sim.timeMs(), System.nanoTime());
        } else {
            applyLiveChange(command);
        }
    }

    private void applyLiveChange(ControlCommand command) {
        if (command instanceof ControlCommand.SetNeuronParameter c) {
            Project changed = LiveEdits.withParameter(project, c.population(), c.parameter(), c.value());
            sim.setPopulationModel(c.population(), changed.network().population(c.population()).orElseThrow().model());
            project = changed;
        } else if (command instanceof ControlCommand.SetSourceRate c) {
            Project changed = LiveEdits.withSourceRate(project, c.population(), c.rateHz());
            sim.setSourceRate(c.population(), c.rateHz());
            project = changed;
        } else if (command instanceof ControlCommand.SetWeightScale c) {
            if (!(c.scale() >= 0 && c.scale() <= MAX_WEIGHT_SCALE)) {
                throw new CommandRefusedException("weight scale of projection '" + c.projection() + "': " + c.scale()
                        + " is out of range (allowed: between 0 and " + (int) MAX_WEIGHT_SCALE + ")");
            }
            sim.setWeightScale(c.projection(), c.scale());
            weightScales.put(c.projection(), c.scale());
        } else if (command instanceof ControlCommand.SetPlasticity c) {
            sim.setPlasticityEnabled(c.projection(), c.enabled());
            plasticitySwitches.put(c.projection(), c.enabled());
        } else if (command instanceof ControlCommand.Reward c) {
            Params.check(Modulator.RewardEvent.class, "amount", c.amount()).ifPresent(p -> {
                throw new CommandRefusedException("reward of modulator '" + c.modulator() + "': " + p.description());
            });
            sim.releaseModulator(c.modulator(), c.amount());
        } else if (command instanceof ControlCommand.Attach c) {
            if (!observers.contains(c.observer())) {
                observers.add(c.observer());
                sim.addObserver(c.observer());
            }
        } else if (command instanceof ControlCommand.Detach c) {
            observers.remove(c.observer());
            sim.removeObserver(c.observer());
        }
    }

    private void startRunning(long target, boolean singleSteps) {
        targetStep = target;
        stepping = singleSteps;
        if (state != RunState.RUNNING) {
            state = RunState.RUNNING;
            long now = System.nanoTime();
            runningSince = now;
            windowNanos = now;
            windowSimMs = sim.timeMs();
        }
        pacer.rebase(sim.timeMs(), System.nanoTime());
    }

    private void stopRunning(RunState next) {
        if (state == RunState.RUNNING) {
            wallNanos += System.nanoTime() - runningSince;
        }
        state = next;
        recentFactor = 0;
        writeCounters();
    }

    private void reset() {
        if (state == RunState.RUNNING) {
            stopRunning(RunState.PAUSED);
        }
        sim.close();
        resets++;
        wallNanos = 0;
        targetStep = Long.MAX_VALUE;
        message = "";
        try {
            sim = Engine.compile(project, options);
            for (StepObserver o : observers) {
                sim.addObserver(o);
            }
            weightScales.forEach(sim::setWeightScale);
            plasticitySwitches.forEach(sim::setPlasticityEnabled);
            state = RunState.READY;
        } catch (RuntimeException e) {
            state = RunState.FAILED;
            message = String.valueOf(e.getMessage());
        }
        writeCounters();
    }

    /** Steps until a command arrives, the goal is reached, pacing asks for a pause, or it is time for a status. */
    private void runSlice() {
        long sliceStart = System.nanoTime();
        while (!owner.hasPending() && !owner.closing()) {
            if (sim.stepIndex() >= targetStep) {
                stopRunning(stepping ? RunState.PAUSED : RunState.FINISHED);
                publish();
                return;
            }
            long now = System.nanoTime();
            if (!stepping) {
                long wait = pacer.waitNanos(sim.timeMs(), now);
                if (wait > 0) {
                    LockSupport.parkNanos(this, Math.min(wait, MAX_PARK_NANOS));
                    break;
                }
            }
            if (now - sliceStart > STATUS_EVERY_NANOS) {
                break;
            }
            try {
                sim.step();
            } catch (RuntimeException | Error e) {
                stopRunning(RunState.FAILED);
                message = String.valueOf(e.getMessage());
                publish();
                return;
            }
            if ((sim.stepIndex() & 63) == 0) {
                writeCounters();
            }
        }
        writeCounters();
        long now = System.nanoTime();
        if (now - windowNanos >= STATUS_EVERY_NANOS) {
            recentFactor = (sim.timeMs() - windowSimMs) * 1e6 / (now - windowNanos);
            windowNanos = now;
            windowSimMs = sim.timeMs();
            publish();
        }
    }

    private void writeCounters() {
        long wall = wallNanos + (state == RunState.RUNNING ? System.nanoTime() - runningSince : 0);
        owner.counters().write(sim.stepIndex(), sim.timeMs(), sim.spikeCount(), sim.synapticEventCount(), wall);
    }

    RunStatus snapshot(double factor) {
        return new RunStatus(state, sim.stepIndex(), sim.timeMs(), factor, pacer.speed(), resets, message);
    }

    private void publish() {
        owner.publish(snapshot(state == RunState.RUNNING ? recentFactor : 0));
    }
}
