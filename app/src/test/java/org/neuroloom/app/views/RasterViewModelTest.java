package org.neuroloom.app.views;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RasterViewModelTest {
    private static final int RED = 0xffff0000;
    private static final int BLUE = 0xff0000ff;
    private RasterViewModel vm;

    @BeforeEach
    void setUp() {
        vm = new RasterViewModel(1000);
        vm.reset(Layouts.twoPopulations());
        vm.setColours(new int[] {RED, BLUE});
        vm.resize(100, 100);   // 1000 ms window: 10 ms per column, 1 row per neuron
        vm.render();
    }

    private int pixel(int x, int y) {
        return vm.pixels()[y * vm.width() + x];
    }

    private int litPixels() {
        int n = 0;
        for (int p : vm.pixels()) {
            n += p != 0 ? 1 : 0;
        }
        return n;
    }

    @Test
    void spikeLandsAtTheColumnOfItsTimeAndTheRowOfItsNeuronInItsPopulationColour() {
        vm.spikes(500, new int[] {10}, 1);
        vm.spikes(995, new int[] {70}, 1);
        vm.render();
        // head column is 995 ms -> x = 99; 500 ms is 49 columns earlier; neuron 0 is the bottom row
        assertEquals(RED, pixel(50, 89));
        assertEquals(BLUE, pixel(99, 29));
        assertEquals(2, litPixels());
    }

    @Test
    void imageScrollsLeftAsTimeAdvancesAndDropsSpikesOlderThanTheWindow() {
        vm.spikes(500, new int[] {10}, 1);
        vm.advanceTo(995);
        vm.render();
        assertEquals(RED, pixel(50, 89));
        vm.advanceTo(1495);
        vm.render();
        assertEquals(RED, pixel(0, 89));
        assertEquals(1, litPixels());
        vm.advanceTo(1505);
        vm.render();
        assertEquals(0, litPixels());
    }

    @Test
    void widerWindowRedrawsTheSameSpikesFromTheRing() {
        vm.spikes(500, new int[] {10}, 1);
        vm.advanceTo(1495);
        vm.setWindowMs(2000);   // 20 ms per column, head column 74, 500 ms is column 25
        vm.render();
        assertEquals(RED, pixel(50, 89));
        assertEquals(1, litPixels());
    }

    @Test
    void zoomOnANeuronRangeGivesEachNeuronMoreRows() {
        vm.setNeuronRange(50, 100);   // 2 rows per neuron
        vm.spikes(995, new int[] {70, 10}, 2);
        vm.render();
        assertEquals(BLUE, pixel(99, 59));
        assertEquals(BLUE, pixel(99, 58));
        assertEquals(2, litPixels());   // neuron 10 is outside the range
    }

    @Test
    void pointerPositionMapsBackToTheNeuronAndTimeOfThePixel() {
        vm.spikes(500, new int[] {10}, 1);
        vm.advanceTo(995);
        vm.render();
        assertEquals(10, vm.neuronAtY(89.5));
        assertEquals(500, vm.timeAtX(50), 1e-9);
        assertEquals("A[10]  (neuron 10)  t = 500.0 ms", vm.describe(50, 89));
        assertEquals("B[20]  (neuron 70)  t = 990.0 ms", vm.describe(99, 29));
    }

    @Test
    void ringKeepsOnlyTheNewestSpikesWhenFull() {
        for (int k = 0; k < 1500; k++) {
            vm.spikes(k * 0.1, new int[] {k % 100}, 1);
        }
        assertEquals(1000, vm.spikes().size());
        assertEquals(50.0, vm.spikes().timeMs(0), 1e-9);
        assertEquals(1500, vm.spikes().written());
    }

    @Test
    void allShowsTheItemizedPopulationsAndACountedOneBecomesARateBand() {
        vm.setItemized(new boolean[] {true, false});
        assertEquals(0, vm.rangeFrom());
        assertEquals(50, vm.rangeTo(), "the counted population b is left out of 'all'");
        vm.setNeuronRange(0, 100);
        // b (50 elements) fires 10 spikes in each of two 10 ms columns, then 5 in a third
        for (int step = 0; step < 100; step++) {
            vm.populationSpikes(300 + 0.1 * step, 1, step % 10 == 0 ? 1 : 0);
        }
        for (int step = 0; step < 100; step++) {
            vm.populationSpikes(310 + 0.1 * step, 1, step % 10 == 0 ? 1 : 0);
        }
        for (int step = 0; step < 50; step++) {
            vm.populationSpikes(320 + 0.1 * step, 1, step % 10 == 0 ? 1 : 0);
        }
        vm.advanceTo(995);
        vm.render();
        // b's rows (the upper half) are shaded in its colour, the peak column darkest
        int peak = pixel(30, 10);
        int half = pixel(32, 10);
        assertEquals(RasterViewModel.shade(BLUE, 0.8), peak);
        assertEquals(RasterViewModel.shade(BLUE, 0.5), half);
        assertEquals(peak, pixel(30, 49));
        assertEquals(0, pixel(30, 50), "a's rows stay empty");
        assertEquals(0, pixel(40, 10), "no spikes, no band");
    }
}
