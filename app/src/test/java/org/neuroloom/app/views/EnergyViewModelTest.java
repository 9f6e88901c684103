package org.neuroloom.app.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnergyViewModelTest {

    /** 1000 neurons with dynamics and a 500-element source, dt 0.1 ms: 10 000 steps per second. */
    private static EnergyViewModel oneSecond() {
        EnergyViewModel vm = new EnergyViewModel(1000);
        vm.reset(new NetworkLayout(List.of(
                new NetworkLayout.Pop("in", "in", 0, 500, true, List.of()),
                new NetworkLayout.Pop("exc", "exc", 500, 1000, false, List.of("v"))), List.of(), 0.1, 100_000));
        vm.counters(0, 0, 0);
        vm.counters(1000, 5_000, 500_000);
        return vm;
    }

    @Test
    void ratesComeFromTheCounterDifferenceOverTheReadoutPeriod() {
        EnergyViewModel vm = oneSecond();
        assertEquals(5_000, vm.spikesPerS(), 1e-9);
        assertEquals(500_000, vm.synapticEventsPerS(), 1e-9);
        vm.counters(1500, 6_000, 700_000);   // the t = 0 sample falls out of the 1 s period
        assertEquals(2_000, vm.spikesPerS(), 1e-9);
        assertEquals(400_000, vm.synapticEventsPerS(), 1e-9);
    }

    @Test
    void spikingPowerAddsEventsSpikesAndNeuronUpdatesAtThePublishedCosts() {
        EnergyViewModel vm = oneSecond();
        double expectedPj = 500_000 * 23.6 + 5_000 * 1.7 + 1000 * 10_000 * 52.0;
        assertEquals(expectedPj * 1e-12, vm.spikingPowerW(), 1e-15);
    }

    @Test
    void denseNetworkCostsNSquaredMacsPerStep() {
        EnergyViewModel vm = oneSecond();
        assertEquals(1500.0 * 1500 * 10_000 * 4.6e-12, vm.densePowerW(), 1e-12);
        assertEquals(500_000 / (1500.0 * 1500 * 10_000), vm.activityRatio(), 1e-15);
    }

    @Test
    void userConstantsReplaceThePublishedOnes() {
        EnergyViewModel vm = oneSecond();
        vm.setConstants(new EnergyConstants(1, 0, 0, 1));
        assertEquals(500_000e-12, vm.spikingPowerW(), 1e-18);
        assertEquals(1500.0 * 1500 * 10_000e-12, vm.densePowerW(), 1e-12);
    }

    @Test
    void fractionActiveCountsNeuronsThatSpikedInTheWindowAndIgnoresSources() {
        EnergyViewModel vm = oneSecond();
        vm.setActiveWindowMs(100);
        vm.spikes(850, new int[] {0, 1, 500, 501}, 4);   // two source elements, two neurons; too old
        vm.spikes(950, new int[] {2, 600, 601, 602}, 4);
        vm.advanceTo(1000);
        assertEquals(3 / 1000.0, vm.fractionActive(), 1e-12);
    }

    @Test
    void negativeEnergyIsRejectedWithTheValues() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new EnergyConstants(-1, 0, 0, 0));
        assertTrue(e.getMessage().contains("-1.0"));
    }
}
