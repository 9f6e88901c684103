package org.neuroloom.model.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.neuroloom.model.CanvasPosition;
import org.neuroloom.model.Network;
import org.neuroloom.model.Population;
import org.neuroloom.model.Project;
import org.neuroloom.model.Projection;
import org.neuroloom.model.Recording;
import org.neuroloom.model.Simulation;
import org.neuroloom.model.Views;
import org.neuroloom.model.connect.Connector;
import org.neuroloom.model.dist.Distribution;
import org.neuroloom.model.modulator.Modulator;
import org.neuroloom.model.neuron.Lif;
import org.neuroloom.model.neuron.NeuronModel;
import org.neuroloom.model.neuron.PoissonSource;
import org.neuroloom.model.plasticity.Plasticity;
import org.neuroloom.model.synapse.Receptor;
import org.neuroloom.model.synapse.SynapseModel;
import org.neuroloom.model.validate.Problem;
import org.neuroloom.model.validate.Validator;

/**
 * A small valid project for rule tests, and ways to change one thing in it.
 * Populations: [0] E (LIF, 10), [1] I (LIF, 5), [2] ext (Poisson, 10).
 * Projections: [0] E_E (fixed_probability 0.1, exp_current, 10 pA), [1] I_E (all_to_all,
 * exp_current, -20 pA), [2] ext_E (one_to_one, delta, 0.5 mV). dt 0.1 ms.
 */
public final class Fixtures {

    private Fixtures() {
    }

    public static Population population(String id, int size, NeuronModel model) {
        return new Population(id, id, size, model, Map.of(), null, CanvasPosition.ORIGIN);
    }

    public static Projection projection(String id, String source, String target, Connector c, Receptor r,
                                        SynapseModel s, double weight) {
        return new Projection(id, "", source, target, c, r, s, Distribution.constant(weight), Distribution.constant(1), null);
    }

    public static Project base() {
        Network net = new Network(List.of(
                population("E", 10, Lif.defaults()),
                population("I", 5, Lif.defaults()),
                population("ext", 10, PoissonSource.defaults())),
                List.of(
                        projection("E_E", "E", "E", new Connector.FixedProbability(0.1, false), Receptor.EXCITATORY,
                                new SynapseModel.ExpCurrent(5), 10),
                        projection("I_E", "I", "E", new Connector.AllToAll(false), Receptor.INHIBITORY,
                                new SynapseModel.ExpCurrent(10), -20),
                        projection("ext_E", "ext", "E", new Connector.OneToOne(), Receptor.EXCITATORY,
                                new SynapseModel.Delta(), 0.5)),
                List.of());
        return new Project(Project.SCHEMA_VERSION, "fixture", "", Simulation.defaults(), net,
                new Recording(List.of("E"), List.of(), List.of()), null, List.of(), Views.defaults());
    }

    public static Project withPopulation(Project p, int index, UnaryOperator<Population> change) {
        List<Population> pops = new ArrayList<>(p.network().populations());
        pops.set(index, change.apply(pops.get(index)));
        return p.withNetwork(new Network(pops, p.network().projections(), p.network().modulators()));
    }

    public static Project addPopulation(Project p, Population pop) {
        List<Population> pops = new ArrayList<>(p.network().populations());
        pops.add(pop);
        return p.withNetwork(new Network(pops, p.network().projections(), p.network().modulators()));
    }

    public static Project withProjection(Project p, int index, UnaryOperator<Projection> change) {
        List<Projection> prs = new ArrayList<>(p.network().projections());
        prs.set(index, change.apply(prs.get(index)));
        return p.withNetwork(new Network(p.network().populations(), prs, p.network().modulators()));
    }

    public static Project addProjection(Project p, Projection pr) {
        List<Projection> prs = new ArrayList<>(p.network().projections());
        prs.add(pr);
        return p.withNetwork(new Network(p.network().populations(), prs, p.network().modulators()));
    }

    public static Project withModulators(Project p, Modulator... modulators) {
        return p.withNetwork(new Network(p.network().populations(), p.network().projections(), List.of(modulators)));
    }

    /** Additive STDP with the given bounds. */
    public static Plasticity stdp(double wMin, double wMax) {
        return new Plasticity.PairStdp(Plasticity.StdpRule.ADDITIVE, 20, 20, 0.01, 0.0105, wMin, wMax);
    }

    /** Asserts that the validator reports exactly these problems, in this order. */
    public static void assertProblems(Project p, String... expected) {
        assertEquals(List.of(expected), Validator.validate(p).stream().map(Problem::toString).toList());
    }
}
