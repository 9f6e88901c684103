package org.neuroloom.engine.neuron;

import java.util.List;
import java.util.Set;
import org.neuroloom.engine.synapse.InputChannels;
import org.neuroloom.model.neuron.Lif;
import org.neuroloom.model.neuron.NeuronModel;

/**
 * Leaky integrate-and-fire with one or two exponential current channels and no other input
 * ({@code iaf_psc_exp} as in Vogels-Abbott CUBA), in single precision: the same scheme as
 * {@link LifKernel} (exact propagators, NEST's update order, refractory clamp) with the state,
 * the channels ({@link InputChannels#singlePrecision}) and the per-step factors in float: half
 * the memory, and 16 neurons per AVX-512 vector instead of 8 ({@code LifFloatLoopsSimd}).
 * Chosen by the compiler for every LIF population whose input fits; the others keep
 * {@link LifKernel}.
 * <p>Accuracy: the kernel keeps {@code u = V - E_L}, not V, so that the float spacing is that of
 * the distance from rest (1.2e-7 mV at 1 mV, 1.9e-6 mV at 20 mV) instead of that of 70 mV
 * (7.6e-6 mV); with a decay of {@code p} per step rounding can hold u up to about
 * {@code ulp(u) / (2 (1 - p))} from the exact value (1e-4 mV at 10 mV from rest for τ = 20 ms,
 * dt = 0.1 ms), far below the scheme's and any model's error.
 * <p>Readers get V as a {@code double[]} ({@link #state}): a copy refreshed after every step once
 * it has been read, so runs without recorders and probes pay nothing for it.
 */
public final class LifFloatKernel extends NeuronKernel {
    private final InputChannels in;
    private final float[] u;
    private final float[] refractory;
    private final float[] scratch;
    /** V for readers (see the class comment). */
    private final ReadCopy v;
    private final LifFloatLoops scalarLoops = new LifFloatLoops.Scalar();
    private final LifFloatLoops simdLoops = Simd.lifFloatLoops();
    private double eL;
    private float c0;
    private float p;
    private float piA;
    private float piB;
    private float dA;
    private float dB;
    private float th;
    private float reset;
    private float refSteps;
    private float low;

    /** A population of {@code size} neurons at V = E_L; {@code inputs} must be single precision. */
    public LifFloatKernel(String populationId, int size, double dtMs, Lif model, InputChannels inputs) {
        super(populationId, size, dtMs);
        if (!inputs.singlePrecision) {
            throw new IllegalArgumentException("population " + populationId + ": channels are not single precision");
        }
        this.in = inputs;
        this.u = new float[size];
        this.refractory = new float[size];
        this.scratch = new float[size];
        this.v = new ReadCopy(size);
        eL = model.vRestMv();
        setModel(model);
        java.util.Arrays.fill(v.values(), eL);
    }

    @Override
    public void setModel(NeuronModel model) {
        if (!(model instanceof Lif m)) {
            throw new IllegalArgumentException("population " + populationId + " is LIF, not " + model.modelId());
        }
        double h = dtMs;
        double shift = eL - m.vRestMv();
        if (shift != 0) {
            // u is measured from rest: a new resting potential moves it, V stays
            for (int i = 0; i < size; i++) {
                u[i] = (float) (u[i] + shift);
            }
        }
        eL = m.vRestMv();
        double p22 = Math.exp(-h / m.tauMs());
        p = (float) p22;
        c0 = (float) (m.iBiasPa() * m.tauMs() / m.cmPf() * (1 - p22));
        piA = (float) LifKernel.currentPropagators(m, in.iTauMs[0], h)[0];
        dA = (float) in.iDecay[0];
        boolean two = in.currentCount == 2;
        piB = two ? (float) LifKernel.currentPropagators(m, in.iTauMs[1], h)[0] : 0;
        dB = two ? (float) in.iDecay[1] : 0;
        th = (float) (m.vThreshMv() - eL);
        reset = (float) (m.vResetMv() - eL);
        refSteps = (int) Math.round(m.tRefMs() / h);
        low = (float) (-V_LIMIT_MV - eL);
    }

    @Override
    public void update(int lo, int hi, long step, int slot, SpikeBuffer out) {
        LifFloatLoops loops = Simd.warm(simdLoops) ? simdLoops : scalarLoops;
        boolean two = in.currentCount == 2;
        int bad = loops.update(scratch, u, c0, p, in.iStateF[0], in.iRingF[0], piA, dA, two ? in.iStateF[1] : null,
                two ? in.iRingF[1] : null, piB, dB, slot * size, refractory, th, reset, refSteps, low, lo, hi, out);
        if (bad >= 0) {
            throw unstable(bad, "v", eL + u[bad], step);
        }
        v.afterStep(u, eL, lo, hi);
        if (in.copiesRead()) {
            in.copyOut(lo, hi);
        }
    }

    @Override
    public void initialised(Set<String> given) {
        // the initial values were written into the double copies
        double[] initial = v.values();
        for (int i = 0; i < size; i++) {
            u[i] = (float) (initial[i] - eL);
        }
        v.restart(u, eL);
        in.copyIn();
    }

    @Override
    public List<String> stateVariables() {
        return List.of("v");
    }

    /** V as a double copy, refreshed now and after every following step (call between steps only). */
    @Override
    public double[] state(String variable) {
        if (!"v".equals(variable)) {
            return null;
        }
        return v.read(u, eL);
    }
}
