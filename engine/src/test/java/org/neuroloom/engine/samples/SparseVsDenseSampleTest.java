package org.neuroloom.engine.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neuroloom.engine.run.Simulation;

/**
 * sparse-vs-dense: the sparse readout (first 2.5 s) and the dense one (last 2.5 s) follow the same
 * input staircase about equally well, while the dense one costs ten times the synaptic events, as
 * its connection density is ten times higher.
 */
class SparseVsDenseSampleTest {
    private static final double HALF_MS = 2500;
    private static final double[] INPUT_HZ = {10, 20, 15, 25, 10};
    private static SampleRun run;
    private static long eventsFirstHalf;
    private static long eventsSecondHalf;
    private static long sparseSynapses;
    private static long denseSynapses;

    @BeforeAll
    static void runSample() throws Exception {
        run = SampleRun.of(SampleRun.load("sparse-vs-dense")).recordSources("input_sparse", "input_dense");
        Simulation sim = run.simulation();
        try (sim) {
            sparseSynapses = sim.projections().get(sim.projectionIndex("input_to_sparse")).synapseCount();
            denseSynapses = sim.projections().get(sim.projectionIndex("input_to_dense")).synapseCount();
            run.runPart(HALF_MS);
            eventsFirstHalf = sim.synapticEventCount();
            run.runPart(HALF_MS);
            eventsSecondHalf = sim.synapticEventCount() - eventsFirstHalf;
        }
    }

    private static double[] epochRates(String readout, double start) {
        double[] r = new double[INPUT_HZ.length];
        for (int k = 0; k < r.length; k++) {
            // skip the first 100 ms of each epoch: the membrane needs a few time constants to follow
            r[k] = run.rateHz(readout, start + 500 * k + 100, start + 500 * (k + 1));
        }
        return r;
    }

    @Test
    void theDenseNetworkHasTenTimesTheSynapses() {
        double ratio = (double) denseSynapses / sparseSynapses;
        assertEquals(10, ratio, 1.0, "synapses " + denseSynapses + " vs " + sparseSynapses);
    }

    @Test
    void synapticEventsScaleWithTheConnectionDensity() {
        double inputRatio = (double) run.count("input_dense", HALF_MS, 2 * HALF_MS) / run.count("input_sparse", 0, HALF_MS);
        double expected = (double) denseSynapses / sparseSynapses * inputRatio;
        double ratio = (double) eventsSecondHalf / eventsFirstHalf;
        Measures.report("sparse-vs-dense", "event ratio dense/sparse", ratio);
        assertEquals(expected, ratio, 0.05 * expected, "events " + eventsSecondHalf + " vs " + eventsFirstHalf);
        assertTrue(ratio > 8 && ratio < 12, "about tenfold: " + ratio);
    }

    @Test
    void bothReadoutsFollowTheInputStaircase() {
        assertTrue(Measures.correlation(INPUT_HZ, epochRates("sparse", 0)) > 0.95, "sparse");
        assertTrue(Measures.correlation(INPUT_HZ, epochRates("dense", HALF_MS)) > 0.95, "dense");
        assertEquals(0, run.count("sparse", HALF_MS + 100, 2 * HALF_MS), "sparse idle in the second half");
        assertEquals(0, run.count("dense", 0, HALF_MS), "dense idle in the first half");
    }

    @Test
    void theAnswersAreSimilar() {
        double[] s = epochRates("sparse", 0);
        double[] d = epochRates("dense", HALF_MS);
        for (int k = 0; k < s.length; k++) {
            if (INPUT_HZ[k] >= 15) {
                assertEquals(d[k], s[k], 0.2 * d[k], "epoch " + k + " at " + INPUT_HZ[k] + " Hz input");
            }
        }
        double spikes = run.count("sparse", 0, HALF_MS);
        double spikesDense = run.count("dense", HALF_MS, 2 * HALF_MS);
        assertEquals(spikesDense, spikes, 0.2 * spikesDense, "total output spikes");
    }
}
