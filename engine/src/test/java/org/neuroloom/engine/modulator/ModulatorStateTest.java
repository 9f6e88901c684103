package org.neuroloom.engine.modulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neuroloom.model.modulator.Modulator;

class ModulatorStateTest {
    private static final double DT = 0.1;

    private static Modulator dopamine(double tauMs, double baseline, double perSpike, List<Modulator.RewardEvent> rewards) {
        return new Modulator("da", "Dopamine", Modulator.Kind.DOPAMINE, tauMs, baseline, perSpike,
                List.of("vta"), rewards, null);
    }

    @Test
    void concentrationAfterARewardIsBaselinePlusDecayingExponential() {
        double tau = 200;
        double baseline = 0.01;
        double amount = 0.5;
        ModulatorState d = new ModulatorState(dopamine(tau, baseline, 0,
                List.of(new Modulator.RewardEvent(100, amount))), new int[]{0}, DT);
        double maxError = 0;
        for (long k = 0; k < 20_000; k++) {
            double tEnd = (k + 1) * DT;
            d.advance(tEnd, 0);
            double expected = tEnd < 100 - 1e-9 ? baseline : baseline + amount * Math.exp(-(tEnd - 100) / tau);
            maxError = Math.max(maxError, Math.abs(d.concentration() - expected));
        }
        assertEquals(0, maxError, 1e-9);
    }

    @Test
    void aRewardBetweenTwoStepsIsAlreadyDecayedWhenItIsAdded() {
        double tau = 50;
        ModulatorState d = new ModulatorState(dopamine(tau, 0, 0,
                List.of(new Modulator.RewardEvent(10.04, 1.0))), new int[]{0}, DT);
        for (long k = 0; k < 1000; k++) {
            d.advance((k + 1) * DT, 0);
        }
        assertEquals(Math.exp(-(100 - 10.04) / tau), d.concentration(), 1e-12);
    }

    @Test
    void everySpikeOfAReleasingPopulationAddsItsRelease() {
        ModulatorBank bank = new ModulatorBank(List.of(dopamine(100, 0, 0.02, List.of())),
                id -> id.equals("vta") ? 1 : -1, DT);
        ModulatorState d = bank.byId("da");
        bank.advance(DT, new int[]{7, 3});
        assertEquals(0.06, d.concentration(), 1e-15);
        bank.advance(2 * DT, new int[]{0, 0});
        assertEquals(0.06 * Math.exp(-DT / 100), d.concentration(), 1e-15);
    }

    @Test
    void manualReleaseAddsAtOnceAndResetReturnsToBaseline() {
        ModulatorState d = new ModulatorState(dopamine(200, 0.1, 0, List.of()), new int[0], DT);
        d.release(0.4);
        assertEquals(0.5, d.concentration(), 1e-15);
        d.reset();
        assertEquals(0.1, d.concentration(), 0);
    }
}
