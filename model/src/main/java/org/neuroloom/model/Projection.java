package org.neuroloom.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.neuroloom.model.connect.Connector;
import org.neuroloom.model.dist.Distribution;
import org.neuroloom.model.param.OptionalField;
import org.neuroloom.model.plasticity.Plasticity;
import org.neuroloom.model.synapse.Receptor;
import org.neuroloom.model.synapse.SynapseModel;

/**
 * Synapses from one population to another (or to itself).
 *
 * @param id         unique id within the project
 * @param label      optional human label
 * @param source     id of the presynaptic population
 * @param target     id of the postsynaptic population (a neuron population, not a source)
 * @param connector  which pairs connect
 * @param receptor   excitatory or inhibitory
 * @param synapse    the synapse model; its {@link SynapseModel#weightUnit()} is the unit of {@code weight}
 * @param weight     weight per synapse (mV, pA or nS, see the synapse model)
 * @param delayMs    transmission delay per synapse, at least one time step
 * @param plasticity optional plasticity rule
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Projection(
        String id,
        @OptionalField String label,
        String source,
        String target,
        Connector connector,
        Receptor receptor,
        SynapseModel synapse,
        Distribution weight,
        Distribution delayMs,
        @OptionalField Plasticity plasticity) {

    public Projection {
        label = label == null ? "" : label;
    }

    /** A copy with another connector. */
    public Projection withConnector(Connector c) {
        return new Projection(id, label, source, target, c, receptor, synapse, weight, delayMs, plasticity);
    }

    /** A copy with another synapse model. */
    public Projection withSynapse(SynapseModel s) {
        return new Projection(id, label, source, target, connector, receptor, s, weight, delayMs, plasticity);
    }

    /** A copy with another weight distribution. */
    public Projection withWeight(Distribution w) {
        return new Projection(id, label, source, target, connector, receptor, synapse, w, delayMs, plasticity);
    }

    /** A copy with another delay distribution. */
    public Projection withDelay(Distribution d) {
        return new Projection(id, label, source, target, connector, receptor, synapse, weight, d, plasticity);
    }

    /** A copy with another plasticity rule ({@code null} for none). */
    public Projection withPlasticity(Plasticity p) {
        return new Projection(id, label, source, target, connector, receptor, synapse, weight, delayMs, p);
    }

    /** A copy with another receptor. */
    public Projection withReceptor(Receptor r) {
        return new Projection(id, label, source, target, connector, r, synapse, weight, delayMs, plasticity);
    }
}
