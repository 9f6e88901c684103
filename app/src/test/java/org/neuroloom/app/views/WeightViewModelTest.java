package org.neuroloom.app.views;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WeightViewModelTest {
    private static final NetworkLayout.Proj PROJ = new NetworkLayout.Proj("stdp", "STDP", 4, 4, 0, 1, "nS");

    /** All-to-all 4 x 4 with w = pre/4 + post/16, then pre 0 gets {@code bump} more. */
    private static WeightFrame frame(float bump) {
        WeightFrame f = new WeightFrame(2, 2, 4);
        f.clear(0, 1);
        for (int pre = 0; pre < 4; pre++) {
            for (int post = 0; post < 4; post++) {
                f.add(pre, 4, post, 4, pre / 4f + post / 16f + (pre == 0 ? bump : 0));
            }
        }
        f.finish();
        return f;
    }

    @Test
    void framesAverageBlocksAndCountHistogramBins() {
        WeightFrame f = frame(0);
        // block (0,0): pre 0-1, post 0-1 -> mean of 0, 1/16, 1/4, 5/16
        assertEquals((0 + 1 / 16f + 0.25f + 5 / 16f) / 4, f.block(0, 0), 1e-6);
        assertEquals((0.5f + 0.75f) / 2 + (2 / 16f + 3 / 16f) / 2, f.block(1, 1), 1e-6);
        // weights 0..0.9375: bins of 0.25
        assertArrayEquals(new int[] {4, 4, 4, 4}, f.histogram());
        assertEquals(16, f.synapses());
        assertEquals((0 + 0.25 + 0.5 + 0.75) / 4 + (0 + 1 + 2 + 3) / 64.0, f.meanWeight(), 1e-6);
    }

    @Test
    void potentiatedBlocksAreRedDepressedBlueUnchangedDark() {
        WeightViewModel vm = new WeightViewModel(PROJ, 2, 2, 4);
        vm.weights(0, frame(0));
        vm.weights(100, frame(0.05f));
        vm.render();
        int ltp = vm.changePixels()[0];
        assertTrue(((ltp >> 16) & 0xff) > (ltp & 0xff), "potentiation is red");
        assertEquals(ColorMaps.change(0), vm.changePixels()[3]);
        assertEquals(0.025, vm.maxAbsChange(), 1e-6);   // half of the block's synapses changed
        vm.weights(200, frame(0));
        vm.render();
        int ltd = vm.changePixels()[0];
        assertTrue((ltd & 0xff) > ((ltd >> 16) & 0xff), "depression is blue");
    }

    @Test
    void heatmapUsesTheRuleBoundsAndHistoryGrowsOneColumnPerSnapshotFromTheLeft() {
        WeightViewModel vm = new WeightViewModel(PROJ, 2, 2, 4);
        vm.weights(50, frame(0));
        vm.weights(100, frame(0));
        vm.render();
        assertEquals(ColorMaps.viridis(frame(0).block(1, 1)), vm.heatPixels()[3]);
        int[] hist = vm.histogramPixels();
        assertTrue(hist[0] != ColorMaps.NO_DATA && hist[1] != ColorMaps.NO_DATA);
        assertEquals(ColorMaps.NO_DATA, hist[2]);
        assertEquals(50, vm.columnMs());
        assertEquals(2, vm.columnsUsed());
        assertEquals(2, vm.meanHistory().size());
    }

    /** Histogram counts over 4 bins with every synapse in bin {@code b}. */
    private static int[] allIn(int b) {
        int[] c = new int[4];
        c[b] = 16;
        return c;
    }

    @Test
    void aLongRunIsShownWholeWithColumnsMergedInPairs() {
        WeightViewModel vm = new WeightViewModel(PROJ, 2, 2, 4);
        // 50 s of snapshots every 50 ms: the first 25 s all weights in the lowest bin, then all in the highest
        for (int k = 1; k <= 1000; k++) {
            vm.histogram(50.0 * k, allIn(k <= 500 ? 0 : 3), 16, k <= 500 ? 0.1 : 0.9);
        }
        vm.render();
        // 1000 snapshots fit 240 columns at 8 per column: 400 ms each, 125 columns
        assertEquals(400, vm.columnMs(), 1e-9);
        assertEquals(125, vm.columnsUsed());
        assertEquals(1000, vm.histograms());
        int[] px = vm.histogramPixels();
        int bottom = 3 * WeightViewModel.HISTORY;   // bin 0 is drawn in the bottom row
        int full = ColorMaps.viridis(1.0);
        int empty = ColorMaps.viridis(0);
        assertEquals(full, px[bottom], "start: all in the lowest bin");
        assertEquals(empty, px[0], "start: none in the highest bin");
        assertEquals(full, px[124], "end: all in the highest bin");
        assertEquals(empty, px[bottom + 124]);
        // column 62 holds 24.8-25.2 s: half of its 8 snapshots on each side of the switch
        int half = ColorMaps.viridis(0.5);
        assertEquals(1.0, vm.maxShare());
        assertEquals(half, px[bottom + 62]);
        assertEquals(half, px[62]);
        assertEquals(ColorMaps.NO_DATA, px[125], "nothing after the run's end");
    }

    @Test
    void aRecordingsSnapshotsFromStepZeroFillOneColumnEachWithoutGaps() {
        WeightViewModel vm = new WeightViewModel(PROJ, 2, 2, 4);
        // a recording snapshots at step 0: 0.1, 50.1, 100.1 ms
        for (int k = 0; k < 3; k++) {
            vm.histogram(0.1 + 50 * k, allIn(k), 16, 0.1);
        }
        vm.render();
        assertEquals(50, vm.columnMs(), 1e-9);
        assertEquals(3, vm.columnsUsed());
        int bottom = 3 * WeightViewModel.HISTORY;
        assertEquals(ColorMaps.viridis(1.0), vm.histogramPixels()[bottom]);
        assertEquals(ColorMaps.viridis(1.0), vm.histogramPixels()[2 * WeightViewModel.HISTORY + 1]);
        assertEquals(ColorMaps.viridis(1.0), vm.histogramPixels()[WeightViewModel.HISTORY + 2]);
    }

    @Test
    void viewsResetInTheMiddleOfARunStartTheirHistoryAtItsTime() {
        WeightViewModel vm = new WeightViewModel(PROJ, 2, 2, 4);
        vm.histogram(5000, allIn(0), 16, 0.1);
        vm.histogram(5050, allIn(3), 16, 0.9);
        vm.render();
        assertEquals(50, vm.columnMs(), 1e-9);
        assertEquals(101, vm.columnsUsed());
        int[] px = vm.histogramPixels();
        assertEquals(ColorMaps.NO_DATA, px[3 * WeightViewModel.HISTORY], "nothing before the first snapshot");
        assertEquals(ColorMaps.viridis(1.0), px[3 * WeightViewModel.HISTORY + 99]);
        assertEquals(ColorMaps.viridis(1.0), px[100]);
    }

    @Test
    void aColumnNoSnapshotFellInHoldsTheOneBefore() {
        WeightViewModel vm = new WeightViewModel(PROJ, 2, 2, 4);
        vm.histogram(50, allIn(0), 16, 0.1);
        vm.histogram(100, allIn(1), 16, 0.1);
        vm.histogram(200, allIn(2), 16, 0.1);   // the one at 150 ms never arrived
        vm.render();
        int[] px = vm.histogramPixels();
        int bin1 = 2 * WeightViewModel.HISTORY;
        assertEquals(ColorMaps.viridis(1.0), px[bin1 + 1]);
        assertEquals(ColorMaps.viridis(1.0), px[bin1 + 2], "150 ms holds 100 ms");
        assertEquals(ColorMaps.viridis(1.0), px[WeightViewModel.HISTORY + 3]);
    }

    @Test
    void aSnapshotWhoseHistogramCameFirstIsCountedOnce() {
        WeightViewModel vm = new WeightViewModel(PROJ, 2, 2, 4);
        vm.histogram(50, allIn(0), 16, 0.1);
        vm.histogram(100, allIn(1), 16, 0.3);
        vm.weights(100, frame(0));   // the matrix of the snapshot at 100 ms
        assertEquals(2, vm.histograms());
        assertEquals(2, vm.meanHistory().size());
        assertEquals(1, vm.snapshots());
        vm.weights(150, frame(0));
        assertEquals(3, vm.histograms());
    }
}
