package org.neuroloom.engine.neuron;

import java.util.List;
import org.neuroloom.engine.InstabilityException;
import org.neuroloom.model.neuron.NeuronModel;

/**
 * The dynamics of one population: immutable parameters and precomputed propagators, state as
 * primitive arrays indexed by element. A worker calls {@link #update} for its contiguous
 * slice of elements once per step; the loop inside is plain and monomorphic.
 */
public abstract class NeuronKernel {
    /** Runaway bound for membrane potentials, mV: beyond it the run stops. */
    protected static final double V_LIMIT_MV = 1e5;

    protected final String populationId;
    protected final int size;
    protected final double dtMs;

    protected NeuronKernel(String populationId, int size, double dtMs) {
        this.populationId = populationId;
        this.size = size;
        this.dtMs = dtMs;
    }

    /**
     * Advances elements {@code [lo, hi)} over step {@code step} (from {@code step·dt} to
     * {@code (step+1)·dt}), reading this step's arriving input from ring slot {@code slot},
     * and appends the indices of elements that spike to {@code out} in ascending order.
     *
     * @throws InstabilityException when a state variable becomes NaN or runs away
     */
    public abstract void update(int lo, int hi, long step, int slot, SpikeBuffer out);

    /** Names of the recordable state variables. */
    public abstract List<String> stateVariables();

    /** The live array of a state variable (index = element), or {@code null} if unknown. */
    public abstract double[] state(String variable);

    /**
     * Replaces the parameters with those of {@code model} (same model type), keeping the state;
     * called between steps only.
     *
     * @throws IllegalArgumentException if the model type differs
     */
    public abstract void setModel(NeuronModel model);

    /**
     * Called once after the initial values of the variables in {@code given} were set from the
     * project, so that dependent variables (e.g. gating variables at rest) can follow.
     */
    public void initialised(java.util.Set<String> given) {
    }

    /** Whether the elements receive synaptic input (false for sources). */
    public boolean receivesInput() {
        return true;
    }

    /** The population id. */
    public String populationId() {
        return populationId;
    }

    /** Number of elements. */
    public int size() {
        return size;
    }

    /** Relative cost of one element update, in units of a LIF update (for thread planning). */
    public double relativeCost() {
        return 1;
    }

    protected final InstabilityException unstable(int neuron, String variable, double value, long step) {
        return new InstabilityException(populationId, neuron, variable, value, (step + 1) * dtMs);
    }

    /** Whether a membrane potential is finite and inside the runaway bound. */
    protected static boolean sane(double v) {
        return v > -V_LIMIT_MV && v < V_LIMIT_MV;
    }
}
