package org.neuroloom.model.neuron;

import java.util.List;
import org.neuroloom.model.param.OptionalField;
import org.neuroloom.model.param.Param;

/**
 * Independent Poisson spike trains, one per element (NEST {@code poisson_generator},
 * PyNN {@code SpikeSourcePoisson}). The rate is {@code rateHz} until the first entry of
 * {@code schedule}, then piecewise constant.
 * <p>An element emits a Poisson-distributed number of spikes per time step (mean
 * {@code rateHz · dt}), so rates above 1/dt are meaningful: one element can stand for the summed
 * input of many independent sources (Brunel's 1000 external inputs per neuron are one element
 * at 1000 times the single rate, like Brian2's {@code PoissonInput}).
 */
public record PoissonSource(
        @Param(label = "Rate", unit = "Hz", def = 10, min = 0, max = 1e6, step = 1, nest = "rate",
                help = "Mean rate of each element; above 1/dt an element fires several times per step.") double rateHz,
        @OptionalField List<RateChange> schedule) implements SpikeSource {

    public static final String ID = "poisson";

    public PoissonSource {
        schedule = schedule == null ? List.of() : List.copyOf(schedule);
    }

    /** 10 Hz, constant. */
    public static PoissonSource defaults() {
        return new PoissonSource(10, List.of());
    }

    /** The rate at time {@code tMs}. */
    public double rateAt(double tMs) {
        double r = rateHz;
        for (RateChange c : schedule) {
            if (c.atMs() <= tMs) {
                r = c.rateHz();
            }
        }
        return r;
    }

    @Override
    public String modelId() {
        return ID;
    }

    @Override
    public String nestName() {
        return "poisson_generator";
    }

    @Override
    public String displayName() {
        return "Poisson source";
    }

    /**
     * From {@code atMs} on, the rate is {@code rateHz}.
     *
     * @param atMs   time of the change
     * @param rateHz new rate
     */
    public record RateChange(
            @Param(label = "At", unit = "ms", def = 0, min = 0, step = 10) double atMs,
            @Param(label = "Rate", unit = "Hz", def = 10, min = 0, max = 1e6, step = 1) double rateHz) {
    }
}
