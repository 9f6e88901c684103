package org.neuroloom.app.views;

import java.util.List;

/**
 * What the live views need to know about a built network: populations in their global
 * neuron order, plastic projections, the time step and the totals. Global neuron ids run
 * over all populations in order ({@code offset + local index}).
 *
 * @param populations   populations, in global id order
 * @param projections   projections whose weights the views show (plastic ones)
 * @param dtMs          simulation time step
 * @param synapseCount  total synapses of the network
 */
public record NetworkLayout(List<Pop> populations, List<Proj> projections, double dtMs, long synapseCount) {

    public NetworkLayout {
        populations = List.copyOf(populations);
        projections = List.copyOf(projections);
    }

    /**
     * One population.
     *
     * @param id     model id
     * @param label  human label
     * @param offset first global neuron id
     * @param size   number of elements
     * @param source true for spike or current sources (no membrane state)
     * @param variables recordable state variables ({@code v}, {@code u}, ...)
     */
    public record Pop(String id, String label, int offset, int size, boolean source, List<String> variables) {
        public Pop {
            variables = List.copyOf(variables);
        }

        /** One past the last global id. */
        public int end() {
            return offset + size;
        }
    }

    /**
     * A projection shown in the weight views.
     *
     * @param id       projection id
     * @param label    human label
     * @param preSize  presynaptic population size
     * @param postSize postsynaptic population size
     * @param wMin     lower weight bound of its plasticity rule (colour scale)
     * @param wMax     upper weight bound
     * @param unit     weight unit
     */
    public record Proj(String id, String label, int preSize, int postSize, double wMin, double wMax, String unit) {
    }

    /** Total number of elements. */
    public int neuronCount() {
        return populations.isEmpty() ? 0 : populations.get(populations.size() - 1).end();
    }

    /** The index of the population holding global id {@code gid}, or -1. */
    public int populationOf(int gid) {
        int lo = 0;
        int hi = populations.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Pop p = populations.get(mid);
            if (gid < p.offset()) {
                hi = mid - 1;
            } else if (gid >= p.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** A per-neuron table of population indices, for hot loops. */
    public int[] populationTable() {
        int[] table = new int[neuronCount()];
        for (int i = 0; i < populations.size(); i++) {
            Pop p = populations.get(i);
            java.util.Arrays.fill(table, p.offset(), p.end(), i);
        }
        return table;
    }

    /**
     * Simulated time of the spikes of step {@code step}: the end of the step, as the engine's
     * {@code StepView.timeMs()} says. The live bridge and playback both use this one formula.
     */
    public double timeOfStep(long step) {
        return (step + 1) * dtMs;
    }

    /** Time steps per simulated second. */
    public double stepsPerSecond() {
        return 1000.0 / dtMs;
    }
}
