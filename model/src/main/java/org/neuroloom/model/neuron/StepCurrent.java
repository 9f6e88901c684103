package org.neuroloom.model.neuron;

import java.util.List;
import org.neuroloom.model.param.Param;

/**
 * A piecewise constant current (NEST {@code step_current_generator}): zero before the first
 * step, then each step's amplitude from its time on.
 */
public record StepCurrent(List<Step> steps) implements CurrentSource {

    public static final String ID = "step_current";

    public StepCurrent {
        steps = List.copyOf(steps);
    }

    /** 200 pA from 100 ms to 400 ms. */
    public static StepCurrent defaults() {
        return new StepCurrent(List.of(new Step(100, 200), new Step(400, 0)));
    }

    @Override
    public double meanCurrentPa(double tMs) {
        double i = 0;
        for (Step s : steps) {
            if (s.atMs() <= tMs) {
                i = s.amplitudePa();
            }
        }
        return i;
    }

    @Override
    public String modelId() {
        return ID;
    }

    @Override
    public String nestName() {
        return "step_current_generator";
    }

    @Override
    public String displayName() {
        return "Step current";
    }

    /**
     * From {@code atMs} on, the current is {@code amplitudePa}.
     *
     * @param atMs        time of the step
     * @param amplitudePa the new current
     */
    public record Step(
            @Param(label = "At", unit = "ms", def = 0, min = 0, step = 10) double atMs,
            @Param(label = "Amplitude", unit = "pA", def = 0, min = -1e6, max = 1e6, step = 10) double amplitudePa) {
    }
}
