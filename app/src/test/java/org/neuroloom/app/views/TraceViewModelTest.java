package org.neuroloom.app.views;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TraceViewModelTest {

    @Test
    void envelopeKeepsMinimumAndMaximumPerPixelColumn() {
        TraceViewModel vm = new TraceViewModel();
        vm.reset(Layouts.twoPopulations());
        int c = vm.addChannel(60, "v");
        vm.setWindowMs(100);
        for (int k = 0; k < 1000; k++) {   // 0.1 ms samples, a ramp from -70 mV rising 0.01 mV per sample
            vm.sample(c, k * 0.1, -70f + k * 0.01f);
        }
        vm.advanceTo(100);
        float[] lo = new float[10];
        float[] hi = new float[10];
        double[] range = vm.envelope(c, 10, lo, hi);
        assertEquals(-70, lo[0], 1e-4);
        assertEquals(-70 + 99 * 0.01, hi[0], 1e-4);
        assertEquals(-70 + 999 * 0.01, hi[9], 1e-4);
        assertEquals(-70, range[0], 1e-4);
        assertEquals(-60.01, range[1], 1e-4);
        assertEquals("B[10] v", vm.channels().get(c).label());
    }

    @Test
    void spikesOfSelectedNeuronsAreMarkedAndOthersIgnored() {
        TraceViewModel vm = new TraceViewModel();
        vm.reset(Layouts.twoPopulations());
        vm.addChannel(3, "v");
        vm.addChannel(3, "u");
        vm.spikes(12.5, new int[] {1, 3, 7}, 3);
        assertEquals(1, vm.spikeMarks(0).size());
        assertEquals(12.5, vm.spikeMarks(1).timeMs(0), 0);
    }

    @Test
    void fixedScaleIgnoresTheData() {
        TraceViewModel vm = new TraceViewModel();
        vm.reset(Layouts.one(5));
        int c = vm.addChannel(0, "v");
        vm.sample(c, 1, 5f);
        vm.advanceTo(2);
        vm.setAutoscale(false);
        vm.setFixedRange(-80, -40);
        double[] r = vm.envelope(c, 4, new float[4], new float[4]);
        assertEquals(-80, r[0], 0);
        assertEquals(-40, r[1], 0);
    }

    @Test
    void selectingMoreThanTheMaximumDropsTheOldestLane() {
        TraceViewModel vm = new TraceViewModel();
        vm.reset(Layouts.one(20));
        for (int g = 0; g < TraceViewModel.MAX_CHANNELS + 1; g++) {
            vm.addChannel(g, "v");
        }
        assertEquals(TraceViewModel.MAX_CHANNELS, vm.channels().size());
        assertEquals(1, vm.channels().get(0).globalId());
    }

    @Test
    void aResetKeepsTheLanesWhoseNeuronIsStillThereAndForgetsTheirData() {
        TraceViewModel vm = new TraceViewModel();
        vm.reset(Layouts.twoPopulations());
        int b10 = vm.addChannel(60, "v");
        vm.addChannel(49, "v");
        vm.sample(b10, 5, -65f);
        vm.spikes(5, new int[] {60}, 1);
        // the same network again (Reset): both lanes stay, empty
        vm.reset(Layouts.twoPopulations());
        assertEquals(2, vm.channels().size());
        assertEquals("B[10] v", vm.channels().get(0).label());
        assertEquals(0, vm.spikeMarks(0).size());
        vm.spikes(7, new int[] {60}, 1);
        assertEquals(1, vm.spikeMarks(0).size(), "the kept lane still marks its neuron's spikes");
        // population a shrank to 20 neurons and gained a variable-less neighbour: B[10] moves to
        // global id 30, A[49] is gone
        vm.reset(new NetworkLayout(List.of(
                new NetworkLayout.Pop("a", "A", 0, 20, false, List.of("v")),
                new NetworkLayout.Pop("b", "B", 20, 50, false, List.of("v", "u"))), List.of(), 0.1, 0));
        assertEquals(1, vm.channels().size());
        assertEquals(30, vm.channels().get(0).globalId());
        assertEquals("B[10] v", vm.channels().get(0).label());
        vm.spikes(9, new int[] {60, 30}, 2);
        assertEquals(1, vm.spikeMarks(0).size());
        // a model without v: the lane goes
        vm.reset(new NetworkLayout(List.of(new NetworkLayout.Pop("b", "B", 0, 50, false, List.of("u"))), List.of(), 0.1, 0));
        assertEquals(0, vm.channels().size());
    }

    /** The hello-neuron lesson runs at dt = 0.01 ms: a 5 s window is 500,000 samples, all kept. */
    @Test
    void aFineTimeStepStillFillsTheLongestWindow() {
        TraceViewModel vm = new TraceViewModel();
        vm.reset(new NetworkLayout(List.of(new NetworkLayout.Pop("p", "P", 0, 1, false, List.of("v"))), List.of(), 0.01, 0));
        int c = vm.addChannel(0, "v");
        vm.setWindowMs(5000);
        for (int k = 1; k <= 500_000; k++) {
            vm.sample(c, k * 0.01, k <= 100 ? -58f : -70f);
        }
        vm.advanceTo(5000);
        assertEquals(500_000, vm.samples(c).size());
        assertEquals(0.01, vm.samples(c).timeMs(0), 1e-12);
        float[] lo = new float[500];
        float[] hi = new float[500];
        vm.envelope(c, 500, lo, hi);
        assertEquals(-58, hi[0], 0, "the first millisecond is still drawn");
        // a coarse step keeps at least 2^17 samples, a fine one at most 2^20
        assertEquals(1 << 17, TraceViewModel.sampleCapacity(0.1));
        assertEquals(1 << 20, TraceViewModel.sampleCapacity(0.001));
    }
}
