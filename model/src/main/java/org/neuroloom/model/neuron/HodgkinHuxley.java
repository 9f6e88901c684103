package org.neuroloom.model.neuron;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.neuroloom.model.param.Param;

/**
 * Hodgkin-Huxley point neuron with Na, K and leak currents.
 * {@link Kinetics#SQUID} uses the classic squid-axon rate functions (Hodgkin &amp; Huxley 1952,
 * NEST {@code hh_psc_alpha}); {@link Kinetics#TRAUB} the Traub-Miles rate functions with
 * the offset {@code vTraubMv} (NEST {@code hh_cond_exp_traub}, Brian2's COBAHH example).
 * A spike is counted when V crosses {@code spikeDetectMv} upwards.
 */
public record HodgkinHuxley(
        Kinetics kinetics,
        @Param(label = "Membrane capacitance", unit = "pF", def = 100, min = 0, minExclusive = true, step = 10, nest = "C_m") double cmPf,
        @Param(label = "Sodium conductance", unit = "nS", def = 12000, min = 0, step = 100, nest = "g_Na") double gNaNs,
        @Param(label = "Potassium conductance", unit = "nS", def = 3600, min = 0, step = 100, nest = "g_K") double gKNs,
        @Param(label = "Leak conductance", unit = "nS", def = 30, min = 0, step = 1, nest = "g_L") double gLNs,
        @Param(label = "Sodium reversal", unit = "mV", def = 50, min = -200, max = 200, step = 1, nest = "E_Na") double eNaMv,
        @Param(label = "Potassium reversal", unit = "mV", def = -77, min = -200, max = 200, step = 1, nest = "E_K") double eKMv,
        @Param(label = "Leak reversal", unit = "mV", def = -54.402, min = -200, max = 200, step = 1, nest = "E_L") double eLMv,
        @Param(label = "Traub threshold offset", unit = "mV", def = -63, min = -200, max = 100, step = 1, nest = "V_T",
                help = "Only for Traub-Miles kinetics: shifts the rate functions.") double vTraubMv,
        @Param(label = "Spike detection", unit = "mV", def = 0, min = -100, max = 100, step = 1,
                help = "A spike is counted when V crosses this value upwards.") double spikeDetectMv,
        @Param(label = "Bias current", unit = "pA", def = 0, min = -1e6, max = 1e6, step = 10, nest = "I_e") double iBiasPa) implements Neuron {

    public static final String ID = "hh";

    /** Which rate functions the channels use. */
    public enum Kinetics {
        @JsonProperty("squid") SQUID,
        @JsonProperty("traub") TRAUB
    }

    /** The classic squid axon (NEST hh_psc_alpha parameters: 100 µm² patch). */
    public static HodgkinHuxley defaults() {
        return new HodgkinHuxley(Kinetics.SQUID, 100, 12000, 3600, 30, 50, -77, -54.402, -63, 0, 0);
    }

    /** The Traub-Miles cell of Brian2's COBAHH example (20000 µm²). */
    public static HodgkinHuxley traub() {
        return new HodgkinHuxley(Kinetics.TRAUB, 200, 20000, 6000, 10, 50, -90, -60, -63, -20, 0);
    }

    @Override
    public String modelId() {
        return ID;
    }

    @Override
    public String nestName() {
        return kinetics == Kinetics.TRAUB ? "hh_cond_exp_traub" : "hh_psc_alpha";
    }

    @Override
    public String displayName() {
        return kinetics == Kinetics.TRAUB ? "Hodgkin-Huxley (Traub-Miles)" : "Hodgkin-Huxley";
    }

    @Override
    public double vInitialMv() {
        return kinetics == Kinetics.TRAUB ? eLMv : -65;
    }

    @Override
    public List<String> stateVariables() {
        return List.of("v", "m", "h", "n");
    }
}
