package org.neuroloom.engine.neuron.simd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
                float[][] scratch = new float[HhLoops.SCRATCH][SIZE + HhLoops.PAD];
                for (float[] row : scratch) {
                    Arrays.fill(row, SENTINEL);
                }
                double[][] simd = run(new HhLoopsSimd(), p, scratch, lo, hi);
                double[][] scalar = run(new HhLoops.Scalar(), p, new float[HhLoops.SCRATCH][SIZE + HhLoops.PAD], lo, hi);
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

    /** One step of {@code loops} over {@code [lo, hi)}; returns V, m, h, n, both channels and the spike flags. */
    private static double[][] run(HhLoops loops, HhParams p, float[][] scratch, int lo, int hi) {
        double[] v = new double[SIZE];
        double[] m = new double[SIZE];
        double[] h = new double[SIZE];
        double[] n = new double[SIZE];
        double[] gA = new double[SIZE];
        double[] gB = new double[SIZE];
        double[] ringA = new double[2 * SIZE];
        double[] ringB = new double[2 * SIZE];
        for (int i = 0; i < SIZE; i++) {
            v[i] = -70 + 1.1 * i;  // some cells cross the detection threshold of -20 mV
            m[i] = 0.05 + 0.004 * i;
            h[i] = 0.6 - 0.002 * i;
            n[i] = 0.3 + 0.003 * i;
            gA[i] = 10 + (i % 7);
            gB[i] = 40 + (i % 5);
            ringA[SIZE + i] = 0.5 * (i % 3);
            ringB[SIZE + i] = 0.25 * (i % 4);
        }
        HhInput in = new HhInput(null, null, 20, null, gA, ringA, 0, 0.98, gB, ringB, -80, 0.99, null);
        SpikeBuffer spikes = new SpikeBuffer(SIZE);
        int bad = loops.step(p, v, m, h, n, in, SIZE, -20, new double[SIZE], spikes, scratch, lo, hi);
        assertEquals(-1, bad, "no runaway");
        double[] spiked = new double[SIZE];
        for (int k = 0; k < spikes.count(); k++) {
            spiked[spikes.ids()[k]] += 1 + k;  // ascending order matters too
        }
        return new double[][]{v, m, h, n, gA, gB, ringA, ringB, spiked};
    }
}
