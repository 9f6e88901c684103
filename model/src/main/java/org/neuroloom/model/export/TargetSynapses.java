package org.neuroloom.model.export;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neuroloom.model.Population;
import org.neuroloom.model.Projection;
import org.neuroloom.model.neuron.AdEx;
import org.neuroloom.model.neuron.HodgkinHuxley;
import org.neuroloom.model.neuron.Izhikevich;
import org.neuroloom.model.neuron.Lif;
import org.neuroloom.model.neuron.NeuronModel;
import org.neuroloom.model.synapse.Receptor;

/**
 * The synaptic input a target population's exported cell type accepts. Formats like PyNN
 * give a cell one excitatory and one inhibitory receptor, each with one shape, time constant
 * and reversal potential, while NeuroLoom lets every projection choose its own. This picks the
 * shape most incoming projections use (among those the cell type accepts) and the first
 * matching projection's time constants, and converts the weights of the others to the same
 * charge per spike at rest, reporting each conversion.
 */
final class TargetSynapses {

    static final double DEFAULT_TAU_MS = 5;
    static final double DEFAULT_E_REV_EXC_MV = 0;
    static final double DEFAULT_E_REV_INH_MV = -80;

    final Population target;
    final SynapseKind kind;
    final double tauExcMs;
    final double tauInhMs;
    final double eRevExcMv;
    final double eRevInhMv;
    private final double cmPf;
    private final double vRestMv;

    private TargetSynapses(Population target, SynapseKind kind, double tauExcMs, double tauInhMs, double eRevExcMv,
                           double eRevInhMv) {
        this.target = target;
        this.kind = kind;
        this.tauExcMs = tauExcMs;
        this.tauInhMs = tauInhMs;
        this.eRevExcMv = eRevExcMv;
        this.eRevInhMv = eRevInhMv;
        this.cmPf = capacitancePf(target.model());
        this.vRestMv = restMv(target.model());
    }

    /**
     * Plans the receptors of {@code target}.
     *
     * @param incoming the projections ending on it (not from current sources)
     * @param accepted the shapes the exported cell type offers
     * @param fallback the shape used when no incoming projection has an accepted one
     */
    static TargetSynapses plan(Population target, List<Projection> incoming, Set<SynapseKind> accepted, SynapseKind fallback) {
        Map<SynapseKind, Integer> votes = new EnumMap<>(SynapseKind.class);
        SynapseKind kind = null;
        for (Projection p : incoming) {
            SynapseKind k = SynapseKind.of(p.synapse());
            if (accepted.contains(k)) {
                int v = votes.merge(k, 1, Integer::sum);
                if (kind == null || v > votes.get(kind)) {
                    kind = k;
                }
            }
        }
        kind = kind == null ? fallback : kind;
        double tauE = tau(incoming, Receptor.EXCITATORY, kind);
        double tauI = tau(incoming, Receptor.INHIBITORY, kind);
        tauE = Double.isNaN(tauE) ? (Double.isNaN(tauI) ? DEFAULT_TAU_MS : tauI) : tauE;
        tauI = Double.isNaN(tauI) ? tauE : tauI;
        double eE = eRev(incoming, Receptor.EXCITATORY, DEFAULT_E_REV_EXC_MV);
        double eI = eRev(incoming, Receptor.INHIBITORY, DEFAULT_E_REV_INH_MV);
        return new TargetSynapses(target, kind, tauE, tauI, eE, eI);
    }

    private static double tau(List<Projection> incoming, Receptor r, SynapseKind kind) {
        double any = Double.NaN;
        for (Projection p : incoming) {
            if (p.receptor() != r) {
                continue;
            }
            double t = SynapseKind.tauMs(p.synapse());
            if (SynapseKind.of(p.synapse()) == kind && !Double.isNaN(t)) {
                return t;
            }
            any = Double.isNaN(any) ? t : any;
        }
        return any;
    }

    private static double eRev(List<Projection> incoming, Receptor r, double fallback) {
        for (Projection p : incoming) {
            double e = SynapseKind.eRevMv(p.synapse());
            if (p.receptor() == r && !Double.isNaN(e)) {
                return e;
            }
        }
        return fallback;
    }

    double tauMs(Receptor r) {
        return r == Receptor.EXCITATORY ? tauExcMs : tauInhMs;
    }

    double eRevMv(Receptor r) {
        return r == Receptor.EXCITATORY ? eRevExcMv : eRevInhMv;
    }

    /**
     * The factor that turns {@code p}'s weights (NeuroLoom units of its own synapse model)
     * into weights of this target's shape (NeuroLoom units of that shape): exactly 1 when
     * shape, time constant and reversal potential agree, otherwise the ratio of charges per
     * spike, with a sentence added to {@code limitations}.
     */
    double weightFactor(Projection p, String cellName, List<String> limitations) {
        SynapseKind src = SynapseKind.of(p.synapse());
        double tau = SynapseKind.tauMs(p.synapse());
        double eRev = SynapseKind.eRevMv(p.synapse());
        double dstTau = tauMs(p.receptor());
        double dstERev = eRevMv(p.receptor());
        boolean sameTau = Double.isNaN(tau) || !kindHasTau() || tau == dstTau;
        boolean sameERev = Double.isNaN(eRev) || !kind.conductance() || eRev == dstERev;
        if (src == kind && sameTau && sameERev) {
            return 1;
        }
        double from = src.chargePerUnitWeight(tau, eRev, cmPf, vRestMv);
        double to = kind.chargePerUnitWeight(dstTau, dstERev, cmPf, vRestMv);
        String what = "projection '" + p.id() + "': " + src + " synapses" + describe(src, tau, eRev) + " onto population '"
                + target.id() + "', whose " + cellName + " has " + kind + describe(kind, dstTau, dstERev) + " "
                + p.receptor().name().toLowerCase() + " input";
        if (to == 0 || !Double.isFinite(from / to) || from / to < 0) {
            limitations.add(what + "; weights could not be converted and are exported unchanged");
            return 1;
        }
        double f = from / to;
        limitations.add(what + "; weights scaled by " + Decimal.of(f) + " to deliver the same charge per spike at rest");
        return f;
    }

    private boolean kindHasTau() {
        return kind != SynapseKind.DELTA;
    }

    private static String describe(SynapseKind k, double tau, double eRev) {
        if (k == SynapseKind.DELTA) {
            return "";
        }
        String s = " (tau " + Decimal.of(tau) + " ms";
        return k.conductance() ? s + ", E_rev " + Decimal.of(eRev) + " mV)" : s + ")";
    }

    /** Membrane capacitance in pF; the Izhikevich model works in units where C = 1 pF. */
    static double capacitancePf(NeuronModel m) {
        if (m instanceof Lif l) {
            return l.cmPf();
        }
        if (m instanceof AdEx a) {
            return a.cmPf();
        }
        if (m instanceof HodgkinHuxley h) {
            return h.cmPf();
        }
        return 1;
    }

    /** Resting potential used for driving forces, mV. */
    static double restMv(NeuronModel m) {
        if (m instanceof Lif l) {
            return l.vRestMv();
        }
        if (m instanceof AdEx a) {
            return a.eLMv();
        }
        if (m instanceof HodgkinHuxley h) {
            return h.eLMv();
        }
        if (m instanceof Izhikevich i) {
            return i.vInitialMv();
        }
        return 0;
    }
}
