package org.neuroloom.engine.control;

import org.neuroloom.engine.run.StepObserver;

/**
 * What the app (or a test) asks a running simulation to do. Commands go through the
 * {@link RunController}'s queue and are applied on the engine thread between two steps, each
 * validated first; a refused command changes nothing and reports why
 * ({@link CommandRefusedException}).
 */
public sealed interface ControlCommand {

    /** Run for {@code durationMs} of simulated time from now, then stop (state FINISHED). */
    record RunFor(double durationMs) implements ControlCommand {
    }

    /** Run until paused. */
    record RunUntilStopped() implements ControlCommand {
    }

    /** Stop stepping; the simulated time stands still. */
    record Pause() implements ControlCommand {
    }

    /** Continue a paused run towards its previous goal (a finished or new run: until paused). */
    record Resume() implements ControlCommand {
    }

    /** Advance exactly {@code steps} steps, as fast as possible, then pause. */
    record Step(long steps) implements ControlCommand {
    }

    /** Back to time 0 with the current parameters, observers, weight scales and plasticity switches. */
    record Reset() implements ControlCommand {
    }

    /** Pacing relative to real time. */
    record SetSpeed(Speed speed) implements ControlCommand {
    }

    /** Changes one numeric parameter of a population's model, e.g. {@code tauMs} of a LIF population. */
    record SetNeuronParameter(String population, String parameter, double value) implements ControlCommand {
    }

    /** Sets the rate of a Poisson or regular source population. */
    record SetSourceRate(String population, double rateHz) implements ControlCommand {
    }

    /** Multiplies the delivered weights of a projection (stored weights unchanged). */
    record SetWeightScale(String projection, double scale) implements ControlCommand {
    }

    /** Switches learning of a plastic projection on or off. */
    record SetPlasticity(String projection, boolean enabled) implements ControlCommand {
    }

    /** Releases {@code amount} of a neuromodulator now (a reward). */
    record Reward(String modulator, double amount) implements ControlCommand {
    }

    /** Adds an observer (a live probe); it stays attached across resets. */
    record Attach(StepObserver observer) implements ControlCommand {
    }

    /** Removes an observer. */
    record Detach(StepObserver observer) implements ControlCommand {
    }
}
