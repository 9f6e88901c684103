package org.neuroloom.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuroloom.engine.Net;
import org.neuroloom.model.Project;
import org.neuroloom.model.Recording;
import org.neuroloom.model.connect.Connector;
import org.neuroloom.model.dist.Distribution;
import org.neuroloom.model.io.ProjectFiles;
import org.neuroloom.model.neuron.Lif;
import org.neuroloom.model.neuron.PoissonSource;
import org.neuroloom.model.neuron.SpikeTimesSource;
import org.neuroloom.model.plasticity.Plasticity;
import org.neuroloom.model.synapse.SynapseModel;

class RunCommandTest {

    private static Path save(Project p, Path dir) throws Exception {
        Path f = dir.resolve("net.neuroloom.json");
        ProjectFiles.save(p, f);
        return f;
    }

    private static Project small() {
        Project p = Net.create().threads("auto")
                .pop("in", 100, new PoissonSource(50, List.of()))
                .pop("n", 20, new Lif(250, 10, -70, -55, -70, 2, 200))
                .proj("in_n", "in", "n", new Connector.FixedProbability(0.3, false), new SynapseModel.ExpCurrent(5),
                        Distribution.constant(100), Distribution.constant(1),
                        new Plasticity.PairStdp(Plasticity.StdpRule.ADDITIVE, 20, 20, 1, 1.05, 0, 200))
                .build();
        return p.withRecording(new Recording(List.of("n", "in"),
                List.of(new Recording.StateProbe("n", List.of(0, 3), List.of("v"), 1.0)),
                List.of(new Recording.WeightProbe("in_n", 100))));
    }

    @Test
    void runWritesSpikesStateWeightsAndSummary(@TempDir Path dir) throws Exception {
        Path file = save(small(), dir);
        Path out = dir.resolve("out");
        int code = Cli.execute("run", file.toString(), "--duration-ms", "250", "--threads", "2", "--seed", "5",
                "--out", out.toString(), "--quiet");
        assertEquals(Cli.OK, code);
        List<String> spikes = Files.readAllLines(out.resolve("spikes.csv"));
        assertEquals("time_ms,population,neuron", spikes.get(0));
        assertTrue(spikes.size() > 100);
        assertTrue(spikes.get(1).matches("\\d+\\.\\d,(n|in),\\d+"), spikes.get(1));
        List<String> state = Files.readAllLines(out.resolve("state.csv"));
        assertEquals("time_ms,population,neuron,variable,value", state.get(0));
        assertEquals(1 + 250 * 2, state.size(), "2 neurons sampled every 1 ms for 250 ms");
        assertTrue(state.get(1).startsWith("1.0,n,0,v,"), state.get(1));
        List<String> weights = Files.readAllLines(out.resolve("weights-in_n.csv"));
        assertEquals("time_ms,pre,post,weight", weights.get(0));

        JsonNode s = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        Set<String> fields = new TreeSet<>();
        s.fieldNames().forEachRemaining(fields::add);
        assertTrue(fields.containsAll(Set.of("project", "durationMs", "dtMs", "threads", "seed", "wallSeconds",
                "realTimeFactor", "neurons", "synapses", "spikes", "synapticEvents", "populations")), fields.toString());
        assertEquals(250.0, s.get("durationMs").asDouble(), 1e-9);
        assertEquals(5, s.get("seed").asLong());
        assertEquals(2, s.get("threads").asInt());
        assertEquals(120, s.get("neurons").asLong());
        long synapses = s.get("synapses").asLong();
        assertEquals(synapses * 4 + 1, weights.size(), "snapshots at 0, 100, 200 ms and the end (250 ms)");
        JsonNode in = s.get("populations").get(0);
        assertEquals("in", in.get("id").asText());
        assertEquals(50, in.get("rateHz").asDouble(), 5);
        assertEquals(1.0, in.get("cvIsi").asDouble(), 0.15);
        long total = 0;
        for (JsonNode p : s.get("populations")) {
            total += p.get("spikes").asLong();
        }
        assertEquals(spikes.size() - 1, total, "every spike of the recorded populations is in spikes.csv");
    }

    @Test
    void missingFileIsAUserError(@TempDir Path dir) {
        assertEquals(Cli.USER_ERROR, Cli.execute("run", dir.resolve("nope.neuroloom.json").toString(), "--quiet"));
    }

    @Test
    void badThreadCountIsAUserError(@TempDir Path dir) throws Exception {
        Path file = save(small(), dir);
        assertEquals(Cli.USER_ERROR, Cli.execute("run", file.toString(), "--threads", "many", "--quiet",
                "--out", dir.resolve("o").toString()));
        assertEquals(Cli.USER_ERROR, Cli.execute("run", file.toString(), "--duration-ms", "-5", "--quiet",
                "--out", dir.resolve("o").toString()));
    }

    @Test
    void instabilityStopsWithExitTwoAndASummary(@TempDir Path dir) throws Exception {
        Project p = Net.create()
                .pop("kick", 1, new SpikeTimesSource(List.of(List.of(3.0))))
                .pop("n", 2, Lif.defaults())
                .proj("k", "kick", "n", new Connector.AllToAll(true), new SynapseModel.Delta(), -1e7, 1)
                .build();
        Path out = dir.resolve("out");
        int code = Cli.execute("run", save(p, dir).toString(), "--duration-ms", "100", "--quiet", "--out", out.toString());
        assertEquals(Cli.USER_ERROR, code);
        JsonNode s = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertTrue(s.get("error").asText().contains("population 'n', neuron 0"), s.get("error").asText());
        assertEquals(3.9, s.get("durationMs").asDouble(), 1e-9, "steps completed before the unstable one");
    }

    @Test
    void anOutputDirectoryThatIsAFileExitsTwoSayingSo(@TempDir Path dir) throws Exception {
        Path file = save(small(), dir);
        Path notADir = Files.writeString(dir.resolve("out"), "x");
        ValidateCommandTest.Result r = ValidateCommandTest.run("run", file.toString(), "--out", notADir.toString(), "--quiet");
        assertEquals(Cli.USER_ERROR, r.exit(), r.err());
        assertEquals("neuroloom run: --out: cannot create directory " + notADir
                + ": a file of that name exists and is not a directory", r.err().strip());
    }
}
