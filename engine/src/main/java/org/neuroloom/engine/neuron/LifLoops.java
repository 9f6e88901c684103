package org.neuroloom.engine.neuron;

/**
 * The passes of a LIF update over a slice {@code [lo, hi)}, as plain array loops. There are
 * two implementations with the same arithmetic, element by element and operation by operation
 * (no fused multiply-add), so they give bit-identical results: {@link Scalar} and a SIMD one
 * built on the Vector API ({@code neuron.simd}), used when the JVM has
 * {@code jdk.incubator.vector} (see {@link Simd}).
 */
public interface LifLoops {

    /** {@code acc = c0 + v·p (+ inj·q)}. */
    void leak(double[] acc, double[] v, double[] inj, double c0, double p, double q, int lo, int hi);

    /** Exponential current channel: {@code acc += pi·I; I = I·d + ring; ring = 0}. */
    void expChannel(double[] acc, double[] cur, double[] ring, int base, double pi, double d, int lo, int hi);

    /** Alpha current channel: {@code acc += pi·I + py·Y; I = d·(I + h·Y); Y = d·Y + gain·ring; ring = 0}. */
    void alphaChannel(double[] acc, double[] cur, double[] rise, double[] ring, int base, double pi, double py,
                      double d, double h, double gain, int lo, int hi);

    /** Conductance mode start: {@code g = gL; acc = ge0 (+ inj)}. */
    void condStart(double[] g, double[] acc, double[] inj, double gL, double ge0, int lo, int hi);

    /** Exponential conductance channel: {@code g += x; acc += x·e; x = x·d + ring; ring = 0}. */
    void condExp(double[] g, double[] acc, double[] gs, double[] ring, int base, double e, double d, int lo, int hi);

    /** Alpha conductance channel: as {@link #condExp} with the alpha update of (x, Y). */
    void condAlpha(double[] g, double[] acc, double[] gs, double[] rise, double[] ring, int base, double e, double d,
                   double h, double gain, int lo, int hi);

    /** A current channel held over the step in conductance mode: {@code acc += I}, then I advances. */
    void heldCurrent(double[] acc, double[] cur, double[] rise, double[] ring, int base, double d, double h,
                     double gain, int lo, int hi);

    /** Exponential Euler: {@code V∞ = acc/g; acc = V∞ + (v - V∞)·exp(g·k)}; {@code t} is scratch. */
    void expEuler(double[] acc, double[] g, double[] v, double k, double[] t, int lo, int hi);

    /**
     * Threshold pass: where {@code refr == 0} V takes {@code acc + delta} and spikes at
     * {@code >= th} (V = vReset, refr = refSteps); elsewhere refr counts down and delta is
     * dropped. Delta ring entries are cleared.
     *
     * @return the first neuron whose new V is NaN or below {@code -limit}, or -1
     */
    int threshold(double[] acc, double[] v, double[] refr, double[] delta, int base, double th, double vReset,
                  double refSteps, double limit, int lo, int hi, SpikeBuffer out);

    /**
     * The whole current-based update of a slice in one pass, for one or two exponential current
     * channels and no injected current (the usual E/I network, e.g. Vogels-Abbott CUBA):
     * {@link #leak} (without injection), {@link #expChannel} for channel a, then for channel b
     * unless {@code curB} is {@code null}, then {@link #threshold}, element by element with the
     * same operations in the same order, so the result is bit-identical to the passes. The SIMD
     * version reads and writes each state array once instead of three or four times, and the new
     * V goes through {@code acc} only in the rare vectors where an element spikes or runs away.
     *
     * @return the first neuron whose new V is NaN or below {@code -limit}, or -1
     */
    int fusedExp(double[] acc, double[] v, double c0, double p, double[] curA, double[] ringA, double piA, double dA,
                 double[] curB, double[] ringB, double piB, double dB, int base, double[] refr, double[] delta,
                 double th, double vReset, double refSteps, double limit, int lo, int hi, SpikeBuffer out);

    /** The scalar passes. */
    final class Scalar implements LifLoops {
        @Override
        public void leak(double[] acc, double[] v, double[] inj, double c0, double p, double q, int lo, int hi) {
            if (inj == null) {
                for (int i = lo; i < hi; i++) {
                    acc[i] = c0 + v[i] * p;
                }
            } else {
                for (int i = lo; i < hi; i++) {
                    acc[i] = c0 + v[i] * p + inj[i] * q;
                }
            }
        }

        @Override
        public void expChannel(double[] acc, double[] cur, double[] ring, int base, double pi, double d, int lo, int hi) {
            for (int i = lo; i < hi; i++) {
                double x = cur[i];
                acc[i] = acc[i] + pi * x;
                cur[i] = x * d + ring[base + i];
                ring[base + i] = 0;
            }
        }

        @Override
        public void alphaChannel(double[] acc, double[] cur, double[] rise, double[] ring, int base, double pi, double py,
                                 double d, double h, double gain, int lo, int hi) {
            for (int i = lo; i < hi; i++) {
                double x = cur[i];
                double y = rise[i];
                acc[i] = acc[i] + pi * x + py * y;
                cur[i] = d * (x + h * y);
                rise[i] = d * y + gain * ring[base + i];
                ring[base + i] = 0;
            }
        }

        @Override
        public void condStart(double[] g, double[] acc, double[] inj, double gL, double ge0, int lo, int hi) {
            for (int i = lo; i < hi; i++) {
                g[i] = gL;
                acc[i] = inj == null ? ge0 : ge0 + inj[i];
            }
        }

        @Override
        public void condExp(double[] g, double[] acc, double[] gs, double[] ring, int base, double e, double d, int lo,
                            int hi) {
            for (int i = lo; i < hi; i++) {
                double x = gs[i];
                g[i] = g[i] + x;
                acc[i] = acc[i] + x * e;
                gs[i] = x * d + ring[base + i];
                ring[base + i] = 0;
            }
        }

        @Override
        public void condAlpha(double[] g, double[] acc, double[] gs, double[] rise, double[] ring, int base, double e,
                              double d, double h, double gain, int lo, int hi) {
            for (int i = lo; i < hi; i++) {
                double x = gs[i];
                double y = rise[i];
                g[i] = g[i] + x;
                acc[i] = acc[i] + x * e;
                gs[i] = d * (x + h * y);
                rise[i] = d * y + gain * ring[base + i];
                ring[base + i] = 0;
            }
        }

        @Override
        public void heldCurrent(double[] acc, double[] cur, double[] rise, double[] ring, int base, double d, double h,
                                double gain, int lo, int hi) {
            for (int i = lo; i < hi; i++) {
                double x = cur[i];
                acc[i] = acc[i] + x;
                if (rise == null) {
                    cur[i] = x * d + ring[base + i];
                } else {
                    double y = rise[i];
                    cur[i] = d * (x + h * y);
                    rise[i] = d * y + gain * ring[base + i];
                }
                ring[base + i] = 0;
            }
        }

        @Override
        public void expEuler(double[] acc, double[] g, double[] v, double k, double[] t, int lo, int hi) {
            for (int i = lo; i < hi; i++) {
                double gi = g[i];
                double vInf = acc[i] / gi;
                acc[i] = vInf + (v[i] - vInf) * FastMath.exp(gi * k);
            }
        }

        @Override
        public int fusedExp(double[] acc, double[] v, double c0, double p, double[] curA, double[] ringA, double piA,
                            double dA, double[] curB, double[] ringB, double piB, double dB, int base, double[] refr,
                            double[] delta, double th, double vReset, double refSteps, double limit, int lo, int hi,
                            SpikeBuffer out) {
            // the scalar loops gain nothing from fusing: they run the passes, which defines the result
            leak(acc, v, null, c0, p, 0, lo, hi);
            expChannel(acc, curA, ringA, base, piA, dA, lo, hi);
            if (curB != null) {
                expChannel(acc, curB, ringB, base, piB, dB, lo, hi);
            }
            return threshold(acc, v, refr, delta, base, th, vReset, refSteps, limit, lo, hi, out);
        }

        @Override
        public int threshold(double[] acc, double[] v, double[] refr, double[] delta, int base, double th, double vReset,
                             double refSteps, double limit, int lo, int hi, SpikeBuffer out) {
            int bad = -1;
            for (int i = lo; i < hi; i++) {
                double jump = 0;
                if (delta != null) {
                    jump = delta[base + i];
                    delta[base + i] = 0;
                }
                double r = refr[i];
                if (r != 0) {
                    refr[i] = r - 1;
                    continue;
                }
                double vi = acc[i] + jump;
                if (vi >= th) {
                    out.add(i);
                    vi = vReset;
                    refr[i] = refSteps;
                } else if (!(vi > -limit) && bad < 0) {
                    bad = i;
                }
                v[i] = vi;
            }
            return bad;
        }
    }
}
