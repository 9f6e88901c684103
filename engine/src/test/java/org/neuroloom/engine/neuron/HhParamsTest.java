package org.neuroloom.engine.neuron;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neuroloom.model.neuron.HodgkinHuxley;

/**
 * The shared exponentials of the Hodgkin-Huxley rates: which rates share, and that every rate
 * computed through its shared exponential still matches the model's equation written out in
 * double precision.
 */
class HhParamsTest {

    @Test
    void traubRatesOfSlopeOneFifthShareOneExponential() {
        HhParams p = HhParams.of(HodgkinHuxley.traub(), 0.1);
        assertEquals(4, p.baseSlope().length, "α_m, α_h, β_n alone; β_m, β_h, α_n together");
        int[] b = p.base();
        assertEquals(b[1], b[3]);
        assertEquals(b[3], b[4]);
        assertArrayEquals(new boolean[]{false, true, false, false, false, false}, p.inverse(),
                "β_m rises with V while β_h and α_n fall: only β_m divides");
    }

    @Test
    void squidRatesOfSlopeMinusOneTenthShareOneExponential() {
        HhParams p = HhParams.of(HodgkinHuxley.defaults(), 0.1);
        assertEquals(4, p.baseSlope().length);
        assertEquals(p.base()[0], p.base()[3]);
        assertEquals(p.base()[3], p.base()[4]);
    }

    @Test
    void aScaleBeyondTheLimitGetsItsOwnExponential() {
        float[] slope = {-0.2f, -0.2f, 0.2f};
        float[] offset = {0f, 50f, -3f};
        int[] base = new int[3];
        float[] scale = new float[3];
        boolean[] inverse = new boolean[3];
        int[] rep = HhParams.share(slope, offset, base, scale, inverse);
        assertArrayEquals(new int[]{0, 1}, rep, "e^50 would overflow the product: rate 1 is its own base");
        assertArrayEquals(new int[]{0, 1, 0}, base);
        assertTrue(inverse[2]);
        assertEquals((float) Math.exp(-3), scale[2]);
    }

    @Test
    void sharedRatesMatchTheTraubEquationsInDoublePrecision() {
        HodgkinHuxley m = HodgkinHuxley.traub();
        HhParams p = HhParams.of(m, 0.1);
        double worst = 0;
        for (double v = -100; v <= 60; v += 0.0137) {
            double u = v - m.vTraubMv();
            double[] exact = {
                0.32 * (13 - u) / (Math.exp((13 - u) / 4) - 1), 0.28 * (u - 40) / (Math.exp((u - 40) / 5) - 1),
                0.128 * Math.exp((17 - u) / 18), 4 / (1 + Math.exp((40 - u) / 5)),
                0.032 * (15 - u) / (Math.exp((15 - u) / 5) - 1), 0.5 * Math.exp((10 - u) / 40)};
            for (int k = 0; k < 6; k++) {
                worst = Math.max(worst, Math.abs(HhLoops.rate(p, k, (float) v) / exact[k] - 1));
            }
        }
        // measured worst 1.6e-6 (β_h through the shared e^(-V/5)); rounding V to float alone moves e^y by up to 1.5e-6
        assertTrue(worst < 4e-6, "worst relative error " + worst);
    }

    @Test
    void sharedRatesMatchTheSquidEquationsInDoublePrecision() {
        HhParams p = HhParams.of(HodgkinHuxley.defaults(), 0.1);
        double worst = 0;
        for (double v = -100; v <= 60; v += 0.0137) {
            double[] exact = {
                0.1 * (v + 40) / (1 - Math.exp(-(v + 40) / 10)), 4 * Math.exp(-(v + 65) / 18),
                0.07 * Math.exp(-(v + 65) / 20), 1 / (1 + Math.exp(-(v + 35) / 10)),
                0.01 * (v + 55) / (1 - Math.exp(-(v + 55) / 10)), 0.125 * Math.exp(-(v + 65) / 80)};
            for (int k = 0; k < 6; k++) {
                worst = Math.max(worst, Math.abs(HhLoops.rate(p, k, (float) v) / exact[k] - 1));
            }
        }
        // measured worst 7.3e-7
        assertTrue(worst < 4e-6, "worst relative error " + worst);
    }
}
