package org.neuroloom.engine.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.neuroloom.model.neuron.HodgkinHuxley;
import org.neuroloom.model.neuron.Lif;
import org.neuroloom.model.neuron.NeuronModel;
import org.neuroloom.model.neuron.PoissonSource;
import org.neuroloom.model.plasticity.Plasticity;
import org.neuroloom.model.synapse.Receptor;
import org.neuroloom.model.synapse.SynapseModel;

/**
 * The benchmark networks of {@code neuroloom bench}, built as ordinary {@link Project}s so they
 * take the same compile path as a user's project. Each is the network of the Brian2 script of
 * the same name in {@code bench/brian2/} (parameters are listed there in full), written in
 * NeuroLoom's NEST units: C = 200 pF and τm = 20 ms give gL = 10 nS, so Brian's voltage-unit
 * synaptic jumps become currents ×10 pA/mV and Brian's leak-relative conductances become ×10 nS.
 */
public final class BenchNetworks {

    /** Benchmark names, in the order {@code bench all} runs them. */
    public static final List<String> NAMES = List.of("cuba", "coba", "cobahh", "brunel", "stdp", "plastic", "scale");

    private static final double DT_MS = 0.1;

    private BenchNetworks() {
    }

    /**
     * The project for benchmark {@code name}.
     *
     * @param scaleNeurons neurons of the {@code scale} network (ignored by the others)
     * @param scaleInDegree synapses per neuron of the {@code scale} network
     * @throws IllegalArgumentException for an unknown name
     */
    public static Project build(String name, int scaleNeurons, int scaleInDegree) {
        return switch (name) {
            case "cuba" -> cuba();
            case "coba" -> coba();
            case "cobahh" -> cobahh();
            case "brunel" -> brunel(10_000, 2_500, 1000, 250);
            case "stdp" -> stdp();
            case "plastic" -> plastic();
            case "scale" -> scale(scaleNeurons, scaleInDegree);
            default -> throw new IllegalArgumentException("unknown benchmark '" + name + "'; known: " + String.join(", ", NAMES));
        };
    }

    /** Brian2 examples/CUBA.py: 4000 LIF, p = 0.02, exponential currents. */
    static Project cuba() {
        Lif lif = new Lif(200, 20, -49, -50, -60, 5, 0);
        Map<String, Distribution> v0 = Map.of("v", new Distribution.Uniform(-60, -50));
        List<Population> pops = List.of(pop("E", 3200, lif, v0, 0), pop("I", 800, lif, v0, 1));
        Connector p02 = new Connector.FixedProbability(0.02, true);
        List<Projection> prj = new ArrayList<>();
        for (String target : List.of("E", "I")) {
            prj.add(proj("E_to_" + target, "E", target, p02, Receptor.EXCITATORY, new SynapseModel.ExpCurrent(5), 16.2, DT_MS, null));
            prj.add(proj("I_to_" + target, "I", target, p02, Receptor.INHIBITORY, new SynapseModel.ExpCurrent(10), -90, DT_MS, null));
        }
        return project("cuba", pops, prj);
    }

    /** The Vogels-Abbott COBA network of bench/brian2/coba.py: 4000 LIF, exponential conductances. */
    static Project coba() {
        Lif lif = new Lif(200, 20, -60, -50, -60, 5, 0);
        return conductanceNetwork("coba", lif);
    }

    /**
     * The two Vogels-Abbott conductance networks (COBA, COBAHH), started as Brian starts them:
     * V normal(-65, 5) mV and random synaptic conductances, g_ex normal(40, 15) nS and g_in
     * normal(200, 120) nS. Brian lets the few negative draws stand; conductances here cannot be
     * negative, so they are clipped at 0 (Brian2 with clip gives the same 18-19 Hz for COBA).
     */
    private static Project conductanceNetwork(String name, NeuronModel model) {
        Distribution.Outside clip = Distribution.Outside.CLIP;
        Map<String, Distribution> start = Map.of("v", new Distribution.Normal(-65, 5, null, null),
                "g_ex", new Distribution.Normal(40, 15, 0.0, null, clip),
                "g_in", new Distribution.Normal(200, 120, 0.0, null, clip));
        List<Population> pops = List.of(pop("E", 3200, model, start, 1), pop("I", 800, model, start, 2));
        Connector p02 = new Connector.FixedProbability(0.02, true);
        SynapseModel exc = new SynapseModel.ExpConductance(5, 0);
        List<Projection> prj = new ArrayList<>();
        for (String target : List.of("E", "I")) {
            prj.add(proj("E_to_" + target, "E", target, p02, Receptor.EXCITATORY, exc, 6, DT_MS, null));
            prj.add(proj("I_to_" + target, "I", target, p02, Receptor.INHIBITORY, new SynapseModel.ExpConductance(10, -80), 67, DT_MS, null));
        }
        return project(name, pops, prj);
    }

    /** Brian2 examples/COBAHH.py: 4000 Traub-Miles Hodgkin-Huxley neurons. */
    static Project cobahh() {
        return conductanceNetwork("cobahh", HodgkinHuxley.traub());
    }

    /**
     * Brunel (2000) with g = 5, η = 2 (asynchronous irregular): delta synapses J = 0.1 mV,
     * delay 1.5 ms, fixed in-degrees; the 1000 external inputs per neuron are one Poisson train
     * of C_E ν_ext per neuron.
     */
    static Project brunel(int nE, int nI, int kE, int kI) {
        Lif lif = new Lif(250, 20, 0, 20, 10, 2, 0);
        double j = 0.1;
        double g = 5;
        double eta = 2;
        double nuThresholdHz = 20.0 / (j * kE * 20.0) * 1000.0;
        double extRateHz = kE * eta * nuThresholdHz;
        List<Population> pops = List.of(
                pop("E", nE, lif, Map.of(), 1), pop("I", nI, lif, Map.of(), 2),
                pop("ext_E", nE, new PoissonSource(extRateHz, List.of()), Map.of(), 0),
                pop("ext_I", nI, new PoissonSource(extRateHz, List.of()), Map.of(), 3));
        SynapseModel delta = new SynapseModel.Delta();
        List<Projection> prj = new ArrayList<>();
        for (String target : List.of("E", "I")) {
            prj.add(proj("E_to_" + target, "E", target, new Connector.FixedInDegree(kE, false), Receptor.EXCITATORY, delta, j, 1.5, null));
            prj.add(proj("I_to_" + target, "I", target, new Connector.FixedInDegree(kI, false), Receptor.INHIBITORY, delta, -g * j, 1.5, null));
            prj.add(proj("ext_to_" + target, "ext_" + target, target, new Connector.OneToOne(), Receptor.EXCITATORY, delta, j, 1.5, null));
        }
        return project("brunel", pops, prj);
    }

    /**
     * Song, Miller &amp; Abbott (2000) as Brian2's examples/synapses/STDP.py: 1000 Poisson inputs
     * at 15 Hz onto one conductance-based LIF with additive STDP. C = 10 pF and τ = 10 ms give
     * gL = 1 nS, so conductances are in units of the leak as in the paper (gmax = 0.01).
     */
    static Project stdp() {
        double gmax = 0.01;
        Lif lif = new Lif(10, 10, -74, -54, -60, 0, 0);
        List<Population> pops = List.of(
                pop("input", 1000, new PoissonSource(15, List.of()), Map.of(), 0),
                pop("neuron", 1, lif, Map.of("v", new Distribution.Constant(-74)), 1));
        Plasticity stdp = new Plasticity.PairStdp(Plasticity.StdpRule.ADDITIVE, 20, 20, 0.01 * gmax, 0.0105 * gmax, 0, gmax);
        Projection p = new Projection("input_to_neuron", "", "input", "neuron", new Connector.AllToAll(true), Receptor.EXCITATORY,
                new SynapseModel.ExpConductance(5, 0), new Distribution.Uniform(0, gmax), Distribution.constant(DT_MS), stdp);
        return project("stdp", pops, List.of(p));
    }

    /**
     * The plastic E/I network of bench/brian2/plastic.py: 10000 E / 2500 I LIF, p = 0.025,
     * delay 1.5 ms, additive STDP on E→E (about 2.5 million plastic synapses).
     */
    static Project plastic() {
        Lif lif = new Lif(200, 20, -60, -50, -60, 2, 0);
        Map<String, Distribution> v0 = Map.of("v", new Distribution.Uniform(-60, -50));
        double wmaxPa = 5;
        List<Population> pops = List.of(
                pop("E", 10_000, lif, v0, 1), pop("I", 2_500, lif, v0, 2),
                pop("ext_E", 10_000, new PoissonSource(9000, List.of()), Map.of(), 0),
                pop("ext_I", 2_500, new PoissonSource(9000, List.of()), Map.of(), 3));
        Connector p = new Connector.FixedProbability(0.025, true);
        SynapseModel exc = new SynapseModel.ExpCurrent(5);
        SynapseModel inh = new SynapseModel.ExpCurrent(10);
        Plasticity stdp = new Plasticity.PairStdp(Plasticity.StdpRule.ADDITIVE, 20, 20, 0.01 * wmaxPa, 0.0105 * wmaxPa, 0, wmaxPa);
        List<Projection> prj = new ArrayList<>();
        prj.add(new Projection("E_to_E", "", "E", "E", p, Receptor.EXCITATORY, exc, new Distribution.Uniform(0, wmaxPa),
                Distribution.constant(1.5), stdp));
        prj.add(proj("E_to_I", "E", "I", p, Receptor.EXCITATORY, exc, 2.5, 1.5, null));
        prj.add(proj("I_to_E", "I", "E", p, Receptor.INHIBITORY, inh, -12.5, 1.5, null));
        prj.add(proj("I_to_I", "I", "I", p, Receptor.INHIBITORY, inh, -12.5, 1.5, null));
        prj.add(proj("ext_to_E", "ext_E", "E", new Connector.OneToOne(), Receptor.EXCITATORY, exc, 2.5, DT_MS, null));
        prj.add(proj("ext_to_I", "ext_I", "I", new Connector.OneToOne(), Receptor.EXCITATORY, exc, 2.5, DT_MS, null));
        return project("plastic", pops, prj);
    }

    /** Brunel's network scaled to {@code neurons} with in-degree {@code inDegree} (80% E, 20% I). */
    static Project scale(int neurons, int inDegree) {
        int nE = neurons * 4 / 5;
        Project p = brunel(nE, neurons - nE, inDegree * 4 / 5, inDegree - inDegree * 4 / 5);
        return new Project(p.schemaVersion(), "scale", p.description(), p.simulation(), p.network(), p.recording(), null,
                List.of(), p.views());
    }

    private static Population pop(String id, int size, NeuronModel model, Map<String, Distribution> initial, int column) {
        return new Population(id, id, size, model, initial, null, new CanvasPosition(150 + 220 * column, 200));
    }

    private static Projection proj(String id, String source, String target, Connector c, Receptor r, SynapseModel s,
                                   double weight, double delayMs, Plasticity plasticity) {
        return new Projection(id, "", source, target, c, r, s, Distribution.constant(weight), Distribution.constant(delayMs), plasticity);
    }

    private static Project project(String name, List<Population> pops, List<Projection> prj) {
        return new Project(Project.SCHEMA_VERSION, name, "NeuroLoom benchmark network '" + name + "' (see bench/brian2/" + name + ".py)",
                new Simulation(DT_MS, 1000, 1, Simulation.AUTO), new Network(pops, prj, List.of()), Recording.none(), null,
                List.of(), Views.defaults());
    }
}
