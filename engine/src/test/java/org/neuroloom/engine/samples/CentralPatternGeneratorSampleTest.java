package org.neuroloom.engine.samples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * central-pattern-generator: the two half-centres burst in alternation: their population rates are
 * anti-correlated and each bursts with a period in the band of slow rhythmic movement.
 */
class CentralPatternGeneratorSampleTest {
    private static final double T0 = 500;
    private static final double T1 = 5000;
    private static final double BIN_MS = 20;
    private static SampleRun run;

    @BeforeAll
    static void runSample() throws Exception {
        run = SampleRun.of(SampleRun.load("central-pattern-generator")).run(T1);
    }

    /**
     * Burst onsets of {@code side}: the binned count rises to half its maximum after having been
     * below a tenth of it (the hysteresis ignores the ups and downs inside an adapting burst).
     */
    private static List<Double> onsets(String side) {
        double[] c = run.binned(side, T0, T1, BIN_MS);
        double max = java.util.Arrays.stream(c).max().orElseThrow();
        List<Double> out = new ArrayList<>();
        boolean bursting = c[0] >= max / 10;
        for (int k = 1; k < c.length; k++) {
            if (!bursting && c[k] >= max / 2) {
                out.add(T0 + k * BIN_MS);
                bursting = true;
            } else if (bursting && c[k] < max / 10) {
                bursting = false;
            }
        }
        return out;
    }

    @Test
    void theHalvesFireInAlternation() {
        double r = Measures.correlation(run.binned("L", T0, T1, BIN_MS), run.binned("R", T0, T1, BIN_MS));
        Measures.report("central-pattern-generator", "L-R correlation", r);
        assertTrue(r < -0.5, "correlation of left and right rates " + r);
    }

    @Test
    void eachHalfBurstsWithAPeriodBetweenHalfASecondAndASecondAndAHalf() {
        for (String side : new String[] {"L", "R"}) {
            List<Double> on = onsets(side);
            assertTrue(on.size() >= 4, side + " bursts: " + on);
            double period = (on.get(on.size() - 1) - on.get(0)) / (on.size() - 1);
            Measures.report("central-pattern-generator", side + " period ms", period);
            assertTrue(period > 500 && period < 1500, side + " period " + period + " ms");
        }
    }

    @Test
    void burstsAlternateOnsetByOnset() {
        List<Double> l = onsets("L");
        List<Double> r = onsets("R");
        // between two left onsets there is exactly one right onset
        for (int k = 0; k + 1 < l.size(); k++) {
            double a = l.get(k);
            double b = l.get(k + 1);
            long between = r.stream().filter(t -> t > a && t < b).count();
            assertTrue(between == 1, "right onsets between " + a + " and " + b + ": " + between);
        }
    }
}
