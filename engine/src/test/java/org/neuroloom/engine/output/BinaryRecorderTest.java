package org.neuroloom.engine.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuroloom.engine.Engine;
import org.neuroloom.engine.EngineOptions;
import org.neuroloom.engine.run.Simulation;
import org.neuroloom.model.Network;
import org.neuroloom.model.Population;
import org.neuroloom.model.Project;
import org.neuroloom.model.Recording;
import org.neuroloom.model.neuron.Lif;

class BinaryRecorderTest {

    @TempDir
    Path dir;

    /** {@code n} unconnected LIF neurons on a bias current: a regular train of about 63 Hz each. */
    private static Project driven(int n) {
        Population p = new Population("cells", null, n, new Lif(250, 10, -70, -55, -70, 2, 500), null, null, null);
        return Project.empty("driven").withNetwork(new Network(List.of(p), List.of(), List.of()))
                .withSimulation(new org.neuroloom.model.Simulation(0.1, 1000, 1, "1"));
    }

    private static final Recording PROBE = new Recording(List.of(),
            List.of(new Recording.StateProbe("cells", List.of(0, 3), List.of("v"), 1.0)), List.of());

    @Test
    void spikeRecordsAreEverySpikeInTimeOrderAndStateIsSampledEveryInterval() throws Exception {
        long steps = 2000;
        try (Simulation sim = Engine.compile(driven(5))) {
            BinaryRecorder rec = new BinaryRecorder(sim, PROBE, dir);
            sim.addObserver(rec);
            sim.run(steps);
            rec.finish(true, sim.timeMs());
            ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(dir.resolve("spikes.bin"))).order(ByteOrder.LITTLE_ENDIAN);
            assertEquals(sim.spikeCount() * BinaryRecorder.SPIKE_RECORD_BYTES, b.capacity());
            double last = 0;
            while (b.hasRemaining()) {
                double t = b.getDouble();
                assertEquals(0, b.getInt(), "population index");
                int neuron = b.getInt();
                assertTrue(neuron >= 0 && neuron < 5);
                assertTrue(t >= last, "time order");
                last = t;
            }
            ByteBuffer s = ByteBuffer.wrap(Files.readAllBytes(dir.resolve("state-0.bin"))).order(ByteOrder.LITTLE_ENDIAN);
            assertEquals(200 * (8 + 2 * 8), s.capacity(), "200 samples of time + 2 channels");
            assertEquals(1.0, s.getDouble(0), 1e-12, "first sample at 1 ms");
            assertEquals(sim.state(0, "v")[0], s.getDouble(199 * 24 + 8), 0, "last sample of neuron 0 is its V now");
            JsonNode meta = new ObjectMapper().readTree(dir.resolve("recording.json").toFile());
            assertTrue(meta.get("complete").asBoolean());
            assertEquals(sim.spikeCount(), meta.get("spikes").get("records").asLong());
            assertEquals("[{\"neuron\":0,\"variable\":\"v\"},{\"neuron\":3,\"variable\":\"v\"}]",
                    meta.get("state").get(0).get("channelOrder").toString());
        }
    }

    @Test
    void aRunKilledWithoutFinishingLeavesWholeRecordsAndSaysIncomplete() throws Exception {
        try (Simulation sim = Engine.compile(driven(10_000))) {
            BinaryRecorder rec = new BinaryRecorder(sim, Recording.none(), dir);
            sim.addObserver(rec);
            sim.run(3000);
            // no finish(): as after kill -9, only the blocks already handed to the OS exist
            long bytes = Files.size(dir.resolve("spikes.bin"));
            assertTrue(bytes > 0, "at least one 1 MiB block was written during the run");
            assertEquals(0, bytes % BinaryRecorder.SPIKE_RECORD_BYTES, "whole records only");
            assertFalse(new ObjectMapper().readTree(dir.resolve("recording.json").toFile()).get("complete").asBoolean());
            rec.close();
        }
    }

    @Test
    void diskGuardStopsTheRunCleanlyWhenFreeSpaceIsBelowTheReserve() throws Exception {
        AtomicBoolean cancel = new AtomicBoolean();
        try (Simulation sim = Engine.compile(driven(5), EngineOptions.defaults().withCancel(cancel))) {
            DiskGuard guard = new DiskGuard(dir, Long.MAX_VALUE / 4, cancel, 100);
            sim.addObserver(guard);
            long ran = sim.run(10_000);
            assertEquals(100, ran, "stopped at the first look");
            assertNotNull(guard.reason());
            assertTrue(guard.reason().contains("free at t = 10.0 ms"), guard.reason());
            assertNotNull(guard.checkPlanned(1e6), "nothing fits above such a reserve");
        }
        assertEquals(null, new DiskGuard(dir, 0, new AtomicBoolean(), 1).checkPlanned(1), "one byte fits");
    }

    @Test
    void binaryFilesOpenWithTheDocumentedNumpyReader() throws Exception {
        Path python = Path.of("/usr/bin/python3");
        Assumptions.assumeTrue(Files.isExecutable(python), "no /usr/bin/python3");
        long spikes;
        try (Simulation sim = Engine.compile(driven(5))) {
            BinaryRecorder rec = new BinaryRecorder(sim, PROBE, dir);
            sim.addObserver(rec);
            sim.run(1000);
            rec.finish(true, sim.timeMs());
            spikes = sim.spikeCount();
        }
        String doc = Files.readString(Path.of("..", "docs", "DATA_FORMAT.md"));
        String reader = doc.substring(doc.indexOf("```python\n") + 10, doc.indexOf("meta, spikes, state = load("));
        String script = reader + "meta, spikes, state = load(" + "\"" + dir + "\")\n"
                + "print(len(spikes), len(state[0]), state[0]['values'].shape[1], spikes['time_ms'][0])\n";
        Process p = new ProcessBuilder(python.toString(), "-c", script).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        Assumptions.assumeFalse(out.contains("No module named 'numpy'"), "numpy not installed");
        assertEquals(0, p.exitValue(), out);
        String[] f = out.trim().split("\\s+");
        assertEquals(Long.toString(spikes), f[0]);
        assertEquals("100", f[1], "100 samples at 1 ms in 100 ms");
        assertEquals("2", f[2], "two channels");
    }
}
