package org.neuroloom.app.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RateViewModelTest {

    /** 100 neurons, one spike per 1 ms bin (rotating through the neurons): 10 Hz per neuron. */
    private static RateViewModel tenHz(double durationMs) {
        RateViewModel vm = new RateViewModel(1, 10, 1000);
        vm.reset(Layouts.one(100));
        int[] id = new int[1];
        for (int k = 0; k < durationMs; k++) {
            id[0] = k % 100;
            vm.spikes(k + 0.5, id, 1);
        }
        vm.advanceTo(durationMs);
        return vm;
    }

    @Test
    void smoothedRateFollowsTheExponentialStepResponse() {
        RateViewModel vm = tenHz(1);
        assertEquals(10 * (1 - Math.exp(-0.1)), vm.rateHz(0), 1e-9);
        vm = tenHz(20);
        assertEquals(10 * (1 - Math.exp(-2.0)), vm.rateHz(0), 1e-6);
    }

    @Test
    void smoothedAndMeanRatesReachTheTrueRate() {
        RateViewModel vm = tenHz(1500);
        assertEquals(10, vm.rateHz(0), 1e-6);
        assertEquals(10, vm.meanRateHz(0), 1e-9);
        assertEquals(1500, vm.history(0).size());
        assertEquals(1500.0, vm.history(0).timeMs(1499), 1e-9);
    }

    @Test
    void meanRateCoversOnlyTheLastReadoutPeriod() {
        RateViewModel vm = tenHz(1000);
        vm.advanceTo(1500);   // 500 ms of silence
        assertEquals(5, vm.meanRateHz(0), 1e-9);
    }

    @Test
    void clockLikeFiringHasZeroCvAndAlternatingIntervalsHaveCvOneHalf() {
        RateViewModel regular = tenHz(2000);
        assertEquals(0, regular.cvIsi(0), 1e-6);

        RateViewModel vm = new RateViewModel(1, 10, 1000);
        vm.reset(Layouts.one(1));
        double t = 0;
        for (int k = 0; k < 400; k++) {
            t += k % 2 == 0 ? 5 : 15;   // mean 10 ms, standard deviation 5 ms
            vm.spikes(t, new int[] {0}, 1);
        }
        assertEquals(0.5, vm.cvIsi(0), 0.01);
    }

    @Test
    void clockLikeNeuronsAtDifferentRatesHaveCvZeroNotThePooledIntervalsCv() {
        RateViewModel vm = new RateViewModel(1, 10, 1000);
        vm.reset(Layouts.one(2));
        for (int k = 1; k <= 120; k++) {       // neuron 1 every 25 ms, neuron 0 every 100 ms
            vm.spikes(25.0 * k, k % 4 == 0 ? new int[] {0, 1} : new int[] {1}, k % 4 == 0 ? 2 : 1);
        }
        assertEquals(0, vm.cvIsi(0), 1e-6);
    }

    @Test
    void aNeuronThatNeverFiredDoesNotBlankThePopulationsCv() {
        // neuron 1 stays silent (CUBA has such neurons): the CV is neuron 0's, not NaN
        RateViewModel vm = new RateViewModel(1, 10, 1000);
        vm.reset(Layouts.one(2));
        for (int k = 1; k <= 40; k++) {
            vm.spikes(25.0 * k, new int[] {0}, 1);
        }
        assertEquals(0, vm.cvIsi(0), 1e-6);
    }

    @Test
    void poissonNeuronsWithDifferentRatesHaveAMeanCvNearOne() {
        // 100 Poisson neurons at 20..60 Hz. Each neuron's CV is 1; the pooled intervals, a
        // mixture of exponentials, would give 1.09.
        RateViewModel vm = new RateViewModel(1, 10, 1000);
        vm.reset(Layouts.one(100));
        java.util.SplittableRandom rng = new java.util.SplittableRandom(3);
        double[] next = new double[100];
        double[] rateHz = new double[100];
        for (int i = 0; i < 100; i++) {
            rateHz[i] = 20 + 40 * i / 99.0;
            next[i] = -Math.log(1 - rng.nextDouble()) * 1000 / rateHz[i];
        }
        int[] one = new int[1];
        for (int step = 1; step <= 200_000; step++) {     // 20 s at 0.1 ms
            double t = step * 0.1;
            for (int i = 0; i < 100; i++) {
                while (next[i] <= t) {
                    one[0] = i;
                    vm.spikes(t, one, 1);
                    next[i] += -Math.log(1 - rng.nextDouble()) * 1000 / rateHz[i];
                }
            }
        }
        double cv = vm.cvIsi(0);
        assertTrue(cv > 0.9 && cv < 1.04, "mean CV " + cv);
    }

    @Test
    void silentPopulationHasZeroRateAndNoCv() {
        RateViewModel vm = new RateViewModel();
        vm.reset(Layouts.twoPopulations());
        vm.spikes(3, new int[] {1, 2}, 2);
        vm.advanceTo(100);
        assertEquals(0, vm.rateHz(1), 0);
        assertTrue(Double.isNaN(vm.cvIsi(1)));
        assertEquals(2 / (50 * 0.1), vm.meanRateHz(0), 1e-9);
    }

    /** Brunel's 20 kHz drive next to 40 Hz neurons: the drive is left out of the plot, not of the readouts. */
    @Test
    void sourcesNextToNeuronsAreNotPlottedButStillMeasuredAndOnlySourcesArePlotted() {
        RateViewModel vm = new RateViewModel();
        vm.reset(new NetworkLayout(List.of(
                new NetworkLayout.Pop("drive", "Drive", 0, 10, true, List.of()),
                new NetworkLayout.Pop("exc", "Exc", 10, 10, false, List.of("v"))), List.of(), 0.1, 0));
        assertFalse(vm.plotted(0));
        assertTrue(vm.plotted(1));
        for (int k = 0; k < 1000; k++) {
            vm.spikes(k + 0.5, new int[] {k % 10}, 1);   // the drive: 100 Hz per element
        }
        vm.advanceTo(1000);
        assertEquals(100, vm.meanRateHz(0), 1e-9, "a hidden population is still measured");
        vm.setPlotted(0, true);
        assertTrue(vm.plotted(0));
        vm.reset(new NetworkLayout(List.of(new NetworkLayout.Pop("drive", "Drive", 0, 10, true, List.of())), List.of(), 0.1, 0));
        assertTrue(vm.plotted(0), "a network of sources only plots them");
    }
}
