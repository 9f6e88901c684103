package org.neuroloom.app.views;

/**
 * Energy per elementary operation, the user can change every one. Defaults are published
 * figures (see README, "Live simulation"):
 * <ul>
 * <li>{@code synapticEventPj} 23.6 pJ — energy per synaptic spike operation on Intel Loihi
 *     (Davies et al. 2018, "Loihi: a neuromorphic manycore processor with on-chip learning",
 *     IEEE Micro 38(1), 82-99, Table 2; the minimum of the measured range).</li>
 * <li>{@code spikePj} 1.7 pJ — within-tile spike energy (same table; every hop to another tile
 *     adds 3.0-4.0 pJ).</li>
 * <li>{@code neuronUpdatePj} 52 pJ — one neuron update per time step (same table, inactive
 *     neuron; an active one costs 81 pJ).</li>
 * <li>{@code denseMacPj} 4.6 pJ — one 32-bit floating-point multiply (3.7 pJ) plus add (0.9 pJ)
 *     at 45 nm (Horowitz 2014, "Computing's energy problem", ISSCC), the arithmetic of one
 *     multiply-accumulate of a dense artificial network on a GPU/CPU, memory traffic not counted.</li>
 * </ul>
 *
 * @param synapticEventPj energy of one synaptic event (a spike delivered to one synapse), pJ
 * @param spikePj         energy of emitting and routing one spike, pJ
 * @param neuronUpdatePj  energy of updating one neuron for one time step, pJ
 * @param denseMacPj      energy of one multiply-accumulate of a dense network, pJ
 */
public record EnergyConstants(double synapticEventPj, double spikePj, double neuronUpdatePj, double denseMacPj) {

    /** The published defaults listed above. */
    public static EnergyConstants published() {
        return new EnergyConstants(23.6, 1.7, 52, 4.6);
    }

    public EnergyConstants {
        if (!(synapticEventPj >= 0) || !(spikePj >= 0) || !(neuronUpdatePj >= 0) || !(denseMacPj >= 0)) {
            throw new IllegalArgumentException("energy per operation must be a number >= 0 pJ, got "
                    + synapticEventPj + ", " + spikePj + ", " + neuronUpdatePj + ", " + denseMacPj);
        }
    }
}
