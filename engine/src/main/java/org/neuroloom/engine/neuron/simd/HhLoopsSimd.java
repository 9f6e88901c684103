package org.neuroloom.engine.neuron.simd;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.neuroloom.engine.neuron.FastMath;
import org.neuroloom.engine.neuron.HhLoops;

/**
 * {@link HhLoops.Scalar} with the Vector API: the same operations per element, split into
 * array passes around {@link ExpSimd#exp} (arguments, exponentials, combination); identical
 * results.
 */
public final class HhLoopsSimd implements HhLoops {
    private static final VectorSpecies<Double> S = Species.DOUBLE;
    private static final int L = S.length();

    @Override
    public void rate(Params p, int k, double[] v, double[] out, double[] t1, int lo, int hi) {
        final double c0 = p.c0()[k];
        final double c1 = p.c1()[k];
        final double inv = p.invS()[k];
        int end = lo + (hi - lo) / L * L;
        for (int i = lo; i < end; i += L) {
            DoubleVector.fromArray(S, v, i).mul(c1).add(c0).mul(inv).intoArray(t1, i);
        }
        for (int i = end; i < hi; i++) {
            t1[i] = (v[i] * c1 + c0) * inv;
        }
        ExpSimd.exp(t1, out, lo, hi);
        final double a = p.a()[k];
        final int shape = p.shape()[k];
        for (int i = lo; i < end; i += L) {
            DoubleVector ey = DoubleVector.fromArray(S, out, i);
            DoubleVector r;
            if (shape == EXP) {
                r = ey.mul(a);
            } else if (shape == SIGMOID) {
                r = DoubleVector.broadcast(S, a).div(ey.add(1.0));
            } else {
                DoubleVector y = DoubleVector.fromArray(S, t1, i);
                VectorMask<Double> small = y.abs().compare(VectorOperators.LT, FastMath.SERIES_LIMIT);
                DoubleVector q = y.mul(1.0 / 6227020800.0).add(1.0 / 479001600);
                q = q.mul(y).add(1.0 / 39916800);
                q = q.mul(y).add(1.0 / 3628800);
                q = q.mul(y).add(1.0 / 362880);
                q = q.mul(y).add(1.0 / 40320);
                q = q.mul(y).add(1.0 / 5040);
                q = q.mul(y).add(1.0 / 720);
                q = q.mul(y).add(1.0 / 120);
                q = q.mul(y).add(1.0 / 24);
                q = q.mul(y).add(1.0 / 6);
                q = q.mul(y).add(0.5);
                q = q.mul(y).add(1.0);
                q = ey.sub(1.0).div(y).blend(q, small);
                r = DoubleVector.broadcast(S, a).div(q.mul(inv));
            }
            r.intoArray(out, i);
        }
        for (int i = end; i < hi; i++) {
            out[i] = HhLoops.rateOf(p, k, t1[i], out[i]);
        }
    }

    @Override
    public void membrane(Params p, double[] v, double[] m, double[] h, double[] n, double[] gsyn, double[] acc,
                         double[] t1, double[] t2, int lo, int hi) {
        int end = lo + (hi - lo) / L * L;
        for (int i = lo; i < end; i += L) {
            DoubleVector m0 = DoubleVector.fromArray(S, m, i);
            DoubleVector n0 = DoubleVector.fromArray(S, n, i);
            DoubleVector gna = m0.mul(m0).mul(m0).mul(DoubleVector.fromArray(S, h, i)).mul(p.gNa());
            DoubleVector n2 = n0.mul(n0);
            DoubleVector gk = n2.mul(n2).mul(p.gK());
            DoubleVector g = gna.add(p.gL()).add(gk).add(DoubleVector.fromArray(S, gsyn, i));
            DoubleVector ge = gna.mul(p.eNa()).add(p.gLeL()).add(gk.mul(p.eK())).add(DoubleVector.fromArray(S, acc, i));
            ge.div(g).intoArray(t2, i);
            g.mul(p.minusDtOverC()).intoArray(t1, i);
        }
        for (int i = end; i < hi; i++) {
            double m0 = m[i];
            double n0 = n[i];
            double gna = m0 * m0 * m0 * h[i] * p.gNa();
            double n2 = n0 * n0;
            double gk = n2 * n2 * p.gK();
            double g = gna + p.gL() + gk + gsyn[i];
            double ge = gna * p.eNa() + p.gLeL() + gk * p.eK() + acc[i];
            t2[i] = ge / g;
            t1[i] = g * p.minusDtOverC();
        }
        ExpSimd.exp(t1, t1, lo, hi);
        for (int i = lo; i < end; i += L) {
            DoubleVector vInf = DoubleVector.fromArray(S, t2, i);
            vInf.add(DoubleVector.fromArray(S, v, i).sub(vInf).mul(DoubleVector.fromArray(S, t1, i))).intoArray(acc, i);
        }
        for (int i = end; i < hi; i++) {
            acc[i] = t2[i] + (v[i] - t2[i]) * t1[i];
        }
    }

    @Override
    public void gate(double[] alpha, double[] beta, double[] x, double dt, double[] t1, int lo, int hi) {
        int end = lo + (hi - lo) / L * L;
        for (int i = lo; i < end; i += L) {
            DoubleVector.fromArray(S, alpha, i).add(DoubleVector.fromArray(S, beta, i)).mul(-dt).intoArray(t1, i);
        }
        for (int i = end; i < hi; i++) {
            t1[i] = (alpha[i] + beta[i]) * -dt;
        }
        ExpSimd.exp(t1, t1, lo, hi);
        for (int i = lo; i < end; i += L) {
            DoubleVector al = DoubleVector.fromArray(S, alpha, i);
            DoubleVector inf = al.div(al.add(DoubleVector.fromArray(S, beta, i)));
            inf.add(DoubleVector.fromArray(S, x, i).sub(inf).mul(DoubleVector.fromArray(S, t1, i))).intoArray(x, i);
        }
        for (int i = end; i < hi; i++) {
            double inf = alpha[i] / (alpha[i] + beta[i]);
            x[i] = inf + (x[i] - inf) * t1[i];
        }
    }
}
