package org.neuroloom.engine.run;

/**
 * A projection as the engine built it.
 *
 * @param index        position in {@link Simulation#projections()}
 * @param id           project id
 * @param source       index of the presynaptic population
 * @param target       index of the postsynaptic population
 * @param synapseCount number of synapses generated
 * @param plastic      whether it has a plasticity rule
 * @param current      whether it injects a current source's current
 */
public record ProjectionInfo(int index, String id, int source, int target, long synapseCount, boolean plastic,
                             boolean current) {
}
