package org.neuroloom.engine.neuron.simd;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.neuroloom.engine.neuron.FloatMath;
import org.neuroloom.engine.neuron.HhInput;
import org.neuroloom.engine.neuron.HhLoops;
import org.neuroloom.engine.neuron.HhParams;
import org.neuroloom.engine.neuron.SpikeBuffer;

/**
 * {@link HhLoops.Scalar} with the Vector API, as passes over blocks of {@value #BLOCK} neurons
 * whose float scratch stays in the L1 cache: advance the synaptic channels ({@link HhInput}) and
 * convert their sums (and any V jumps) to float; the conductances and V∞; the exponentials of V
 * that the six rates share ({@link HhParams}: four for Traub-Miles kinetics) and the membrane's;
 * each rate's e^y (a constant times or over its shared exponential) and the rate; per gate, its
 * sum of rates, steady state, exponential and new value in one loop ({@link ExpSimd#gate}); the
 * new V with the spike test. V, m, h and n are float arrays, read and written by the float
 * passes directly.
 * Every element goes through the same float operations as in the scalar loop (which also runs
 * the ragged end of the slice), so the results are identical. The exponentials run in their
 * own loops ({@link ExpSimd}) because a vector passed to a helper that the JIT compiles on its
 * own is boxed; constants are vectors because operations with a scalar operand on 512-bit
 * float vectors are not intrinsified on Java 17.
 * <p>The float passes use float vectors of the double vectors' size (16 lanes with AVX-512;
 * {@link Species#FLOAT}), twice as many lanes as the pass that reads the double channels.
 * A double vector converts to the lower half of a float vector (conversion part 0), so that
 * pass steps by a double vector and stores the whole float vector at i: its zero upper half is
 * overwritten by the next step's store. The last store of a slice's vector part thus writes
 * zeros into the double vector's length of elements after it, which must not belong to another
 * slice ({@link #vectorEnd}); the scratch arrays have {@link HhLoops#PAD} spare elements past
 * the population.
 */
public final class HhLoopsSimd implements HhLoops {
    private static final VectorSpecies<Double> D = Species.DOUBLE;
    private static final VectorSpecies<Float> F = Species.FLOAT;
    private static final int BLOCK = 256;
    /** The runaway bound of {@code NeuronKernel.sane}, mV. */
    private static final double V_LIMIT_MV = 1e5;
    /** The arriving V jumps in float, when the population has delta input. */
    private static final int JUMP = 0;
    private static final int VINF = 1;
    private static final int Y = 2;
    private static final int GT = 8;
    /** The membrane's exponential, then the new V (jumps included) for {@link HhLoops#settle}. */
    private static final int EV = NEXT;
    /** The shared exponentials of the rates (at most six). */
    private static final int EB = 10;
    /** Σ g_syn and Σ g_syn E_syn + I in float, from load to conductances: the rates' rows, free until then. */
    private static final int GS = Y;
    private static final int IE = Y + 1;
    private final HhLoops.Scalar scalar = new HhLoops.Scalar();

    static {
        if (EB + 6 != SCRATCH || GT + 1 != EV || EV + 1 != EB) {
            throw new AssertionError("scratch layout");
        }
    }

    @Override
    public int step(HhParams p, float[] v, float[] m, float[] h, float[] n, HhInput in, int base, float detect,
                    SpikeBuffer spikes, float[][] s, int lo, int hi) {
        // Only the double-precision load pass spills past its last vector; without it a slice's
        // vector part runs to its last whole vector (the scalar tail costs about 90 ns per element).
        int end = in.single() ? lo + (hi - lo) / F.length() * F.length() : vectorEnd(lo, hi, s[0].length - PAD);
        // Room for one spike per element, then the notes of vectors storeV leaves to settle.
        spikes.ensureRoom((hi - lo) + (hi - lo) / F.length() + 1);
        final int[] notes = spikes.ids();
        final int first = spikes.count() + (hi - lo);
        final float[] jumps = in.delta() != null ? s[JUMP] : null;
        final boolean single = in.single();
        int noted = first;
        for (int b0 = lo; b0 < end; b0 += BLOCK) {
            int b1 = Math.min(end, b0 + BLOCK);
            if (!single) {
                load(in, base, s, b0, b1);
            }
            conductances(p, m, h, n, in, base, s, b0, b1);
            for (int b = 0; b < p.baseSlope().length; b++) {
                ExpSimd.expAffine(v, p.baseSlope()[b], p.baseOffset()[b], s[EB + b], b0, b1);
            }
            ExpSimd.expAffine(s[GT], p.minusDtOverC(), 0f, s[EV], b0, b1);
            for (int k = 0; k < 6; k++) {
                float[] e = s[EB + p.base()[k]];
                if (!HhLoops.dividesOnce(p, k) && (p.inverse()[k] || p.scale()[k] != 1f)) {
                    scaled(p.scale()[k], p.inverse()[k], e, s[Y + k], b0, b1);
                    e = s[Y + k];
                }
                rates(p, k, v, e, s[Y + k], b0, b1);
            }
            ExpSimd.gate(s[Y], s[Y + 1], m, p.minusDt(), b0, b1);
            ExpSimd.gate(s[Y + 2], s[Y + 3], h, p.minusDt(), b0, b1);
            ExpSimd.gate(s[Y + 4], s[Y + 5], n, p.minusDt(), b0, b1);
            noted = storeV(v, s[VINF], s[EV], jumps, detect, notes, noted, b0, b1);
        }
        int bad = -1;
        for (int k = first; k < noted; k++) {
            int b = HhLoops.settle(v, s[EV], detect, spikes, notes[k], notes[k] + F.length());
            bad = bad >= 0 ? bad : b;
        }
        int tailBad = scalar.step(p, v, m, h, n, in, base, detect, spikes, s, end, hi);
        return bad >= 0 ? bad : tailBad;
    }

    /**
     * The end of the part of {@code [lo, hi)} the vector passes take: whole float vectors, and
     * short enough that the conversions' spill past it stays inside the slice, or past the
     * population's last element ({@code size}) in the scratch arrays' spare room.
     */
    static int vectorEnd(int lo, int hi, int size) {
        int end = lo + (hi - lo) / F.length() * F.length();
        if (end + D.length() > hi && hi < size && end > lo) {
            end -= F.length();
        }
        return end;
    }

    /**
     * For double-precision input: the synaptic sums (advancing the input's channels, in double
     * as in the scalar loop) and the arriving jumps, converted to float (the jumps' ring is
     * cleared).
     */
    private static void load(HhInput in, int base, float[][] s, int lo, int hi) {
        final float[] gss = s[GS];
        final float[] ies = s[IE];
        final float[] jumps = s[JUMP];
        final double[] gSum = in.g();
        final double[] accSum = in.acc();
        final double[] inj = in.injected();
        final HhInput.Channel a = in.a();
        final HhInput.Channel b = in.b();
        final double[] gA = a == null ? null : a.g();
        final double[] ringA = a == null ? null : a.ring();
        final double[] gB = b == null ? null : b.g();
        final double[] ringB = b == null ? null : b.ring();
        final double[] delta = in.delta();
        final boolean summed = gSum != null;
        final boolean injects = inj != null;
        final boolean chA = gA != null;
        final boolean chB = gB != null;
        final boolean jumped = delta != null;
        final DoubleVector zero = DoubleVector.zero(D);
        final DoubleVector bias = DoubleVector.broadcast(D, in.biasPa());
        final DoubleVector eA = DoubleVector.broadcast(D, a == null ? 0 : a.eRevMv());
        final DoubleVector dA = DoubleVector.broadcast(D, a == null ? 0 : a.decay());
        final DoubleVector eB = DoubleVector.broadcast(D, b == null ? 0 : b.eRevMv());
        final DoubleVector dB = DoubleVector.broadcast(D, b == null ? 0 : b.decay());
        for (int i = lo; i < hi; i += D.length()) {
            DoubleVector gd = summed ? DoubleVector.fromArray(D, gSum, i) : zero;
            DoubleVector ad = summed ? DoubleVector.fromArray(D, accSum, i)
                    : injects ? bias.add(DoubleVector.fromArray(D, inj, i)) : bias;
            if (chA) {
                DoubleVector x = DoubleVector.fromArray(D, gA, i);
                gd = gd.add(x);
                ad = ad.add(x.mul(eA));
                x.mul(dA).add(DoubleVector.fromArray(D, ringA, base + i)).intoArray(gA, i);
                zero.intoArray(ringA, base + i);
            }
            if (chB) {
                DoubleVector x = DoubleVector.fromArray(D, gB, i);
                gd = gd.add(x);
                ad = ad.add(x.mul(eB));
                x.mul(dB).add(DoubleVector.fromArray(D, ringB, base + i)).intoArray(gB, i);
                zero.intoArray(ringB, base + i);
            }
            // Conversions written out here: in a helper compiled on its own they box (convert0).
            ((FloatVector) gd.convertShape(VectorOperators.D2F, F, 0)).intoArray(gss, i);
            ((FloatVector) ad.convertShape(VectorOperators.D2F, F, 0)).intoArray(ies, i);
            if (jumped) {
                ((FloatVector) DoubleVector.fromArray(D, delta, base + i).convertShape(VectorOperators.D2F, F, 0))
                        .intoArray(jumps, i);
                zero.intoArray(delta, base + i);
            }
        }
    }

    /**
     * The total conductance and V∞ (as in the scalar loop), with the synaptic sums from the
     * rows {@link #load} wrote or, for single-precision input, from the channels, which are
     * advanced here.
     */
    private static void conductances(HhParams p, float[] mfs, float[] hfs, float[] nfs, HhInput in, int base,
                                     float[][] s, int lo, int hi) {
        final float[] gss = s[GS];
        final float[] ies = s[IE];
        final float[] vInf = s[VINF];
        final float[] gt = s[GT];
        final boolean single = in.single();
        final HhInput.Channel a = in.a();
        final HhInput.Channel b = in.b();
        final float[] gA = single ? a.gF() : null;
        final float[] ringA = single ? a.ringF() : null;
        final float[] gB = single && b != null ? b.gF() : null;
        final float[] ringB = single && b != null ? b.ringF() : null;
        final boolean chB = gB != null;
        final FloatVector zero = FloatVector.zero(F);
        final FloatVector bias = FloatVector.broadcast(F, (float) in.biasPa());
        final FloatVector eA = FloatVector.broadcast(F, a == null ? 0f : (float) a.eRevMv());
        final float dAHi = a == null ? 0f : (float) a.decay();
        final FloatVector dA = FloatVector.broadcast(F, dAHi);
        final FloatVector dALo = FloatVector.broadcast(F, a == null ? 0f : (float) (a.decay() - dAHi));
        final FloatVector eB = FloatVector.broadcast(F, b == null ? 0f : (float) b.eRevMv());
        final float dBHi = b == null ? 0f : (float) b.decay();
        final FloatVector dB = FloatVector.broadcast(F, dBHi);
        final FloatVector dBLo = FloatVector.broadcast(F, b == null ? 0f : (float) (b.decay() - dBHi));
        final FloatVector gNa = FloatVector.broadcast(F, p.gNa());
        final FloatVector gK = FloatVector.broadcast(F, p.gK());
        final FloatVector gL = FloatVector.broadcast(F, p.gL());
        final FloatVector eNa = FloatVector.broadcast(F, p.eNa());
        final FloatVector eK = FloatVector.broadcast(F, p.eK());
        final FloatVector gLeL = FloatVector.broadcast(F, p.gLeL());
        for (int i = lo; i < hi; i += F.length()) {
            FloatVector gs;
            FloatVector ie;
            if (single) {
                FloatVector x = FloatVector.fromArray(F, gA, i);
                gs = zero.add(x);
                ie = bias.add(x.mul(eA));
                x.fma(dA, x.fma(dALo, FloatVector.fromArray(F, ringA, base + i))).intoArray(gA, i);
                zero.intoArray(ringA, base + i);
                if (chB) {
                    FloatVector y = FloatVector.fromArray(F, gB, i);
                    gs = gs.add(y);
                    ie = ie.add(y.mul(eB));
                    y.fma(dB, y.fma(dBLo, FloatVector.fromArray(F, ringB, base + i))).intoArray(gB, i);
                    zero.intoArray(ringB, base + i);
                }
            } else {
                gs = FloatVector.fromArray(F, gss, i);
                ie = FloatVector.fromArray(F, ies, i);
            }
            FloatVector mf = FloatVector.fromArray(F, mfs, i);
            FloatVector nf = FloatVector.fromArray(F, nfs, i);
            FloatVector gna = mf.mul(mf).mul(mf).mul(FloatVector.fromArray(F, hfs, i)).mul(gNa);
            FloatVector n2 = nf.mul(nf);
            FloatVector gk = n2.mul(n2).mul(gK);
            FloatVector g = gna.add(gL).add(gk).add(gs);
            FloatVector ge = gk.fma(eK, gna.fma(eNa, gLeL)).add(ie);
            ge.div(g).intoArray(vInf, i);
            g.intoArray(gt, i);
        }
    }

    /** {@code out[i] = scale/e[i]} or {@code scale·e[i]}: a rate's e^y from its base exponential. */
    private static void scaled(float scale, boolean inverse, float[] e, float[] out, int lo, int hi) {
        final FloatVector sv = FloatVector.broadcast(F, scale);
        int end = lo + (hi - lo) / F.length() * F.length();
        if (inverse) {
            for (int i = lo; i < end; i += F.length()) {
                sv.div(FloatVector.fromArray(F, e, i)).intoArray(out, i);
            }
            for (int i = end; i < hi; i++) {
                out[i] = scale / e[i];
            }
        } else {
            for (int i = lo; i < end; i += F.length()) {
                sv.mul(FloatVector.fromArray(F, e, i)).intoArray(out, i);
            }
            for (int i = end; i < hi; i++) {
                out[i] = scale * e[i];
            }
        }
    }

    /**
     * {@code out[i] = rate k} from {@code e^y} in {@code ey[i]} (for {@link HhLoops#dividesOnce}:
     * from the base exponential), recomputing y from V.
     */
    private static void rates(HhParams p, int k, float[] vf, float[] ey, float[] out, int lo, int hi) {
        final float slope = p.slope()[k];
        final float offset = p.offset()[k];
        final int shape = p.shape()[k];
        final FloatVector amp = FloatVector.broadcast(F, p.amp()[k]);
        final FloatVector one = FloatVector.broadcast(F, 1f);
        final FloatVector sc = FloatVector.broadcast(F, p.scale()[k]);
        final boolean over = HhLoops.dividesOnce(p, k);
        int end = lo + (hi - lo) / F.length() * F.length();
        if (shape == EXP) {
            for (int i = lo; i < end; i += F.length()) {
                FloatVector.fromArray(F, ey, i).mul(amp).intoArray(out, i);
            }
        } else if (shape == SIGMOID) {
            for (int i = lo; i < end; i += F.length()) {
                amp.div(FloatVector.fromArray(F, ey, i).add(one)).intoArray(out, i);
            }
        } else {
            final FloatVector vs = FloatVector.broadcast(F, slope);
            final FloatVector vo = FloatVector.broadcast(F, offset);
            final FloatVector limit = FloatVector.broadcast(F, FloatMath.SERIES_LIMIT);
            final FloatVector q6 = FloatVector.broadcast(F, FloatMath.Q6);
            final FloatVector q5 = FloatVector.broadcast(F, FloatMath.Q5);
            final FloatVector q4 = FloatVector.broadcast(F, FloatMath.Q4);
            final FloatVector q3 = FloatVector.broadcast(F, FloatMath.Q3);
            final FloatVector q2 = FloatVector.broadcast(F, FloatMath.Q2);
            final FloatVector q1 = FloatVector.broadcast(F, FloatMath.Q1);
            for (int i = lo; i < end; i += F.length()) {
                FloatVector y = FloatVector.fromArray(F, vf, i).fma(vs, vo);
                VectorMask<Float> small = y.abs().compare(VectorOperators.LT, limit);
                FloatVector q = q6.fma(y, q5);
                q = q.fma(y, q4);
                q = q.fma(y, q3);
                q = q.fma(y, q2);
                q = q.fma(y, q1);
                q = q.fma(y, one);
                FloatVector e = FloatVector.fromArray(F, ey, i);
                if (over) {
                    FloatVector den = sc.sub(e).blend(q, small);
                    amp.mul(y.mul(e).blend(one, small)).div(den).intoArray(out, i);
                } else {
                    FloatVector den = e.sub(one).blend(q, small);
                    amp.mul(y.blend(one, small)).div(den).intoArray(out, i);
                }
            }
        }
        for (int i = end; i < hi; i++) {
            float y = Math.fma(vf[i], slope, offset);
            out[i] = over ? HhLoops.efunOver(p, k, y, ey[i]) : HhLoops.rateOf(p, k, y, ey[i]);
        }
    }

    /**
     * The new V, {@code fma(vOld - vInf, e, vInf)} with the membrane's exponential {@code e} in
     * {@code vNew}, plus the arriving jumps, stored into V where no lane of the vector can spike
     * or run away. The fast test needs no spike-time bookkeeping: a lane can
     * only spike if {@code min(detect - vOld, vNew - detect) >= 0}, and it is sane if
     * {@code |vNew| < limit}; where the larger of the two is below 0 in every lane, nothing
     * happens but the store (NaN fails the test; a float difference is 0 only for equal
     * operands, so the signs are those of the compares). Any other vector stores its new V (jumps
     * included) in {@code vNew} and is noted for {@link HhLoops#settle}, which runs the scalar
     * test in ascending order afterwards. The minimum and maximum are compares and blends
     * (lanewise MIN/MAX carry Java's NaN and -0 rules, several instructions each on x86); the
     * blend order lets NaN through to fail the test. The loop stays free of calls: a call the
     * JIT does not inline makes it box the live vectors.
     *
     * @return the new end of the notes
     */
    private static int storeV(float[] v, float[] vInf, float[] vNew, float[] jumps, float detectMv, int[] notes,
                              int noted, int lo, int hi) {
        final boolean jumped = jumps != null;
        final FloatVector detect = FloatVector.broadcast(F, detectMv);
        final FloatVector limit = FloatVector.broadcast(F, (float) V_LIMIT_MV);
        final FloatVector zero = FloatVector.zero(F);
        int k = noted;
        for (int i = lo; i < hi; i += F.length()) {
            FloatVector vOld = FloatVector.fromArray(F, v, i);
            FloatVector in = FloatVector.fromArray(F, vInf, i);
            FloatVector vn = vOld.sub(in).fma(FloatVector.fromArray(F, vNew, i), in);
            if (jumped) {
                vn = vn.add(FloatVector.fromArray(F, jumps, i));
            }
            FloatVector rise = detect.sub(vOld);
            FloatVector over = vn.sub(detect);
            FloatVector low = rise.blend(over, over.compare(VectorOperators.LT, rise));
            FloatVector range = vn.abs().sub(limit);
            FloatVector worst = range.blend(low, low.compare(VectorOperators.GT, range));
            if (worst.compare(VectorOperators.LT, zero).allTrue()) {
                vn.intoArray(v, i);
            } else {
                vn.intoArray(vNew, i);
                notes[k++] = i;
            }
        }
        return k;
    }
}
