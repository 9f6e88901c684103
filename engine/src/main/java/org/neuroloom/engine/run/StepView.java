package org.neuroloom.engine.run;

import java.util.List;

/** What an observer may read after a step. Valid only during {@link StepObserver#afterStep}. */
public interface StepView {
    /** Index of the step just completed (0 for the first). */
    long stepIndex();

    /** Simulated time at the end of the step, ms (spikes of this step carry this time). */
    double timeMs();

    /** Time step, ms. */
    double dtMs();

    /** The populations. */
    List<PopulationInfo> populations();

    /** The projections. */
    List<ProjectionInfo> projections();

    /**
     * Number of spikes of population {@code population} in this step that are listed in
     * {@link #spikeIds}: all of them, unless the population ran spike-free this step (see
     * {@link StepObserver#needsSpikeIds}).
     */
    int spikeCount(int population);

    /** Number of spikes of population {@code population} in this step, listed or not. */
    default int spikeTotal(int population) {
        return spikeCount(population);
    }

    /**
     * Element indices that spiked in this step, ascending, valid up to
     * {@link #spikeCount(int)}; do not modify.
     */
    int[] spikeIds(int population);

    /**
     * The live array of a state variable of a population (index = element), or {@code null}
     * if the population has no such variable; read only.
     */
    double[] state(int population, String variable);

    /** Weights of a projection (any kind; constant-weight projections report their constant). */
    ProjectionWeights weights(int projection);

    /** Ids of the neuromodulators, in network order. */
    List<String> modulators();

    /** Concentration of modulator number {@code modulator} at the end of the step. */
    double modulatorConcentration(int modulator);

    /** Spikes since the start. */
    long totalSpikes();

    /** Synaptic events (spike × synapse deliveries) since the start. */
    long synapticEvents();
}
