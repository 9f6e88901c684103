package org.neuroloom.model.synapse;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.neuroloom.model.param.Param;

/**
 * How an arriving spike changes the target neuron. Units of the projection's weight:
 * mV for {@link Delta} (a jump of V), pA for current synapses, nS for conductance synapses.
 * Synapses onto the same target population with the same kind, time constant and reversal
 * potential share one input variable per neuron (as in NEST's multisynapse models).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = SynapseModel.Delta.class, name = "delta"),
        @JsonSubTypes.Type(value = SynapseModel.ExpCurrent.class, name = "exp_current"),
        @JsonSubTypes.Type(value = SynapseModel.ExpConductance.class, name = "exp_conductance"),
        @JsonSubTypes.Type(value = SynapseModel.AlphaCurrent.class, name = "alpha_current"),
        @JsonSubTypes.Type(value = SynapseModel.AlphaConductance.class, name = "alpha_conductance"),
})
public sealed interface SynapseModel {

    /** Unit of the weight: "mV", "pA" or "nS". */
    String weightUnit();

    /** Whether the weight is a conductance with a reversal potential. */
    default boolean conductanceBased() {
        return false;
    }

    /** The weight jumps V directly by {@code weight} mV (NEST {@code iaf_psc_delta}). */
    record Delta() implements SynapseModel {
        @Override
        public String weightUnit() {
            return "mV";
        }
    }

    /**
     * Current jumps by {@code weight} pA and decays exponentially.
     *
     * @param tauMs decay time constant
     */
    record ExpCurrent(
            @Param(label = "Synaptic time constant", unit = "ms", def = 5, min = 0, minExclusive = true, max = 10000, step = 0.5,
                    nest = "tau_syn") double tauMs) implements SynapseModel {
        @Override
        public String weightUnit() {
            return "pA";
        }
    }

    /**
     * Conductance jumps by {@code weight} nS and decays exponentially; current g (E_rev - V).
     *
     * @param tauMs  decay time constant
     * @param eRevMv reversal potential
     */
    record ExpConductance(
            @Param(label = "Synaptic time constant", unit = "ms", def = 5, min = 0, minExclusive = true, max = 10000, step = 0.5,
                    nest = "tau_syn") double tauMs,
            @Param(label = "Reversal potential", unit = "mV", def = 0, min = -200, max = 200, step = 5, nest = "E_rev") double eRevMv)
            implements SynapseModel {
        @Override
        public String weightUnit() {
            return "nS";
        }

        @Override
        public boolean conductanceBased() {
            return true;
        }
    }

    /**
     * Alpha-shaped current {@code w (t/τ) e^(1 - t/τ)} peaking at {@code weight} pA after τ.
     *
     * @param tauMs rise and decay time constant
     */
    record AlphaCurrent(
            @Param(label = "Synaptic time constant", unit = "ms", def = 2, min = 0, minExclusive = true, max = 10000, step = 0.5,
                    nest = "tau_syn") double tauMs) implements SynapseModel {
        @Override
        public String weightUnit() {
            return "pA";
        }
    }

    /**
     * Alpha-shaped conductance peaking at {@code weight} nS after τ.
     *
     * @param tauMs  rise and decay time constant
     * @param eRevMv reversal potential
     */
    record AlphaConductance(
            @Param(label = "Synaptic time constant", unit = "ms", def = 2, min = 0, minExclusive = true, max = 10000, step = 0.5,
                    nest = "tau_syn") double tauMs,
            @Param(label = "Reversal potential", unit = "mV", def = 0, min = -200, max = 200, step = 5, nest = "E_rev") double eRevMv)
            implements SynapseModel {
        @Override
        public String weightUnit() {
            return "nS";
        }

        @Override
        public boolean conductanceBased() {
            return true;
        }
    }
}
