package org.neuroloom.engine.neuron;

/**
 * The Hodgkin-Huxley update of a slice in single precision: the six rate functions, the
 * membrane (exponential Euler with the total conductance) and the three gates (exponential
 * Euler, i.e. Rush-Larsen: exact for rates held over the step). V, m, h and n are float
 * arrays (relative precision 6e-8; the scheme's own error at dt = 0.1 ms is orders of magnitude
 * larger, see {@code HhAccuracyTest}); the synaptic channels are summed in double and the sums
 * rounded to float once per step. Scalar and SIMD ({@code neuron.simd.HhLoopsSimd})
 * implementations perform the same float operations element by element (fused multiply-adds
 * where written), so they give identical results.
 */
public interface HhLoops {

    /** Rate function shapes: {@code A·u/(e^(u/s) - 1)}, {@code A·e^(u/s)}, {@code A/(1 + e^(u/s))}, u = c0 + c1·V. */
    int EFUN = 0;
    int EXP = 1;
    int SIGMOID = 2;

    /** Number of float scratch arrays that {@link #step} needs. */
    int SCRATCH = 16;
    /** The scratch row that holds the new V (jumps included) for {@link #settle}. */
    int NEXT = 9;
    /** Spare elements each float scratch array needs past the population's size (for whole-vector loads and stores). */
    int PAD = 16;

    /**
     * Advances {@code [lo, hi)} by one step. The synaptic input comes from {@code in}: the
     * channels it names are read, decayed and refilled from ring index {@code base + i} in the
     * same pass. V, m, h, n are updated in place (the gates with the start-of-step V); the
     * elements whose V reaches {@code detect} from below are appended to {@code spikes} in
     * ascending order. {@code scratch} ({@link #SCRATCH} float arrays of the population's size
     * plus {@link #PAD}) is scratch; disjoint slices may run concurrently.
     *
     * @param detect the detection threshold as a float ({@link #detectFloat})
     * @return the first element whose new V is not sane (NaN or beyond the runaway bound; its V
     *         is stored all the same), or -1
     */
    int step(HhParams p, float[] v, float[] m, float[] h, float[] n, HhInput in, int base, float detect,
             SpikeBuffer spikes, float[][] scratch, int lo, int hi);

    /**
     * The smallest float at or above {@code detectMv}: for a float V, {@code V >= detectFloat}
     * exactly when {@code V >= detectMv}, so testing in float detects what a test in double would.
     */
    static float detectFloat(double detectMv) {
        float d = (float) detectMv;
        return d < detectMv ? Math.nextUp(d) : d;
    }

    /**
     * The end of a step for {@code [lo, hi)}: V takes {@code next} (the new V, jumps included),
     * an upward crossing of {@code detect} is a spike. Returns the first element whose new V is
     * not sane, or -1.
     */
    static int settle(float[] v, float[] next, float detect, SpikeBuffer spikes, int lo, int hi) {
        int bad = -1;
        for (int i = lo; i < hi; i++) {
            float vn = next[i];
            if (v[i] < detect && vn >= detect) {
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
        public int step(HhParams p, float[] v, float[] m, float[] h, float[] n, HhInput in, int base, float detect,
                        SpikeBuffer spikes, float[][] scratch, int lo, int hi) {
            final float[] next = scratch[NEXT];
            final double[] delta = in.delta();
            final double[] gSum = in.g();
            final double[] accSum = in.acc();
            final double[] inj = in.injected();
            final HhInput.Channel a = in.a();
            final HhInput.Channel b = in.b();
            final boolean single = in.single();
            final double[] gA = a == null ? null : a.g();
            final double[] ringA = a == null ? null : a.ring();
            final double[] gB = b == null ? null : b.g();
            final double[] ringB = b == null ? null : b.ring();
            final float[] gAF = a == null ? null : a.gF();
            final float[] ringAF = a == null ? null : a.ringF();
            final float[] gBF = b == null ? null : b.gF();
            final float[] ringBF = b == null ? null : b.ringF();
            final double eA = a == null ? 0 : a.eRevMv();
            final double dA = a == null ? 0 : a.decay();
            final double eB = b == null ? 0 : b.eRevMv();
            final double dB = b == null ? 0 : b.decay();
            final float eAF = (float) eA;
            final float dAF = (float) dA;
            final float dALo = (float) (dA - dAF);
            final float eBF = (float) eB;
            final float dBF = (float) dB;
            final float dBLo = (float) (dB - dBF);
            final float biasF = (float) in.biasPa();
            for (int i = lo; i < hi; i++) {
                float gf;
                float af;
                if (single) {
                    // Single-precision channels: the same operations in float, but the decay
                    // factor as a sum of two floats (the float rounding of e^(-dt/τ) alone
                    // would be a time constant off by about 1e-6).
                    gf = 0f;
                    af = biasF;
                    float x = gAF[i];
                    gf = gf + x;
                    af = af + x * eAF;
                    gAF[i] = Math.fma(x, dAF, Math.fma(x, dALo, ringAF[base + i]));
                    ringAF[base + i] = 0;
                    if (gBF != null) {
                        float y = gBF[i];
                        gf = gf + y;
                        af = af + y * eBF;
                        gBF[i] = Math.fma(y, dBF, Math.fma(y, dBLo, ringBF[base + i]));
                        ringBF[base + i] = 0;
                    }
                } else {
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
                        ad = ad + x * eA;
                        gA[i] = x * dA + ringA[base + i];
                        ringA[base + i] = 0;
                    }
                    if (gB != null) {
                        double x = gB[i];
                        gd = gd + x;
                        ad = ad + x * eB;
                        gB[i] = x * dB + ringB[base + i];
                        ringB[base + i] = 0;
                    }
                    gf = (float) gd;
                    af = (float) ad;
                }
                float vf = v[i];
                float mf = m[i];
                float hf = h[i];
                float nf = n[i];
                float gna = mf * mf * mf * hf * p.gNa();
                float n2 = nf * nf;
                float gk = n2 * n2 * p.gK();
                float g = gna + p.gL() + gk + gf;
                float ge = Math.fma(gk, p.eK(), Math.fma(gna, p.eNa(), p.gLeL())) + af;
                float vInf = ge / g;
                float vNew = Math.fma(vf - vInf, FloatMath.exp(Math.fma(g, p.minusDtOverC(), 0f)), vInf);
                if (delta != null) {
                    vNew += (float) delta[base + i];
                    delta[base + i] = 0;
                }
                next[i] = vNew;
                m[i] = gate(rate(p, 0, vf), rate(p, 1, vf), mf, p.minusDt());
                h[i] = gate(rate(p, 2, vf), rate(p, 3, vf), hf, p.minusDt());
                n[i] = gate(rate(p, 4, vf), rate(p, 5, vf), nf, p.minusDt());
            }
            return settle(v, next, detect, spikes, lo, hi);
        }
    }
}
