package org.neuroloom.model.neuron;

import org.neuroloom.model.param.Param;

/** {@code I(t) = offset + amplitude sin(2π f t + phase)} (NEST {@code ac_generator}). */
public record SineCurrent(
        @Param(label = "Amplitude", unit = "pA", def = 100, min = 0, max = 1e6, step = 10, nest = "amplitude") double amplitudePa,
        @Param(label = "Offset", unit = "pA", def = 0, min = -1e6, max = 1e6, step = 10, nest = "offset") double offsetPa,
        @Param(label = "Frequency", unit = "Hz", def = 10, min = 0, max = 5000, step = 1, nest = "frequency") double frequencyHz,
        @Param(label = "Phase", unit = "deg", def = 0, min = -360, max = 360, step = 15, nest = "phase") double phaseDeg) implements CurrentSource {

    public static final String ID = "sine_current";

    public static SineCurrent defaults() {
        return new SineCurrent(100, 0, 10, 0);
    }

    @Override
    public double meanCurrentPa(double tMs) {
        return offsetPa + amplitudePa * Math.sin(2 * Math.PI * frequencyHz * tMs / 1000.0 + Math.toRadians(phaseDeg));
    }

    @Override
    public String modelId() {
        return ID;
    }

    @Override
    public String nestName() {
        return "ac_generator";
    }

    @Override
    public String displayName() {
        return "Sine current";
    }
}
