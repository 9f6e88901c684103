package org.neuroloom.engine.neuron;

import java.util.List;
import org.neuroloom.engine.synapse.InputChannels;
import org.neuroloom.engine.synapse.Propagators;
import org.neuroloom.model.neuron.Lif;
import org.neuroloom.model.neuron.NeuronModel;

/**
 * Leaky integrate-and-fire ({@code iaf_psc_delta}, {@code iaf_psc_exp}, {@code iaf_psc_alpha},
 * {@code iaf_cond_exp}, {@code iaf_cond_alpha}).
 * <p>Scheme, per step of length h (NEST's update order):
 * <ol>
 *   <li>V advances with the input state at the start of the step. Current-based inputs: exact
 *       integration of the linear system (V, I, Y) with propagators {@code e^(A h)} computed at
 *       build time, bias and current-source input held constant over the step. Conductance
 *       inputs: exponential Euler with the total conductance G = g_L + Σ g held over the step,
 *       {@code V(t+h) = V∞ + (V - V∞) e^(-h G / C)}, {@code V∞ = (g_L E_L + Σ g E_rev + I)/G}
 *       (Brian2's {@code exponential_euler}; exact when the conductances are constant).</li>
 *   <li>Synaptic variables decay exactly and take this step's arriving input.</li>
 *   <li>Delta input jumps V (discarded while refractory, as NEST does).</li>
 *   <li>V &gt;= V_th: spike, V = V_reset, refractory for round(t_ref / h) steps (V clamped,
 *       synaptic variables keep evolving).</li>
 * </ol>
 */
public final class LifKernel extends NeuronKernel {
    private final InputChannels in;
    private final double[] v;
    private final int[] refractory;
    private final double[] scratch;
    private double[] scratchG;
    private double eL;
    private double vTh;
    private double vReset;
    private double cm;
    private double gL;
    private double bias;
    private int refSteps;
    private double p22;
    private double p20;
    private double[] pI;
    private double[] pY;

    /** A population of {@code size} neurons starting at V = E_L (or the values in {@code v0}). */
    public LifKernel(String populationId, int size, double dtMs, Lif model, InputChannels inputs) {
        super(populationId, size, dtMs);
        this.in = inputs;
        this.v = new double[size];
        this.refractory = new int[size];
        this.scratch = new double[size];
        this.scratchG = inputs.conductanceBased() ? new double[size] : null;
        setModel(model);
        java.util.Arrays.fill(v, model.vRestMv());
    }

    @Override
    public void setModel(NeuronModel model) {
        if (!(model instanceof Lif m)) {
            throw new IllegalArgumentException("population " + populationId + " is LIF, not " + model.modelId());
        }
        double h = dtMs;
        eL = m.vRestMv();
        vTh = m.vThreshMv();
        vReset = m.vResetMv();
        cm = m.cmPf();
        gL = m.gLeakNs();
        bias = m.iBiasPa();
        refSteps = (int) Math.round(m.tRefMs() / h);
        p22 = Math.exp(-h / m.tauMs());
        p20 = m.tauMs() / m.cmPf() * (1 - p22);
        int nc = in.currentCount;
        pI = new double[nc];
        pY = new double[nc];
        for (int c = 0; c < nc; c++) {
            double ts = in.iTauMs[c];
            double[][] a = {
                    {-1 / m.tauMs(), 1 / m.cmPf(), 0},
                    {0, -1 / ts, 1},
                    {0, 0, -1 / ts}};
            double[][] e = Propagators.expm(a, h);
            pI[c] = e[0][1];
            pY[c] = e[0][2];
        }
    }

    @Override
    public void update(int lo, int hi, long step, int slot, SpikeBuffer out) {
        in.computeInjected(lo, hi, step);
        if (in.conductanceBased()) {
            updateConductance(lo, hi, step, slot, out);
        } else {
            updateCurrent(lo, hi, step, slot, out);
        }
    }

    /*
     * The update runs in passes over the slice, one per input channel, each a plain loop over
     * primitive arrays without branches (the JIT vectorises them); only the last pass, with the
     * threshold, branches. acc holds the new V of every neuron of the slice (workers own
     * disjoint ranges of it).
     */
    private void updateCurrent(int lo, int hi, long step, int slot, SpikeBuffer out) {
        final double[] acc = scratch;
        final double[] vv = v;
        final double[] inj = in.injectedPa;
        final double c0 = eL * (1 - p22) + bias * p20;
        final double p = p22;
        if (inj == null) {
            for (int i = lo; i < hi; i++) {
                acc[i] = c0 + vv[i] * p;
            }
        } else {
            final double q = p20;
            for (int i = lo; i < hi; i++) {
                acc[i] = c0 + vv[i] * p + inj[i] * q;
            }
        }
        final int base = slot * size;
        for (int c = 0; c < in.currentCount; c++) {
            final double[] cur = in.iState[c];
            final double[] ring = in.iRing[c];
            final double pi = pI[c];
            final double d = in.iDecay[c];
            final double[] rise = in.iRise[c];
            if (rise == null) {
                for (int i = lo; i < hi; i++) {
                    double x = cur[i];
                    acc[i] += pi * x;
                    cur[i] = x * d + ring[base + i];
                    ring[base + i] = 0;
                }
            } else {
                final double py = pY[c];
                final double h = dtMs;
                final double gain = in.iRiseGain[c];
                for (int i = lo; i < hi; i++) {
                    double x = cur[i];
                    double y = rise[i];
                    acc[i] += pi * x + py * y;
                    cur[i] = d * (x + h * y);
                    rise[i] = d * y + gain * ring[base + i];
                    ring[base + i] = 0;
                }
            }
        }
        threshold(lo, hi, step, base, out);
    }

    /** V takes its new value (unless refractory), delta input jumps it, spikes reset it. */
    private void threshold(int lo, int hi, long step, int base, SpikeBuffer out) {
        final double[] acc = scratch;
        final double[] vv = v;
        final int[] refr = refractory;
        final double[] delta = in.deltaRing;
        final double th = vTh;
        for (int i = lo; i < hi; i++) {
            double jump = 0;
            if (delta != null) {
                jump = delta[base + i];
                delta[base + i] = 0;
            }
            if (refr[i] != 0) {
                refr[i]--;
                continue;
            }
            double vi = acc[i] + jump;
            if (vi >= th) {
                out.add(i);
                vi = vReset;
                refr[i] = refSteps;
            } else if (!(vi > -V_LIMIT_MV)) {
                throw unstable(i, "v", vi, step);
            }
            vv[i] = vi;
        }
    }

    private void updateConductance(int lo, int hi, long step, int slot, SpikeBuffer out) {
        final double[] acc = scratch;
        final double[] g = scratchG;
        final double[] inj = in.injectedPa;
        final double ge0 = gL * eL + bias;
        for (int i = lo; i < hi; i++) {
            g[i] = gL;
            acc[i] = inj == null ? ge0 : ge0 + inj[i];
        }
        final int base = slot * size;
        final double h = dtMs;
        for (int c = 0; c < in.condCount; c++) {
            final double[] gs = in.gState[c];
            final double[] ring = in.gRing[c];
            final double e = in.eRevMv[c];
            final double d = in.gDecay[c];
            final double[] rise = in.gRise[c];
            if (rise == null) {
                for (int i = lo; i < hi; i++) {
                    double x = gs[i];
                    g[i] += x;
                    acc[i] += x * e;
                    gs[i] = x * d + ring[base + i];
                    ring[base + i] = 0;
                }
            } else {
                final double gain = in.gRiseGain[c];
                for (int i = lo; i < hi; i++) {
                    double x = gs[i];
                    double y = rise[i];
                    g[i] += x;
                    acc[i] += x * e;
                    gs[i] = d * (x + h * y);
                    rise[i] = d * y + gain * ring[base + i];
                    ring[base + i] = 0;
                }
            }
        }
        for (int c = 0; c < in.currentCount; c++) {
            final double[] cur = in.iState[c];
            final double[] ring = in.iRing[c];
            final double d = in.iDecay[c];
            final double[] rise = in.iRise[c];
            final double gain = in.iRiseGain[c];
            for (int i = lo; i < hi; i++) {
                double x = cur[i];
                acc[i] += x;
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
        final double[] vv = v;
        final double k = -h / cm;
        for (int i = lo; i < hi; i++) {
            double gi = g[i];
            double vInf = acc[i] / gi;
            acc[i] = vInf + (vv[i] - vInf) * FastMath.exp(k * gi);
        }
        threshold(lo, hi, step, base, out);
    }

    @Override
    public List<String> stateVariables() {
        return List.of("v");
    }

    @Override
    public double[] state(String variable) {
        return "v".equals(variable) ? v : null;
    }
}
