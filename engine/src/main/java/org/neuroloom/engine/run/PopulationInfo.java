package org.neuroloom.engine.run;

import java.util.List;

/**
 * A population as the engine numbers it.
 *
 * @param index          position in {@link Simulation#populations()}
 * @param id             project id
 * @param size           number of elements
 * @param offset         index of its first element in the network-wide numbering
 * @param modelId        model id ({@code lif}, {@code poisson}...)
 * @param stateVariables recordable state variables
 * @param source         whether it is a spike or current source
 */
public record PopulationInfo(int index, String id, int size, long offset, String modelId, List<String> stateVariables,
                             boolean source) {
}
