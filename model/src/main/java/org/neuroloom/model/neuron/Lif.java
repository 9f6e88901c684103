package org.neuroloom.model.neuron;

import org.neuroloom.model.param.Param;

/**
 * Leaky integrate-and-fire neuron with an absolute refractory period. With delta synapses it
 * is NEST's {@code iaf_psc_delta}, with exponential currents {@code iaf_psc_exp}, with
 * exponential conductances {@code iaf_cond_exp}.
 * <pre>C dV/dt = -C/tau (V - E_L) + I_syn + I_bias</pre>
 */
public record Lif(
        @Param(label = "Membrane capacitance", unit = "pF", def = 250, min = 0, minExclusive = true, step = 10, nest = "C_m",
                help = "Capacitance of the membrane; with tau it sets the leak conductance C/tau.") double cmPf,
        @Param(label = "Membrane time constant", unit = "ms", def = 10, min = 0, minExclusive = true, max = 10000, step = 1, nest = "tau_m",
                help = "How fast the membrane forgets its input.") double tauMs,
        @Param(label = "Resting potential", unit = "mV", def = -70, min = -200, max = 100, step = 1, nest = "E_L",
                help = "Potential the membrane relaxes to without input.") double vRestMv,
        @Param(label = "Spike threshold", unit = "mV", def = -55, min = -200, max = 100, step = 1, nest = "V_th",
                help = "A spike is emitted when V reaches this value.") double vThreshMv,
        @Param(label = "Reset potential", unit = "mV", def = -70, min = -200, max = 100, step = 1, nest = "V_reset",
                help = "V is set to this value after a spike; must be below the threshold.") double vResetMv,
        @Param(label = "Refractory period", unit = "ms", def = 2, min = 0, max = 1000, step = 0.5, nest = "t_ref",
                help = "Time after a spike during which V is clamped at the reset potential.") double tRefMs,
        @Param(label = "Bias current", unit = "pA", def = 0, min = -1e6, max = 1e6, step = 10, nest = "I_e",
                help = "Constant current injected into every neuron.") double iBiasPa) implements Neuron {

    public static final String ID = "lif";

    /** NEST's iaf_psc_exp defaults. */
    public static Lif defaults() {
        return new Lif(250, 10, -70, -55, -70, 2, 0);
    }

    @Override
    public String modelId() {
        return ID;
    }

    @Override
    public String nestName() {
        return "iaf_psc_exp";
    }

    @Override
    public String displayName() {
        return "Leaky integrate-and-fire";
    }

    @Override
    public double vInitialMv() {
        return vRestMv;
    }

    /** Leak conductance C/tau, nS. */
    public double gLeakNs() {
        return cmPf / tauMs;
    }
}
