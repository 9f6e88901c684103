package org.neuroloom.engine.neuron;

import org.neuroloom.model.neuron.HodgkinHuxley;

/**
 * The parameters of one Hodgkin-Huxley population in float, as {@link HhLoops} uses them.
 * <p>Six rate functions (α_m, β_m, α_h, β_h, α_n, β_n), each of argument
 * {@code y = slope·V + offset} (= u/s) with an amplitude ({@code A·s} for EFUN, {@code A}
 * otherwise), and the membrane constants (nS, mV, ms, pF).
 * <p>Rates whose slopes have the same magnitude share one exponential: with
 * {@code E = e^(slope_b·V + offset_b)} of the group's base, a rate of the same slope has
 * {@code e^y = scale·E} and one of the opposite slope {@code e^y = scale/E}, where
 * {@code scale = e^(offset ∓ offset_b)} is a constant. Traub-Miles kinetics need four
 * exponentials of V instead of six this way (β_m, β_h and α_n all have slope ±1/5), the squid
 * kinetics four as well (α_m, β_h and α_n have slope -1/10). A rate whose scale would leave
 * [e^-40, e^40] gets a base of its own, so the product stays far inside the float range for
 * every membrane potential the kernel accepts as sane.
 *
 * @param shape        per rate: {@link HhLoops#EFUN}, {@link HhLoops#EXP} or {@link HhLoops#SIGMOID}
 * @param slope        per rate: dy/dV, 1/mV
 * @param offset       per rate: y at V = 0
 * @param amp          per rate: amplitude, 1/ms
 * @param base         per rate: the index of the exponential it shares
 * @param scale        per rate: the constant factor on (or over) its base exponential
 * @param inverse      per rate: whether {@code e^y = scale/E} (opposite slope) rather than {@code scale·E}
 * @param baseSlope    per base exponential: dy/dV of its argument
 * @param baseOffset   per base exponential: its argument at V = 0
 */
public record HhParams(int[] shape, float[] slope, float[] offset, float[] amp, int[] base, float[] scale,
                       boolean[] inverse, float[] baseSlope, float[] baseOffset, float gNa, float gK, float gL,
                       float eNa, float eK, float gLeL, float minusDt, float minusDtOverC) {
    /** A rate joins a base only if |ln scale| stays below this. */
    static final double SHARE_LIMIT = 40;

    /** The float parameters of {@code p} at step {@code dtMs}, with the shared exponentials planned. */
    public static HhParams of(HodgkinHuxley p, double dtMs) {
        double[] c0;
        double[] c1;
        double[] a;
        double[] s;
        int[] shape;
        if (p.kinetics() == HodgkinHuxley.Kinetics.TRAUB) {
            double t = p.vTraubMv();
            shape = new int[]{HhLoops.EFUN, HhLoops.EFUN, HhLoops.EXP, HhLoops.SIGMOID, HhLoops.EFUN, HhLoops.EXP};
            a = new double[]{0.32, 0.28, 0.128, 4, 0.032, 0.5};
            c0 = new double[]{13 + t, -t - 40, 17 + t, 40 + t, 15 + t, 10 + t};
            c1 = new double[]{-1, 1, -1, -1, -1, -1};
            s = new double[]{4, 5, 18, 5, 5, 40};
        } else {
            shape = new int[]{HhLoops.EFUN, HhLoops.EXP, HhLoops.EXP, HhLoops.SIGMOID, HhLoops.EFUN, HhLoops.EXP};
            a = new double[]{0.1, 4, 0.07, 1, 0.01, 0.125};
            c0 = new double[]{-40, -65, -65, -35, -55, -65};
            c1 = new double[]{-1, -1, -1, -1, -1, -1};
            s = new double[]{10, 18, 20, 10, 10, 80};
        }
        float[] slope = new float[6];
        float[] offset = new float[6];
        float[] amp = new float[6];
        for (int k = 0; k < 6; k++) {
            slope[k] = (float) (c1[k] / s[k]);
            offset[k] = (float) (c0[k] / s[k]);
            amp[k] = (float) (shape[k] == HhLoops.EFUN ? a[k] * s[k] : a[k]);
        }
        int[] base = new int[6];
        float[] scale = new float[6];
        boolean[] inverse = new boolean[6];
        int[] rep = share(slope, offset, base, scale, inverse);
        float[] baseSlope = new float[rep.length];
        float[] baseOffset = new float[rep.length];
        for (int b = 0; b < rep.length; b++) {
            baseSlope[b] = slope[rep[b]];
            baseOffset[b] = offset[rep[b]];
        }
        return new HhParams(shape, slope, offset, amp, base, scale, inverse, baseSlope, baseOffset, (float) p.gNaNs(),
                (float) p.gKNs(), (float) p.gLNs(), (float) p.eNaMv(), (float) p.eKMv(), (float) (p.gLNs() * p.eLMv()),
                (float) -dtMs, (float) (-dtMs / p.cmPf()));
    }

    /**
     * Groups the rates by the magnitude of their slope and fills {@code base}, {@code scale}
     * and {@code inverse}; returns, per base, the rate whose argument it is. A group's base is
     * a rate of the sign most of its members have, so that few rates need a division.
     */
    static int[] share(float[] slope, float[] offset, int[] base, float[] scale, boolean[] inverse) {
        int count = slope.length;
        int[] rep = new int[count];
        int bases = 0;
        java.util.Arrays.fill(base, -1);
        for (int k = 0; k < count; k++) {
            if (base[k] >= 0) {
                continue;
            }
            int negative = 0;
            int members = 0;
            for (int j = k; j < count; j++) {
                if (base[j] < 0 && Math.abs(slope[j]) == Math.abs(slope[k])) {
                    members++;
                    negative += slope[j] < 0 ? 1 : 0;
                }
            }
            boolean negativeBase = 2 * negative >= members;
            int r = k;
            while (base[r] >= 0 || Math.abs(slope[r]) != Math.abs(slope[k]) || (slope[r] < 0) != negativeBase) {
                r++;
            }
            rep[bases] = r;
            for (int j = k; j < count; j++) {
                if (base[j] >= 0 || Math.abs(slope[j]) != Math.abs(slope[k])) {
                    continue;
                }
                boolean opposite = slope[j] != slope[r];
                double lnScale = opposite ? (double) offset[j] + offset[r] : (double) offset[j] - offset[r];
                if (Math.abs(lnScale) < SHARE_LIMIT) {
                    base[j] = bases;
                    scale[j] = (float) Math.exp(lnScale);
                    inverse[j] = opposite;
                }
            }
            bases++;
        }
        return java.util.Arrays.copyOf(rep, bases);
    }
}
