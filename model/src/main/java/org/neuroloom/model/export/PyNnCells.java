package org.neuroloom.model.export;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neuroloom.model.Population;
import org.neuroloom.model.dist.Distribution;
import org.neuroloom.model.neuron.AdEx;
import org.neuroloom.model.neuron.HodgkinHuxley;
import org.neuroloom.model.neuron.Izhikevich;
import org.neuroloom.model.neuron.Lif;
import org.neuroloom.model.neuron.Neuron;

/**
 * PyNN 0.10 standard cell types for NeuroLoom neurons, with exact unit changes (pF to nF,
 * pA to nA, nS to µS). LIF becomes {@code IF_curr_delta}, {@code IF_curr_exp},
 * {@code IF_curr_alpha}, {@code IF_cond_exp} or {@code IF_cond_alpha} by its input shape;
 * AdEx {@code EIF_cond_exp_isfa_ista} / {@code EIF_cond_alpha_isfa_ista}; Hodgkin-Huxley
 * {@code HH_cond_exp} (Traub-Miles kinetics); Izhikevich {@code Izhikevich} (voltage-jump input).
 */
final class PyNnCells {

    private static final double MILLI = 1e-3;
    private static final double IZHIKEVICH_PEAK_MV = 30;

    private PyNnCells() {
    }

    /** The input shapes PyNN's standard cell for {@code m} offers. */
    static Set<SynapseKind> accepted(Neuron m) {
        if (m instanceof Lif) {
            return EnumSet.allOf(SynapseKind.class);
        }
        if (m instanceof AdEx) {
            return EnumSet.of(SynapseKind.EXP_CONDUCTANCE, SynapseKind.ALPHA_CONDUCTANCE);
        }
        if (m instanceof HodgkinHuxley) {
            return EnumSet.of(SynapseKind.EXP_CONDUCTANCE);
        }
        return EnumSet.of(SynapseKind.DELTA);
    }

    /** The input shape used when no projection reaches the population. */
    static SynapseKind fallback(Neuron m) {
        if (m instanceof Lif) {
            return SynapseKind.EXP_CURRENT;
        }
        return accepted(m).iterator().next();
    }

    /** The PyNN standard cell type name. */
    static String cellType(Neuron m, SynapseKind kind) {
        if (m instanceof Lif) {
            return switch (kind) {
                case DELTA -> "IF_curr_delta";
                case EXP_CURRENT -> "IF_curr_exp";
                case ALPHA_CURRENT -> "IF_curr_alpha";
                case EXP_CONDUCTANCE -> "IF_cond_exp";
                case ALPHA_CONDUCTANCE -> "IF_cond_alpha";
            };
        }
        if (m instanceof AdEx) {
            return kind == SynapseKind.ALPHA_CONDUCTANCE ? "EIF_cond_alpha_isfa_ista" : "EIF_cond_exp_isfa_ista";
        }
        if (m instanceof HodgkinHuxley) {
            return "HH_cond_exp";
        }
        return "Izhikevich";
    }

    /** The constructor call, e.g. {@code sim.IF_curr_exp(cm=0.25, ...)}. */
    static String constructor(Neuron m, TargetSynapses syn, List<String> limitations) {
        Map<String, String> a = new LinkedHashMap<>();
        String id = syn.target.id();
        if (m instanceof Lif l) {
            a.put("cm", Decimal.milli(l.cmPf()));
            a.put("tau_m", Decimal.of(l.tauMs()));
            a.put("v_rest", Decimal.of(l.vRestMv()));
            a.put("v_thresh", Decimal.of(l.vThreshMv()));
            a.put("v_reset", Decimal.of(l.vResetMv()));
            a.put("tau_refrac", Decimal.of(l.tRefMs()));
            a.put("i_offset", Decimal.milli(l.iBiasPa()));
            synapseParams(syn, a);
            if (!syn.kind.conductance()) {
                // Brian2's exact solution of IF_curr_* divides by tau_m - tau_syn
                a.computeIfPresent("tau_syn_E", (k, v) -> l.tauMs() == syn.tauExcMs ? v + " * BRIAN2_TAU_SYN_NUDGE" : v);
                a.computeIfPresent("tau_syn_I", (k, v) -> l.tauMs() == syn.tauInhMs ? v + " * BRIAN2_TAU_SYN_NUDGE" : v);
            }
        } else if (m instanceof AdEx x) {
            a.put("cm", Decimal.milli(x.cmPf()));
            a.put("tau_m", Decimal.of(x.cmPf() / x.gLNs()));
            a.put("v_rest", Decimal.of(x.eLMv()));
            a.put("v_thresh", Decimal.of(x.vTMv()));
            a.put("delta_T", Decimal.of(x.deltaTMv()));
            a.put("v_spike", Decimal.of(x.vPeakMv()));
            a.put("v_reset", Decimal.of(x.vResetMv()));
            a.put("tau_refrac", Decimal.of(x.tRefMs()));
            a.put("a", Decimal.of(x.aNs()));
            a.put("b", Decimal.milli(x.bPa()));
            a.put("tau_w", Decimal.of(x.tauWMs()));
            a.put("i_offset", Decimal.milli(x.iBiasPa()));
            synapseParams(syn, a);
        } else if (m instanceof HodgkinHuxley h) {
            if (h.kinetics() == HodgkinHuxley.Kinetics.SQUID) {
                limitations.add("population '" + id + "': PyNN's HH_cond_exp has Traub-Miles kinetics only; the squid-axon"
                        + " kinetics are exported as Traub-Miles with V_T = " + Decimal.of(h.vTraubMv()) + " mV");
            }
            a.put("cm", Decimal.milli(h.cmPf()));
            a.put("gbar_Na", Decimal.milli(h.gNaNs()));
            a.put("gbar_K", Decimal.milli(h.gKNs()));
            a.put("g_leak", Decimal.milli(h.gLNs()));
            a.put("e_rev_Na", Decimal.of(h.eNaMv()));
            a.put("e_rev_K", Decimal.of(h.eKMv()));
            a.put("e_rev_leak", Decimal.of(h.eLMv()));
            a.put("v_offset", Decimal.of(h.vTraubMv()));
            a.put("i_offset", Decimal.milli(h.iBiasPa()));
            synapseParams(syn, a);
        } else {
            Izhikevich z = (Izhikevich) m;
            if (z.vPeakMv() != IZHIKEVICH_PEAK_MV) {
                limitations.add("population '" + id + "': PyNN's Izhikevich cell resets at 30 mV; the spike cutoff "
                        + Decimal.of(z.vPeakMv()) + " mV is not exported");
            }
            a.put("a", Decimal.of(z.a()));
            a.put("b", Decimal.of(z.b()));
            a.put("c", Decimal.of(z.cMv()));
            a.put("d", Decimal.of(z.d()));
            a.put("i_offset", Decimal.milli(z.iBiasPa()));
        }
        return "sim." + cellType(m, syn.kind) + "(" + Py.kwargs(a) + ")";
    }

    private static void synapseParams(TargetSynapses syn, Map<String, String> a) {
        if (syn.kind == SynapseKind.DELTA) {
            return;
        }
        a.put("tau_syn_E", Decimal.of(syn.tauExcMs));
        a.put("tau_syn_I", Decimal.of(syn.tauInhMs));
        if (syn.kind.conductance()) {
            a.put("e_rev_E", Decimal.of(syn.eRevExcMv));
            a.put("e_rev_I", Decimal.of(syn.eRevInhMv));
        }
    }

    /**
     * Initial values as Python expressions by PyNN variable name. Variables the project does not
     * give start where NeuroLoom starts them: V at the model's initial potential, Izhikevich
     * {@code u = b·v}, Hodgkin-Huxley gates at their steady state.
     */
    /** NeuroLoom's synaptic channel state (one channel per receptor) as PyNN's standard cells name it. */
    private static final Map<String, String> SYNAPTIC_STATE = Map.of("g_ex", "gsyn_exc", "g_in", "gsyn_inh",
            "I_ex", "isyn_exc", "I_in", "isyn_inh");

    static Map<String, String> initialValues(Population p, List<String> limitations) {
        Neuron m = (Neuron) p.model();
        Map<String, String> out = new LinkedHashMap<>();
        Distribution v = p.initial().getOrDefault("v", Distribution.constant(m.vInitialMv()));
        out.put("v", needsDrawnV(p) ? "v_init" : Py.dist(v, 1));
        for (Map.Entry<String, Distribution> e : p.initial().entrySet()) {
            String name = e.getKey();
            if (name.equals("v")) {
                continue;
            }
            String channel = m instanceof Izhikevich ? null : SYNAPTIC_STATE.get(name);
            if (channel != null) {
                // nS -> uS and pA -> nA
                out.put(channel, Py.dist(e.getValue(), MILLI));
                continue;
            }
            boolean known = m instanceof Izhikevich && name.equals("u") || m instanceof AdEx && name.equals("w")
                    || m instanceof HodgkinHuxley && List.of("m", "h", "n").contains(name);
            if (!known) {
                limitations.add("population '" + p.id() + "': initial value of '" + name + "' is not exported");
                continue;
            }
            out.put(name, Py.dist(e.getValue(), m instanceof AdEx ? MILLI : 1));
        }
        if (m instanceof Izhikevich z && !out.containsKey("u")) {
            out.put("u", v instanceof Distribution.Constant c ? Decimal.of(z.b() * c.value()) : Decimal.of(z.b()) + " * v_init");
        }
        if (m instanceof HodgkinHuxley h) {
            double[] gates = TraubGates.steadyState(v.mean(), h.vTraubMv());
            out.putIfAbsent("m", Decimal.of(gates[0]));
            out.putIfAbsent("h", Decimal.of(gates[1]));
            out.putIfAbsent("n", Decimal.of(gates[2]));
        }
        return out;
    }

    /** Whether the initial-value expressions refer to a drawn {@code v_init} array. */
    static boolean needsDrawnV(Population p) {
        return p.model() instanceof Izhikevich && !p.initial().containsKey("u")
                && p.initial().containsKey("v") && !(p.initial().get("v") instanceof Distribution.Constant);
    }
}
