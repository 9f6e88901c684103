package org.neuroloom.engine.neuron;

/**
 * Single-precision functions for the Hodgkin-Huxley kernel, written as plain float arithmetic
 * and fused multiply-adds without calls or table loads, so that the SIMD version in
 * {@code neuron.simd} performs the same operations lane by lane and gives identical results
 * (a fused multiply-add is exactly rounded in both).
 */
public final class FloatMath {
    /** Arguments below this are raised to it: e^x is then about 1.6e-38 instead of smaller. */
    public static final float MIN_ARG = -87f;
    /** Arguments above this are lowered to it: e^x is then about 1.65e38 instead of larger. */
    public static final float MAX_ARG = 88f;
    /** log2(e). */
    public static final float LOG2E = 1.44269504088896341f;
    /** 1.5·2^23: adding and subtracting it rounds to the nearest integer for |y| &lt; 2^22. */
    public static final float ROUNDER = 12582912f;
    /** High part of ln 2 (9 significant bits, so k·LN2_HI is exact for |k| &lt; 2^15). */
    public static final float LN2_HI = 0.693359375f;
    /** ln 2 - LN2_HI. */
    public static final float LN2_LO = -2.12194440e-4f;
    /** Cephes {@code expf} minimax coefficients of (e^r - 1 - r)/r², highest first. */
    public static final float P0 = 1.9875691500e-4f;
    public static final float P1 = 1.3981999507e-3f;
    public static final float P2 = 8.3334519073e-3f;
    public static final float P3 = 4.1665795894e-2f;
    public static final float P4 = 1.6666665459e-1f;
    public static final float P5 = 5.0000001201e-1f;
    /** Below this |y|, {@link #expm1Parts} uses a series for (e^y - 1)/y. */
    public static final float SERIES_LIMIT = 0.3f;
    /** Series coefficients of (e^y - 1)/y, 1/(k+1)! for k = 6 down to 1 (then + 1). */
    public static final float Q6 = 1f / 5040;
    public static final float Q5 = 1f / 720;
    public static final float Q4 = 1f / 120;
    public static final float Q3 = 1f / 24;
    public static final float Q2 = 1f / 6;
    public static final float Q1 = 0.5f;

    private FloatMath() {
    }

    /**
     * {@code e^x} for x in [{@link #MIN_ARG}, {@link #MAX_ARG}] with a relative error below
     * 3e-7 (tested); outside, the argument is clamped to that range (the kernel's uses are
     * decay factors and rate functions, for which 1.6e-38 and 1.65e38 act as 0 and infinity);
     * NaN for NaN. Cody-Waite reduction {@code x = k ln2 + r}, Cephes' degree-5 minimax
     * polynomial, {@code 2^k} from the exponent bits.
     */
    public static float exp(float x) {
        float c = Math.min(Math.max(x, MIN_ARG), MAX_ARG);
        float shifted = Math.fma(c, LOG2E, ROUNDER);
        float k = shifted - ROUNDER;
        float r = Math.fma(k, -LN2_HI, c);
        r = Math.fma(k, -LN2_LO, r);
        float p = Math.fma(P0, r, P1);
        p = Math.fma(p, r, P2);
        p = Math.fma(p, r, P3);
        p = Math.fma(p, r, P4);
        p = Math.fma(p, r, P5);
        float er = Math.fma(p, r * r, r) + 1f;
        // The low 22 bits of ROUNDER's representation are zero, so shifting its bits plus
        // (k + 127) left by 23 leaves exactly the biased exponent k + 127.
        return er * Float.intBitsToFloat((Float.floatToRawIntBits(shifted) + 127) << 23);
    }

    /**
     * The numerator of {@code y/(e^y - 1)} as used by the rate functions: 1 where |y| is
     * below {@link #SERIES_LIMIT} (the denominator is then the series of (e^y - 1)/y), y
     * elsewhere.
     */
    public static float efunNumerator(float y) {
        return Math.abs(y) < SERIES_LIMIT ? 1f : y;
    }

    /**
     * The denominator matching {@link #efunNumerator}: the series of (e^y - 1)/y (degree 6,
     * truncation below 6e-9 relative) for small |y|, {@code e^y - 1} from {@code ey = e^y}
     * elsewhere, where the subtraction loses at most a factor 1/(1 - e^-0.3) ≈ 4 in relative
     * accuracy.
     */
    public static float efunDenominator(float y, float ey) {
        if (Math.abs(y) < SERIES_LIMIT) {
            float q = Math.fma(Q6, y, Q5);
            q = Math.fma(q, y, Q4);
            q = Math.fma(q, y, Q3);
            q = Math.fma(q, y, Q2);
            q = Math.fma(q, y, Q1);
            return Math.fma(q, y, 1f);
        }
        return ey - 1f;
    }
}
