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
 * passes. Slices start at multiples of 64 elements, so which elements take the scalar tail does
 * not depend on the thread count.
 */
public final class LifLoopsSimd implements LifLoops {
    private static final VectorSpecies<Double> S = Species.DOUBLE;
    private static final int L = S.length();
    /** Lanes per spike check in the threshold pass. */
    private static final int CHUNK = 64;
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
    public int threshold(double[] acc, double[] v, double[] refr, double[] delta, int base, double th, double vReset,
                         double refSteps, double limit, int lo, int hi, SpikeBuffer out) {
        int end = bodyEnd(lo, hi);
        int bad = -1;
        // No call and no mask logic (and/or/anyTrue: not intrinsified on Java 17) inside the
        // vector loop, and every operand a vector (scalar operands box on 512-bit vectors).
        // acc[i] takes the candidate V of an active lane and -infinity for a refractory one, so a
        // lane spiked exactly where acc[i] >= th; a running maximum over a chunk of lanes tells
        // whether the chunk needs that scalar scan for its spikes (ascending ids), a running
        // minimum of the new V whether it holds a NaN or runaway value.
        out.ensureRoom(hi - lo);
        final int[] ids = out.ids();
        int n = out.count();
        final DoubleVector zero = DoubleVector.zero(S);
        final DoubleVector one = DoubleVector.broadcast(S, 1.0);
        final DoubleVector minusInf = DoubleVector.broadcast(S, Double.NEGATIVE_INFINITY);
        final DoubleVector plusInf = DoubleVector.broadcast(S, Double.POSITIVE_INFINITY);
        final DoubleVector vTh = DoubleVector.broadcast(S, th);
        final DoubleVector vRes = DoubleVector.broadcast(S, vReset);
        final DoubleVector vRef = DoubleVector.broadcast(S, refSteps);
        for (int c0 = lo; c0 < end; c0 += CHUNK) {
            int c1 = Math.min(end, c0 + CHUNK);
            DoubleVector top = minusInf;
            DoubleVector bottom = plusInf;
            for (int i = c0; i < c1; i += L) {
                DoubleVector vi = DoubleVector.fromArray(S, acc, i)
                        .add(delta != null ? DoubleVector.fromArray(S, delta, base + i) : zero);
                DoubleVector r = DoubleVector.fromArray(S, refr, i);
                VectorMask<Double> active = r.compare(VectorOperators.EQ, zero);
                DoubleVector candidate = minusInf.blend(vi, active);
                VectorMask<Double> spike = candidate.compare(VectorOperators.GE, vTh);
                DoubleVector newV = DoubleVector.fromArray(S, v, i).blend(vi, active).blend(vRes, spike);
                r.sub(one).blend(zero, active).blend(vRef, spike).intoArray(refr, i);
                newV.intoArray(v, i);
                candidate.intoArray(acc, i);
                if (delta != null) {
                    zero.intoArray(delta, base + i);
                }
                top = top.max(candidate);
                bottom = bottom.min(newV);
            }
            if (top.reduceLanes(VectorOperators.MAX) >= th) {
                n = spikes(acc, th, c0, c1, ids, n);
            }
            if (bad < 0 && !(bottom.reduceLanes(VectorOperators.MIN) > -limit)) {
                bad = firstBad(v, limit, c0, c1);
            }
        }
        out.setCount(n);
        int tailBad = tail.threshold(acc, v, refr, delta, base, th, vReset, refSteps, limit, end, hi, out);
        return bad >= 0 ? bad : tailBad;
    }

    /** Appends the lanes of {@code [c0, c1)} whose candidate V reached the threshold. */
    private static int spikes(double[] candidate, double th, int c0, int c1, int[] ids, int n) {
        for (int j = c0; j < c1; j++) {
            if (candidate[j] >= th) {
                ids[n++] = j;
            }
        }
        return n;
    }

    /** The first lane of {@code [c0, c1)} whose V is NaN or below {@code -limit}, or -1. */
    private static int firstBad(double[] v, double limit, int c0, int c1) {
        for (int j = c0; j < c1; j++) {
            if (!(v[j] > -limit)) {
                return j;
            }
        }
        return -1;
    }

    @Override
    public int expCurrentStep(double[] acc, double[] v, double[] refr, double c0, double p, double[] cur0,
                              double[] ring0, double pi0, double d0, double[] cur1, double[] ring1, double pi1,
                              double d1, int base, double[] delta, double th, double vReset, double refSteps,
                              double limit, int lo, int hi, SpikeBuffer out) {
        int end = bodyEnd(lo, hi);
        int bad = -1;
        // The passes leak, expChannel (x2) and threshold fused into one loop: the state is read
        // and written once per step instead of once per pass. See threshold() for the spike scan.
        out.ensureRoom(hi - lo);
        final int[] ids = out.ids();
        int n = out.count();
        final DoubleVector zero = DoubleVector.zero(S);
        final DoubleVector one = DoubleVector.broadcast(S, 1.0);
        final DoubleVector minusInf = DoubleVector.broadcast(S, Double.NEGATIVE_INFINITY);
        final DoubleVector plusInf = DoubleVector.broadcast(S, Double.POSITIVE_INFINITY);
        final DoubleVector vTh = DoubleVector.broadcast(S, th);
        final DoubleVector vRes = DoubleVector.broadcast(S, vReset);
        final DoubleVector vRef = DoubleVector.broadcast(S, refSteps);
        final DoubleVector vC0 = DoubleVector.broadcast(S, c0);
        final DoubleVector vP = DoubleVector.broadcast(S, p);
        final DoubleVector vPi0 = DoubleVector.broadcast(S, pi0);
        final DoubleVector vD0 = DoubleVector.broadcast(S, d0);
        final DoubleVector vPi1 = DoubleVector.broadcast(S, pi1);
        final DoubleVector vD1 = DoubleVector.broadcast(S, d1);
        for (int k0 = lo; k0 < end; k0 += CHUNK) {
            int k1 = Math.min(end, k0 + CHUNK);
            DoubleVector top = minusInf;
            DoubleVector bottom = plusInf;
            for (int i = k0; i < k1; i += L) {
                DoubleVector old = DoubleVector.fromArray(S, v, i);
                DoubleVector a = old.mul(vP).add(vC0);
                DoubleVector x0 = DoubleVector.fromArray(S, cur0, i);
                a = a.add(x0.mul(vPi0));
                x0.mul(vD0).add(DoubleVector.fromArray(S, ring0, base + i)).intoArray(cur0, i);
                zero.intoArray(ring0, base + i);
                if (cur1 != null) {
                    DoubleVector x1 = DoubleVector.fromArray(S, cur1, i);
                    a = a.add(x1.mul(vPi1));
                    x1.mul(vD1).add(DoubleVector.fromArray(S, ring1, base + i)).intoArray(cur1, i);
                    zero.intoArray(ring1, base + i);
                }
                DoubleVector vi = a.add(delta != null ? DoubleVector.fromArray(S, delta, base + i) : zero);
                DoubleVector r = DoubleVector.fromArray(S, refr, i);
                VectorMask<Double> active = r.compare(VectorOperators.EQ, zero);
                DoubleVector candidate = minusInf.blend(vi, active);
                VectorMask<Double> spike = candidate.compare(VectorOperators.GE, vTh);
                DoubleVector newV = old.blend(vi, active).blend(vRes, spike);
                r.sub(one).blend(zero, active).blend(vRef, spike).intoArray(refr, i);
                newV.intoArray(v, i);
                candidate.intoArray(acc, i);
                if (delta != null) {
                    zero.intoArray(delta, base + i);
                }
                top = top.max(candidate);
                bottom = bottom.min(newV);
            }
            if (top.reduceLanes(VectorOperators.MAX) >= th) {
                n = spikes(acc, th, k0, k1, ids, n);
            }
            if (bad < 0 && !(bottom.reduceLanes(VectorOperators.MIN) > -limit)) {
                bad = firstBad(v, limit, k0, k1);
            }
        }
        out.setCount(n);
        int tailBad = tail.expCurrentStep(acc, v, refr, c0, p, cur0, ring0, pi0, d0, cur1, ring1, pi1, d1, base, delta,
                th, vReset, refSteps, limit, end, hi, out);
        return bad >= 0 ? bad : tailBad;
    }
}
