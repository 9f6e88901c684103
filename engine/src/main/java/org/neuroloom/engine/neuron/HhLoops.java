package org.neuroloom.engine.neuron;

/**
 * The Hodgkin-Huxley update of a slice in single precision: the six rate functions, the
 * membrane (exponential Euler with the total conductance) and the three gates (exponential
 * Euler, i.e. Rush-Larsen: exact for rates held over the step). The state stays in the
 * kernel's double arrays, but every step computes in float and stores float values, so the
 * state has float precision (relative 6e-8; the scheme's own error at dt = 0.1 ms is orders of
 * magnitude larger, see {@code HhAccuracyTest}). Scalar and SIMD ({@code neuron.simd.HhLoopsSimd})
 * implementations perform the same float operations element by element (fused multiply-adds
 * where written), so they give identical results.
 */
public interface HhLoops {

    /** Rate function shapes: {@code A·u/(e^(u/s) - 1)}, {@code A·e^(u/s)}, {@code A/(1 + e^(u/s))}, u = c0 + c1·V. */
    int EFUN = 0;
    int EXP = 1;
    int SIGMOID = 2;

    /** Number of float scratch arrays that {@link #step} needs. */
    int SCRATCH = 22;
    /** Spare elements each float scratch array needs past the population's size (for whole-vector loads and stores). */
    int PAD = 16;

    /**
     * Advances {@code [lo, hi)} by one step. The synaptic input comes from {@code in}: the
     * channels it names are read, decayed and refilled from ring index {@code base + i} in the
     * same pass. V, m, h, n are updated in place (the gates with the start-of-step V); the
     * elements whose V crosses {@code detectMv} upwards are appended to {@code spikes} in
     * ascending order. {@code next} (double, the population's size) and {@code scratch}
     * ({@link #SCRATCH} float arrays of the population's size plus {@link #PAD}) are scratch; disjoint slices may
     * run concurrently.
     *
     * @return the first element whose new V is not sane (NaN or beyond the runaway bound; its V
     *         is stored all the same), or -1
     */
    int step(HhParams p, double[] v, double[] m, double[] h, double[] n, HhInput in, int base, double detectMv,
             double[] next, SpikeBuffer spikes, float[][] scratch, int lo, int hi);

    /**
     * The end of a step for {@code [lo, hi)}: V takes {@code next} plus the arriving jumps (which
     * are cleared), an upward crossing of {@code detectMv} is a spike. Returns the first element
     * whose new V is not sane, or -1.
     */
    static int settle(double[] v, double[] next, double[] delta, int base, double detectMv, SpikeBuffer spikes,
                      int lo, int hi) {
        int bad = -1;
        for (int i = lo; i < hi; i++) {
            double vn = next[i];
            if (delta != null) {
                vn += delta[base + i];
                delta[base + i] = 0;
            }
            if (v[i] < detectMv && vn >= detectMv) {
                spikes.add(i);
            }
            if (bad < 0 && !NeuronKernel.sane(vn)) {
                bad = i;
            }
            v[i] = vn;
        }
        return bad;
    }

    /** Rate k at V = {@code v} mV, 1/ms. */
    static float rate(HhParams p, int k, float v) {
        int b = p.base()[k];
        float y = Math.fma(v, p.slope()[k], p.offset()[k]);
        float e = FloatMath.exp(Math.fma(v, p.baseSlope()[b], p.baseOffset()[b]));
        return dividesOnce(p, k) ? efunOver(p, k, y, e) : rateOf(p, k, y, expOf(p, k, e));
    }

    /** Whether rate k is an EFUN over its base exponential, computed by {@link #efunOver}. */
    static boolean dividesOnce(HhParams p, int k) {
        return p.shape()[k] == EFUN && p.inverse()[k];
    }

    /**
     * An EFUN rate whose {@code e^y = scale/E}: {@code A·y/(e^y - 1) = A·y·E/(scale - E)}, one
     * division instead of two (the series near y = 0 as in {@link #rateOf}).
     */
    static float efunOver(HhParams p, int k, float y, float e) {
        if (Math.abs(y) < FloatMath.SERIES_LIMIT) {
            return p.amp()[k] / FloatMath.efunDenominator(y, e);
        }
        return p.amp()[k] * (y * e) / (p.scale()[k] - e);
    }

    /** {@code e^y} of rate k from the exponential {@code e} of its base ({@link HhParams}). */
    static float expOf(HhParams p, int k, float e) {
        return p.inverse()[k] ? p.scale()[k] / e : p.scale()[k] * e;
    }

    /** Rate k from its argument {@code y} (= u/s) and {@code ey = e^y}. */
    static float rateOf(HhParams p, int k, float y, float ey) {
        return switch (p.shape()[k]) {
            case EFUN -> p.amp()[k] * FloatMath.efunNumerator(y) / FloatMath.efunDenominator(y, ey);
            case EXP -> p.amp()[k] * ey;
            default -> p.amp()[k] / (ey + 1f);
        };
    }

    /** Exponential Euler for a gate: {@code x∞ + (x - x∞) e^(-dt (α + β))}, {@code x∞ = α/(α + β)}. */
    static float gate(float alpha, float beta, float x, float minusDt) {
        float sum = alpha + beta;
        float inf = alpha / sum;
        return Math.fma(x - inf, FloatMath.exp(Math.fma(sum, minusDt, 0f)), inf);
    }

    /** The scalar loop: the reference the SIMD passes reproduce. */
    final class Scalar implements HhLoops {
        @Override
        public int step(HhParams p, double[] v, double[] m, double[] h, double[] n, HhInput in, int base,
                        double detectMv, double[] next, SpikeBuffer spikes, float[][] scratch, int lo, int hi) {
            final double[] gSum = in.g();
            final double[] accSum = in.acc();
            final double[] inj = in.injected();
            final double[] gA = in.gA();
            final double[] ringA = in.ringA();
            final double[] gB = in.gB();
            final double[] ringB = in.ringB();
            for (int i = lo; i < hi; i++) {
                // The channel sums in double, in the order and with the operations of LifLoops'
                // condStart and condExp, so the step gives what those passes gave.
                double gd;
                double ad;
                if (gSum != null) {
                    gd = gSum[i];
                    ad = accSum[i];
                } else {
                    gd = 0.0;
                    ad = inj == null ? in.biasPa() : in.biasPa() + inj[i];
                }
                if (gA != null) {
                    double x = gA[i];
                    gd = gd + x;
                    ad = ad + x * in.eA();
                    gA[i] = x * in.dA() + ringA[base + i];
                    ringA[base + i] = 0;
                }
                if (gB != null) {
                    double x = gB[i];
                    gd = gd + x;
                    ad = ad + x * in.eB();
                    gB[i] = x * in.dB() + ringB[base + i];
                    ringB[base + i] = 0;
                }
                float vf = (float) v[i];
                float mf = (float) m[i];
                float hf = (float) h[i];
                float nf = (float) n[i];
                float gna = mf * mf * mf * hf * p.gNa();
                float n2 = nf * nf;
                float gk = n2 * n2 * p.gK();
                float g = gna + p.gL() + gk + (float) gd;
                float ge = Math.fma(gk, p.eK(), Math.fma(gna, p.eNa(), p.gLeL())) + (float) ad;
                float vInf = ge / g;
                next[i] = Math.fma(vf - vInf, FloatMath.exp(Math.fma(g, p.minusDtOverC(), 0f)), vInf);
                m[i] = gate(rate(p, 0, vf), rate(p, 1, vf), mf, p.minusDt());
                h[i] = gate(rate(p, 2, vf), rate(p, 3, vf), hf, p.minusDt());
                n[i] = gate(rate(p, 4, vf), rate(p, 5, vf), nf, p.minusDt());
            }
            return settle(v, next, in.delta(), base, detectMv, spikes, lo, hi);
        }
    }
}
