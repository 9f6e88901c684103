package org.neuroloom.model.neuron;

import org.neuroloom.model.param.Param;

/**
 * Gaussian white-ish noise current (NEST {@code noise_generator}): a new independent normal
 * value with the given mean and standard deviation every {@code intervalMs}, per element.
 */
public record NoiseCurrent(
        @Param(label = "Mean", unit = "pA", def = 0, min = -1e6, max = 1e6, step = 10, nest = "mean") double meanPa,
        @Param(label = "Standard deviation", unit = "pA", def = 100, min = 0, max = 1e6, step = 10, nest = "std") double sdPa,
        @Param(label = "Update interval", unit = "ms", def = 1, min = 0, minExclusive = true, max = 1e4, step = 0.1, nest = "dt",
                help = "A new random value is drawn this often; must be a multiple of the time step.") double intervalMs)
        implements CurrentSource {

    public static final String ID = "noise_current";

    public static NoiseCurrent defaults() {
        return new NoiseCurrent(0, 100, 1);
    }

    @Override
    public double meanCurrentPa(double tMs) {
        return meanPa;
    }

    @Override
    public String modelId() {
        return ID;
    }

    @Override
    public String nestName() {
        return "noise_generator";
    }

    @Override
    public String displayName() {
        return "Noise current";
    }
}
