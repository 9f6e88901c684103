package org.neuroloom.model.neuron;

/** A population of spike generators: it emits spikes, receives nothing. */
public sealed interface SpikeSource extends NeuronModel permits PoissonSource, SpikeTimesSource, RegularSource {
}
