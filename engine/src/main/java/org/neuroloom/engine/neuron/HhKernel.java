package org.neuroloom.engine.neuron;

import java.util.List;
import org.neuroloom.engine.synapse.InputChannels;
import org.neuroloom.model.neuron.HodgkinHuxley;
import org.neuroloom.model.neuron.NeuronModel;

/**
 * Hodgkin-Huxley point neuron with Na, K and leak currents, squid (HH 1952, 6.3 °C; NEST
 * {@code hh_psc_alpha}) or Traub-Miles kinetics (NEST {@code hh_cond_exp_traub}, Brian2's
 * COBAHH).
 * <p>Scheme: exponential Euler (Brian2's {@code exponential_euler}): every variable is
 * linear in itself given the others at the start of the step, so
 * {@code x(t+h) = x∞ + (x - x∞) e^(-h (α_x + β_x))} for the gates m, h, n and
 * {@code V(t+h) = V∞ + (V - V∞) e^(-h G / C)} with the total conductance
 * {@code G = g_L + g_Na m³h + g_K n⁴ + Σ g_syn} and {@code V∞ = (g_L E_L + g_Na m³h E_Na +
 * g_K n⁴ E_K + Σ g_syn E_syn + I)/G}. All of it is plain arithmetic over primitive arrays
 * (no per-neuron objects). A spike is an upward crossing of the detection threshold.
 */
public final class HhKernel extends NeuronKernel {
    private final InputChannels in;
    private final double[] v;
    private final double[] m;
    private final double[] hh;
    private final double[] n;
    private boolean traub;
    private double cm;
    private double gNa;
    private double gK;
    private double gL;
    private double eNa;
    private double eK;
    private double eL;
    private double vT;
    private double detect;
    private double bias;

    /** A population at rest (V from the model, gates at their steady state). */
    public HhKernel(String populationId, int size, double dtMs, HodgkinHuxley model, InputChannels inputs) {
        super(populationId, size, dtMs);
        in = inputs;
        v = new double[size];
        m = new double[size];
        hh = new double[size];
        n = new double[size];
        setModel(model);
        java.util.Arrays.fill(v, model.vInitialMv());
        initialised(java.util.Set.of("v"));
    }

    @Override
    public void setModel(NeuronModel model) {
        if (!(model instanceof HodgkinHuxley p)) {
            throw new IllegalArgumentException("population " + populationId + " is Hodgkin-Huxley, not " + model.modelId());
        }
        traub = p.kinetics() == HodgkinHuxley.Kinetics.TRAUB;
        cm = p.cmPf();
        gNa = p.gNaNs();
        gK = p.gKNs();
        gL = p.gLNs();
        eNa = p.eNaMv();
        eK = p.eKMv();
        eL = p.eLMv();
        vT = p.vTraubMv();
        detect = p.spikeDetectMv();
        bias = p.iBiasPa();
    }

    @Override
    public void initialised(java.util.Set<String> given) {
        double[] r = new double[6];
        for (int i = 0; i < size; i++) {
            rates(v[i], r);
            if (!given.contains("m")) {
                m[i] = r[0] / (r[0] + r[1]);
            }
            if (!given.contains("h")) {
                hh[i] = r[2] / (r[2] + r[3]);
            }
            if (!given.contains("n")) {
                n[i] = r[4] / (r[4] + r[5]);
            }
        }
    }

    /** {@code x / (e^(x/s) - 1)}, continuous at x = 0 (value s). */
    static double efun(double x, double s) {
        double y = x / s;
        return Math.abs(y) < 1e-7 ? s * (1 - y / 2) : x / Math.expm1(y);
    }

    /** α_m, β_m, α_h, β_h, α_n, β_n at membrane potential {@code vv}, 1/ms. */
    void rates(double vv, double[] r) {
        for (int k = 0; k < 6; k++) {
            r[k] = rate(k, vv);
        }
    }

    /** Rate function k (0..5 = α_m, β_m, α_h, β_h, α_n, β_n) at {@code vv}, 1/ms. */
    private double rate(int k, double vv) {
        if (traub) {
            double x = vv - vT;
            return switch (k) {
                case 0 -> 0.32 * efun(13 - x, 4);
                case 1 -> 0.28 * efun(x - 40, 5);
                case 2 -> 0.128 * Math.exp((17 - x) / 18);
                case 3 -> 4 / (1 + Math.exp((40 - x) / 5));
                case 4 -> 0.032 * efun(15 - x, 5);
                default -> 0.5 * Math.exp((10 - x) / 40);
            };
        }
        return switch (k) {
            case 0 -> 0.1 * efun(-(vv + 40), 10);
            case 1 -> 4 * Math.exp(-(vv + 65) / 18);
            case 2 -> 0.07 * Math.exp(-(vv + 65) / 20);
            case 3 -> 1 / (1 + Math.exp(-(vv + 35) / 10));
            case 4 -> 0.01 * efun(-(vv + 55), 10);
            default -> 0.125 * Math.exp(-(vv + 65) / 80);
        };
    }

    @Override
    public void update(int lo, int hi, long step, int slot, SpikeBuffer out) {
        in.computeInjected(lo, hi, step);
        final double h = dtMs;
        final double[] inj = in.injectedPa;
        final int ng = in.condCount;
        for (int i = lo; i < hi; i++) {
            double v0 = v[i];
            double m0 = m[i];
            double h0 = hh[i];
            double n0 = n[i];
            double am = rate(0, v0);
            double bm = rate(1, v0);
            double ah = rate(2, v0);
            double bh = rate(3, v0);
            double an = rate(4, v0);
            double bn = rate(5, v0);
            double gna = gNa * m0 * m0 * m0 * h0;
            double n2 = n0 * n0;
            double gk = gK * n2 * n2;
            double g = gL + gna + gk;
            double ge = gL * eL + gna * eNa + gk * eK + bias + in.currentSum(i) + (inj == null ? 0 : inj[i]);
            for (int k = 0; k < ng; k++) {
                double gs = in.gState[k][i];
                g += gs;
                ge += gs * in.eRevMv[k];
            }
            double vInf = ge / g;
            double vn = vInf + (v0 - vInf) * Math.exp(-h * g / cm);
            double sm = am + bm;
            double sh = ah + bh;
            double sn = an + bn;
            m[i] = am / sm + (m0 - am / sm) * Math.exp(-h * sm);
            hh[i] = ah / sh + (h0 - ah / sh) * Math.exp(-h * sh);
            n[i] = an / sn + (n0 - an / sn) * Math.exp(-h * sn);
            in.advance(i, slot);
            vn += in.takeDelta(i, slot);
            if (v0 < detect && vn >= detect) {
                out.add(i);
            }
            if (!sane(vn)) {
                throw unstable(i, "v", vn, step);
            }
            v[i] = vn;
        }
    }

    @Override
    public double relativeCost() {
        return 10;
    }

    @Override
    public List<String> stateVariables() {
        return List.of("v", "m", "h", "n");
    }

    @Override
    public double[] state(String variable) {
        return switch (variable) {
            case "v" -> v;
            case "m" -> m;
            case "h" -> hh;
            case "n" -> n;
            default -> null;
        };
    }
}
