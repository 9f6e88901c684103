package org.neuroloom.engine.probe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WeightSnapshotTest {

    @Test
    void blocksHoldTheMeanOfTheirSynapses() {
        // 4 x 6 all-to-all with w = pre + 10 post, shown as 2 x 3
        WeightSnapshot snap = new WeightSnapshot(4, 6, 2, 3, 4, 0, 100);
        snap.begin(7, 0.8);
        for (int pre = 0; pre < 4; pre++) {
            for (int post = 0; post < 6; post++) {
                snap.add(pre, post, pre + 10 * post);
            }
        }
        snap.finish();
        // block (1, 2): pre 2..3, post 4..5 -> mean 2.5 + 45
        assertEquals(47.5f, snap.cell(1, 2));
        assertEquals(0.5f + 5f, snap.cell(0, 0));
        assertEquals(24, snap.synapses());
        assertEquals((1.5 + 25), snap.meanWeight(), 1e-12);
        assertEquals(0, snap.minWeight());
        assertEquals(53, snap.maxWeight());
        assertEquals(7, snap.step());
    }

    @Test
    void blocksWithoutSynapsesAreNaN() {
        WeightSnapshot snap = new WeightSnapshot(4, 4, 2, 2, 1, 0, 1);
        snap.begin(0, 0);
        snap.add(0, 0, 1f);
        snap.finish();
        assertTrue(Float.isNaN(snap.cell(1, 1)));
        assertEquals(1f, snap.cell(0, 0));
    }

    @Test
    void histogramClampsOutOfRangeWeightsIntoTheEdgeBins() {
        WeightSnapshot snap = new WeightSnapshot(1, 5, 1, 1, 4, 0, 1);
        snap.begin(0, 0);
        float[] w = {-0.5f, 0.1f, 0.3f, 0.99f, 1.0f};
        for (int i = 0; i < w.length; i++) {
            snap.add(0, i, w[i]);
        }
        snap.finish();
        assertArrayEquals(new long[]{2, 1, 0, 2}, snap.histogram());
    }

    @Test
    void beginClearsThePreviousSnapshot() {
        WeightSnapshot snap = new WeightSnapshot(2, 2, 2, 2, 2, 0, 1);
        snap.begin(0, 0);
        snap.add(0, 0, 0.2f);
        snap.finish();
        snap.begin(1, 0.1);
        snap.add(1, 1, 0.8f);
        snap.finish();
        assertTrue(Float.isNaN(snap.cell(0, 0)));
        assertArrayEquals(new long[]{0, 1}, snap.histogram());
    }

    @Test
    void infiniteHistogramRangeIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new WeightSnapshot(2, 2, 2, 2, 2, 0, Double.POSITIVE_INFINITY));
    }
}
