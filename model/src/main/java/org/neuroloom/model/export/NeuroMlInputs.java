package org.neuroloom.model.export;

import java.util.List;
import org.neuroloom.model.Population;
import org.neuroloom.model.Projection;
import org.neuroloom.model.neuron.CurrentSource;
import org.neuroloom.model.neuron.DcCurrent;
import org.neuroloom.model.neuron.NoiseCurrent;
import org.neuroloom.model.neuron.SineCurrent;
import org.neuroloom.model.neuron.StepCurrent;
import org.neuroloom.model.plasticity.Plasticity;
import org.neuroloom.model.synapse.SynapseModel;

/**
 * NeuroML2 synapse and input components. Each projection gets its own synapse whose base
 * amplitude is one NeuroLoom weight unit (1 nS, 1 pA; 1 nA for PyNN's {@code expCurrSynapse}),
 * so the connection weights are NeuroLoom's weights.
 */
final class NeuroMlInputs {

    /** Practically forever, for generators without an end. */
    private static final String FOREVER = "1000000000.0ms";

    /**
     * A synapse component and the factor from NeuroLoom weights to its connection weights.
     *
     * @param node         the component
     * @param weightFactor multiply NeuroLoom weights by this
     */
    record SynapseDef(XmlNode node, double weightFactor) {
    }

    private NeuroMlInputs() {
    }

    static SynapseDef synapse(Projection p, Population target, String id, double dtMs, List<String> limitations) {
        SynapseModel s = p.synapse();
        Plasticity rule = p.plasticity();
        boolean stp = rule instanceof Plasticity.TsodyksMarkram;
        if (rule != null && !(stp && s instanceof SynapseModel.ExpConductance)) {
            limitations.add("projection '" + p.id() + "': " + PyNnSynapses.ruleName(rule)
                    + (stp ? " needs conductance-based exponential synapses in NeuroML" : " has no NeuroML2 core type")
                    + "; exported as static synapses");
        }
        if (s instanceof SynapseModel.ExpConductance e) {
            if (stp) {
                Plasticity.TsodyksMarkram tm = (Plasticity.TsodyksMarkram) rule;
                // NeuroML has Tsodyks-Markram only on a two-exponential synapse; a rise 1000 times faster than the decay.
                limitations.add("projection '" + p.id() + "': Tsodyks-Markram synapses are NeuroML blockingPlasticSynapses"
                        + " with a rise time of tau/1000");
                XmlNode mech = XmlNode.of("plasticityMechanism", "type",
                        tm.tauFacMs() > 0 ? "tsodyksMarkramDepFacMechanism" : "tsodyksMarkramDepMechanism",
                        "initReleaseProb", Decimal.of(tm.u()), "tauRec", NeuroMlCells.ms(tm.tauRecMs()));
                if (tm.tauFacMs() > 0) {
                    mech.attrs().put("tauFac", NeuroMlCells.ms(tm.tauFacMs()));
                }
                return new SynapseDef(XmlNode.of("blockingPlasticSynapse", "id", id, "gbase", "1nS", "erev",
                        NeuroMlCells.mv(e.eRevMv()), "tauRise", NeuroMlCells.ms(e.tauMs() / 1000),
                        "tauDecay", NeuroMlCells.ms(e.tauMs())).add(mech), 1);
            }
            return new SynapseDef(XmlNode.of("expOneSynapse", "id", id, "gbase", "1nS", "erev", NeuroMlCells.mv(e.eRevMv()),
                    "tauDecay", NeuroMlCells.ms(e.tauMs())), 1);
        }
        if (s instanceof SynapseModel.AlphaConductance a) {
            return new SynapseDef(XmlNode.of("alphaSynapse", "id", id, "gbase", "1nS", "erev", NeuroMlCells.mv(a.eRevMv()),
                    "tau", NeuroMlCells.ms(a.tauMs())), 1);
        }
        if (s instanceof SynapseModel.AlphaCurrent a) {
            return new SynapseDef(XmlNode.of("alphaCurrentSynapse", "id", id, "tau", NeuroMlCells.ms(a.tauMs()), "ibase", "1pA"), 1);
        }
        if (s instanceof SynapseModel.ExpCurrent e) {
            return new SynapseDef(XmlNode.of("expCurrSynapse", "id", id, "tau_syn", Decimal.of(e.tauMs())), 1e-3);
        }
        // NeuroML has no voltage-jump synapse: a current lasting one time step carries the same charge C·ΔV.
        double cmPf = TargetSynapses.capacitancePf(target.model());
        limitations.add("projection '" + p.id() + "': NeuroML has no delta synapse; exported as an exponential current"
                + " with tau = dt = " + Decimal.of(dtMs) + " ms carrying the same charge");
        return new SynapseDef(XmlNode.of("expCurrSynapse", "id", id, "tau_syn", Decimal.of(dtMs)), cmPf / dtMs * 1e-3);
    }

    /** The generator of a current-source population, one element's current at unit weight. */
    static XmlNode generator(Population p, String id, List<String> limitations) {
        CurrentSource c = (CurrentSource) p.model();
        if (c instanceof DcCurrent d) {
            return pulse(id, d.startMs(), d.stopMs() - d.startMs(), d.amplitudePa());
        }
        if (c instanceof StepCurrent st) {
            XmlNode compound = XmlNode.of("compoundInput", "id", id);
            List<StepCurrent.Step> steps = st.steps();
            for (int i = 0; i < steps.size(); i++) {
                StepCurrent.Step s = steps.get(i);
                if (s.amplitudePa() == 0) {
                    continue;
                }
                double end = i + 1 < steps.size() ? steps.get(i + 1).atMs() : 1e9;
                compound.add(pulse(id + "_" + i, s.atMs(), end - s.atMs(), s.amplitudePa()));
            }
            return compound;
        }
        if (c instanceof SineCurrent s) {
            if (s.frequencyHz() == 0) {
                return pulse(id, 0, 1e9, s.offsetPa() + s.amplitudePa() * Math.sin(Math.toRadians(s.phaseDeg())));
            }
            XmlNode compound = XmlNode.of("compoundInput", "id", id);
            if (s.offsetPa() != 0) {
                compound.add(pulse(id + "_offset", 0, 1e9, s.offsetPa()));
            }
            return compound.add(XmlNode.of("sineGenerator", "id", id + "_sine", "delay", "0.0ms",
                    "phase", Decimal.of(Math.toRadians(s.phaseDeg())), "duration", FOREVER,
                    "amplitude", Decimal.of(s.amplitudePa()) + "pA", "period", NeuroMlCells.ms(1000 / s.frequencyHz())));
        }
        NoiseCurrent n = (NoiseCurrent) c;
        limitations.add("population '" + p.id() + "': NeuroML2 core has no noise current; its mean " + Decimal.of(n.meanPa())
                + " pA is exported as a constant current");
        return pulse(id, 0, 1e9, n.meanPa());
    }

    /** A constant current from {@code delayMs} for {@code durationMs}. */
    static XmlNode pulse(String id, double delayMs, double durationMs, double amplitudePa) {
        return XmlNode.of("pulseGenerator", "id", id, "delay", NeuroMlCells.ms(delayMs), "duration", NeuroMlCells.ms(durationMs),
                "amplitude", Decimal.of(amplitudePa) + "pA");
    }
}
