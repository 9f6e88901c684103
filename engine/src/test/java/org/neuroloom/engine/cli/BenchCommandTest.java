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

    @Test
    void anUnknownBenchmarkListsTheKnownOnes() {
        ValidateCommandTest.Result r = ValidateCommandTest.run("bench", "hh2");
        assertEquals(Cli.USER_ERROR, r.exit());
        assertTrue(r.err().contains("unknown benchmark 'hh2'; known: cuba, coba, cobahh, brunel, stdp, plastic, scale"), r.err());
    }
}
