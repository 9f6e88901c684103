package org.neuroloom.engine.samples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neuroloom.model.Project;

/**
 * synfire-chain: the strong packet at 100 ms reaches group 10 with nearly every neuron firing, one
 * group per delay plus a fraction of a millisecond; the weak packet at 500 ms dies out.
 */
class SynfireChainSampleTest {
    private static final int GROUPS = 10;
    private static final double STRONG_MS = 100;
    private static final double WEAK_MS = 500;
    private static double delayMs;
    private static SampleRun run;

    @BeforeAll
    static void runSample() throws Exception {
        Project p = SampleRun.load("synfire-chain");
        delayMs = p.network().projection("G1_to_G2").orElseThrow().delayMs().mean();
        run = SampleRun.of(p).run(700);
    }

    /** Spikes of group g and their mean time inside the window where the volley is expected. */
    private static double[] volley(int g, double packetMs) {
        double lo = packetMs + g * delayMs - 2;
        double hi = packetMs + g * (delayMs + 1.5) + 3;
        double sum = 0;
        int n = 0;
        for (double[] train : run.spikeTimes("G" + g)) {
            for (double t : train) {
                if (t >= lo && t < hi) {
                    sum += t;
                    n++;
                }
            }
        }
        return new double[] {n, n == 0 ? Double.NaN : sum / n};
    }

    @Test
    void theStrongPacketReachesTheLastGroupWithAlmostEveryNeuron() {
        for (int g = 1; g <= GROUPS; g++) {
            double[] v = volley(g, STRONG_MS);
            assertTrue(v[0] >= 90, "group " + g + ": " + v[0] + " spikes in the volley");
        }
    }

    @Test
    void theVolleyTakesOneDelayPlusUnderAMillisecondPerGroup() {
        double last = volley(GROUPS, STRONG_MS)[1];
        double latency = last - STRONG_MS;
        Measures.report("synfire-chain", "latency to group 10 ms", latency);
        assertTrue(latency > GROUPS * delayMs && latency < GROUPS * (delayMs + 1),
                "latency to group " + GROUPS + ": " + latency + " ms for " + GROUPS + " delays of " + delayMs + " ms");
        double perGroup = (last - volley(1, STRONG_MS)[1]) / (GROUPS - 1);
        assertTrue(perGroup > delayMs && perGroup < delayMs + 1, "per group " + perGroup + " ms");
    }

    @Test
    void theWeakPacketDiesOutAndTheLastGroupOnlyFiresBackgroundSpikes() {
        double background = run.rateHz("G" + GROUPS, 250, 450) * 100 * 0.1;
        long last = run.count("G" + GROUPS, WEAK_MS, WEAK_MS + 100);
        assertTrue(last < background + 3 * Math.sqrt(background) + 5,
                "group " + GROUPS + ": " + last + " spikes in 100 ms after the weak packet, background " + background);
        assertTrue(last < 40, "no volley: " + last);
    }
}
