package org.neuroloom.model.neuron;

import org.neuroloom.model.param.Param;

/** A constant current between {@code startMs} and {@code stopMs} (NEST {@code dc_generator}). */
public record DcCurrent(
        @Param(label = "Amplitude", unit = "pA", def = 300, min = -1e6, max = 1e6, step = 10, nest = "amplitude") double amplitudePa,
        @Param(label = "Start", unit = "ms", def = 0, min = 0, step = 10, nest = "start") double startMs,
        @Param(label = "Stop", unit = "ms", def = 1e9, min = 0, step = 10, nest = "stop") double stopMs) implements CurrentSource {

    public static final String ID = "dc_current";

    public static DcCurrent defaults() {
        return new DcCurrent(300, 0, 1e9);
    }

    @Override
    public double meanCurrentPa(double tMs) {
        return tMs >= startMs && tMs < stopMs ? amplitudePa : 0;
    }

    @Override
    public String modelId() {
        return ID;
    }

    @Override
    public String nestName() {
        return "dc_generator";
    }

    @Override
    public String displayName() {
        return "DC current";
    }
}
