package org.neuroloom.engine.neuron;

/**
 * An exponential for hot loops: Cody-Waite range reduction {@code x = k ln2 + r},
 * {@code |r| <= ln2/2}, a degree-11 Taylor polynomial for {@code e^r} (relative error below
 * 2e-15 over the whole range), and {@code 2^k} built from the exponent bits. Plain arithmetic
 * without calls or table loads, so loops that use it stay simple for the JIT.
 */
public final class FastMath {
    private static final double LOG2E = 1.4426950408889634;
    private static final double LN2_HI = 0.6931471803691238;
    private static final double LN2_LO = 1.9082149292705877e-10;

    private FastMath() {
    }

    /** {@code e^x}; 0 below -708, +infinity above 709, NaN for NaN. */
    public static double exp(double x) {
        if (!(x > -708 && x < 709)) {
            return x != x ? x : (x > 0 ? Double.POSITIVE_INFINITY : (x < -745 ? 0 : Math.exp(x)));
        }
        double kd = Math.rint(x * LOG2E);
        double r = x - kd * LN2_HI - kd * LN2_LO;
        double p = 1.0 / 39916800;
        p = p * r + 1.0 / 3628800;
        p = p * r + 1.0 / 362880;
        p = p * r + 1.0 / 40320;
        p = p * r + 1.0 / 5040;
        p = p * r + 1.0 / 720;
        p = p * r + 1.0 / 120;
        p = p * r + 1.0 / 24;
        p = p * r + 1.0 / 6;
        p = p * r + 0.5;
        p = p * r + 1;
        p = p * r + 1;
        return p * Double.longBitsToDouble(((long) kd + 1023) << 52);
    }
}
