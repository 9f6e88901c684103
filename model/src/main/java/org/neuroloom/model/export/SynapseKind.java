package org.neuroloom.model.export;

import org.neuroloom.model.synapse.SynapseModel;

/**
 * The five synapse shapes of {@link SynapseModel} as a value, with what an exporter needs
 * when the target format forces another shape on a projection: the charge one spike
 * delivers, so a weight can be converted to the same charge per spike.
 */
enum SynapseKind {
    DELTA("delta (voltage jump)"),
    EXP_CURRENT("exponential current"),
    ALPHA_CURRENT("alpha current"),
    EXP_CONDUCTANCE("exponential conductance"),
    ALPHA_CONDUCTANCE("alpha conductance");

    private final String words;

    SynapseKind(String words) {
        this.words = words;
    }

    /** The kind of a synapse model. */
    static SynapseKind of(SynapseModel s) {
        if (s instanceof SynapseModel.Delta) {
            return DELTA;
        }
        if (s instanceof SynapseModel.ExpCurrent) {
            return EXP_CURRENT;
        }
        if (s instanceof SynapseModel.AlphaCurrent) {
            return ALPHA_CURRENT;
        }
        if (s instanceof SynapseModel.ExpConductance) {
            return EXP_CONDUCTANCE;
        }
        return ALPHA_CONDUCTANCE;
    }

    /** Time constant of a synapse model, ms ({@code NaN} for delta synapses). */
    static double tauMs(SynapseModel s) {
        if (s instanceof SynapseModel.ExpCurrent e) {
            return e.tauMs();
        }
        if (s instanceof SynapseModel.AlphaCurrent a) {
            return a.tauMs();
        }
        if (s instanceof SynapseModel.ExpConductance e) {
            return e.tauMs();
        }
        if (s instanceof SynapseModel.AlphaConductance a) {
            return a.tauMs();
        }
        return Double.NaN;
    }

    /** Reversal potential of a synapse model, mV ({@code NaN} for current and delta synapses). */
    static double eRevMv(SynapseModel s) {
        if (s instanceof SynapseModel.ExpConductance e) {
            return e.eRevMv();
        }
        if (s instanceof SynapseModel.AlphaConductance a) {
            return a.eRevMv();
        }
        return Double.NaN;
    }

    boolean conductance() {
        return this == EXP_CONDUCTANCE || this == ALPHA_CONDUCTANCE;
    }

    /** Whether the weight is in pA or nS (so PyNN's nA/µS are a factor 1000 away) rather than mV. */
    boolean weightInPicoOrNano() {
        return this != DELTA;
    }

    /**
     * The charge (fC = pA·ms) that one spike of unit weight delivers to a cell at rest:
     * {@code C} for a 1 mV jump, {@code τ} for a 1 pA exponential current, {@code eτ} for an
     * alpha current peaking at 1 pA, times {@code (E_rev - V_rest)} for 1 nS conductances.
     */
    double chargePerUnitWeight(double tauMs, double eRevMv, double cmPf, double vRestMv) {
        return switch (this) {
            case DELTA -> cmPf;
            case EXP_CURRENT -> tauMs;
            case ALPHA_CURRENT -> Math.E * tauMs;
            case EXP_CONDUCTANCE -> tauMs * (eRevMv - vRestMv);
            case ALPHA_CONDUCTANCE -> Math.E * tauMs * (eRevMv - vRestMv);
        };
    }

    @Override
    public String toString() {
        return words;
    }
}
