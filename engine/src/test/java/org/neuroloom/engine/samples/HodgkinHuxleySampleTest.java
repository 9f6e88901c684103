package org.neuroloom.engine.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * hodgkin-huxley: 1 ms pulses into the squid axon; all-or-none spikes near +40 mV, nothing below
 * threshold, a refractory period that swallows a pulse 5 ms after a spike but not one 20 ms after,
 * repetitive firing under a sustained current.
 */
class HodgkinHuxleySampleTest {
    private static SampleRun run;
    private static double[] v;

    @BeforeAll
    static void runSample() throws Exception {
        run = SampleRun.of(SampleRun.load("hodgkin-huxley")).recordTrace("axon", "v", 0).run(400);
        v = run.trace("axon", "v", 0);
    }

    private static long spikes(double t0, double t1) {
        return run.count("axon", t0, t1);
    }

    private static double peakMv(double t0, double t1) {
        double dt = run.dtMs();
        double max = Double.NEGATIVE_INFINITY;
        for (int k = (int) Math.round(t0 / dt); k < Math.round(t1 / dt); k++) {
            max = Math.max(max, v[k]);
        }
        return max;
    }

    @Test
    void aWeakPulseOnlyDepolarisesTheMembraneALittle() {
        assertEquals(0, spikes(0, 60));
        double rest = v[(int) Math.round(19 / run.dtMs())];
        assertEquals(-65, rest, 0.5, "resting potential");
        double bump = peakMv(20, 60) - rest;
        assertTrue(bump > 2 && bump < 10, "subthreshold bump " + bump + " mV");
    }

    @Test
    void aStrongPulseFiresExactlyOneSpikePeakingNearPlus40Millivolts() {
        assertEquals(1, spikes(60, 100));
        double peak = peakMv(60, 100);
        Measures.report("hodgkin-huxley", "spike peak mV", peak);
        assertEquals(40, peak, 3, "spike peak");
        double undershoot = Double.POSITIVE_INFINITY;
        for (int k = (int) Math.round(65 / run.dtMs()); k < Math.round(100 / run.dtMs()); k++) {
            undershoot = Math.min(undershoot, v[k]);
        }
        assertTrue(undershoot < -70, "after-hyperpolarisation below rest: " + undershoot + " mV");
    }

    @Test
    void aSecondPulseFiveMillisecondsLaterFailsButTwentyMillisecondsLaterFires() {
        assertEquals(1, spikes(100, 150), "pair 5 ms apart: the second pulse falls in the refractory period");
        assertEquals(2, spikes(150, 220), "pair 20 ms apart: both fire");
    }

    @Test
    void aSustainedCurrentFiresRepetitively() {
        long n = spikes(220, 320);
        assertTrue(n >= 6 && n <= 8, n + " spikes in 100 ms at 1000 pA");
        assertEquals(0, spikes(330, 400), "silent after the step");
    }
}
