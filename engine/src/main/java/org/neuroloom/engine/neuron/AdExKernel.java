package org.neuroloom.engine.neuron;

import java.util.List;
import org.neuroloom.engine.synapse.InputChannels;
import org.neuroloom.model.neuron.AdEx;
import org.neuroloom.model.neuron.NeuronModel;

/**
 * Adaptive exponential integrate-and-fire (Brette &amp; Gerstner 2005; NEST {@code aeif_*}).
 * <p>Scheme: RK4 on (V, w) over each step with synaptic conductances/currents held at their
 * start-of-step values. The exponent {@code (V - V_T)/Δ_T} is clamped at
 * {@link #MAX_EXPONENT} so a stage can never overflow; reaching V_peak (or a stage that
 * diverged) is a spike: V = V_reset, w advances one Euler step from the start state, then
 * {@code w += b}. During the refractory period V is clamped at V_reset and w decays exactly
 * towards {@code a (V_reset - E_L)}.
 */
public final class AdExKernel extends NeuronKernel {
    /** Largest exponent evaluated: e^20 ≈ 5e8 times Δ_T g_L is far beyond any real upstroke. */
    static final double MAX_EXPONENT = 20;

    private final InputChannels in;
    private final double[] v;
    private final double[] w;
    private final int[] refractory;
    private double cm;
    private double gL;
    private double eL;
    private double vT;
    private double deltaT;
    private double tauW;
    private double aNs;
    private double bPa;
    private double vReset;
    private double vPeak;
    private double bias;
    private int refSteps;
    private double wDecay;

    /** A population starting at V = E_L, w = 0. */
    public AdExKernel(String populationId, int size, double dtMs, AdEx model, InputChannels inputs) {
        super(populationId, size, dtMs);
        in = inputs;
        v = new double[size];
        w = new double[size];
        refractory = new int[size];
        setModel(model);
        java.util.Arrays.fill(v, model.vInitialMv());
    }

    @Override
    public void setModel(NeuronModel model) {
        if (!(model instanceof AdEx m)) {
            throw new IllegalArgumentException("population " + populationId + " is AdEx, not " + model.modelId());
        }
        cm = m.cmPf();
        gL = m.gLNs();
        eL = m.eLMv();
        vT = m.vTMv();
        deltaT = m.deltaTMv();
        tauW = m.tauWMs();
        aNs = m.aNs();
        bPa = m.bPa();
        vReset = m.vResetMv();
        vPeak = m.vPeakMv();
        bias = m.iBiasPa();
        refSteps = (int) Math.round(m.tRefMs() / dtMs);
        wDecay = Math.exp(-dtMs / tauW);
    }

    private double dv(double vv, double ww, double iFixed, double g, double ge) {
        double x = Math.min((vv - vT) / deltaT, MAX_EXPONENT);
        return (-gL * (vv - eL) + gL * deltaT * Math.exp(x) - ww + iFixed + ge - g * vv) / cm;
    }

    private double dw(double vv, double ww) {
        return (aNs * (vv - eL) - ww) / tauW;
    }

    @Override
    public void update(int lo, int hi, long step, int slot, SpikeBuffer out) {
        in.computeInjected(lo, hi, step);
        final double h = dtMs;
        final double[] inj = in.injectedPa;
        final int ng = in.condCount;
        for (int i = lo; i < hi; i++) {
            double v0 = v[i];
            double w0 = w[i];
            if (refractory[i] > 0) {
                refractory[i]--;
                double wInf = aNs * (vReset - eL);
                w[i] = wInf + (w0 - wInf) * wDecay;
                in.advance(i, slot);
                in.takeDelta(i, slot);
                continue;
            }
            double iFixed = bias + in.currentSum(i) + (inj == null ? 0 : inj[i]);
            double g = 0;
            double ge = 0;
            for (int k = 0; k < ng; k++) {
                double gk = in.gState[k][i];
                g += gk;
                ge += gk * in.eRevMv[k];
            }
            double k1v = dv(v0, w0, iFixed, g, ge);
            double k1w = dw(v0, w0);
            double v1 = v0 + 0.5 * h * k1v;
            double w1 = w0 + 0.5 * h * k1w;
            double k2v = dv(v1, w1, iFixed, g, ge);
            double k2w = dw(v1, w1);
            double v2 = v0 + 0.5 * h * k2v;
            double w2 = w0 + 0.5 * h * k2w;
            double k3v = dv(v2, w2, iFixed, g, ge);
            double k3w = dw(v2, w2);
            double v3 = v0 + h * k3v;
            double w3 = w0 + h * k3w;
            double k4v = dv(v3, w3, iFixed, g, ge);
            double k4w = dw(v3, w3);
            double vn = v0 + h / 6 * (k1v + 2 * k2v + 2 * k3v + k4v);
            double wn = w0 + h / 6 * (k1w + 2 * k2w + 2 * k3w + k4w);
            in.advance(i, slot);
            boolean spike = !(vn < vPeak) && !Double.isNaN(vn);
            if (!spike) {
                vn += in.takeDelta(i, slot);
                spike = vn >= vPeak;
            } else {
                in.takeDelta(i, slot);
                wn = w0 + h * dw(v0, w0);
            }
            if (spike) {
                out.add(i);
                vn = vReset;
                wn += bPa;
                refractory[i] = refSteps;
            } else if (!sane(vn) || !sane(wn)) {
                throw unstable(i, sane(vn) ? "w" : "v", sane(vn) ? wn : vn, step);
            }
            v[i] = vn;
            w[i] = wn;
        }
    }

    @Override
    public double relativeCost() {
        return 2;
    }

    @Override
    public List<String> stateVariables() {
        return List.of("v", "w");
    }

    @Override
    public double[] state(String variable) {
        return switch (variable) {
            case "v" -> v;
            case "w" -> w;
            default -> null;
        };
    }
}
