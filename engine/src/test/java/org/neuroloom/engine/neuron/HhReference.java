package org.neuroloom.engine.neuron;

import org.neuroloom.model.neuron.HodgkinHuxley;

/**
 * The Traub-Miles model's equations in double precision, written out here from the model's
 * definition (Brian2's COBAHH), independent of the engine's code: the reference the
 * single-precision kernel is measured against.
 */
final class HhReference {
    private HhReference() {
    }

    /** α_m, β_m, α_h, β_h, α_n, β_n at V = {@code v} mV, 1/ms. */
    static double[] rates(HodgkinHuxley p, double v) {
        double u = v - p.vTraubMv();
        return new double[]{
            0.32 * (13 - u) / (Math.exp((13 - u) / 4) - 1), 0.28 * (u - 40) / (Math.exp((u - 40) / 5) - 1),
            0.128 * Math.exp((17 - u) / 18), 4 / (1 + Math.exp((40 - u) / 5)),
            0.032 * (15 - u) / (Math.exp((15 - u) / 5) - 1), 0.5 * Math.exp((10 - u) / 40)};
    }

    /** {V, m, h, n} at V = {@code v} with the gates at their steady state. */
    static double[] rest(HodgkinHuxley p, double v) {
        double[] r = rates(p, v);
        return new double[]{v, r[0] / (r[0] + r[1]), r[2] / (r[2] + r[3]), r[4] / (r[4] + r[5])};
    }

    /**
     * One exponential-Euler step of {@code y} = {V, m, h, n} over {@code h} ms (the engine's
     * scheme: gates and membrane from start-of-step values), with synaptic conductance
     * {@code gSyn} (nS) and current {@code iSyn} (pA, Σ g E_rev plus any bias).
     */
    static void expEulerStep(HodgkinHuxley p, double[] y, double gSyn, double iSyn, double h) {
        double v = y[0];
        double[] r = rates(p, v);
        double gna = p.gNaNs() * y[1] * y[1] * y[1] * y[2];
        double gk = p.gKNs() * y[3] * y[3] * y[3] * y[3];
        double g = gna + gk + p.gLNs() + gSyn;
        double vInf = (gna * p.eNaMv() + gk * p.eKMv() + p.gLNs() * p.eLMv() + iSyn) / g;
        y[0] = vInf + (v - vInf) * Math.exp(-h * g / p.cmPf());
        y[1] = gate(r[0], r[1], y[1], h);
        y[2] = gate(r[2], r[3], y[2], h);
        y[3] = gate(r[4], r[5], y[3], h);
    }

    private static double gate(double alpha, double beta, double x, double h) {
        double inf = alpha / (alpha + beta);
        return inf + (x - inf) * Math.exp(-h * (alpha + beta));
    }
}
