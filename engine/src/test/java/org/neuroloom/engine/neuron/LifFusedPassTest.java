package org.neuroloom.engine.neuron;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The one-pass LIF update ({@link LifLoops#fusedExp}) and the SIMD threshold pass give bit for
 * bit what the scalar passes give, spikes, refractory counts, cleared rings and the run-away
 * report included, on slices with a scalar tail and with every kind of lane a step can meet.
 */
class LifFusedPassTest {
    private static final double TH = -50;
    private static final double RESET = -60;
    private static final double REF_STEPS = 20;
    private static final double LIMIT = 1e5;
    private static final int N = 301;
    private static final int LO = 64;
    private static final int BASE = N;

    private final LifLoops scalar = new LifLoops.Scalar();
    private final LifLoops simd = Simd.lifLoops();

    /** State of one slice: V, refractory counts, two channels with their rings, delta ring. */
    private record State(double[] v, double[] refr, double[] curA, double[] ringA, double[] curB, double[] ringB,
                         double[] delta, double[] acc, SpikeBuffer out) {
        static State random(long seed, boolean withNaN) {
            Random r = new Random(seed);
            double[] v = new double[N];
            double[] refr = new double[N];
            double[] curA = new double[N];
            double[] curB = new double[N];
            double[] ringA = new double[2 * N];
            double[] ringB = new double[2 * N];
            double[] delta = new double[2 * N];
            for (int i = 0; i < N; i++) {
                // mostly below threshold, some right at it, some far above, some refractory
                v[i] = switch (r.nextInt(10)) {
                    case 0 -> TH + r.nextGaussian();
                    case 1 -> TH;
                    case 2 -> Math.nextDown(TH);
                    case 3 -> 40 * r.nextDouble();
                    default -> RESET + 9.9 * r.nextDouble();
                };
                refr[i] = r.nextInt(8) == 0 ? 1 + r.nextInt(20) : 0;
                curA[i] = 300 * r.nextDouble();
                curB[i] = -200 * r.nextDouble();
                if (r.nextInt(4) == 0) {
                    ringA[BASE + i] = 50 * r.nextDouble();
                    ringB[BASE + i] = -30 * r.nextDouble();
                    delta[BASE + i] = r.nextDouble();
                }
            }
            if (withNaN) {
                v[LO + 100] = Double.NaN;
                v[LO + 7] = -3e5;
                refr[LO + 100] = 0;
                refr[LO + 7] = 0;
            }
            return new State(v, refr, curA, ringA, curB, ringB, delta, new double[N], new SpikeBuffer(4));
        }

        State copy() {
            return new State(v.clone(), refr.clone(), curA.clone(), ringA.clone(), curB.clone(), ringB.clone(),
                    delta.clone(), acc.clone(), new SpikeBuffer(4));
        }

        void assertSame(State o, String what) {
            assertArrayEquals(v, o.v, what + ": V");
            assertArrayEquals(refr, o.refr, what + ": refractory counts");
            assertArrayEquals(curA, o.curA, what + ": channel a");
            assertArrayEquals(curB, o.curB, what + ": channel b");
            assertArrayEquals(ringA, o.ringA, what + ": ring a");
            assertArrayEquals(ringB, o.ringB, what + ": ring b");
            assertArrayEquals(delta, o.delta, what + ": delta ring");
            assertArrayEquals(Arrays.copyOf(out.ids(), out.count()), Arrays.copyOf(o.out.ids(), o.out.count()),
                    what + ": spikes");
        }
    }

    /** The reference: the scalar passes, one after the other. */
    private static int passes(LifLoops l, State s, boolean two, boolean jumps, int hi) {
        l.leak(s.acc, s.v, null, -0.3, 0.995, 0, LO, hi);
        l.expChannel(s.acc, s.curA, s.ringA, BASE, 0.0004, 0.98, LO, hi);
        if (two) {
            l.expChannel(s.acc, s.curB, s.ringB, BASE, 0.0005, 0.99, LO, hi);
        }
        return l.threshold(s.acc, s.v, s.refr, jumps ? s.delta : null, BASE, TH, RESET, REF_STEPS, LIMIT, LO, hi, s.out);
    }

    private static int fused(LifLoops l, State s, boolean two, boolean jumps, int hi) {
        return l.fusedExp(s.acc, s.v, -0.3, 0.995, s.curA, s.ringA, 0.0004, 0.98, two ? s.curB : null, s.ringB, 0.0005,
                0.99, BASE, s.refr, jumps ? s.delta : null, TH, RESET, REF_STEPS, LIMIT, LO, hi, s.out);
    }

    @Test
    void fusedPassEqualsThePassesBitForBit() {
        assertNotNull(simd, "the engine tests run with --add-modules jdk.incubator.vector");
        int spikes = 0;
        for (int hi : new int[]{N, N - 5, LO + 8}) {
            for (boolean two : new boolean[]{true, false}) {
                for (boolean jumps : new boolean[]{true, false}) {
                    State ref = State.random(hi * 4L + (two ? 2 : 0) + (jumps ? 1 : 0), false);
                    for (LifLoops l : new LifLoops[]{scalar, simd}) {
                        State s = ref.copy();
                        State expected = ref.copy();
                        int badRef = 0;
                        int bad = 0;
                        for (int step = 0; step < 30; step++) {
                            badRef = passes(scalar, expected, two, jumps, hi);
                            bad = fused(l, s, two, jumps, hi);
                        }
                        String what = l.getClass().getSimpleName() + " hi=" + hi + " two=" + two + " jumps=" + jumps;
                        expected.assertSame(s, what);
                        assertEquals(badRef, bad, what + ": run-away report");
                        spikes += s.out.count();
                    }
                }
            }
        }
        assertTrue(spikes > 100, "the slices spike: " + spikes);
    }

    @Test
    void runAwayNeuronIsReportedLikeTheScalarPasses() {
        State ref = State.random(7, true);
        State expected = ref.copy();
        int badRef = passes(scalar, expected, true, true, N);
        assertEquals(LO + 7, badRef, "the first neuron below -limit (NaN comes later)");
        for (LifLoops l : new LifLoops[]{scalar, simd}) {
            State s = ref.copy();
            assertEquals(badRef, fused(l, s, true, true, N), l.getClass().getSimpleName());
            expected.assertSame(s, l.getClass().getSimpleName());
        }
    }

    @Test
    void simdThresholdEqualsScalarThreshold() {
        for (boolean nan : new boolean[]{false, true}) {
            State ref = State.random(nan ? 11 : 12, nan);
            for (int i = 0; i < N; i++) {
                ref.acc[i] = ref.v[i] + 0.5;
            }
            State a = ref.copy();
            State b = ref.copy();
            int badA = scalar.threshold(a.acc, a.v, a.refr, a.delta, BASE, TH, RESET, REF_STEPS, LIMIT, LO, N, a.out);
            int badB = simd.threshold(b.acc, b.v, b.refr, b.delta, BASE, TH, RESET, REF_STEPS, LIMIT, LO, N, b.out);
            a.assertSame(b, "threshold, NaN lane " + nan);
            assertEquals(badA, badB);
            assertTrue(a.out.count() > 10, "spikes: " + a.out.count());
        }
    }
}
