package org.neuroloom.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuroloom.model.Network;
import org.neuroloom.model.Population;
import org.neuroloom.model.Project;
import org.neuroloom.model.Projection;
import org.neuroloom.model.Simulation;
import org.neuroloom.model.connect.Connector;
import org.neuroloom.model.dist.Distribution;
import org.neuroloom.model.io.ProjectFiles;
import org.neuroloom.model.neuron.Lif;
import org.neuroloom.model.neuron.SpikeTimesSource;
import org.neuroloom.model.synapse.Receptor;
import org.neuroloom.model.synapse.SynapseModel;

/**
 * A valid project whose dynamics leave the representable range (a -10^6 mV voltage jump) makes
 * {@code neuroloom run} stop with exit code 2 and a message naming the population, the neuron
 * and the time; the summary and the spikes up to then are still written.
 */
class NumericalFaultCliTest {

    @TempDir
    Path dir;

    @Test
    void runStopsAndNamesPopulationNeuronAndTime() throws Exception {
        Population kick = new Population("kick", null, 4,
                new SpikeTimesSource(List.of(List.of(), List.of(), List.of(), List.of(5.0))), null, null, null);
        Population wild = new Population("wild", null, 4, Lif.defaults(), null, null, null);
        Projection p = new Projection("k", null, "kick", "wild", new Connector.OneToOne(), Receptor.INHIBITORY,
                new SynapseModel.Delta(), Distribution.constant(-1e6), Distribution.constant(1.0), null);
        Project project = Project.empty("runaway").withNetwork(new Network(List.of(kick, wild), List.of(p), List.of()))
                .withSimulation(new Simulation(0.1, 100, 1, "1"));
        Path file = dir.resolve("runaway.neuroloom.json");
        ProjectFiles.save(project, file);
        Path out = dir.resolve("out");

        ValidateCommandTest.Result r = ValidateCommandTest.run("run", file.toString(), "--quiet", "--out", out.toString());

        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("population 'wild', neuron 3"), r.err());
        assertTrue(r.err().contains("t = 6.000 ms"), r.err());
        r.assertNoStackTrace();
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertTrue(summary.get("error").asText().contains("neuron 3"), summary.toString());
        assertTrue(Files.exists(out.resolve("spikes.csv")));
    }
}
