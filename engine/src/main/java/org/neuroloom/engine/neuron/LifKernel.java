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

    private void updateCurrent(int lo, int hi, long step, int slot, SpikeBuffer out) {
        final int nc = in.currentCount;
        final double[] inj = in.injectedPa;
        final double[][] iState = in.iState;
        final double[][] iRise = in.iRise;
        for (int i = lo; i < hi; i++) {
            double vi = v[i];
            boolean active = refractory[i] == 0;
            if (active) {
                double drive = inj == null ? bias : bias + inj[i];
                double vn = eL + (vi - eL) * p22 + drive * p20;
                for (int c = 0; c < nc; c++) {
                    vn += pI[c] * iState[c][i];
                    double[] y = iRise[c];
                    if (y != null) {
                        vn += pY[c] * y[i];
                    }
                }
                vi = vn;
            } else {
                refractory[i]--;
            }
            in.advance(i, slot);
            double d = in.takeDelta(i, slot);
            if (active) {
                vi += d;
                if (vi >= vTh) {
                    out.add(i);
                    vi = vReset;
                    refractory[i] = refSteps;
                } else if (!sane(vi)) {
                    throw unstable(i, "v", vi, step);
                }
            }
            v[i] = vi;
        }
    }

    private void updateConductance(int lo, int hi, long step, int slot, SpikeBuffer out) {
        final int ng = in.condCount;
        final double[] inj = in.injectedPa;
        final double[][] gState = in.gState;
        final double[] eRev = in.eRevMv;
        final double h = dtMs;
        for (int i = lo; i < hi; i++) {
            double vi = v[i];
            boolean active = refractory[i] == 0;
            if (active) {
                double g = gL;
                double ge = gL * eL + bias + in.currentSum(i);
                if (inj != null) {
                    ge += inj[i];
                }
                for (int c = 0; c < ng; c++) {
                    double gc = gState[c][i];
                    g += gc;
                    ge += gc * eRev[c];
                }
                double vInf = ge / g;
                vi = vInf + (vi - vInf) * Math.exp(-h * g / cm);
            } else {
                refractory[i]--;
            }
            in.advance(i, slot);
            double d = in.takeDelta(i, slot);
            if (active) {
                vi += d;
                if (vi >= vTh) {
                    out.add(i);
                    vi = vReset;
                    refractory[i] = refSteps;
                } else if (!sane(vi)) {
                    throw unstable(i, "v", vi, step);
                }
            }
            v[i] = vi;
        }
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
