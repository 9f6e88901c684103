package org.neuroloom.model;

import java.util.List;
import java.util.Optional;
import org.neuroloom.model.modulator.Modulator;
import org.neuroloom.model.param.OptionalField;

/**
 * The network: populations, projections between them, and neuromodulators.
 *
 * @param populations neuron populations and sources
 * @param projections synapses between populations
 * @param modulators  neuromodulators (dopamine)
 */
public record Network(List<Population> populations, @OptionalField List<Projection> projections,
                      @OptionalField List<Modulator> modulators) {

    public Network {
        populations = List.copyOf(populations);
        projections = projections == null ? List.of() : List.copyOf(projections);
        modulators = modulators == null ? List.of() : List.copyOf(modulators);
    }

    /** The empty network. */
    public static Network empty() {
        return new Network(List.of(), List.of(), List.of());
    }

    /** The population with this id. */
    public Optional<Population> population(String id) {
        return populations.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The projection with this id. */
    public Optional<Projection> projection(String id) {
        return projections.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The modulator with this id. */
    public Optional<Modulator> modulator(String id) {
        return modulators.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** Total number of elements (neurons and source elements). */
    public long neuronCount() {
        long n = 0;
        for (Population p : populations) {
            n += p.size();
        }
        return n;
    }
}
