package org.neuroloom.app.editor.inspector;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neuroloom.app.editor.edit.ProjectEdits;
import org.neuroloom.app.editor.edit.ProjectionDefaults;
import org.neuroloom.model.Project;
import org.neuroloom.model.Projection;
import org.neuroloom.model.connect.Connector;
import org.neuroloom.model.dist.Distribution;
import org.neuroloom.model.modulator.Modulator;
import org.neuroloom.model.param.Params;
import org.neuroloom.model.plasticity.Plasticity;
import org.neuroloom.model.synapse.Receptor;
import org.neuroloom.model.synapse.SynapseModel;

/** The inspector of a projection: ends, receptor, connector, synapse, weight, delay, plasticity. */
final class ProjectionForm {

    static final String NONE = "none";

    private ProjectionForm() {
    }

    static InspectorForm of(Project p, Projection x) {
        Function<Projection, Project> put = y -> ProjectEdits.replace(p, y);
        List<Section> sections = new ArrayList<>();
        List<Field> top = new ArrayList<>();
        top.add(Fields.text("id", "Id", x.id(), "Unique id: letters, digits, '_' and '-'.",
                t -> ProjectEdits.rename(p, x.id(), t.trim()), "Rename " + x.id()));
        top.add(Field.readOnly("ends", "From → to", x.source() + " → " + x.target()));
        top.add(Fields.choice("receptor", "Receptor", name(x.receptor()), List.of("excitatory", "inhibitory"),
                "Excitatory weights are positive, inhibitory negative (conductances stay positive).",
                t -> put.apply(withReceptor(x, t.equals("inhibitory") ? Receptor.INHIBITORY : Receptor.EXCITATORY)),
                "Change receptor"));
        sections.add(new Section("Projection", top));

        Map<String, Connector> connectors = connectorChoices(x.connector());
        List<Field> conn = new ArrayList<>();
        conn.add(Fields.choice("connector", "Type", typeName(x.connector()), List.copyOf(connectors.keySet()),
                "Which source-target pairs are connected.", t -> put.apply(x.withConnector(connectors.get(t))),
                "Change connector"));
        conn.addAll(Fields.params("connector.", (Record) x.connector(), c -> put.apply(x.withConnector((Connector) c))));
        if (!(x.connector() instanceof Connector.OneToOne)) {
            conn.add(Fields.check("connector.allowAutapses", "Allow autapses", x.connector().allowAutapses(),
                    "Whether neuron i may connect to itself when source and target are the same population.",
                    b -> put.apply(x.withConnector(withAutapses(x.connector(), b))), "Change autapses"));
        }
        sections.add(new Section("Connector", conn));

        Map<String, SynapseModel> synapses = synapseChoices(x);
        List<Field> syn = new ArrayList<>();
        syn.add(Fields.choice("synapse", "Type", typeName(x.synapse()), List.copyOf(synapses.keySet()),
                "How a spike changes the target: delta (V jump, mV), current (pA) or conductance (nS).",
                t -> put.apply(withSynapse(x, synapses.get(t))), "Change synapse"));
        syn.addAll(Fields.params("synapse.", (Record) x.synapse(), s -> put.apply(x.withSynapse((SynapseModel) s))));
        syn.addAll(Fields.distribution("weight", "Weight", x.synapse().weightUnit(), x.weight(), w -> put.apply(x.withWeight(w))));
        syn.addAll(Fields.distribution("delayMs", "Delay", "ms", x.delayMs(), d -> put.apply(x.withDelay(d))));
        sections.add(new Section("Synapse", syn));

        Map<String, Plasticity> rules = plasticityChoices(p, x.plasticity());
        List<Field> pl = new ArrayList<>();
        pl.add(Fields.choice("plasticity", "Rule", x.plasticity() == null ? NONE : typeName(x.plasticity()),
                List.copyOf(rules.keySet()), "How the synapses change with activity.",
                t -> put.apply(x.withPlasticity(rules.get(t))), "Change plasticity"));
        if (x.plasticity() instanceof Plasticity.PairStdp s) {
            pl.add(Fields.choice("plasticity.rule", "Weight dependence", name(s.rule()), List.of("additive", "multiplicative"),
                    "Additive: fixed steps. Multiplicative: steps shrink near the bounds.",
                    t -> put.apply(x.withPlasticity(new Plasticity.PairStdp(t.equals("multiplicative")
                            ? Plasticity.StdpRule.MULTIPLICATIVE : Plasticity.StdpRule.ADDITIVE, s.tauPlusMs(),
                            s.tauMinusMs(), s.aPlus(), s.aMinus(), s.wMin(), s.wMax()))), "Change STDP rule"));
        }
        if (x.plasticity() instanceof Plasticity.RewardStdp r) {
            List<String> mods = new ArrayList<>(p.network().modulators().stream().map(Modulator::id).toList());
            if (!mods.contains(r.modulator())) {
                mods.add(0, r.modulator());
            }
            pl.add(Fields.choice("plasticity.modulator", "Modulator", r.modulator(), mods,
                    "The dopamine concentration that gates the weight change.",
                    t -> put.apply(x.withPlasticity(new Plasticity.RewardStdp(r.tauPlusMs(), r.tauMinusMs(), r.aPlus(),
                            r.aMinus(), r.tauEligibilityMs(), t, r.wMin(), r.wMax()))), "Change modulator"));
        }
        if (x.plasticity() != null) {
            pl.addAll(Fields.params("plasticity.", (Record) x.plasticity(), q -> put.apply(x.withPlasticity((Plasticity) q))));
        }
        sections.add(new Section("Plasticity", pl));
        return new InspectorForm(x.id(), x.id(), x.source() + " → " + x.target() + " · " + x.connector().shortLabel(),
                sections, List.of());
    }

    /** The JSON type name of a connector, synapse or rule ({@code fixed_probability}). */
    static String typeName(Object o) {
        var t = o.getClass().getInterfaces()[0].getAnnotation(com.fasterxml.jackson.annotation.JsonSubTypes.class);
        for (var s : t.value()) {
            if (s.value() == o.getClass()) {
                return s.name();
            }
        }
        return o.getClass().getSimpleName();
    }

    private static String name(Enum<?> e) {
        return e.name().toLowerCase(java.util.Locale.ROOT);
    }

    static Map<String, Connector> connectorChoices(Connector now) {
        // one-to-one says nothing about what the other connectors should allow
        boolean auto = !(now instanceof Connector.OneToOne) && now.allowAutapses();
        List<Connector> all = List.of(new Connector.AllToAll(auto), new Connector.OneToOne(),
                withAutapses(Params.defaults(Connector.FixedProbability.class), auto),
                withAutapses(Params.defaults(Connector.FixedInDegree.class), auto),
                withAutapses(Params.defaults(Connector.FixedOutDegree.class), auto),
                withAutapses(Params.defaults(Connector.FixedTotal.class), auto),
                withAutapses(Params.defaults(Connector.DistanceGaussian.class), auto));
        Map<String, Connector> out = new LinkedHashMap<>();
        all.forEach(c -> out.put(typeName(c), c.getClass() == now.getClass() ? now : c));
        return out;
    }

    static Connector withAutapses(Connector c, boolean b) {
        if (c instanceof Connector.AllToAll) {
            return new Connector.AllToAll(b);
        }
        if (c instanceof Connector.FixedProbability a) {
            return new Connector.FixedProbability(a.p(), b);
        }
        if (c instanceof Connector.FixedInDegree a) {
            return new Connector.FixedInDegree(a.n(), b);
        }
        if (c instanceof Connector.FixedOutDegree a) {
            return new Connector.FixedOutDegree(a.n(), b);
        }
        if (c instanceof Connector.FixedTotal a) {
            return new Connector.FixedTotal(a.n(), b);
        }
        if (c instanceof Connector.DistanceGaussian a) {
            return new Connector.DistanceGaussian(a.pMax(), a.sigmaUm(), b);
        }
        return c;
    }

    private static Map<String, SynapseModel> synapseChoices(Projection x) {
        boolean inh = x.receptor() == Receptor.INHIBITORY;
        double eRev = inh ? -80 : 0;
        List<SynapseModel> all = List.of(new SynapseModel.Delta(), Params.defaults(SynapseModel.ExpCurrent.class),
                Params.with(Params.defaults(SynapseModel.ExpConductance.class), "eRevMv", eRev),
                Params.defaults(SynapseModel.AlphaCurrent.class),
                Params.with(Params.defaults(SynapseModel.AlphaConductance.class), "eRevMv", eRev));
        Map<String, SynapseModel> out = new LinkedHashMap<>();
        all.forEach(s -> out.put(typeName(s), s.getClass() == x.synapse().getClass() ? x.synapse() : s));
        return out;
    }

    /** A new synapse model; the weight is reset to the new unit's default when the unit changes. */
    static Projection withSynapse(Projection x, SynapseModel s) {
        if (s.weightUnit().equals(x.synapse().weightUnit())) {
            return x.withSynapse(s);
        }
        double w = ProjectionDefaults.weightFor(s, x.receptor());
        return x.withSynapse(s).withWeight(Distribution.constant(w));
    }

    /** Switching receptor flips the sign of delta and current weights (conductances stay positive). */
    static Projection withReceptor(Projection x, Receptor r) {
        if (r == x.receptor()) {
            return x;
        }
        Projection y = x.withReceptor(r);
        if (x.synapse().conductanceBased()) {
            return y;
        }
        return y.withWeight(negate(x.weight()));
    }

    static Distribution negate(Distribution d) {
        if (d instanceof Distribution.Constant c) {
            return new Distribution.Constant(-c.value());
        }
        if (d instanceof Distribution.Uniform u) {
            return new Distribution.Uniform(-u.high(), -u.low());
        }
        Distribution.Normal n = (Distribution.Normal) d;
        return new Distribution.Normal(-n.mean(), n.sd(), n.max() == null ? null : -n.max(), n.min() == null ? null : -n.min(),
                n.outside());
    }

    private static Map<String, Plasticity> plasticityChoices(Project p, Plasticity now) {
        String mod = p.network().modulators().isEmpty() ? "" : p.network().modulators().get(0).id();
        Plasticity.RewardStdp r = Params.defaults(Plasticity.RewardStdp.class);
        List<Plasticity> all = List.of(Params.defaults(Plasticity.PairStdp.class), Params.defaults(Plasticity.TripletStdp.class),
                new Plasticity.RewardStdp(r.tauPlusMs(), r.tauMinusMs(), r.aPlus(), r.aMinus(), r.tauEligibilityMs(), mod,
                        r.wMin(), r.wMax()),
                Params.defaults(Plasticity.TsodyksMarkram.class), Params.defaults(Plasticity.HomeostaticScaling.class));
        Map<String, Plasticity> out = new LinkedHashMap<>();
        out.put(NONE, null);
        all.forEach(x -> out.put(typeName(x), now != null && x.getClass() == now.getClass() ? now : x));
        return out;
    }
}
