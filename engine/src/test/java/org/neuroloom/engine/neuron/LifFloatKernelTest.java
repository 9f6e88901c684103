package org.neuroloom.engine.neuron;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.neuroloom.engine.Engine;
import org.neuroloom.engine.Net;
import org.neuroloom.engine.run.Simulation;
import org.neuroloom.engine.synapse.InputChannels;
import org.neuroloom.model.Project;
import org.neuroloom.model.connect.Connector;
import org.neuroloom.model.dist.Distribution;
import org.neuroloom.model.neuron.Lif;
import org.neuroloom.model.neuron.PoissonSource;
import org.neuroloom.model.synapse.SynapseModel;
import org.neuroloom.model.synapse.SynapticChannels;

/**
 * The single-precision LIF kernel: its SIMD loop gives bit for bit what its scalar loop gives,
 * and both follow the double-precision kernel within float rounding (same scheme, same input).
 */
class LifFloatKernelTest {
    private static final float TH = -1;
    private static final float RESET = -11;
    private static final float REF_STEPS = 20;
    private static final float LOW = -99951;
    private static final int N = 333;
    private static final int LO = 64;
    private static final int BASE = N;

    private final LifFloatLoops.Scalar scalar = new LifFloatLoops.Scalar();
    private final LifFloatLoops simd = Simd.lifFloatLoops();

    /** State of one slice: u, refractory counts, two channels with their rings. */
    private record State(float[] u, float[] refr, float[] curA, float[] ringA, float[] curB, float[] ringB,
                         float[] acc, SpikeBuffer out) {
        static State random(long seed, boolean withNaN) {
            Random r = new Random(seed);
            float[] u = new float[N];
            float[] refr = new float[N];
            float[] curA = new float[N];
            float[] curB = new float[N];
            float[] ringA = new float[2 * N];
            float[] ringB = new float[2 * N];
            for (int i = 0; i < N; i++) {
                // mostly below threshold, some right at it or within the fast test's margin, some far
                // above, some far below (outside the fast test's window, inside the runaway bound)
                u[i] = switch (r.nextInt(12)) {
                    case 0 -> TH + (float) r.nextGaussian();
                    case 1 -> TH;
                    case 2 -> Math.nextDown(TH);
                    case 3 -> TH - 0.002f * r.nextFloat();
                    case 4 -> 40 * r.nextFloat();
                    case 5 -> -2000 - 3000 * r.nextFloat();
                    default -> RESET + 9.9f * r.nextFloat();
                };
                refr[i] = r.nextInt(8) == 0 ? 1 + r.nextInt(20) : 0;
                curA[i] = 300 * r.nextFloat();
                curB[i] = -200 * r.nextFloat();
                if (r.nextInt(4) == 0) {
                    ringA[BASE + i] = 50 * r.nextFloat();
                    ringB[BASE + i] = -30 * r.nextFloat();
                }
            }
            if (withNaN) {
                u[LO + 100] = Float.NaN;
                u[LO + 7] = -3e5f;
                refr[LO + 100] = 0;
                refr[LO + 7] = 0;
            }
            return new State(u, refr, curA, ringA, curB, ringB, new float[N], new SpikeBuffer(4));
        }

        State copy() {
            return new State(u.clone(), refr.clone(), curA.clone(), ringA.clone(), curB.clone(), ringB.clone(),
                    acc.clone(), new SpikeBuffer(4));
        }

        int step(LifFloatLoops l, boolean two, int hi) {
            return l.update(acc, u, 0.02f, 0.995f, curA, ringA, 0.0004f, 0.98f, two ? curB : null, ringB, 0.0005f,
                    0.99f, BASE, refr, TH, RESET, REF_STEPS, LOW, LO, hi, out);
        }

        void assertSame(State o, String what) {
            assertArrayEquals(u, o.u, what + ": u");
            assertArrayEquals(refr, o.refr, what + ": refractory counts");
            assertArrayEquals(curA, o.curA, what + ": channel a");
            assertArrayEquals(curB, o.curB, what + ": channel b");
            assertArrayEquals(ringA, o.ringA, what + ": ring a");
            assertArrayEquals(ringB, o.ringB, what + ": ring b");
            assertArrayEquals(Arrays.copyOf(out.ids(), out.count()), Arrays.copyOf(o.out.ids(), o.out.count()),
                    what + ": spikes");
        }
    }

    @Test
    void simdUpdateEqualsScalarUpdateBitForBit() {
        assertNotNull(simd, "the engine tests run with --add-modules jdk.incubator.vector");
        int spikes = 0;
        for (int hi : new int[]{N, N - 13, LO + 16, LO + 5}) {
            for (boolean two : new boolean[]{true, false}) {
                State ref = State.random(hi * 2L + (two ? 1 : 0), false);
                State expected = ref.copy();
                State s = ref.copy();
                int badRef = 0;
                int bad = 0;
                for (int step = 0; step < 30; step++) {
                    badRef = expected.step(scalar, two, hi);
                    bad = s.step(simd, two, hi);
                }
                String what = "hi=" + hi + " two=" + two;
                expected.assertSame(s, what);
                assertEquals(badRef, bad, what + ": run-away report");
                spikes += s.out.count();
            }
        }
        assertTrue(spikes > 100, "the slices spike: " + spikes);
    }

    @Test
    void runAwayNeuronIsReportedByBothLoops() {
        State ref = State.random(7, true);
        State expected = ref.copy();
        assertEquals(LO + 7, expected.step(scalar, true, N), "the first neuron below the bound (NaN comes later)");
        State s = ref.copy();
        assertEquals(LO + 7, s.step(simd, true, N));
        expected.assertSame(s, "run-away");
    }

    /**
     * 800 CUBA neurons (E_L -49 mV above the threshold -50 mV, reset -60 mV, τ 20 ms, 5 ms
     * refractory; excitatory 5 ms and inhibitory 10 ms channels) for 1 s under the same random
     * input in both kernels. Float rounding can only move a threshold crossing when V passes
     * within about 1e-4 mV of the threshold, so the spikes must be the same but for a few
     * neurons, and the V of the others must agree to 1e-3 mV.
     */
    @Test
    void followsTheDoublePrecisionKernelWithinFloatRounding() {
        int n = 800;
        double dt = 0.1;
        Lif cuba = new Lif(200, 20, -49, -50, -60, 5, 0);
        InputChannels dIn = channels(n, false);
        InputChannels fIn = channels(n, true);
        assertTrue(fIn.singlePrecision);
        LifKernel d = new LifKernel("d", n, dt, cuba, dIn);
        LifFloatKernel f = new LifFloatKernel("f", n, dt, cuba, fIn);
        double[] vd = d.state("v");
        double[] vf = f.state("v");
        Random r = new Random(3);
        for (int i = 0; i < n; i++) {
            vd[i] = -60 + 10 * r.nextDouble();
        }
        System.arraycopy(vd, 0, vf, 0, n);
        d.initialised(java.util.Set.of("v"));
        f.initialised(java.util.Set.of("v"));
        f.state("v");
        SpikeBuffer sd = new SpikeBuffer(n);
        SpikeBuffer sf = new SpikeBuffer(n);
        boolean[] diverged = new boolean[n];
        long spikes = 0;
        double maxDiff = 0;
        for (int step = 0; step < 10_000; step++) {
            int slot = step % 2;
            int next = (step + 1) % 2;
            for (int k = 0; k < 40; k++) {
                int c = r.nextInt(5) == 0 ? 1 : 0;
                int i = r.nextInt(n);
                float w = c == 0 ? 16.2f : -90f;
                dIn.iRing[c][next * n + i] += w;
                fIn.iRingF[c][next * n + i] += w;
            }
            sd.clear();
            sf.clear();
            d.update(0, n, step, slot, sd);
            f.update(0, n, step, slot, sf);
            spikes += sd.count();
            markDifferences(sd, sf, diverged);
            for (int i = 0; i < n; i++) {
                if (!diverged[i]) {
                    maxDiff = Math.max(maxDiff, Math.abs(vd[i] - vf[i]));
                }
            }
        }
        int divergedCount = 0;
        for (boolean b : diverged) {
            divergedCount += b ? 1 : 0;
        }
        assertTrue(spikes > 2_000, "activity: " + spikes);
        assertTrue(divergedCount <= n / 100, "neurons with a different spike: " + divergedCount);
        assertTrue(maxDiff < 1e-3, "largest V difference of the others, mV: " + maxDiff);
    }

    /**
     * V and the channel states are double copies refreshed only once read: read from the start or
     * first read in the middle of a run, they hold the same (current) values.
     */
    @Test
    void stateCopiesReadMidRunAreCurrentAndStayCurrent() {
        Project net = Net.create().seed(5)
                .pop("in", 200, new PoissonSource(50, List.of()))
                .pop("n", 300, new Lif(200, 20, -49, -50, -60, 5, 0), Map.of("v", new Distribution.Uniform(-60, -50)))
                .proj("e", "in", "n", new Connector.FixedProbability(0.2, false), new SynapseModel.ExpCurrent(5), 40, 0.1)
                .proj("i", "n", "n", new Connector.FixedProbability(0.1, false), new SynapseModel.ExpCurrent(10), -20, 0.1)
                .build();
        try (Simulation early = Engine.compile(net); Simulation late = Engine.compile(net)) {
            double[] vEarly = early.state(1, "v");
            double[] iEarly = early.state(1, "I_in");
            early.run(500);
            late.run(500);
            double[] at500 = vEarly.clone();
            assertArrayEquals(at500, late.state(1, "v"), "V first read at step 500");
            assertArrayEquals(iEarly, late.state(1, "I_in"), "I_in first read at step 500");
            early.run(500);
            late.run(500);
            assertArrayEquals(vEarly, late.state(1, "v"), "V at step 1000");
            assertArrayEquals(iEarly, late.state(1, "I_in"), "I_in at step 1000");
            assertArrayEquals(early.state(1, "I_ex"), late.state(1, "I_ex"), "I_ex at step 1000");
            assertTrue(!Arrays.equals(at500, vEarly), "V moved between the reads");
            assertTrue(Arrays.stream(iEarly).anyMatch(x -> x < -1), "inhibitory input arrived");
        }
    }

    private static InputChannels channels(int n, boolean lif) {
        InputChannels.Builder b = new InputChannels.Builder();
        b.channelFor(new SynapseModel.ExpCurrent(5));
        b.channelFor(new SynapseModel.ExpCurrent(10));
        return b.build(n, 2, 0.1, List.<SynapticChannels.Channel>of(),
                lif ? InputChannels.Kind.LIF : InputChannels.Kind.OTHER);
    }

    /** Marks the neurons that spiked in one buffer and not in the other. */
    private static void markDifferences(SpikeBuffer a, SpikeBuffer b, boolean[] diverged) {
        int[] x = Arrays.copyOf(a.ids(), a.count());
        int[] y = Arrays.copyOf(b.ids(), b.count());
        for (int id : x) {
            if (Arrays.binarySearch(y, id) < 0) {
                diverged[id] = true;
            }
        }
        for (int id : y) {
            if (Arrays.binarySearch(x, id) < 0) {
                diverged[id] = true;
            }
        }
    }
}
