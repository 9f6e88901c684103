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
 * (no per-neuron objects), computed in single precision ({@link HhLoops}): V, m, h and n are
 * float arrays (16 neurons per AVX-512 vector, no conversions in the step). A spike is an
 * upward crossing of the detection threshold.
 * <p>Readers get the state as {@code double[]} ({@link #state}): a copy per variable, refreshed
 * after every step once it has been read, so runs without recorders and probes pay nothing
 * for it.
 */
public final class HhKernel extends NeuronKernel {
    private static final List<String> VARIABLES = List.of("v", "m", "h", "n");
    private final InputChannels in;
    private final float[] v;
    private final float[] m;
    private final float[] hh;
    private final float[] n;
    /** v, m, h, n in {@link #VARIABLES} order. */
    private final float[][] live;
    /** The double copies of v, m, h, n for readers (see the class comment). */
    private final ReadCopy[] copies = new ReadCopy[4];
    private final double[] scratch;
    private final double[] scratchG;
    private final float[][] scratchF;
    private final LifLoops scalarLif = new LifLoops.Scalar();
    private final LifLoops simdLif = Simd.lifLoops();
    private final HhLoops scalarHh = new HhLoops.Scalar();
    private final HhLoops simdHh = Simd.hhLoops();
    private HhParams params;
    private float detect;
    private double bias;
    /** The number of conductance channels the HH step advances itself. */
    private int fused;
    private HhInput input;

    /** A population at rest (V from the model, gates at their steady state). */
    public HhKernel(String populationId, int size, double dtMs, HodgkinHuxley model, InputChannels inputs) {
        super(populationId, size, dtMs);
        in = inputs;
        v = new float[size];
        m = new float[size];
        hh = new float[size];
        n = new float[size];
        live = new float[][] {v, m, hh, n};
        for (int k = 0; k < 4; k++) {
            copies[k] = new ReadCopy(size);
        }
        scratch = new double[size];
        scratchG = new double[size];
        scratchF = new float[HhLoops.SCRATCH][size + HhLoops.PAD];
        setModel(model);
        java.util.Arrays.fill(copies[0].values(), model.vInitialMv());
        initialised(java.util.Set.of("v"));
    }

    @Override
    public void setModel(NeuronModel model) {
        if (!(model instanceof HodgkinHuxley p)) {
            throw new IllegalArgumentException("population " + populationId + " is Hodgkin-Huxley, not " + model.modelId());
        }
        params = HhParams.of(p, dtMs);
        detect = HhLoops.detectFloat(p.spikeDetectMv());
        bias = p.iBiasPa();
        planInput();
    }

    /** Takes the initial values written into the double copies (rounded to float); gates not given start at rest. */
    @Override
    public void initialised(java.util.Set<String> given) {
        for (int k = 0; k < 4; k++) {
            if (k == 0 || given.contains(VARIABLES.get(k))) {
                double[] initial = copies[k].values();
                for (int i = 0; i < size; i++) {
                    live[k][i] = (float) initial[i];
                }
            }
        }
        for (int i = 0; i < size; i++) {
            if (!given.contains("m")) {
                m[i] = steady(0, v[i]);
            }
            if (!given.contains("h")) {
                hh[i] = steady(2, v[i]);
            }
            if (!given.contains("n")) {
                n[i] = steady(4, v[i]);
            }
        }
        for (int k = 0; k < 4; k++) {
            copies[k].restart(live[k], 0);
        }
        if (in.singlePrecision) {
            in.copyIn();
        }
    }

    /** The steady state α/(α + β) of the gate whose α is rate {@code k}, at V = {@code vf}. */
    private float steady(int k, float vf) {
        float alpha = HhLoops.rate(params, k, vf);
        return alpha / (alpha + HhLoops.rate(params, k + 1, vf));
    }

    @Override
    public void update(int lo, int hi, long step, int slot, SpikeBuffer out) {
        boolean fast = Simd.warm(simdHh);
        HhLoops hl = fast ? simdHh : scalarHh;
        in.computeInjected(lo, hi, step);
        final int base = slot * size;
        if (input.g() != null) {
            sumOtherInput(Simd.warm(simdLif) ? simdLif : scalarLif, base, lo, hi);
        }
        int bad = hl.step(params, v, m, hh, n, input, base, detect, out, scratchF, lo, hi);
        if (bad >= 0) {
            throw unstable(bad, "v", v[bad], step);
        }
        if (in.copiesRead()) {
            in.copyOut(lo, hi);
        }
        for (int k = 0; k < 4; k++) {
            copies[k].afterStep(live[k], 0, lo, hi);
        }
    }

    /** The LIF channel passes for the input the HH step does not advance itself ({@link HhInput}). */
    private void sumOtherInput(LifLoops ll, int base, int lo, int hi) {
        ll.condStart(scratchG, scratch, in.injectedPa, 0.0, bias, lo, hi);
        for (int c = fused; c < in.condCount; c++) {
            if (in.gRise[c] == null) {
                ll.condExp(scratchG, scratch, in.gState[c], in.gRing[c], base, in.eRevMv[c], in.gDecay[c], lo, hi);
            } else {
                ll.condAlpha(scratchG, scratch, in.gState[c], in.gRise[c], in.gRing[c], base, in.eRevMv[c],
                        in.gDecay[c], dtMs, in.gRiseGain[c], lo, hi);
            }
        }
        for (int c = 0; c < in.currentCount; c++) {
            ll.heldCurrent(scratch, in.iState[c], in.iRise[c], in.iRing[c], base, in.iDecay[c], dtMs,
                    in.iRiseGain[c], lo, hi);
        }
    }

    /**
     * How the step reads the input: the leading exponential conductance channels (at most two)
     * are advanced by the step itself, in float when they are single precision
     * ({@link InputChannels#singlePrecision}: they are then the only input); everything else goes
     * through the LIF passes into {@code g}/{@code acc} first. The bias is part of the input, so
     * this follows {@link #setModel}.
     */
    private void planInput() {
        int k = 0;
        while (k < Math.min(2, in.condCount) && in.gRise[k] == null) {
            k++;
        }
        fused = k;
        boolean others = k < in.condCount || in.currentCount > 0;
        HhInput.Channel[] ch = new HhInput.Channel[2];
        for (int c = 0; c < k; c++) {
            ch[c] = in.singlePrecision ? HhInput.Channel.single(in.gStateF[c], in.gRingF[c], in.eRevMv[c], in.gDecay[c])
                    : HhInput.Channel.of(in.gState[c], in.gRing[c], in.eRevMv[c], in.gDecay[c]);
        }
        input = new HhInput(others ? scratchG : null, others ? scratch : null, bias, in.injectedPa, ch[0], ch[1],
                in.deltaRing);
    }

    @Override
    public double relativeCost() {
        return 10;
    }

    @Override
    public List<String> stateVariables() {
        return VARIABLES;
    }

    /** A double copy of v, m, h or n, refreshed now and after every following step (call between steps only). */
    @Override
    public double[] state(String variable) {
        int k = VARIABLES.indexOf(variable);
        if (k < 0) {
            return null;
        }
        return copies[k].read(live[k], 0);
    }
}
