package org.neuroloom.engine.synapse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neuroloom.engine.ModelException;
import org.neuroloom.engine.random.Rng;
import org.neuroloom.model.dist.Distribution;

/**
 * A bounded normal either redraws (truncated normal) or clips (censored normal). Brian2's COBA
 * start, {@code clip(randn() * 12 + 20, 0, inf)}, is the censored one; the two differ in
 * their mass at the bound and in their mean, which the analytic formulas below give.
 */
class DrawTest {

    private static final int N = 200_000;
    // N(200, 120) bounded below at 0: alpha = (0 - 200) / 120.
    private static final double MEAN = 200;
    private static final double SD = 120;
    private static final double PHI_ALPHA = 0.047790352;   // Phi(-5/3)
    private static final double PDF_ALPHA = 0.099476707;   // phi(5/3)

    private static double[] draws(Distribution d) {
        Rng.Stream r = new Rng.Stream(Rng.key(7, 1, 2));
        double[] x = new double[N];
        for (int i = 0; i < N; i++) {
            x[i] = Draw.sample(d, r, "populations[0].initial.g_in");
        }
        return x;
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    private static double fractionAt(double[] x, double value) {
        int n = 0;
        for (double v : x) {
            n += v == value ? 1 : 0;
        }
        return (double) n / x.length;
    }

    @Test
    void clippedNormalPutsTheTailOnTheBoundAndHasTheCensoredMean() {
        double[] x = draws(new Distribution.Normal(MEAN, SD, 0.0, null, Distribution.Outside.CLIP));
        double sem = SD / Math.sqrt(N);
        assertEquals(PHI_ALPHA, fractionAt(x, 0.0), 4 * Math.sqrt(PHI_ALPHA * (1 - PHI_ALPHA) / N));
        // E[max(X, 0)] = mu Phi(mu/sd) + sd phi(mu/sd)
        double censored = MEAN * (1 - PHI_ALPHA) + SD * PDF_ALPHA;
        assertEquals(censored, mean(x), 4 * sem);
        for (double v : x) {
            assertTrue(v >= 0, "below the bound: " + v);
        }
    }

    @Test
    void redrawnNormalNeverSitsOnTheBoundAndHasTheTruncatedMean() {
        double[] x = draws(new Distribution.Normal(MEAN, SD, 0.0, null));
        assertEquals(0.0, fractionAt(x, 0.0));
        // E[X | X > 0] = mu + sd phi(alpha) / (1 - Phi(alpha))
        double truncated = MEAN + SD * PDF_ALPHA / (1 - PHI_ALPHA);
        assertEquals(truncated, mean(x), 4 * SD / Math.sqrt(N));
        for (double v : x) {
            assertTrue(v > 0, "not above the bound: " + v);
        }
    }

    @Test
    void clippingAWindowFarInTheTailGivesTheBoundInsteadOfHanging() {
        double[] x = draws(new Distribution.Normal(0, 1, 50.0, 60.0, Distribution.Outside.CLIP));
        assertEquals(1.0, fractionAt(x, 50.0));
    }

    @Test
    void aWindowTheNormalAlmostNeverReachesIsRefusedNamingTheField() {
        Distribution far = new Distribution.Normal(0, 1, 50.0, 60.0);
        Rng.Stream r = new Rng.Stream(Rng.key(7, 1, 2));
        ModelException e = assertThrows(ModelException.class, () -> Draw.sample(far, r, "projections[1]", ".weight"));
        assertTrue(e.getMessage().startsWith("projections[1].weight: the normal distribution (mean 0.0, sd 1.0)"),
                e.getMessage());
    }
}
