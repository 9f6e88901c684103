package org.neuroloom.engine.neuron.simd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.neuroloom.engine.neuron.HhInput;
import org.neuroloom.engine.neuron.HhLoops;
import org.neuroloom.engine.neuron.HhParams;
import org.neuroloom.engine.neuron.SpikeBuffer;
import org.neuroloom.model.neuron.HodgkinHuxley;

/**
 * The SIMD Hodgkin-Huxley step keeps to its slice: its conversions into float store whole
 * float vectors whose upper half spills past the element they start at, and a spill into the
 * next slice's scratch would race with the worker that owns it. So for many slice shapes, every
 * scratch element outside the slice must be untouched (the spare room past the population may
 * be written), and the slice's results must be those of the scalar loop.
 */
class HhLoopsSimdTest {
    private static final int SIZE = 100;
    private static final float SENTINEL = -12345f;

    @Test
    void stepWritesNoScratchOutsideItsSliceAndMatchesTheScalarLoop() {
        HhParams p = HhParams.of(HodgkinHuxley.traub(), 0.1);
        for (int lo : new int[]{0, 3, 16}) {
            for (int hi = lo + 1; hi <= SIZE; hi++) {
                int input = hi % 3;
                float[][] scratch = new float[HhLoops.SCRATCH][SIZE + HhLoops.PAD];
                for (float[] row : scratch) {
                    Arrays.fill(row, SENTINEL);
                }
                double[][] simd = run(new HhLoopsSimd(), p, scratch, input, lo, hi);
                double[][] scalar = run(new HhLoops.Scalar(), p, new float[HhLoops.SCRATCH][SIZE + HhLoops.PAD], input,
                        lo, hi);
                for (int r = 0; r < HhLoops.SCRATCH; r++) {
                    for (int i = 0; i < SIZE; i++) {
                        if (i < lo || i >= hi) {
                            assertEquals(SENTINEL, scratch[r][i], "scratch row " + r + " element " + i + ", slice [" + lo + ", " + hi + ")");
                        }
                    }
                }
                for (int k = 0; k < simd.length; k++) {
                    assertArrayEquals(scalar[k], simd[k], "state " + k + ", slice [" + lo + ", " + hi + ")");
                }
            }
        }
    }

    /**
     * With float input there is no double pass to spill, so the vector passes take every whole
     * float vector of the slice, up to its end (the scalar tail only takes what is left): a slice
     * boundary inside the population no longer sends a vector of elements to the scalar loop.
     */
    @Test
    void withFloatInputTheVectorPassesTakeEveryWholeVectorOfTheSlice() {
        HhParams p = HhParams.of(HodgkinHuxley.traub(), 0.1);
        int lanes = Species.FLOAT.length();
        for (int lo : new int[]{0, 3, 16}) {
            for (int hi = lo + lanes; hi < SIZE; hi++) {
                float[][] scratch = new float[HhLoops.SCRATCH][SIZE + HhLoops.PAD];
                for (float[] row : scratch) {
                    Arrays.fill(row, SENTINEL);
                }
                run(new HhLoopsSimd(), p, scratch, 2, lo, hi);
                int vectorEnd = lo + (hi - lo) / lanes * lanes;
                for (int i = lo; i < vectorEnd; i++) {
                    // row 1 holds V∞, written by the vector passes only (the scalar loop keeps it in a register)
                    assertNotEquals(SENTINEL, scratch[1][i], "element " + i + " of slice [" + lo + ", " + hi + ") ran scalar");
                }
            }
        }
    }

    /**
     * One step of {@code loops} over {@code [lo, hi)} with two conductance channels in double
     * ({@code input} 0), in double with V jumps arriving (1) or in float (2); returns V, m, h, n,
     * both channels and their rings, the jumps' ring and the spike flags.
     */
    private static double[][] run(HhLoops loops, HhParams p, float[][] scratch, int input, int lo, int hi) {
        boolean jumps = input == 1;
        float[] v = new float[SIZE];
        float[] m = new float[SIZE];
        float[] h = new float[SIZE];
        float[] n = new float[SIZE];
        double[] gA = new double[SIZE];
        double[] gB = new double[SIZE];
        double[] ringA = new double[2 * SIZE];
        double[] ringB = new double[2 * SIZE];
        double[] delta = jumps ? new double[2 * SIZE] : null;
        for (int i = 0; i < SIZE; i++) {
            v[i] = -70 + 1.1f * i;  // some cells cross the detection threshold of -20 mV
            m[i] = 0.05f + 0.004f * i;
            h[i] = 0.6f - 0.002f * i;
            n[i] = 0.3f + 0.003f * i;
            gA[i] = 10 + (i % 7);
            gB[i] = 40 + (i % 5);
            ringA[SIZE + i] = 0.5 * (i % 3);
            ringB[SIZE + i] = 0.25 * (i % 4);
            if (jumps) {
                delta[SIZE + i] = 0.7 * (i % 5) - 1;  // moves some cells across -20 mV, some back
            }
        }
        float[] gAF = floats(gA);
        float[] gBF = floats(gB);
        float[] ringAF = floats(ringA);
        float[] ringBF = floats(ringB);
        HhInput in = input == 2
                ? new HhInput(null, null, 20, null, HhInput.Channel.single(gAF, ringAF, 0, 0.98),
                        HhInput.Channel.single(gBF, ringBF, -80, 0.99), null)
                : new HhInput(null, null, 20, null, HhInput.Channel.of(gA, ringA, 0, 0.98),
                        HhInput.Channel.of(gB, ringB, -80, 0.99), delta);
        SpikeBuffer spikes = new SpikeBuffer(SIZE);
        int bad = loops.step(p, v, m, h, n, in, SIZE, -20, spikes, scratch, lo, hi);
        assertEquals(-1, bad, "no runaway");
        double[] spiked = new double[SIZE];
        for (int k = 0; k < spikes.count(); k++) {
            spiked[spikes.ids()[k]] += 1 + k;  // ascending order matters too
        }
        return new double[][]{doubles(v), doubles(m), doubles(h), doubles(n), gA, gB, ringA, ringB,
            doubles(gAF), doubles(gBF), doubles(ringAF), doubles(ringBF), jumps ? delta : new double[0], spiked};
    }

    private static float[] floats(double[] x) {
        float[] f = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            f[i] = (float) x[i];
        }
        return f;
    }

    private static double[] doubles(float[] x) {
        double[] d = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            d[i] = x[i];
        }
        return d;
    }
}
