package org.neuroloom.engine.neuron;

import java.util.List;

/**
 * A population of input elements (Poisson, regular, spike-times or current sources): they
 * emit spikes or currents, receive no synaptic input and have no recordable state.
 */
public abstract class SourceKernel extends NeuronKernel {

    protected SourceKernel(String populationId, int size, double dtMs) {
        super(populationId, size, dtMs);
    }

    @Override
    public final boolean receivesInput() {
        return false;
    }

    @Override
    public final List<String> stateVariables() {
        return List.of();
    }

    @Override
    public final double[] state(String variable) {
        return null;
    }
}
