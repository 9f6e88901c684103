package org.neuroloom.app.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void silentPopulationHasZeroRateAndNoCv() {
        RateViewModel vm = new RateViewModel();
        vm.reset(Layouts.twoPopulations());
        vm.spikes(3, new int[] {1, 2}, 2);
        vm.advanceTo(100);
        assertEquals(0, vm.rateHz(1), 0);
        assertTrue(Double.isNaN(vm.cvIsi(1)));
        assertEquals(2 / (50 * 0.1), vm.meanRateHz(0), 1e-9);
    }
}
