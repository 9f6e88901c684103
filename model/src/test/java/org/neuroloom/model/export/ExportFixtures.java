package org.neuroloom.model.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.neuroloom.model.Geometry;
import org.neuroloom.model.Network;
import org.neuroloom.model.Population;
import org.neuroloom.model.Project;
import org.neuroloom.model.Projection;
import org.neuroloom.model.Simulation;
import org.neuroloom.model.connect.Connector;
import org.neuroloom.model.dist.Distribution;
import org.neuroloom.model.modulator.Modulator;
import org.neuroloom.model.neuron.AdEx;
import org.neuroloom.model.neuron.DcCurrent;
import org.neuroloom.model.neuron.HodgkinHuxley;
import org.neuroloom.model.neuron.IzhikevichPreset;
import org.neuroloom.model.neuron.Lif;
import org.neuroloom.model.neuron.NeuronModel;
import org.neuroloom.model.neuron.NoiseCurrent;
import org.neuroloom.model.neuron.PoissonSource;
import org.neuroloom.model.neuron.RegularSource;
import org.neuroloom.model.neuron.SineCurrent;
import org.neuroloom.model.neuron.SpikeTimesSource;
import org.neuroloom.model.neuron.StepCurrent;
import org.neuroloom.model.plasticity.Plasticity;
import org.neuroloom.model.synapse.Receptor;
import org.neuroloom.model.synapse.SynapseModel;

/** Small projects built in code for the exporter tests. */
final class ExportFixtures {

    private ExportFixtures() {
    }

    static Population pop(String id, int size, NeuronModel m) {
        return new Population(id, null, size, m, null, null, null);
    }

    static Projection proj(String id, String src, String tgt, Connector c, Receptor r, SynapseModel s, double w) {
        return new Projection(id, null, src, tgt, c, r, s, Distribution.constant(w), Distribution.constant(1.0), null);
    }

    static Project project(List<Population> pops, List<Projection> projs) {
        return Project.empty("fixture").withNetwork(new Network(pops, projs, List.of()))
                .withSimulation(new Simulation(0.1, 200, 7, null));
    }

    /**
     * Vogels &amp; Abbott (2005) CUBA at a tenth of its size: 320 excitatory and 80 inhibitory LIF
     * neurons with exponential current synapses.
     */
    static Project smallCuba() {
        Lif lif = new Lif(200, 20, -49, -50, -60, 5, 0);
        Map<String, Distribution> v = Map.of("v", new Distribution.Uniform(-60, -50));
        Population exc = new Population("exc", "Excitatory", 320, lif, v, null, null);
        Population inh = new Population("inh", "Inhibitory", 80, lif, v, null, null);
        List<Projection> pr = new ArrayList<>();
        for (String s : List.of("exc", "inh")) {
            for (String t : List.of("exc", "inh")) {
                boolean e = s.equals("exc");
                pr.add(proj(s + "_" + t, s, t, new Connector.FixedProbability(0.2, false),
                        e ? Receptor.EXCITATORY : Receptor.INHIBITORY, new SynapseModel.ExpCurrent(e ? 5 : 10), e ? 16.2 : -90));
            }
        }
        return project(List.of(exc, inh), pr);
    }

    /** One of everything: every neuron model, source, connector, plasticity rule and a modulator. */
    static Project kitchenSink() {
        List<Population> pops = List.of(
                pop("lif", 20, Lif.defaults()),
                pop("izh", 10, IzhikevichPreset.CHATTERING.model()),
                pop("adex", 10, AdEx.defaults()),
                pop("hh", 5, HodgkinHuxley.defaults()),
                pop("traub", 5, HodgkinHuxley.traub()),
                new Population("sheet", null, 16, Lif.defaults(), null, new Geometry(Geometry.Layout.GRID, 400, 400), null),
                pop("poisson", 30, new PoissonSource(20, List.of(new PoissonSource.RateChange(100, 40)))),
                pop("times", 2, new SpikeTimesSource(List.of(List.of(5.0, 15.0), List.of(7.5)))),
                pop("regular", 3, new RegularSource(50, 2, 10, 150)),
                pop("dc", 1, new DcCurrent(300, 20, 180)),
                pop("step", 1, new StepCurrent(List.of(new StepCurrent.Step(50, 100), new StepCurrent.Step(120, 0)))),
                pop("sine", 1, new SineCurrent(50, 10, 8, 90)),
                pop("noise", 4, new NoiseCurrent(20, 40, 0.5)));
        SynapseModel expC = new SynapseModel.ExpCurrent(5);
        SynapseModel expG = new SynapseModel.ExpConductance(5, 0);
        List<Projection> pr = new ArrayList<>(List.of(
                proj("p_lif", "poisson", "lif", new Connector.FixedInDegree(5, false), Receptor.EXCITATORY, expC, 50),
                proj("lif_lif", "lif", "lif", new Connector.AllToAll(false), Receptor.INHIBITORY,
                        new SynapseModel.ExpCurrent(10), -20).withPlasticity(new Plasticity.TsodyksMarkram(0.5, 800, 0)),
                proj("t_izh", "times", "izh", new Connector.OneToOne(), Receptor.EXCITATORY, new SynapseModel.Delta(), 5),
                proj("r_adex", "regular", "adex", new Connector.FixedOutDegree(4, false), Receptor.EXCITATORY, expG, 2)
                        .withPlasticity(new Plasticity.PairStdp(Plasticity.StdpRule.ADDITIVE, 20, 20, 0.1, 0.12, 0, 4)),
                proj("adex_hh", "adex", "hh", new Connector.FixedTotal(20, false), Receptor.EXCITATORY, expG, 1)
                        .withPlasticity(new Plasticity.TripletStdp(16.8, 33.7, 101, 125, 5e-10, 6.2e-3, 7e-3, 2.3e-4, 0, 1)),
                proj("lif_traub", "lif", "traub", new Connector.FixedProbability(0.3, false), Receptor.INHIBITORY,
                        new SynapseModel.ExpConductance(10, -80), 3),
                proj("sheet_sheet", "sheet", "sheet", new Connector.DistanceGaussian(0.8, 150, false), Receptor.EXCITATORY,
                        new SynapseModel.AlphaCurrent(2), 30),
                proj("dc_lif", "dc", "lif", new Connector.AllToAll(false), Receptor.EXCITATORY, expC, 1),
                proj("step_adex", "step", "adex", new Connector.AllToAll(false), Receptor.EXCITATORY, expC, 2),
                proj("sine_hh", "sine", "hh", new Connector.AllToAll(false), Receptor.EXCITATORY, expC, 1),
                proj("noise_izh", "noise", "izh", new Connector.FixedInDegree(4, false), Receptor.EXCITATORY, expC, 0.5)));
        Modulator da = new Modulator("da", null, Modulator.Kind.DOPAMINE, 200, 0, 0.1, List.of("lif"), List.of(), null);
        return Project.empty("kitchen sink").withNetwork(new Network(pops, pr, List.of(da)))
                .withSimulation(new Simulation(0.1, 200, 3, null));
    }
}
