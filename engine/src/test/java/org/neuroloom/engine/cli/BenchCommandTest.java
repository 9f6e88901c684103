package org.neuroloom.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BenchCommandTest {

    /** 10^11 synapses cannot fit any heap this runs in: refused before anything is allocated, as the user's error. */
    @Test
    void aScaleNetworkTooBigForTheHeapIsAUserErrorNamingTheProjection() {
        ValidateCommandTest.Result r = ValidateCommandTest.run("bench", "scale", "--neurons", "10000000", "--in-degree", "10000");
        assertEquals(Cli.USER_ERROR, r.exit(), r.err());
        assertTrue(r.err().startsWith("neuroloom bench: $.network.projections[0]: the network is too big for this machine: "
                + "20,000,000 neurons, 100,010,000,000 synapses"), r.err());
        assertTrue(r.err().contains("NEUROLOOM_JAVA_OPTS=-Xmx"), "says how to raise the heap: " + r.err());
        r.assertNoStackTrace();
        assertEquals("", r.out());
    }

    /** Two thread counts in one JVM: each repeat measures both in turn, on networks built alike. */
    @Test
    void aListOfThreadCountsMeasuresEachInTurnEveryRepeat() throws Exception {
        ValidateCommandTest.Result r = ValidateCommandTest.run("bench", "stdp", "--threads", "1,2", "--repeat", "2",
                "--duration-ms", "50", "--warmup-ms", "10", "--warmup-s", "0");
        assertEquals(Cli.OK, r.exit(), r.err());
        String[] lines = r.out().strip().split("\\R");
        assertEquals(4, lines.length, r.out());
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        int[] expectedThreads = {1, 2, 1, 2};
        for (int i = 0; i < 4; i++) {
            com.fasterxml.jackson.databind.JsonNode line = json.readTree(lines[i]);
            assertEquals(expectedThreads[i], line.get("threads").asInt(), lines[i]);
            assertEquals(1000, line.get("synapses").asLong(), lines[i]);
            assertEquals(0.05, line.get("bioSeconds").asDouble(), 1e-9, lines[i]);
            assertTrue(line.get("spikes").asLong() > 0, lines[i]);
        }
    }

    @Test
    void aMalformedThreadListIsRefusedNamingTheOption() {
        ValidateCommandTest.Result r = ValidateCommandTest.run("bench", "stdp", "--threads", "1,,2");
        assertEquals(Cli.USER_ERROR, r.exit());
        assertTrue(r.err().contains("--threads: '1,,2' is not 'auto', a positive integer or a list"), r.err());
    }

    @Test
    void anUnknownBenchmarkListsTheKnownOnes() {
        ValidateCommandTest.Result r = ValidateCommandTest.run("bench", "hh2");
        assertEquals(Cli.USER_ERROR, r.exit());
        assertTrue(r.err().contains("unknown benchmark 'hh2'; known: cuba, coba, cobahh, brunel, stdp, plastic, scale"), r.err());
    }
}
