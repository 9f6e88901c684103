package org.neuroloom.model.io;

import java.util.List;
import java.util.Map;
import org.neuroloom.model.CanvasPosition;
import org.neuroloom.model.Geometry;
import org.neuroloom.model.Lesson;
import org.neuroloom.model.Network;
import org.neuroloom.model.Note;
import org.neuroloom.model.Population;
import org.neuroloom.model.Project;
import org.neuroloom.model.Projection;
import org.neuroloom.model.Recording;
import org.neuroloom.model.Simulation;
import org.neuroloom.model.Views;
import org.neuroloom.model.connect.Connector;
import org.neuroloom.model.dist.Distribution;
import org.neuroloom.model.modulator.Modulator;
import org.neuroloom.model.neuron.AdExPreset;
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

/** A small valid project that uses every model type, connector, synapse, plasticity rule and distribution once. */
final class GoldenProject {

    private GoldenProject() {
    }

    private static Population pop(String id, int size, NeuronModel m, Map<String, Distribution> initial, Geometry g, double x) {
        return new Population(id, id.toUpperCase(java.util.Locale.ROOT), size, m, initial, g, new CanvasPosition(x, 100.5));
    }

    private static Projection proj(String id, String s, String t, Connector c, Receptor r, SynapseModel syn, Distribution w,
                                   Plasticity pl) {
        return new Projection(id, id.equals("exc_exc") ? "recurrent excitation" : "", s, t, c, r, syn, w,
                Distribution.constant(1.5), pl);
    }

    static Project build() {
        Geometry grid = new Geometry(Geometry.Layout.GRID, 200, 100);
        List<Population> pops = List.of(
                pop("exc", 8, new Lif(250, 10, -70, -55, -70, 2, 0),
                        Map.of("v", new Distribution.Uniform(-70, -55)), grid, 0),
                pop("inh", 4, IzhikevichPreset.FAST_SPIKING.model(),
                        Map.of("v", new Distribution.Normal(-65, 2, -70.0, -60.0), "u", Distribution.constant(-13)),
                        new Geometry(Geometry.Layout.RANDOM, 200, 100), 100),
                pop("adex", 2, AdExPreset.TONIC.model(), Map.of(), null, 200),
                pop("hh", 1, HodgkinHuxley.defaults(), Map.of(), null, 300),
                pop("noise_in", 8, new PoissonSource(5, List.of(new PoissonSource.RateChange(500, 20))), Map.of(), null, 400),
                pop("times", 3, new SpikeTimesSource(List.of(List.of(10.0, 20.5), List.of(),
                        java.util.stream.IntStream.range(0, 30).mapToObj(i -> 100 + 7.25 * i).toList())), Map.of(), null, 500),
                pop("regular", 1, RegularSource.defaults(), Map.of(), null, 600),
                pop("dc", 1, DcCurrent.defaults(), Map.of(), null, 700),
                pop("step", 1, StepCurrent.defaults(), Map.of(), null, 800),
                pop("sine", 1, SineCurrent.defaults(), Map.of(), null, 900),
                pop("noise", 1, new NoiseCurrent(0, 50, 1), Map.of(), null, 1000));
        List<Projection> projections = List.of(
                proj("noise_exc", "noise_in", "exc", new Connector.OneToOne(), Receptor.EXCITATORY, new SynapseModel.Delta(),
                        Distribution.constant(0.5), null),
                proj("exc_exc", "exc", "exc", new Connector.FixedProbability(0.25, false), Receptor.EXCITATORY,
                        new SynapseModel.ExpCurrent(5), new Distribution.Uniform(10, 20),
                        new Plasticity.PairStdp(Plasticity.StdpRule.MULTIPLICATIVE, 20, 20, 0.01, 0.0105, 0, 50)),
                proj("exc_inh", "exc", "inh", new Connector.FixedInDegree(4, false), Receptor.EXCITATORY,
                        new SynapseModel.ExpConductance(5, 0), new Distribution.Normal(1, 0.1, 0.5, 1.5),
                        new Plasticity.TripletStdp(16.8, 33.7, 101, 125, 5e-10, 6.2e-3, 7e-3, 2.3e-4, 0, 2)),
                proj("inh_exc", "inh", "exc", new Connector.FixedOutDegree(3, false), Receptor.INHIBITORY,
                        new SynapseModel.AlphaCurrent(2), Distribution.constant(-20), new Plasticity.TsodyksMarkram(0.5, 800, 0)),
                proj("exc_inh_local", "exc", "inh", new Connector.DistanceGaussian(0.5, 50, false), Receptor.INHIBITORY,
                        new SynapseModel.AlphaConductance(2, -80), Distribution.constant(0.3),
                        new Plasticity.HomeostaticScaling(5, 1000, 0.5, 0, 10)),
                proj("times_adex", "times", "adex", new Connector.FixedTotal(3, false), Receptor.EXCITATORY,
                        new SynapseModel.ExpCurrent(5), Distribution.constant(100),
                        new Plasticity.RewardStdp(20, 20, 1, 1.5, 1000, "da", 0, 400)),
                proj("regular_hh", "regular", "hh", new Connector.AllToAll(false), Receptor.EXCITATORY,
                        new SynapseModel.ExpCurrent(2), Distribution.constant(500), null),
                proj("dc_adex", "dc", "adex", new Connector.AllToAll(false), Receptor.EXCITATORY, new SynapseModel.Delta(),
                        Distribution.constant(1), null),
                proj("step_hh", "step", "hh", new Connector.OneToOne(), Receptor.EXCITATORY, new SynapseModel.Delta(),
                        Distribution.constant(1), null),
                proj("sine_exc", "sine", "exc", new Connector.AllToAll(false), Receptor.EXCITATORY, new SynapseModel.Delta(),
                        Distribution.constant(0.5), null),
                proj("noise_inh", "noise", "inh", new Connector.AllToAll(false), Receptor.EXCITATORY, new SynapseModel.Delta(),
                        Distribution.constant(1), null));
        Modulator da = new Modulator("da", "Dopamine", Modulator.Kind.DOPAMINE, 200, 0.01, 0.5, List.of("regular"),
                List.of(new Modulator.RewardEvent(500, 0.5)), new CanvasPosition(600, 300));
        Recording recording = new Recording(List.of("exc", "inh", "adex", "hh"),
                List.of(new Recording.StateProbe("adex", List.of(0, 1), List.of("v", "w"), 0.5)),
                List.of(new Recording.WeightProbe("exc_exc", 100)));
        Lesson lesson = new Lesson("Every type once", "A project that uses each part of the format.", "Nothing in particular.",
                List.of("Open it.", "Save it."), "NeuroLoom test suite", "Line one\n\n*Markdown* \"quoted\" \\ µm");
        return new Project(Project.SCHEMA_VERSION, "golden", "Pins the file format.", new Simulation(0.1, 1000, 42, "2"),
                new Network(pops, projections, List.of(da)), recording, lesson,
                List.of(new Note("hello", "A note on the canvas", new CanvasPosition(-10, 20))),
                new Views(Views.KNOWN, 2000));
    }
}
