package org.neuroloom.engine.neuron;

/**
 * The Hodgkin-Huxley update over a slice as array passes: the six rate functions, the
 * membrane (exponential Euler with the total conductance), the three gates. Scalar and SIMD
 * ({@code neuron.simd.HhLoopsSimd}) implementations perform the same operations element by
 * element, so they give identical results. {@code t1}, {@code t2} are scratch arrays.
 */
public interface HhLoops {

    /** Rate function shapes: {@code A·u/(e^(u/s) - 1)}, {@code A·e^(u/s)}, {@code A/(1 + e^(u/s))}, u = c0 + c1·V. */
    int EFUN = 0;
    int EXP = 1;
    int SIGMOID = 2;

    /**
     * The parameters of one population: six rate functions (α_m, β_m, α_h, β_h, α_n, β_n)
     * as {@code shape, A, c0, c1, 1/s}, and the membrane constants.
     */
    record Params(int[] shape, double[] a, double[] c0, double[] c1, double[] invS, double gNa, double gK, double gL,
                  double eNa, double eK, double gLeL, double dtMs, double minusDtOverC) {
    }

    /** {@code out = rate k (v)} for {@code [lo, hi)}. */
    void rate(Params p, int k, double[] v, double[] out, double[] t1, int lo, int hi);

    /**
     * The new V into {@code acc} (which holds {@code Σ g_syn E_syn + I} on entry), from the
     * start-of-step gates; {@code gsyn} holds Σ g_syn.
     */
    void membrane(Params p, double[] v, double[] m, double[] h, double[] n, double[] gsyn, double[] acc, double[] t1,
                  double[] t2, int lo, int hi);

    /** Exponential Euler for a gate: {@code x = x∞ + (x - x∞) e^(-dt (α + β))}, {@code x∞ = α/(α + β)}. */
    void gate(double[] alpha, double[] beta, double[] x, double dt, double[] t1, int lo, int hi);

    /** One rate function at V = {@code vv}. */
    static double rate(Params p, int k, double vv) {
        double y = (vv * p.c1()[k] + p.c0()[k]) * p.invS()[k];
        return rateOf(p, k, y, p.shape()[k] == EFUN && Math.abs(y) < FastMath.SERIES_LIMIT ? 0 : FastMath.exp(y));
    }

    /** A rate from its scaled argument y = u/s and e^y (e^y unused for an EFUN rate with small |y|). */
    static double rateOf(Params p, int k, double y, double ey) {
        return switch (p.shape()[k]) {
            case EFUN -> p.a()[k] / (expm1OverX(y, ey) * p.invS()[k]);
            case EXP -> ey * p.a()[k];
            default -> p.a()[k] / (ey + 1);
        };
    }

    /** {@code (e^y - 1)/y} from y and e^y: the series near 0, where the difference would cancel. */
    static double expm1OverX(double y, double ey) {
        if (Math.abs(y) < FastMath.SERIES_LIMIT) {
            return FastMath.expm1OverX(y);
        }
        return (ey - 1) / y;
    }

    /** The scalar passes. */
    final class Scalar implements HhLoops {
        @Override
        public void rate(Params p, int k, double[] v, double[] out, double[] t1, int lo, int hi) {
            for (int i = lo; i < hi; i++) {
                out[i] = HhLoops.rate(p, k, v[i]);
            }
        }

        @Override
        public void membrane(Params p, double[] v, double[] m, double[] h, double[] n, double[] gsyn, double[] acc,
                             double[] t1, double[] t2, int lo, int hi) {
            for (int i = lo; i < hi; i++) {
                double m0 = m[i];
                double n0 = n[i];
                double gna = m0 * m0 * m0 * h[i] * p.gNa();
                double n2 = n0 * n0;
                double gk = n2 * n2 * p.gK();
                double g = gna + p.gL() + gk + gsyn[i];
                double ge = gna * p.eNa() + p.gLeL() + gk * p.eK() + acc[i];
                double vInf = ge / g;
                acc[i] = vInf + (v[i] - vInf) * FastMath.exp(g * p.minusDtOverC());
            }
        }

        @Override
        public void gate(double[] alpha, double[] beta, double[] x, double dt, double[] t1, int lo, int hi) {
            for (int i = lo; i < hi; i++) {
                double sum = alpha[i] + beta[i];
                double inf = alpha[i] / sum;
                x[i] = inf + (x[i] - inf) * FastMath.exp(sum * -dt);
            }
        }
    }
}
