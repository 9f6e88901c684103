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
    public int threshold(double[] acc, double[] v, double[] refr, double[] delta, int base, double th, double vReset,
                         double refSteps, double limit, int lo, int hi, SpikeBuffer out) {
        int end = bodyEnd(lo, hi);
        int bad = -1;
        // No call inside the vector loop: a call that is not inlined makes the JIT box every live
        // vector (allocation, a hundred times slower). Spikes go straight into the buffer's array,
        // sized here for one spike per element; spiking lanes are found with scalar compares on
        // the same values (identical results), as Java 17 has no intrinsic for mask.toLong().
        out.ensureRoom(hi - lo);
        final int[] ids = out.ids();
        int n = out.count();
        DoubleVector zero = DoubleVector.zero(S);
        for (int i = lo; i < end; i += L) {
            DoubleVector vi = DoubleVector.fromArray(S, acc, i);
            if (delta != null) {
                vi = vi.add(DoubleVector.fromArray(S, delta, base + i));
            } else {
                vi = vi.add(0.0);
            }
            DoubleVector r = DoubleVector.fromArray(S, refr, i);
            VectorMask<Double> active = r.compare(VectorOperators.EQ, 0.0);
            VectorMask<Double> spike = vi.compare(VectorOperators.GE, th).and(active);
            VectorMask<Double> fine = vi.compare(VectorOperators.GT, -limit);
            DoubleVector newV = DoubleVector.fromArray(S, v, i).blend(vi, active);
            DoubleVector newR = r.sub(1.0).blend(zero, active);
            boolean anySpike = spike.anyTrue();
            if (anySpike) {
                newV = newV.blend(vReset, spike);
                newR = newR.blend(refSteps, spike);
            }
            boolean anyBad = bad < 0 && !fine.or(spike).or(active.not()).allTrue();
            if (anySpike || anyBad) {
                for (int j = i; j < i + L; j++) {
                    double x = delta != null ? acc[j] + delta[base + j] : acc[j] + 0.0;
                    if (refr[j] == 0) {
                        if (x >= th) {
                            ids[n++] = j;
                        } else if (bad < 0 && !(x > -limit)) {
                            bad = j;
                        }
                    }
                }
            }
            if (delta != null) {
                zero.intoArray(delta, base + i);
            }
            newV.intoArray(v, i);
            newR.intoArray(refr, i);
        }
        out.setCount(n);
        int tailBad = tail.threshold(acc, v, refr, delta, base, th, vReset, refSteps, limit, end, hi, out);
        return bad >= 0 ? bad : tailBad;
    }
}
