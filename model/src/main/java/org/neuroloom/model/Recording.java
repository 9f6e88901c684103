package org.neuroloom.model;

import java.util.List;
import org.neuroloom.model.param.OptionalField;
import org.neuroloom.model.param.Param;

/**
 * What a run records (the live views show more; this is what {@code neuroloom run} writes).
 *
 * @param spikes  ids of the populations whose spikes are recorded
 * @param state   sampled state variables of chosen neurons
 * @param weights weight snapshots of chosen projections
 */
public record Recording(@OptionalField List<String> spikes, @OptionalField List<StateProbe> state,
                        @OptionalField List<WeightProbe> weights) {

    public Recording {
        spikes = spikes == null ? List.of() : List.copyOf(spikes);
        state = state == null ? List.of() : List.copyOf(state);
        weights = weights == null ? List.of() : List.copyOf(weights);
    }

    /** Nothing recorded. */
    public static Recording none() {
        return new Recording(List.of(), List.of(), List.of());
    }

    /**
     * Sample {@code variables} of {@code neurons} of a population every {@code intervalMs}.
     *
     * @param population population id
     * @param neurons    element indices
     * @param variables  state variable names ({@code v}, {@code u}, {@code w}, {@code m}...)
     * @param intervalMs sampling interval, a multiple of dt
     */
    public record StateProbe(String population, List<Integer> neurons, List<String> variables,
                             @Param(label = "Sampling interval", unit = "ms", def = 1, min = 0, minExclusive = true, step = 0.1) double intervalMs) {
        public StateProbe {
            neurons = List.copyOf(neurons);
            variables = List.copyOf(variables);
        }
    }

    /**
     * Write every weight of a projection every {@code intervalMs}.
     *
     * @param projection projection id
     * @param intervalMs snapshot interval
     */
    public record WeightProbe(String projection,
                              @Param(label = "Snapshot interval", unit = "ms", def = 1000, min = 0, minExclusive = true, step = 100) double intervalMs) {
    }
}
