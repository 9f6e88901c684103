package org.neuroloom.model.neuron;

import java.util.List;

/** A neuron model with membrane dynamics that receives synaptic input and spikes. */
public sealed interface Neuron extends NeuronModel permits Lif, Izhikevich, AdEx, HodgkinHuxley {

    /** Constant bias current injected into every neuron (NEST {@code I_e}), pA. */
    double iBiasPa();

    /** Resting or reset-like potential used to initialise V when the project gives none, mV. */
    double vInitialMv();

    @Override
    default List<String> stateVariables() {
        return List.of("v");
    }
}
