package org.neuroloom.engine.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neuroloom.engine.run.Simulation;

/**
 * reward-stdp: after ten pairings of n1 and n2, each followed 1-2.5 s later by dopamine, the
 * rewarded synapse n1 -> n2 has grown far more than any other synapse of n1 or onto n2, while the
 * network's other plastic synapses have stayed near their start (Izhikevich 2007, scaled).
 * Runs the first 31 s of the sample (ten pairings and their rewards).
 */
class RewardStdpSampleTest {
    private static final double W0 = 1.0;
    private static double rewarded;
    private static double[] ontoN2;
    private static double[] fromN1;
    private static double[] recurrent;
    private static SampleRun run;

    @BeforeAll
    static void runSample() throws Exception {
        run = SampleRun.of(SampleRun.load("reward-stdp"));
        Simulation sim = run.simulation();
        try (sim) {
            run.runPart(31_000);
            rewarded = run.weights("n1_to_n2")[0];
            ontoN2 = run.weights("E_to_n2");
            fromN1 = run.weights("n1_to_E");
            recurrent = run.weights("E_to_E");
            Measures.report("reward-stdp", "n1_to_n2 after 10 rewards", rewarded);
            Measures.report("reward-stdp", "max E_to_n2", max(ontoN2));
            Measures.report("reward-stdp", "max n1_to_E", max(fromN1));
            Measures.report("reward-stdp", "mean E_to_E", Measures.mean(recurrent));
        }
    }

    private static double max(double[] x) {
        return java.util.Arrays.stream(x).max().orElseThrow();
    }

    @Test
    void eachCuePairsN1BeforeN2AndNothingElseMakesThemFire() {
        assertEquals(11, run.count("n1", 0, 31_000), "one n1 spike per cue");
        double[] n1 = run.spikeTimes("n1")[0];
        double[] n2 = run.spikeTimes("n2")[0];
        assertEquals(n1.length, n2.length);
        for (int k = 0; k < n1.length; k++) {
            double lag = n2[k] - n1[k];
            assertTrue(lag > 2 && lag < 10, "pairing " + k + ": n2 " + lag + " ms after n1");
        }
    }

    @Test
    void theRewardedSynapseGrowsFromOneToAboutThreeMillivolts() {
        assertTrue(rewarded > 2.5 && rewarded <= 4, "n1_to_n2 after ten rewards: " + rewarded + " mV");
    }

    @Test
    void theOtherSynapsesOfN1AndOntoN2StayNearTheirStart() {
        for (double[] w : new double[][] {ontoN2, fromN1}) {
            assertEquals(W0, Measures.mean(w), 0.1, "mean");
            assertTrue(max(w) < W0 + 0.5 * (rewarded - W0), "largest other " + max(w) + " vs rewarded " + rewarded);
        }
    }

    @Test
    void theRecurrentSynapsesDriftLittleOnAverage() {
        double mean = Measures.mean(recurrent);
        assertTrue(mean > 0.85 && mean <= W0 + 0.02, "mean E_to_E weight " + mean);
        double moved = 0;
        for (double w : recurrent) {
            moved += Math.abs(w - W0);
        }
        moved /= recurrent.length;
        assertTrue(moved < 0.2 * (rewarded - W0), "mean |change| " + moved + " vs rewarded change " + (rewarded - W0));
    }
}
