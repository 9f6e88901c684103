package org.neuroloom.model.export;

/**
 * Steady-state gating variables of the Traub-Miles Hodgkin-Huxley cell (Brian2's COBAHH
 * example, NEST {@code hh_cond_exp_traub}, PyNN {@code HH_cond_exp}), for initial values.
 */
final class TraubGates {

    private TraubGates() {
    }

    /** {m∞, h∞, n∞} at {@code vMv} for the threshold offset {@code vTMv}. */
    static double[] steadyState(double vMv, double vTMv) {
        double u = vMv - vTMv;
        double am = 0.32 * linear(13 - u, 4);
        double bm = 0.28 * linear(u - 40, 5);
        double ah = 0.128 * Math.exp((17 - u) / 18);
        double bh = 4 / (1 + Math.exp((40 - u) / 5));
        double an = 0.032 * linear(15 - u, 5);
        double bn = 0.5 * Math.exp((10 - u) / 40);
        return new double[] {am / (am + bm), ah / (ah + bh), an / (an + bn)};
    }

    /** {@code x / (exp(x/s) - 1)} with its limit {@code s} at x = 0. */
    private static double linear(double x, double s) {
        return Math.abs(x) < 1e-9 ? s : x / Math.expm1(x / s);
    }
}
