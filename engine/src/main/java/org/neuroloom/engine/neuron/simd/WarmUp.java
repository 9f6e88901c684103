package org.neuroloom.engine.neuron.simd;

import org.neuroloom.engine.neuron.HhInput;
import org.neuroloom.engine.neuron.HhLoops;
import org.neuroloom.engine.neuron.HhParams;
import org.neuroloom.engine.neuron.LifFloatLoops;
import org.neuroloom.engine.neuron.LifLoops;
import org.neuroloom.engine.neuron.SpikeBuffer;
import org.neuroloom.model.neuron.HodgkinHuxley;

/**
 * Runs the SIMD loops of one family on scratch arrays until the JIT has compiled them (C2
 * compiles a method once its invocations plus loop iterations pass about 10^4; 6000 calls of 16
 * iterations each are well past that).
 */
public final class WarmUp implements Runnable {
    private static final int ROUNDS = 6_000;
    private static final int N = 128;

    private final String family;

    /** @param family the simple name of the loops class to warm: {@code LifLoopsSimd}, {@code LifFloatLoopsSimd} or {@code HhLoopsSimd} */
    public WarmUp(String family) {
        this.family = family;
    }

    @Override
    public void run() {
        switch (family) {
            case "LifLoopsSimd" -> lif();
            case "LifFloatLoopsSimd" -> lifFloat();
            case "HhLoopsSimd" -> hh();
            default -> throw new IllegalArgumentException("no SIMD loops called " + family);
        }
    }

    private static void lif() {
        LifLoops l = new LifLoopsSimd();
        double[] acc = new double[N];
        double[] v = new double[N];
        double[] a = new double[N];
        double[] b = new double[N];
        double[] g = new double[N];
        double[] ring = new double[2 * N];
        double[] refr = new double[N];
        double[] t = new double[N];
        SpikeBuffer out = new SpikeBuffer(N);
        for (int k = 0; k < ROUNDS; k++) {
            out.clear();
            l.leak(acc, v, null, -1, 0.99, 0.01, 0, N);
            l.leak(acc, v, a, -1, 0.99, 0.01, 0, N);
            l.expChannel(acc, a, ring, N, 0.01, 0.9, 0, N);
            l.alphaChannel(acc, a, b, ring, 0, 0.01, 0.02, 0.9, 0.1, 1.3, 0, N);
            l.condStart(g, acc, null, 10, -600, 0, N);
            l.condStart(g, acc, a, 10, -600, 0, N);
            l.condExp(g, acc, a, ring, 0, 0, 0.9, 0, N);
            l.condAlpha(g, acc, a, b, ring, N, -80, 0.9, 0.1, 1.3, 0, N);
            l.heldCurrent(acc, a, null, ring, 0, 0.9, 0.1, 1.3, 0, N);
            l.heldCurrent(acc, a, b, ring, 0, 0.9, 0.1, 1.3, 0, N);
            l.expEuler(acc, g, v, -0.0005, t, 0, N);
            java.util.Arrays.fill(v, -65 + (k % 40));
            out.clear();
            l.threshold(acc, v, refr, (k & 1) == 0 ? null : ring, 0, -50, -60, 20, 1e5, 0, N, out);
            l.fusedExp(acc, v, -0.3, 0.995, a, ring, 0.01, 0.98, (k & 2) == 0 ? null : g, ring, 0.02, 0.99, N, refr,
                    (k & 1) == 0 ? null : ring, -50, -60, 20, 1e5, 0, N, out);
        }
    }

    private static void hh() {
        double[] acc = new double[N];
        double[] b = new double[N];
        double[] g = new double[N];
        double[] ring = new double[2 * N];
        float[] fRing = new float[2 * N];
        SpikeBuffer out = new SpikeBuffer(N);
        HhLoops hh = new HhLoopsSimd();
        HhParams squid = HhParams.of(HodgkinHuxley.defaults(), 0.1);
        HhParams traub = HhParams.of(HodgkinHuxley.traub(), 0.1);
        float[][] scratch = new float[HhLoops.SCRATCH][N + HhLoops.PAD];
        float[] hv = new float[N];
        float[] m = new float[N];
        float[] hg = new float[N];
        float[] n = new float[N];
        double[] gA = new double[N];
        double[] gB = new double[N];
        float[] gAF = new float[N];
        float[] gBF = new float[N];
        // every form of input the kernel builds: summed by the LIF passes, two channels, one channel
        // with injection, two single-precision channels
        HhInput[] inputs = {HhInput.summed(g, acc, null),
            new HhInput(null, null, 0, null, HhInput.Channel.of(gA, ring, 0, 0.95), HhInput.Channel.of(gB, ring, -80, 0.9),
                null),
            new HhInput(null, null, 50, b, HhInput.Channel.of(gA, ring, 0, 0.95), null, ring),
            new HhInput(null, null, 0, null, HhInput.Channel.single(gAF, fRing, 0, 0.95),
                HhInput.Channel.single(gBF, fRing, -80, 0.9), null)};
        for (int k = 0; k < ROUNDS; k++) {
            java.util.Arrays.fill(hv, -65 + (k % 40));
            out.clear();
            hh.step((k & 1) == 0 ? squid : traub, hv, m, hg, n, inputs[k % 4], (k & 4) == 0 ? 0 : N, -20, out,
                    scratch, 0, N);
        }
    }

    private static void lifFloat() {
        SpikeBuffer out = new SpikeBuffer(N);
        LifFloatLoops lf = new LifFloatLoopsSimd();
        float[] fAcc = new float[N];
        float[] fU = new float[N];
        float[] fA = new float[N];
        float[] fB = new float[N];
        float[] fRing = new float[2 * N];
        float[] fRefr = new float[N];
        for (int k = 0; k < ROUNDS; k++) {
            java.util.Arrays.fill(fU, -15 + (k % 40) * 0.5f);
            out.clear();
            lf.update(fAcc, fU, 0.01f, 0.995f, fA, fRing, 0.01f, 0.98f, (k & 2) == 0 ? null : fB, fRing, 0.02f, 0.99f,
                    N, fRefr, -1, -11, 20, -99951, 0, N, out);
        }
    }
}
