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
    void heatmapUsesTheRuleBoundsAndHistoryGrowsOneColumnPerSnapshot() {
        WeightViewModel vm = new WeightViewModel(PROJ, 2, 2, 4);
        vm.weights(0, frame(0));
        vm.weights(100, frame(0));
        vm.render();
        assertEquals(ColorMaps.viridis(frame(0).block(1, 1)), vm.heatPixels()[3]);
        int[] hist = vm.histogramPixels();
        int last = WeightViewModel.HISTORY - 1;
        assertTrue(hist[last] != ColorMaps.NO_DATA && hist[last - 1] != ColorMaps.NO_DATA);
        assertEquals(ColorMaps.NO_DATA, hist[last - 2]);
        assertEquals(2, vm.meanHistory().size());
    }
}
