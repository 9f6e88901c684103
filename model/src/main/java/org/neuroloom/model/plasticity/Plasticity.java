package org.neuroloom.model.plasticity;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.neuroloom.model.param.Param;

/**
 * How a projection's synapses change with activity. Weight parameters ({@code aPlus}, bounds)
 * are in the projection's weight unit unless stated otherwise. Spike timing at a synapse
 * uses the presynaptic spike's arrival time (after the delay) and the postsynaptic spike time,
 * as NEST does with purely dendritic delays. Pairing is all-to-all through traces.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Plasticity.PairStdp.class, name = "stdp"),
        @JsonSubTypes.Type(value = Plasticity.TripletStdp.class, name = "triplet_stdp"),
        @JsonSubTypes.Type(value = Plasticity.RewardStdp.class, name = "reward_stdp"),
        @JsonSubTypes.Type(value = Plasticity.TsodyksMarkram.class, name = "tsodyks_markram"),
        @JsonSubTypes.Type(value = Plasticity.HomeostaticScaling.class, name = "homeostatic_scaling"),
})
public sealed interface Plasticity {

    /** A short label for a canvas edge, e.g. {@code STDP}. */
    String shortLabel();

    /** Lower weight bound ({@code -inf} for rules that do not change weights). */
    double wMin();

    /** Upper weight bound ({@code +inf} for rules that do not change weights). */
    double wMax();

    /** Additive or weight-dependent pair STDP. */
    enum StdpRule {
        /** {@code Δw = +A+ e^(-Δt/τ+)} for pre before post, {@code Δw = -A- e^(Δt/τ-)} for post before pre. */
        @JsonProperty("additive") ADDITIVE,
        /** As additive, with potentiation scaled by {@code (wMax - w)} and depression by {@code (w - wMin)}. */
        @JsonProperty("multiplicative") MULTIPLICATIVE
    }

    /**
     * Pair-based STDP (Song, Miller &amp; Abbott 2000; NEST {@code stdp_synapse}). A presynaptic
     * trace (+1 per arrival, decays with τ+) and a postsynaptic trace (+1 per spike, τ-): at a
     * post spike {@code w += A+ · pre trace}, at a pre arrival {@code w -= A- · post trace}
     * (scaled by the weight dependence for the multiplicative rule); then clipped to
     * {@code [wMin, wMax]}.
     */
    record PairStdp(
            StdpRule rule,
            @Param(label = "Potentiation window", unit = "ms", def = 20, min = 0, minExclusive = true, max = 10000, step = 1, nest = "tau_plus") double tauPlusMs,
            @Param(label = "Depression window", unit = "ms", def = 20, min = 0, minExclusive = true, max = 10000, step = 1, nest = "tau_minus") double tauMinusMs,
            @Param(label = "Potentiation amplitude A+", def = 0.01, min = 0, step = 0.001, nest = "lambda",
                    help = "Weight added for a pre spike just before a post spike (a fraction of the range for the multiplicative rule).") double aPlus,
            @Param(label = "Depression amplitude A-", def = 0.0105, min = 0, step = 0.001, nest = "alpha",
                    help = "Weight removed for a post spike just before a pre spike.") double aMinus,
            @Param(label = "Minimum weight", def = 0, step = 0.1, nest = "Wmin") double wMin,
            @Param(label = "Maximum weight", def = 1, step = 0.1, nest = "Wmax") double wMax) implements Plasticity {
        @Override
        public String shortLabel() {
            return rule == StdpRule.ADDITIVE ? "STDP" : "STDP×";
        }
    }

    /**
     * Triplet STDP (Pfister &amp; Gerstner 2006, all-to-all). Presynaptic traces r1 (τ+), r2 (τx),
     * postsynaptic traces o1 (τ-), o2 (τy). At a pre arrival {@code w -= o1 (A2- + A3- r2)},
     * then r1, r2 += 1; at a post spike {@code w += r1 (A2+ + A3+ o2)} with o2 taken before
     * its own increment, then o1, o2 += 1. Defaults: visual cortex, all-to-all fit.
     */
    record TripletStdp(
            @Param(label = "τ+", unit = "ms", def = 16.8, min = 0, minExclusive = true, step = 1) double tauPlusMs,
            @Param(label = "τ-", unit = "ms", def = 33.7, min = 0, minExclusive = true, step = 1) double tauMinusMs,
            @Param(label = "τx (pre triplet)", unit = "ms", def = 101, min = 0, minExclusive = true, step = 1) double tauXMs,
            @Param(label = "τy (post triplet)", unit = "ms", def = 125, min = 0, minExclusive = true, step = 1) double tauYMs,
            @Param(label = "A2+", def = 5e-10, min = 0, step = 0.001) double a2Plus,
            @Param(label = "A3+", def = 6.2e-3, min = 0, step = 0.001) double a3Plus,
            @Param(label = "A2-", def = 7e-3, min = 0, step = 0.001) double a2Minus,
            @Param(label = "A3-", def = 2.3e-4, min = 0, step = 0.0001) double a3Minus,
            @Param(label = "Minimum weight", def = 0, step = 0.1) double wMin,
            @Param(label = "Maximum weight", def = 1, step = 0.1) double wMax) implements Plasticity {
        @Override
        public String shortLabel() {
            return "triplet";
        }
    }

    /**
     * Reward-modulated STDP with an eligibility trace (Izhikevich 2007, "Solving the distal
     * reward problem"). Pair STDP (as additive {@link PairStdp}) adds to a per-synapse
     * eligibility c instead of the weight; c decays with τc; the weight follows
     * {@code dw/dt = c · D(t)} per ms, where D is the concentration of the named modulator.
     * Without modulator, no weight change.
     */
    record RewardStdp(
            @Param(label = "Potentiation window", unit = "ms", def = 20, min = 0, minExclusive = true, step = 1) double tauPlusMs,
            @Param(label = "Depression window", unit = "ms", def = 20, min = 0, minExclusive = true, step = 1) double tauMinusMs,
            @Param(label = "Potentiation amplitude A+", def = 1.0, min = 0, step = 0.1) double aPlus,
            @Param(label = "Depression amplitude A-", def = 1.5, min = 0, step = 0.1) double aMinus,
            @Param(label = "Eligibility time constant", unit = "ms", def = 1000, min = 0, minExclusive = true, max = 1e6, step = 50) double tauEligibilityMs,
            String modulator,
            @Param(label = "Minimum weight", def = 0, step = 0.1) double wMin,
            @Param(label = "Maximum weight", def = 4, step = 0.1) double wMax) implements Plasticity {
        @Override
        public String shortLabel() {
            return "R-STDP";
        }
    }

    /**
     * Tsodyks-Markram short-term plasticity (NEST {@code tsodyks2_synapse}). For the n-th
     * spike arriving Δ after the previous one:
     * <pre>u_n = U + u_(n-1) (1 - U) e^(-Δ/τfac)      (u_n = U when τfac = 0)
     * x_n = 1 + (x_(n-1) - u_(n-1) x_(n-1) - 1) e^(-Δ/τrec)
     * PSC amplitude_n = w · u_n · x_n,   u_1 = U, x_1 = 1</pre>
     * The stored weight itself does not change.
     */
    record TsodyksMarkram(
            @Param(label = "U (release probability)", def = 0.5, min = 0, minExclusive = true, max = 1, step = 0.05, nest = "U") double u,
            @Param(label = "Recovery time constant", unit = "ms", def = 800, min = 0, minExclusive = true, max = 1e5, step = 10, nest = "tau_rec") double tauRecMs,
            @Param(label = "Facilitation time constant", unit = "ms", def = 0, min = 0, max = 1e5, step = 10, nest = "tau_fac") double tauFacMs)
            implements Plasticity {
        @Override
        public String shortLabel() {
            return tauFacMs > 0 && tauFacMs > tauRecMs ? "STP fac" : "STP dep";
        }

        @Override
        public double wMin() {
            return Double.NEGATIVE_INFINITY;
        }

        @Override
        public double wMax() {
            return Double.POSITIVE_INFINITY;
        }
    }

    /**
     * Homeostatic synaptic scaling (Turrigiano 1998; van Rossum et al. 2000). Each target
     * neuron keeps a rate estimate r (exponential average, time constant {@code tauRateMs});
     * all its incoming weights of this projection are scaled by
     * {@code dw/dt = η · w · (target - r) / target} (η per second), then clipped to the bounds.
     */
    record HomeostaticScaling(
            @Param(label = "Target rate", unit = "Hz", def = 5, min = 0, minExclusive = true, max = 1000, step = 0.5) double targetRateHz,
            @Param(label = "Rate averaging time", unit = "ms", def = 1000, min = 0, minExclusive = true, max = 1e6, step = 100) double tauRateMs,
            @Param(label = "Scaling rate η", unit = "1/s", def = 0.5, min = 0, max = 1000, step = 0.1) double etaPerS,
            @Param(label = "Minimum weight", def = 0, step = 0.1) double wMin,
            @Param(label = "Maximum weight", def = 100, step = 0.1) double wMax) implements Plasticity {
        @Override
        public String shortLabel() {
            return "homeo";
        }
    }
}
