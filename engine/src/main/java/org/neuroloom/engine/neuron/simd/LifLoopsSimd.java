package org.neuroloom.engine.neuron.simd;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.neuroloom.engine.neuron.LifLoops;
import org.neuroloom.engine.neuron.SpikeBuffer;

/**
 * The LIF passes with the Vector API: the same operations as {@link LifLoops.Scalar}, lane by
 * lane, so identical results; the last {@code (hi - lo) mod lanes} elements run the scalar
 * passes. Scalar operands are broadcast once per call: an operation with a scalar operand on a
 * 512-bit vector is not compiled to one instruction on Java 17. Slices start at multiples of 64
 * elements, so which elements take the scalar tail does
 * not depend on the thread count.
 */
public final class LifLoopsSimd implements LifLoops {
    private static final VectorSpecies<Double> S = Species.DOUBLE;
    private static final int L = S.length();
    private final LifLoops.Scalar tail = new LifLoops.Scalar();

    private static int bodyEnd(int lo, int hi) {
        return lo + (hi - lo) / L * L;
    }

    @Override
    public void leak(double[] acc, double[] v, double[] inj, double c0, double p, double q, int lo, int hi) {
        int end = bodyEnd(lo, hi);
        DoubleVector vP = DoubleVector.broadcast(S, p);
        DoubleVector vC0 = DoubleVector.broadcast(S, c0);
        DoubleVector vQ = DoubleVector.broadcast(S, q);
        for (int i = lo; i < end; i += L) {
            DoubleVector a = DoubleVector.fromArray(S, v, i).mul(vP).add(vC0);
            if (inj != null) {
                a = a.add(DoubleVector.fromArray(S, inj, i).mul(vQ));
            }
            a.intoArray(acc, i);
        }
        tail.leak(acc, v, inj, c0, p, q, end, hi);
    }

    @Override
    public void expChannel(double[] acc, double[] cur, double[] ring, int base, double pi, double d, int lo, int hi) {
        int end = bodyEnd(lo, hi);
        DoubleVector vPi = DoubleVector.broadcast(S, pi);
        DoubleVector vD = DoubleVector.broadcast(S, d);
        DoubleVector zero = DoubleVector.zero(S);
        for (int i = lo; i < end; i += L) {
            DoubleVector x = DoubleVector.fromArray(S, cur, i);
            DoubleVector.fromArray(S, acc, i).add(x.mul(vPi)).intoArray(acc, i);
            x.mul(vD).add(DoubleVector.fromArray(S, ring, base + i)).intoArray(cur, i);
            zero.intoArray(ring, base + i);
        }
        tail.expChannel(acc, cur, ring, base, pi, d, end, hi);
    }

    @Override
    public void alphaChannel(double[] acc, double[] cur, double[] rise, double[] ring, int base, double pi, double py,
                             double d, double h, double gain, int lo, int hi) {
        int end = bodyEnd(lo, hi);
        DoubleVector vPi = DoubleVector.broadcast(S, pi);
        DoubleVector vPy = DoubleVector.broadcast(S, py);
        DoubleVector vH = DoubleVector.broadcast(S, h);
        DoubleVector vD = DoubleVector.broadcast(S, d);
        DoubleVector vGain = DoubleVector.broadcast(S, gain);
        DoubleVector zero = DoubleVector.zero(S);
        for (int i = lo; i < end; i += L) {
            DoubleVector x = DoubleVector.fromArray(S, cur, i);
            DoubleVector y = DoubleVector.fromArray(S, rise, i);
            DoubleVector.fromArray(S, acc, i).add(x.mul(vPi)).add(y.mul(vPy)).intoArray(acc, i);
            x.add(y.mul(vH)).mul(vD).intoArray(cur, i);
            y.mul(vD).add(DoubleVector.fromArray(S, ring, base + i).mul(vGain)).intoArray(rise, i);
            zero.intoArray(ring, base + i);
        }
        tail.alphaChannel(acc, cur, rise, ring, base, pi, py, d, h, gain, end, hi);
    }

    @Override
    public void condStart(double[] g, double[] acc, double[] inj, double gL, double ge0, int lo, int hi) {
        int end = bodyEnd(lo, hi);
        DoubleVector vgL = DoubleVector.broadcast(S, gL);
        DoubleVector vge0 = DoubleVector.broadcast(S, ge0);
        for (int i = lo; i < end; i += L) {
            vgL.intoArray(g, i);
            (inj == null ? vge0 : vge0.add(DoubleVector.fromArray(S, inj, i))).intoArray(acc, i);
        }
        tail.condStart(g, acc, inj, gL, ge0, end, hi);
    }

    @Override
    public void condExp(double[] g, double[] acc, double[] gs, double[] ring, int base, double e, double d, int lo,
                        int hi) {
        int end = bodyEnd(lo, hi);
        DoubleVector vE = DoubleVector.broadcast(S, e);
        DoubleVector vD = DoubleVector.broadcast(S, d);
        DoubleVector zero = DoubleVector.zero(S);
        for (int i = lo; i < end; i += L) {
            DoubleVector x = DoubleVector.fromArray(S, gs, i);
            DoubleVector.fromArray(S, g, i).add(x).intoArray(g, i);
            DoubleVector.fromArray(S, acc, i).add(x.mul(vE)).intoArray(acc, i);
            x.mul(vD).add(DoubleVector.fromArray(S, ring, base + i)).intoArray(gs, i);
            zero.intoArray(ring, base + i);
        }
        tail.condExp(g, acc, gs, ring, base, e, d, end, hi);
    }

    @Override
    public void condAlpha(double[] g, double[] acc, double[] gs, double[] rise, double[] ring, int base, double e,
                          double d, double h, double gain, int lo, int hi) {
        int end = bodyEnd(lo, hi);
        DoubleVector vE = DoubleVector.broadcast(S, e);
        DoubleVector vH = DoubleVector.broadcast(S, h);
        DoubleVector vD = DoubleVector.broadcast(S, d);
        DoubleVector vGain = DoubleVector.broadcast(S, gain);
        DoubleVector zero = DoubleVector.zero(S);
        for (int i = lo; i < end; i += L) {
            DoubleVector x = DoubleVector.fromArray(S, gs, i);
            DoubleVector y = DoubleVector.fromArray(S, rise, i);
            DoubleVector.fromArray(S, g, i).add(x).intoArray(g, i);
            DoubleVector.fromArray(S, acc, i).add(x.mul(vE)).intoArray(acc, i);
            x.add(y.mul(vH)).mul(vD).intoArray(gs, i);
            y.mul(vD).add(DoubleVector.fromArray(S, ring, base + i).mul(vGain)).intoArray(rise, i);
            zero.intoArray(ring, base + i);
        }
        tail.condAlpha(g, acc, gs, rise, ring, base, e, d, h, gain, end, hi);
    }

    @Override
    public void heldCurrent(double[] acc, double[] cur, double[] rise, double[] ring, int base, double d, double h,
                            double gain, int lo, int hi) {
        int end = bodyEnd(lo, hi);
        DoubleVector vD = DoubleVector.broadcast(S, d);
        DoubleVector vH = DoubleVector.broadcast(S, h);
        DoubleVector vGain = DoubleVector.broadcast(S, gain);
        DoubleVector zero = DoubleVector.zero(S);
        for (int i = lo; i < end; i += L) {
            DoubleVector x = DoubleVector.fromArray(S, cur, i);
            DoubleVector in = DoubleVector.fromArray(S, ring, base + i);
            DoubleVector.fromArray(S, acc, i).add(x).intoArray(acc, i);
            if (rise == null) {
                x.mul(vD).add(in).intoArray(cur, i);
            } else {
                DoubleVector y = DoubleVector.fromArray(S, rise, i);
                x.add(y.mul(vH)).mul(vD).intoArray(cur, i);
                y.mul(vD).add(in.mul(vGain)).intoArray(rise, i);
            }
            zero.intoArray(ring, base + i);
        }
        tail.heldCurrent(acc, cur, rise, ring, base, d, h, gain, end, hi);
    }

    @Override
    public void expEuler(double[] acc, double[] g, double[] v, double k, double[] t, int lo, int hi) {
        int end = bodyEnd(lo, hi);
        DoubleVector vK = DoubleVector.broadcast(S, k);
        for (int i = lo; i < end; i += L) {
            DoubleVector.fromArray(S, g, i).mul(vK).intoArray(t, i);
        }
        for (int i = end; i < hi; i++) {
            t[i] = g[i] * k;
        }
        ExpSimd.exp(t, t, lo, hi);
        for (int i = lo; i < end; i += L) {
            DoubleVector vInf = DoubleVector.fromArray(S, acc, i).div(DoubleVector.fromArray(S, g, i));
            vInf.add(DoubleVector.fromArray(S, v, i).sub(vInf).mul(DoubleVector.fromArray(S, t, i))).intoArray(acc, i);
        }
        for (int i = end; i < hi; i++) {
            double vInf = acc[i] / g[i];
            acc[i] = vInf + (v[i] - vInf) * t[i];
        }
    }

    @Override
    public int fusedExp(double[] acc, double[] v, double c0, double p, double[] curA, double[] ringA, double piA,
                        double dA, double[] curB, double[] ringB, double piB, double dB, int base, double[] refr,
                        double[] delta, double th, double vReset, double refSteps, double limit, int lo, int hi,
                        SpikeBuffer out) {
        int end = bodyEnd(lo, hi);
        final int pending = reserve(out, hi - lo);
        final int[] later = out.ids();
        int np = pending;
        final boolean two = curB != null;
        final boolean jumps = delta != null;
        DoubleVector vP = DoubleVector.broadcast(S, p);
        DoubleVector vC0 = DoubleVector.broadcast(S, c0);
        DoubleVector vPiA = DoubleVector.broadcast(S, piA);
        DoubleVector vDA = DoubleVector.broadcast(S, dA);
        DoubleVector vPiB = DoubleVector.broadcast(S, piB);
        DoubleVector vDB = DoubleVector.broadcast(S, dB);
        DoubleVector vMid = DoubleVector.broadcast(S, mid(th, limit));
        DoubleVector vHalf = DoubleVector.broadcast(S, halfWidth(th, limit));
        DoubleVector one = DoubleVector.broadcast(S, 1.0);
        DoubleVector zero = DoubleVector.zero(S);
        for (int i = lo; i < end; i += L) {
            DoubleVector vOld = DoubleVector.fromArray(S, v, i);
            DoubleVector x = DoubleVector.fromArray(S, curA, i);
            DoubleVector a = vOld.mul(vP).add(vC0).add(x.mul(vPiA));
            x.mul(vDA).add(DoubleVector.fromArray(S, ringA, base + i)).intoArray(curA, i);
            zero.intoArray(ringA, base + i);
            if (two) {
                DoubleVector y = DoubleVector.fromArray(S, curB, i);
                a = a.add(y.mul(vPiB));
                y.mul(vDB).add(DoubleVector.fromArray(S, ringB, base + i)).intoArray(curB, i);
                zero.intoArray(ringB, base + i);
            }
            DoubleVector vi = a.add(jumps ? DoubleVector.fromArray(S, delta, base + i) : zero);
            if (vi.sub(vMid).abs().compare(VectorOperators.LT, vHalf).allTrue()) {
                DoubleVector r = DoubleVector.fromArray(S, refr, i);
                VectorMask<Double> active = r.compare(VectorOperators.EQ, zero);
                vOld.blend(vi, active).intoArray(v, i);
                r.sub(one).blend(zero, active).intoArray(refr, i);
                if (jumps) {
                    zero.intoArray(delta, base + i);
                }
            } else {
                a.intoArray(acc, i);
                later[np++] = i;
            }
        }
        int bad = finish(later, pending, np, out, acc, v, refr, delta, base, th, vReset, refSteps, limit);
        int tailBad = tail.fusedExp(acc, v, c0, p, curA, ringA, piA, dA, curB, ringB, piB, dB, base, refr, delta, th,
                vReset, refSteps, limit, end, hi, out);
        return bad >= 0 ? bad : tailBad;
    }

    @Override
    public int threshold(double[] acc, double[] v, double[] refr, double[] delta, int base, double th, double vReset,
                         double refSteps, double limit, int lo, int hi, SpikeBuffer out) {
        int end = bodyEnd(lo, hi);
        final int pending = reserve(out, hi - lo);
        final int[] later = out.ids();
        int np = pending;
        final boolean jumps = delta != null;
        DoubleVector vMid = DoubleVector.broadcast(S, mid(th, limit));
        DoubleVector vHalf = DoubleVector.broadcast(S, halfWidth(th, limit));
        DoubleVector one = DoubleVector.broadcast(S, 1.0);
        DoubleVector zero = DoubleVector.zero(S);
        for (int i = lo; i < end; i += L) {
            DoubleVector vi = DoubleVector.fromArray(S, acc, i)
                    .add(jumps ? DoubleVector.fromArray(S, delta, base + i) : zero);
            if (vi.sub(vMid).abs().compare(VectorOperators.LT, vHalf).allTrue()) {
                DoubleVector r = DoubleVector.fromArray(S, refr, i);
                VectorMask<Double> active = r.compare(VectorOperators.EQ, zero);
                DoubleVector.fromArray(S, v, i).blend(vi, active).intoArray(v, i);
                r.sub(one).blend(zero, active).intoArray(refr, i);
                if (jumps) {
                    zero.intoArray(delta, base + i);
                }
            } else {
                later[np++] = i;
            }
        }
        int bad = finish(later, pending, np, out, acc, v, refr, delta, base, th, vReset, refSteps, limit);
        int tailBad = tail.threshold(acc, v, refr, delta, base, th, vReset, refSteps, limit, end, hi, out);
        return bad >= 0 ? bad : tailBad;
    }

    /*
     * The threshold's vector loops must stay innermost loops without calls: otherwise the JIT
     * keeps a range check on every load and store, and a call that is not inlined makes it box
     * every live vector. So a vector in which some lane may spike or run away (rare) is only
     * noted, its V left in acc, and finished by the scalar threshold after the loop, in
     * ascending order, which keeps the spike ids ascending. The notes go into the spike
     * buffer's spare room, past the room for one spike per element, which spikes never reach.
     * The fast test is one compare, |V - mid| < half: it holds only for V inside (-limit, th)
     * (half is a little narrower than the interval, a margin far above rounding) and never for
     * NaN; every other lane gets the scalar test.
     */

    /** Makes room for one spike per element plus one note per vector; returns where the notes start. */
    private static int reserve(SpikeBuffer out, int elements) {
        out.ensureRoom(elements + elements / L + 1);
        return out.count() + elements;
    }

    private static double mid(double th, double limit) {
        return 0.5 * (th - limit);
    }

    private static double halfWidth(double th, double limit) {
        return 0.5 * (th + limit) * (1 - 1e-9);
    }

    private int finish(int[] later, int from, int to, SpikeBuffer out, double[] acc, double[] v, double[] refr,
                       double[] delta, int base, double th, double vReset, double refSteps, double limit) {
        int bad = -1;
        for (int k = from; k < to; k++) {
            int i = later[k];
            int b = tail.threshold(acc, v, refr, delta, base, th, vReset, refSteps, limit, i, i + L, out);
            bad = bad >= 0 ? bad : b;
        }
        return bad;
    }
}
