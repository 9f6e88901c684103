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
    private final double[] refractory;
    private final LifLoops scalarLoops = new LifLoops.Scalar();
    private final LifLoops simdLoops = Simd.lifLoops();
    private final double[] scratch;
    private double[] scratchG;
    private double[] scratchE;
    private double eL;
    private double vTh;
    private double vReset;
    private double cm;
    private double gL;
    private double bias;
    private double refSteps;
    private double p22;
    private double p20;
    private double[] pI;
    private double[] pY;

    /** A population of {@code size} neurons starting at V = E_L (or the values in {@code v0}). */
    public LifKernel(String populationId, int size, double dtMs, Lif model, InputChannels inputs) {
        super(populationId, size, dtMs);
        this.in = inputs;
        this.v = new double[size];
        this.refractory = new double[size];
        this.scratch = new double[size];
        this.scratchG = inputs.conductanceBased() ? new double[size] : null;
        this.scratchE = inputs.conductanceBased() ? new double[size] : null;
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
            double[] e = currentPropagators(m, in.iTauMs[c], h);
            pI[c] = e[0];
            pY[c] = e[1];
        }
    }

    /**
     * How a current channel of time constant {@code tauSynMs} moves V over one step of
     * {@code h} ms: {@code {∂V/∂I, ∂V/∂Y}} of the exact propagator {@code e^(A h)} of (V, I, Y).
     */
    static double[] currentPropagators(Lif m, double tauSynMs, double h) {
        double[][] a = {
                {-1 / m.tauMs(), 1 / m.cmPf(), 0},
                {0, -1 / tauSynMs, 1},
                {0, 0, -1 / tauSynMs}};
        double[][] e = Propagators.expm(a, h);
        return new double[]{e[0][1], e[0][2]};
    }

    @Override
    public void update(int lo, int hi, long step, int slot, SpikeBuffer out) {
        LifLoops loops = Simd.warm(simdLoops) ? simdLoops : scalarLoops;
        in.computeInjected(lo, hi, step);
        if (in.conductanceBased()) {
            updateConductance(loops, lo, hi, step, slot, out);
        } else {
            updateCurrent(loops, lo, hi, step, slot, out);
        }
    }

    /*
     * The update runs in passes over the slice, one per input channel, each a plain loop over
     * primitive arrays (LifLoops: scalar, or SIMD with the Vector API); only the threshold
     * pass branches. acc holds the new V of every neuron of the slice (workers own disjoint
     * ranges of it). The common case of one or two exponential channels runs as one pass with
     * the same arithmetic (fusedExp): the sum stays in registers instead of going through acc
     * three or four times, which is most of a small network's step (CUBA).
     */
    private void updateCurrent(LifLoops loops, int lo, int hi, long step, int slot, SpikeBuffer out) {
        final double[] acc = scratch;
        final int base = slot * size;
        if (fusable()) {
            boolean two = in.currentCount == 2;
            int bad = loops.fusedExp(acc, v, eL * (1 - p22) + bias * p20, p22, in.iState[0], in.iRing[0], pI[0],
                    in.iDecay[0], two ? in.iState[1] : null, two ? in.iRing[1] : null, two ? pI[1] : 0,
                    two ? in.iDecay[1] : 0, base, refractory, in.deltaRing, vTh, vReset, refSteps, V_LIMIT_MV, lo, hi,
                    out);
            if (bad >= 0) {
                throw unstable(bad, "v", v[bad], step);
            }
            return;
        }
        loops.leak(acc, v, in.injectedPa, eL * (1 - p22) + bias * p20, p22, p20, lo, hi);
        for (int c = 0; c < in.currentCount; c++) {
            if (in.iRise[c] == null) {
                loops.expChannel(acc, in.iState[c], in.iRing[c], base, pI[c], in.iDecay[c], lo, hi);
            } else {
                loops.alphaChannel(acc, in.iState[c], in.iRise[c], in.iRing[c], base, pI[c], pY[c], in.iDecay[c], dtMs,
                        in.iRiseGain[c], lo, hi);
            }
        }
        threshold(loops, lo, hi, step, base, out);
    }

    /** Whether the one-pass update applies: one or two exponential current channels, no current sources. */
    private boolean fusable() {
        int nc = in.currentCount;
        return in.injectedPa == null && (nc == 1 || nc == 2) && in.iRise[0] == null && in.iRise[nc - 1] == null;
    }

    private void threshold(LifLoops loops, int lo, int hi, long step, int base, SpikeBuffer out) {
        int bad = loops.threshold(scratch, v, refractory, in.deltaRing, base, vTh, vReset, refSteps, V_LIMIT_MV, lo, hi,
                out);
        if (bad >= 0) {
            throw unstable(bad, "v", v[bad], step);
        }
    }

    private void updateConductance(LifLoops loops, int lo, int hi, long step, int slot, SpikeBuffer out) {
        final double[] acc = scratch;
        final double[] g = scratchG;
        loops.condStart(g, acc, in.injectedPa, gL, gL * eL + bias, lo, hi);
        final int base = slot * size;
        for (int c = 0; c < in.condCount; c++) {
            if (in.gRise[c] == null) {
                loops.condExp(g, acc, in.gState[c], in.gRing[c], base, in.eRevMv[c], in.gDecay[c], lo, hi);
            } else {
                loops.condAlpha(g, acc, in.gState[c], in.gRise[c], in.gRing[c], base, in.eRevMv[c], in.gDecay[c], dtMs,
                        in.gRiseGain[c], lo, hi);
            }
        }
        for (int c = 0; c < in.currentCount; c++) {
            loops.heldCurrent(acc, in.iState[c], in.iRise[c], in.iRing[c], base, in.iDecay[c], dtMs, in.iRiseGain[c],
                    lo, hi);
        }
        loops.expEuler(acc, g, v, -dtMs / cm, scratchE, lo, hi);
        threshold(loops, lo, hi, step, base, out);
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
