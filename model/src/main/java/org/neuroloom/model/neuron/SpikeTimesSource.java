package org.neuroloom.model.neuron;

import java.util.ArrayList;
import java.util.List;

/**
 * Explicit spike times (NEST {@code spike_generator}, PyNN {@code SpikeSourceArray}).
 * {@code timesMs.get(i)} are the spike times of element i, ascending; there is one list per
 * element of the population.
 */
public record SpikeTimesSource(List<List<Double>> timesMs) implements SpikeSource {

    public static final String ID = "spike_times";

    public SpikeTimesSource {
        List<List<Double>> copy = new ArrayList<>();
        for (List<Double> t : timesMs) {
            copy.add(List.copyOf(t));
        }
        timesMs = List.copyOf(copy);
    }

    /** One element firing at 10, 20 and 30 ms. */
    public static SpikeTimesSource defaults() {
        return new SpikeTimesSource(List.of(List.of(10.0, 20.0, 30.0)));
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
        return "Spike times";
    }
}
