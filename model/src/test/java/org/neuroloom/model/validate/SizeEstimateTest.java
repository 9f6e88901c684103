package org.neuroloom.model.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neuroloom.model.Network;
import org.neuroloom.model.Project;
import org.neuroloom.model.connect.Connector;
import org.neuroloom.model.io.ProjectFiles;
import org.neuroloom.model.neuron.Lif;
import org.neuroloom.model.synapse.Receptor;
import org.neuroloom.model.synapse.SynapseModel;
import org.neuroloom.model.testing.Fixtures;

class SizeEstimateTest {

    private static final long GIB = 1L << 30;

    @Test
    void brunelCountsEveryElementAndSynapse() throws Exception {
        SizeEstimate e = SizeEstimate.of(ProjectFiles.load(Path.of("..", "sample-projects", "brunel-2000.neuroloom.json")));
        assertEquals(25_000, e.neurons());
        // 12,500 targets x (1000 + 250) recurrent inputs, plus one external synapse per neuron.
        assertEquals(12_500 * 1250 + 12_500, e.synapses());
        assertEquals(0, e.plasticSynapses());
        assertTrue(e.bytes() > 8 * e.synapses() && e.bytes() < 10 * e.synapses(), e.describe());
    }

    @Test
    void plasticSynapsesCostTwiceAsMuch() {
        Project p = Fixtures.base();
        Project plastic = Fixtures.withProjection(p, 1, pr -> pr.withPlasticity(Fixtures.stdp(-40, 0)));
        double staticBytes = SizeEstimate.of(p).bytes();
        double plasticBytes = SizeEstimate.of(plastic).bytes();
        // I_E is all-to-all, 5 x 10 synapses: 8 more bytes each when plastic.
        assertEquals(50 * 8, plasticBytes - staticBytes, 1e-9);
    }

    @Test
    void networkThatFitsIsAccepted() {
        assertTrue(SizeEstimate.of(Fixtures.base()).check(GIB).isEmpty());
    }

    @Test
    void tooBigNetworkIsRefusedWithTheEstimateAndTheLimit() {
        Project huge = Fixtures.base().withNetwork(new Network(
                List.of(Fixtures.population("big", 100_000, Lif.defaults())),
                List.of(Fixtures.projection("big_big", "big", "big", new Connector.AllToAll(true), Receptor.EXCITATORY,
                        new SynapseModel.Delta(), 0.1)),
                List.of()));
        Problem p = SizeEstimate.of(huge).check(GIB).orElseThrow();
        assertEquals("$.network.projections[0]: the network is too big for this machine: 100,000 neurons, 10,000,000,000"
                + " synapses, about 74.5 GiB, but the network may use at most 768 MiB (75% of the 1.0 GiB Java heap); the largest"
                + " part is here, about 74.5 GiB. Make it smaller, raise the heap (NEUROLOOM_JAVA_OPTS=-Xmx...), or export it to"
                + " NEST to run on a cluster", p.toString());
    }

    @Test
    void aPopulationTooLargeOnItsOwnIsNamedByItsSizeField() {
        Project many = Fixtures.base().withNetwork(new Network(
                List.of(Fixtures.population("few", 10, Lif.defaults()), Fixtures.population("many", 50_000_000, Lif.defaults())),
                List.of(), List.of()));
        Problem p = SizeEstimate.of(many).check(GIB).orElseThrow();
        assertEquals("$.network.populations[1].size", p.path());
        assertTrue(p.message().contains("50,000,010 neurons"), p.message());
    }

    @Test
    void sizesAreWrittenInBinaryUnits() {
        assertEquals("512 bytes", SizeEstimate.size(512));
        assertEquals("1.5 KiB", SizeEstimate.size(1536));
        assertEquals("176 MiB", SizeEstimate.size(176 * 1024 * 1024));
    }
}
