package org.neuroloom.model.neuron;

import java.util.List;
import org.neuroloom.model.param.Param;

/**
 * Izhikevich (2003) simple model, in the paper's units (v in mV, t in ms, input current added
 * directly to dv/dt, i.e. C = 1 pF):
 * <pre>dv/dt = 0.04 v^2 + 5 v + 140 - u + I;  du/dt = a (b v - u);  if v &gt;= vPeak: v = c, u += d</pre>
 * Named cell types are in {@link IzhikevichPreset}.
 */
public record Izhikevich(
        @Param(label = "a (recovery rate)", unit = "1/ms", def = 0.02, min = 0, minExclusive = true, max = 1, step = 0.01, nest = "a",
                help = "Time scale of the recovery variable u.") double a,
        @Param(label = "b (recovery sensitivity)", unit = "", def = 0.2, min = -1, max = 1, step = 0.01, nest = "b",
                help = "Sensitivity of u to subthreshold fluctuations of v.") double b,
        @Param(label = "c (reset potential)", unit = "mV", def = -65, min = -200, max = 0, step = 1, nest = "c",
                help = "After-spike reset value of v.") double cMv,
        @Param(label = "d (recovery jump)", unit = "mV", def = 8, min = -100, max = 100, step = 0.5, nest = "d",
                help = "After-spike increment of u.") double d,
        @Param(label = "Spike cutoff", unit = "mV", def = 30, min = -20, max = 100, step = 1, nest = "V_th",
                help = "v is reset when it reaches this value (the spike peak).") double vPeakMv,
        @Param(label = "Bias current", unit = "pA", def = 0, min = -1e4, max = 1e4, step = 1, nest = "I_e",
                help = "Constant input current (paper units: added directly to dv/dt).") double iBiasPa) implements Neuron {

    public static final String ID = "izhikevich";

    /** Regular spiking. */
    public static Izhikevich defaults() {
        return IzhikevichPreset.REGULAR_SPIKING.model();
    }

    @Override
    public String modelId() {
        return ID;
    }

    @Override
    public String nestName() {
        return "izhikevich";
    }

    @Override
    public String displayName() {
        return "Izhikevich";
    }

    @Override
    public double vInitialMv() {
        return -65;
    }

    @Override
    public List<String> stateVariables() {
        return List.of("v", "u");
    }
}
