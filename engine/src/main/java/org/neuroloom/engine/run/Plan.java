package org.neuroloom.engine.run;

import java.util.List;
import org.neuroloom.engine.modulator.ModulatorBank;
import org.neuroloom.engine.neuron.NeuronKernel;
import org.neuroloom.engine.synapse.InputChannels;

/**
 * Everything the builder produced (engine internal): kernels and input channels per
 * population, slice bounds per population and worker, and the built projections.
 *
 * @param projectName  name of the project
 * @param dtMs         time step
 * @param seed         seed in use
 * @param threads      number of workers
 * @param threadsAuto  whether the thread count was chosen automatically ("auto"): the pool then
 *                     runs its workers in parallel only where that clearly pays (see {@code ModeChooser})
 * @param populations  population descriptions
 * @param kernels      one kernel per population
 * @param inputs       input channels per population ({@code null} for sources)
 * @param slices       {@code slices[p][w]..slices[p][w+1]} is worker w's slice of population p
 * @param projections  the built projections, in project order
 * @param modulators   the network's neuromodulators
 * @param buildSeconds wall time of the build
 */
public record Plan(String projectName, double dtMs, long seed, int threads, boolean threadsAuto, List<PopulationInfo> populations,
                   NeuronKernel[] kernels, InputChannels[] inputs, int[][] slices, List<ProjectionRuntime> projections,
                   ModulatorBank modulators, double buildSeconds) {
}
