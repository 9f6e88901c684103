package org.neuroloom.model.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neuroloom.model.Projection;
import org.neuroloom.model.connect.Connector;
import org.neuroloom.model.plasticity.Plasticity;

/** PyNN connectors and synapse types (static, STDP, Tsodyks-Markram) for projections. */
final class PyNnSynapses {

    private PyNnSynapses() {
    }

    /** The PyNN connector for a NeuroLoom connector; random ones draw from the script's {@code rng}. */
    static String connector(Connector c) {
        if (c instanceof Connector.AllToAll a) {
            return "sim.AllToAllConnector(allow_self_connections=" + bool(a.allowAutapses()) + ")";
        }
        if (c instanceof Connector.OneToOne) {
            return "sim.OneToOneConnector()";
        }
        if (c instanceof Connector.FixedProbability f) {
            return "sim.FixedProbabilityConnector(p_connect=" + Decimal.of(f.p()) + ", allow_self_connections="
                    + bool(f.allowAutapses()) + ", rng=rng)";
        }
        if (c instanceof Connector.FixedInDegree f) {
            return "sim.FixedNumberPreConnector(n=" + f.n() + ", allow_self_connections=" + bool(f.allowAutapses())
                    + ", rng=rng)";
        }
        if (c instanceof Connector.FixedOutDegree f) {
            return "sim.FixedNumberPostConnector(n=" + f.n() + ", allow_self_connections=" + bool(f.allowAutapses())
                    + ", rng=rng)";
        }
        if (c instanceof Connector.FixedTotal f) {
            return "sim.FixedTotalNumberConnector(n=" + f.n() + ", allow_self_connections=" + bool(f.allowAutapses())
                    + ", rng=rng)";
        }
        Connector.DistanceGaussian g = (Connector.DistanceGaussian) c;
        double twoSigmaSq = 2 * g.sigmaUm() * g.sigmaUm();
        return "sim.DistanceDependentProbabilityConnector(" + Py.str(Decimal.of(g.pMax()) + " * exp(-d * d / "
                + Decimal.of(twoSigmaSq) + ")") + ", allow_self_connections=" + bool(g.allowAutapses()) + ", rng=rng)";
    }

    /**
     * The synapse type of a projection whose weights are multiplied by {@code weightFactor}
     * (shape conversion and unit change together).
     */
    static String synapseType(Projection p, double weightFactor, List<String> limitations) {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("weight", Py.dist(p.weight(), weightFactor));
        a.put("delay", Py.dist(p.delayMs(), 1));
        Plasticity rule = p.plasticity();
        if (rule == null) {
            return "sim.StaticSynapse(" + Py.kwargs(a) + ")";
        }
        if (rule instanceof Plasticity.TsodyksMarkram tm) {
            a.put("U", Decimal.of(tm.u()));
            a.put("tau_rec", Decimal.of(tm.tauRecMs()));
            a.put("tau_facil", tm.tauFacMs() == 0 ? "NO_FACILITATION_MS" : Decimal.of(tm.tauFacMs()));
            return "sim.TsodyksMarkramSynapse(" + Py.kwargs(a) + ")";
        }
        if (rule instanceof Plasticity.PairStdp s) {
            boolean additive = s.rule() == Plasticity.StdpRule.ADDITIVE;
            if (additive && s.wMax() <= 0) {
                limitations.add("projection '" + p.id() + "': additive STDP with a maximum weight of " + Decimal.of(s.wMax())
                        + " cannot be written as PyNN's A·w_max steps; exported as static synapses");
                return "sim.StaticSynapse(" + Py.kwargs(a) + ")";
            }
            // PyNN's additive rule steps by A·w_max; NeuroLoom's A+ and A- are absolute weight steps.
            double aPlus = additive ? s.aPlus() / s.wMax() : s.aPlus();
            double aMinus = additive ? s.aMinus() / s.wMax() : s.aMinus();
            String timing = "sim.SpikePairRule(tau_plus=" + Decimal.of(s.tauPlusMs()) + ", tau_minus="
                    + Decimal.of(s.tauMinusMs()) + ", A_plus=" + Decimal.of(aPlus) + ", A_minus=" + Decimal.of(aMinus) + ")";
            String weightDep = "sim." + (additive ? "Additive" : "Multiplicative") + "WeightDependence(w_min="
                    + Py.scaled(s.wMin(), weightFactor) + ", w_max=" + Py.scaled(s.wMax(), weightFactor) + ")";
            limitations.add("projection '" + p.id() + "': PyNN's NEST and SpiNNaker backends treat the delay as dendritic"
                    + " in STDP, so pre/post intervals are shifted by twice the delay (exact on brian2)");
            return "sim.STDPMechanism(timing_dependence=" + timing + ",\n        weight_dependence=" + weightDep + ",\n        "
                    + Py.kwargs(a) + ", dendritic_delay_fraction=DENDRITIC_DELAY_FRACTION)";
        }
        limitations.add("projection '" + p.id() + "': " + ruleName(rule) + " has no PyNN standard synapse type;"
                + " exported as static synapses");
        return "sim.StaticSynapse(" + Py.kwargs(a) + ")";
    }

    static String ruleName(Plasticity rule) {
        if (rule instanceof Plasticity.TripletStdp) {
            return "triplet STDP";
        }
        if (rule instanceof Plasticity.RewardStdp) {
            return "reward-modulated STDP";
        }
        if (rule instanceof Plasticity.HomeostaticScaling) {
            return "homeostatic scaling";
        }
        if (rule instanceof Plasticity.TsodyksMarkram) {
            return "Tsodyks-Markram short-term plasticity";
        }
        return "pair STDP";
    }

    private static String bool(boolean b) {
        return b ? "True" : "False";
    }
}
