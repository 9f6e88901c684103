package org.neuroloom.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuroloom.engine.output.BinaryRecorder;
import org.neuroloom.engine.output.DiskGuard;
import org.neuroloom.model.Network;
import org.neuroloom.model.Population;
import org.neuroloom.model.Project;
import org.neuroloom.model.Recording;
import org.neuroloom.model.Simulation;
import org.neuroloom.model.io.ProjectFiles;
import org.neuroloom.model.neuron.Lif;

/**
 * A run that is stopped (SIGTERM) or killed outright (SIGKILL), or whose disk fills up, leaves
 * valid, truncated output.
 */
class RunOutputSafetyTest {

    @TempDir
    Path dir;

    /** {@code n} LIF neurons on a bias current (about 63 Hz each) for {@code durationMs}, with a state probe. */
    private Path project(int n, double durationMs, Recording rec) throws Exception {
        Population p = new Population("cells", null, n, new Lif(250, 10, -70, -55, -70, 2, 500), null, null, null);
        Project project = Project.empty("long run").withNetwork(new Network(List.of(p), List.of(), List.of()))
                .withSimulation(new Simulation(0.1, durationMs, 1, "1")).withRecording(rec);
        Path file = dir.resolve("long.neuroloom.json");
        ProjectFiles.save(project, file);
        return file;
    }

    private static final Recording PROBE = new Recording(List.of(),
            List.of(new Recording.StateProbe("cells", List.of(0), List.of("v"), 1.0)), List.of());

    @Test
    void sigtermStopsTheRunAndLeavesASummaryAndWholeRecords() throws Exception {
        Path file = project(2000, 1e7, PROBE);
        Path out = dir.resolve("out");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process proc = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Cli.class.getName(), "run",
                file.toString(), "--out", out.toString(), "--binary", "--quiet", "--threads", "1")
                .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        Path spikesBin = out.resolve("spikes.bin");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!(Files.exists(spikesBin) && Files.size(spikesBin) > 0) && System.nanoTime() < deadline && proc.isAlive()) {
            Thread.sleep(200);
        }
        assertTrue(proc.isAlive(), "the run is still going: " + Files.readString(dir.resolve("log.txt")));
        proc.destroy(); // SIGTERM
        assertTrue(proc.waitFor(90, TimeUnit.SECONDS), "the process ends after SIGTERM");
        String log = Files.readString(dir.resolve("log.txt"));

        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertTrue(summary.get("error").asText().startsWith("interrupted at t = "), summary + "\n" + log);
        double simulatedMs = summary.get("durationMs").asDouble();
        assertTrue(simulatedMs > 0 && simulatedMs < 1e7, "stopped part way: " + simulatedMs);

        List<String> lines = Files.readAllLines(out.resolve("spikes.csv"), StandardCharsets.UTF_8);
        assertEquals("time_ms,population,neuron", lines.get(0));
        assertTrue(Files.readString(out.resolve("spikes.csv")).endsWith("\n"), "the last line is complete");
        for (String line : lines.subList(1, lines.size())) {
            assertEquals(3, line.split(",").length, line);
        }
        JsonNode meta = new ObjectMapper().readTree(out.resolve("recording.json").toFile());
        assertFalse(meta.get("complete").asBoolean());
        long records = meta.get("spikes").get("records").asLong();
        assertEquals(records * 16, Files.size(spikesBin), "binary records match the metadata");
        assertEquals(lines.size() - 1, records, "CSV and binary hold the same spikes");
    }

    @Test
    void killMinus9LeavesAValidSummaryWholeCsvLinesAndReadableBinary() throws Exception {
        Path file = project(2000, 1e7, PROBE);
        Path out = dir.resolve("out");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process proc = new ProcessBuilder(java, "-D" + RunSummary.CHECKPOINT_PROPERTY + "=0.3", "-cp",
                System.getProperty("java.class.path"), Cli.class.getName(), "run", file.toString(), "--out", out.toString(),
                "--binary", "--quiet", "--threads", "1")
                .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        Path summaryFile = out.resolve("summary.json");
        Path spikesCsv = out.resolve("spikes.csv");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        // past a checkpoint with simulated time and past the first 1 MiB CSV block
        while (System.nanoTime() < deadline && proc.isAlive() && !(Files.exists(spikesCsv) && Files.size(spikesCsv) > (3 << 20)
                && new ObjectMapper().readTree(summaryFile.toFile()).get("durationMs").asDouble() > 0)) {
            Thread.sleep(100);
        }
        assertTrue(proc.isAlive(), "the run is still going: " + Files.readString(dir.resolve("log.txt")));
        proc.destroyForcibly(); // SIGKILL: no shutdown hook runs
        assertTrue(proc.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, proc.exitValue(), "killed by SIGKILL");

        JsonNode summary = new ObjectMapper().readTree(summaryFile.toFile());
        assertFalse(summary.get("complete").asBoolean());
        assertTrue(summary.get("error").asText().startsWith("incomplete: checkpoint at t = "), summary.toString());
        double checkpointMs = summary.get("durationMs").asDouble();
        assertTrue(checkpointMs > 0 && summary.get("spikes").asLong() > 0, summary.toString());
        double rate = summary.get("populations").get(0).get("rateHz").asDouble();
        assertEquals(1000 / (2 + 10 * Math.log(4)), rate, 3, "the checkpoint's rate is the cells' rate (~63 Hz)");

        // Blocks end at line ends, but Linux may cut a write() at a page boundary when SIGKILL arrives
        // during it: then, and only then, the last line is incomplete. Every line before it is whole.
        String text = Files.readString(spikesCsv, StandardCharsets.UTF_8);
        int end = text.lastIndexOf('\n') + 1;
        assertTrue(end > 0 && text.length() - end < (1 << 20), "at most the tail of one block is cut");
        List<String> lines = List.of(text.substring(0, end).split("\n"));
        assertEquals("time_ms,population,neuron", lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            assertEquals(3, f.length, line);
            Double.parseDouble(f[0]);
            assertEquals("cells", f[1], line);
            Integer.parseInt(f[2]);
        }
        JsonNode meta = new ObjectMapper().readTree(out.resolve("recording.json").toFile());
        assertFalse(meta.get("complete").asBoolean(), "the binary metadata says the run did not end");
        long records = Files.size(out.resolve("spikes.bin")) / BinaryRecorder.SPIKE_RECORD_BYTES;
        assertTrue(records > 0, "whole binary records were written before the kill");
    }

    @Test
    void runStopsCleanlyWhenTheDiskIsNearlyFull() throws Exception {
        Path file = project(50, 1000, Recording.none());
        Path out = dir.resolve("out");
        System.setProperty(DiskGuard.RESERVE_PROPERTY, Long.toString(Long.MAX_VALUE / 4));
        ValidateCommandTest.Result r;
        try {
            r = ValidateCommandTest.run("run", file.toString(), "--quiet", "--out", out.toString());
        } finally {
            System.clearProperty(DiskGuard.RESERVE_PROPERTY);
        }
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("stopped at t = 10.0 ms: the disk holding"), r.err());
        r.assertNoStackTrace();
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(10.0, summary.get("durationMs").asDouble(), 1e-9);
        assertTrue(summary.get("error").asText().contains("free"));
    }

    @Test
    void stateRecordingThatCannotFitIsRefusedBeforeRunning() throws Exception {
        Recording everything = new Recording(List.of(),
                List.of(new Recording.StateProbe("cells", java.util.stream.IntStream.range(0, 1000).boxed().toList(),
                        List.of("v"), 0.1)), List.of());
        Path file = project(1000, 1e9, everything);
        ValidateCommandTest.Result r = ValidateCommandTest.run("run", file.toString(), "--quiet", "--out",
                dir.resolve("out").toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("the recording would need about"), r.err());
        assertFalse(Files.exists(dir.resolve("out").resolve("summary.json")), "nothing ran");
    }
}
