package org.neuroloom.engine.neuron;

/**
 * An exponential for hot loops: Cody-Waite range reduction {@code x = k ln2 + r},
 * {@code |r| <= ln2/2}, a degree-11 Taylor polynomial for {@code e^r}, and {@code 2^k} built
 * from the exponent bits. Plain arithmetic without calls or table loads, so the same steps run
 * in SIMD lanes.
 */
public final class FastMath {
    /** log2(e). */
    public static final double LOG2E = 1.4426950408889634;
    /** High part of ln 2 (exact in few bits, so k·LN2_HI is exact). */
    public static final double LN2_HI = 0.6931471803691238;
    /** Low part of ln 2. */
    public static final double LN2_LO = 1.9082149292705877e-10;
    /** 1.5·2^52: adding and subtracting it rounds to the nearest integer (ties to even) for |y| &lt; 2^51. */
    public static final double ROUNDER = 6755399441055744.0;
    /** Below this, e^x is reported as 0. */
    public static final double MIN_ARG = -708;
    /** Above this, e^x is +infinity. */
    public static final double MAX_ARG = 709;
    /** Taylor coefficients 1/k!, k = 11 down to 0 (Horner order). */
    static final double[] COEFF = {1.0 / 39916800, 1.0 / 3628800, 1.0 / 362880, 1.0 / 40320, 1.0 / 5040, 1.0 / 720,
        1.0 / 120, 1.0 / 24, 1.0 / 6, 0.5, 1, 1};

    private FastMath() {
    }

    /**
     * {@code e^x} (relative error below 1e-14); 0 below {@link #MIN_ARG}, +infinity above
     * {@link #MAX_ARG}, NaN for NaN. The SIMD version in {@code neuron.simd} performs the same
     * operations lane by lane and gives identical results.
     */
    public static double exp(double x) {
        if (!(x >= MIN_ARG && x <= MAX_ARG)) {
            return x != x ? x : (x > 0 ? Double.POSITIVE_INFINITY : 0);
        }
        double shifted = x * LOG2E + ROUNDER;
        double kd = shifted - ROUNDER;
        long k = Double.doubleToRawLongBits(shifted) - Double.doubleToRawLongBits(ROUNDER);
        double r = x - kd * LN2_HI - kd * LN2_LO;
        double p = COEFF[0];
        for (int i = 1; i < COEFF.length; i++) {
            p = p * r + COEFF[i];
        }
        return p * Double.longBitsToDouble((k + 1023) << 52);
    }
}
