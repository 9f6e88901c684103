package org.neuroloom.model.neuron;

import java.util.List;
import org.neuroloom.model.param.Param;

/**
 * Adaptive exponential integrate-and-fire neuron (Brette &amp; Gerstner 2005), NEST's
 * {@code aeif_psc_exp} / {@code aeif_cond_exp}:
 * <pre>C dV/dt = -gL (V - EL) + gL ΔT exp((V - VT)/ΔT) - w + I;  τw dw/dt = a (V - EL) - w
 * at V &gt;= Vpeak: V = Vr, w += b</pre>
 * Firing-pattern presets (Naud et al. 2008) are in {@link AdExPreset}.
 */
public record AdEx(
        @Param(label = "Membrane capacitance", unit = "pF", def = 281, min = 0, minExclusive = true, step = 10, nest = "C_m") double cmPf,
        @Param(label = "Leak conductance", unit = "nS", def = 30, min = 0, minExclusive = true, step = 1, nest = "g_L") double gLNs,
        @Param(label = "Leak reversal", unit = "mV", def = -70.6, min = -200, max = 100, step = 1, nest = "E_L") double eLMv,
        @Param(label = "Threshold slope point", unit = "mV", def = -50.4, min = -200, max = 100, step = 1, nest = "V_th",
                help = "Where the exponential term takes over.") double vTMv,
        @Param(label = "Slope factor", unit = "mV", def = 2, min = 0, minExclusive = true, max = 50, step = 0.1, nest = "Delta_T",
                help = "Sharpness of spike initiation.") double deltaTMv,
        @Param(label = "Adaptation time constant", unit = "ms", def = 144, min = 0, minExclusive = true, max = 1e5, step = 1, nest = "tau_w") double tauWMs,
        @Param(label = "Subthreshold adaptation", unit = "nS", def = 4, min = -1000, max = 1000, step = 0.5, nest = "a") double aNs,
        @Param(label = "Spike-triggered adaptation", unit = "pA", def = 80.5, min = -1e4, max = 1e4, step = 1, nest = "b") double bPa,
        @Param(label = "Reset potential", unit = "mV", def = -70.6, min = -200, max = 100, step = 1, nest = "V_reset") double vResetMv,
        @Param(label = "Refractory period", unit = "ms", def = 0, min = 0, max = 1000, step = 0.5, nest = "t_ref") double tRefMs,
        @Param(label = "Spike detection", unit = "mV", def = 0, min = -100, max = 100, step = 1, nest = "V_peak",
                help = "V is reset when it reaches this value; must be above the slope point.") double vPeakMv,
        @Param(label = "Bias current", unit = "pA", def = 0, min = -1e6, max = 1e6, step = 10, nest = "I_e") double iBiasPa) implements Neuron {

    public static final String ID = "adex";

    /** Brette and Gerstner (2005) parameters. */
    public static AdEx defaults() {
        return new AdEx(281, 30, -70.6, -50.4, 2, 144, 4, 80.5, -70.6, 0, 0, 0);
    }

    @Override
    public String modelId() {
        return ID;
    }

    @Override
    public String nestName() {
        return "aeif_psc_exp";
    }

    @Override
    public String displayName() {
        return "Adaptive exponential IF";
    }

    @Override
    public double vInitialMv() {
        return eLMv;
    }

    @Override
    public List<String> stateVariables() {
        return List.of("v", "w");
    }
}
