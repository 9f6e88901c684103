package org.neuroloom.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuroloom.model.Network;
import org.neuroloom.model.Population;
import org.neuroloom.model.Project;
import org.neuroloom.model.Projection;
import org.neuroloom.model.Simulation;
import org.neuroloom.model.connect.Connector;
import org.neuroloom.model.dist.Distribution;
import org.neuroloom.model.export.PyNnExporter;
import org.neuroloom.model.neuron.Lif;
import org.neuroloom.model.neuron.SpikeTimesSource;
import org.neuroloom.model.plasticity.Plasticity;
import org.neuroloom.model.synapse.Receptor;
import org.neuroloom.model.synapse.SynapseModel;

/**
 * The exported script makes each projection's Brian2 synapses in one call instead of PyNN's
 * one call per target neuron (minutes for the CUBA sample). Both ways must give the same
 * network: a deterministic network (spike-time inputs, seeded random connectors, weights and
 * delays; every connector kind, STDP and Tsodyks-Markram) fires the very same spikes either way.
 * It also runs what Brian2 would divide by zero: a synaptic time constant equal to the
 * membrane's (inh to exc, 10 ms) and Tsodyks-Markram without facilitation.
 * Runs only where python3-pynn and python3-brian are installed (CI).
 */
class PyNnBatchedConnectTest {

    @TempDir
    Path dir;

    @Test
    void batchedSynapsesFireTheSameSpikesAsPynnsOwnConnectPath() throws Exception {
        PyNnProcess.assumeBrian2();
        Path script = dir.resolve("net.py");
        Files.writeString(script, new PyNnExporter("brian2", 200).export(network()).text());

        Path batched = dir.resolve("batched.csv");
        PyNnProcess.Result a = PyNnProcess.run(List.of(script.toString(), "--spikes-out", batched.toString(),
                "--rates-out", dir.resolve("a.json").toString()), dir);
        assertEquals(0, a.exit(), a.output());
        Path perNeuron = dir.resolve("per-neuron.csv");
        PyNnProcess.Result b = PyNnProcess.run(List.of(script.toString(), "--pynn-connect", "--spikes-out",
                perNeuron.toString(), "--rates-out", dir.resolve("b.json").toString()), dir);
        assertEquals(0, b.exit(), b.output());

        List<String> spikes = Files.readAllLines(batched);
        long exc = spikes.stream().filter(l -> l.startsWith("exc,")).count();
        long inh = spikes.stream().filter(l -> l.startsWith("inh,")).count();
        assertTrue(exc > 100 && inh > 25, "the network is active: " + exc + " exc, " + inh + " inh spikes");
        assertEquals(Files.readAllLines(perNeuron), spikes, "spikes with PyNN's own per-neuron connect");
    }

    /** Staggered 50 Hz spike trains into 30 excitatory and 8 inhibitory LIF cells, 200 ms. */
    private static Project network() {
        List<List<Double>> times = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            List<Double> t = new ArrayList<>();
            for (int k = 0; k < 10; k++) {
                t.add(3.0 + 20 * k + (i * 7 % 19));
            }
            times.add(t);
        }
        Population in = new Population("in", null, 30, new SpikeTimesSource(times), null, null, null);
        Map<String, Distribution> v = Map.of("v", new Distribution.Uniform(-70, -60));
        Population exc = new Population("exc", null, 30, Lif.defaults(), v, null, null);
        Population inh = new Population("inh", null, 8, Lif.defaults(), v, null, null);
        SynapseModel fast = new SynapseModel.ExpCurrent(5);
        List<Projection> projections = List.of(
                new Projection("in_exc", null, "in", "exc", new Connector.FixedProbability(0.3, false), Receptor.EXCITATORY,
                        fast, new Distribution.Uniform(300, 500), new Distribution.Uniform(0.5, 3), null),
                new Projection("in_inh", null, "in", "inh", new Connector.FixedInDegree(10, false), Receptor.EXCITATORY,
                        fast, Distribution.constant(150), Distribution.constant(1), null),
                new Projection("exc_exc", null, "exc", "exc", new Connector.FixedProbability(0.1, false), Receptor.EXCITATORY,
                        fast, Distribution.constant(50), new Distribution.Uniform(1, 2),
                        new Plasticity.PairStdp(Plasticity.StdpRule.ADDITIVE, 20, 20, 5, 6, 0, 100)),
                new Projection("exc_inh", null, "exc", "inh", new Connector.AllToAll(false), Receptor.EXCITATORY,
                        fast, Distribution.constant(30), Distribution.constant(1), new Plasticity.TsodyksMarkram(0.5, 800, 0)),
                new Projection("inh_exc", null, "inh", "exc", new Connector.FixedOutDegree(10, false), Receptor.INHIBITORY,
                        new SynapseModel.ExpCurrent(10), Distribution.constant(-200), Distribution.constant(1), null));
        return Project.empty("batched connect").withNetwork(new Network(List.of(in, exc, inh), projections, List.of()))
                .withSimulation(new Simulation(0.1, 200, 11, null));
    }
}
