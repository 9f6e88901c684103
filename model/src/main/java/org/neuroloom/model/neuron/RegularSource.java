package org.neuroloom.model.neuron;

import org.neuroloom.model.param.Param;

/** A regular spike train per element: first spike at {@code startMs + phaseMs}, then every 1/rate. */
public record RegularSource(
        @Param(label = "Rate", unit = "Hz", def = 10, min = 0, minExclusive = true, max = 10000, step = 1) double rateHz,
        @Param(label = "Phase", unit = "ms", def = 0, min = 0, step = 1, help = "Delay of the first spike after the start.") double phaseMs,
        @Param(label = "Start", unit = "ms", def = 0, min = 0, step = 10) double startMs,
        @Param(label = "Stop", unit = "ms", def = 1e9, min = 0, step = 10, help = "No spikes at or after this time.") double stopMs)
        implements SpikeSource {

    public static final String ID = "regular";

    public static RegularSource defaults() {
        return new RegularSource(10, 0, 0, 1e9);
    }

    @Override
    public String modelId() {
        return ID;
    }

    @Override
    public String nestName() {
        return "spike_generator";
    }

    @Override
    public String displayName() {
        return "Regular spike train";
    }
}
