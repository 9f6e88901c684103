package org.neuroloom.engine.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neuroloom.engine.EngineOptions;
import org.neuroloom.engine.probe.LiveModulators;
import org.neuroloom.engine.probe.LiveRates;
import org.neuroloom.engine.probe.RateRing;
import org.neuroloom.model.Network;
import org.neuroloom.model.Project;
import org.neuroloom.model.modulator.Modulator;

class LiveChangesTest {

    /**
     * Rates are compared over windows of simulated time, bounded by engine steps (the last step
     * known to be before the change, the first known to be after it), and the rate ring is
     * drained once at the end, big enough never to merge: neither a slow machine nor a late
     * test thread changes what is measured, only how long it takes.
     */
    @Test
    void aSourceRateChangeWhileRunningChangesTheMeasuredRates() throws Exception {
        Project p = RunControllerTest.drivenNetwork();
        int binSteps = 100;
        LiveRates rates = new LiveRates(2, binSteps, 1 << 12);
        long beforeChange;
        long afterChange;
        try (RunController rc = new RunController(p, EngineOptions.defaults())) {
            RunControllerTest.await(rc.submit(new ControlCommand.Attach(rates)));
            RunControllerTest.await(rc.submit(new ControlCommand.SetSpeed(Speed.times(2))));
            RunControllerTest.await(rc.submit(new ControlCommand.RunUntilStopped()));
            while (rc.counters().read().timeMs() < 300) {
                Thread.sleep(5);
            }
            // the counters lag the engine, so this step is at or before the change; the status
            // published once the command is applied is at or after it
            beforeChange = rc.counters().read().steps();
            RunControllerTest.await(rc.submit(new ControlCommand.SetSourceRate("in", 40)));
            afterChange = rc.status().step();
            assertEquals(org.neuroloom.engine.control.RunState.RUNNING, rc.status().state(), "changed while running");
            while (rc.counters().read().steps() < afterChange + 7000) {
                Thread.sleep(5);
            }
            RunControllerTest.await(rc.submit(new ControlCommand.Pause()));
            rc.awaitIdle(10_000);
        }
        // [0] input spikes, [1] output spikes, [2] steps; before the change and from 50 ms after it
        // (synaptic delay and filtering) to 700 ms after it
        long[][] phase = new long[2][3];
        long[] start = new long[1 << 12];
        int[] width = new int[1 << 12];
        long[] counts = new long[2 << 12];
        int n = rates.ring().drainTo(start, width, counts, 1 << 12);
        assertEquals(0, rates.ring().merged());
        for (int b = 0; b < n; b++) {
            long end = start[b] + width[b];
            int which = end <= beforeChange ? 0 : start[b] >= afterChange + 500 && end <= afterChange + 7000 ? 1 : -1;
            if (which >= 0) {
                phase[which][0] += counts[2 * b];
                phase[which][1] += counts[2 * b + 1];
                phase[which][2] += width[b];
            }
        }
        assertTrue(phase[0][2] >= 2900 - binSteps && phase[1][2] >= 6500 - binSteps,
                "windows of " + phase[0][2] + " and " + phase[1][2] + " steps");
        double dt = RunControllerTest.DT;
        double inBefore = RateRing.rateHz(phase[0][0], 200, (int) phase[0][2], dt);
        double inAfter = RateRing.rateHz(phase[1][0], 200, (int) phase[1][2], dt);
        double outBefore = RateRing.rateHz(phase[0][1], 50, (int) phase[0][2], dt);
        double outAfter = RateRing.rateHz(phase[1][1], 50, (int) phase[1][2], dt);
        // Poisson counts: 4 sigma of the expected count
        double nBefore = 10 * 200 * phase[0][2] * dt / 1000;
        double nAfter = 40 * 200 * phase[1][2] * dt / 1000;
        assertEquals(10, inBefore, 10 * 4 / Math.sqrt(nBefore), "input before the change");
        assertEquals(40, inAfter, 40 * 4 / Math.sqrt(nAfter), "input after the change");
        assertTrue(outAfter > 2 * outBefore + 1, "output rate " + outBefore + " Hz -> " + outAfter + " Hz");
    }

    @Test
    void aRewardCommandRaisesDopamineWhichThenDecaysToBaseline() throws Exception {
        Project base = RunControllerTest.drivenNetwork();
        Modulator da = new Modulator("da", "Dopamine", Modulator.Kind.DOPAMINE, 200, 0.01, 0, List.of(), List.of(), null);
        Project p = base.withNetwork(new Network(base.network().populations(), base.network().projections(), List.of(da)));
        LiveModulators live = new LiveModulators(1, 10, 256);
        try (RunController rc = new RunController(p, EngineOptions.defaults())) {
            RunControllerTest.await(rc.submit(new ControlCommand.Attach(live)));
            RunControllerTest.await(rc.submit(new ControlCommand.Step(10)));
            rc.awaitIdle(10_000);
            RunControllerTest.await(rc.submit(new ControlCommand.Reward("da", 0.5)));
            RunControllerTest.await(rc.submit(new ControlCommand.Step(1000)));
            rc.awaitIdle(10_000);
        }
        long[] steps = new long[256];
        double[] d = new double[256];
        assertEquals(101, live.ring().drainTo(steps, d, 256));
        assertEquals(9, steps[0]);
        assertEquals(0.01, d[0], 1e-15);
        // the reward arrived between step 9 and step 10; row k is step 10k + 9
        for (int k = 1; k < 101; k++) {
            assertEquals(0.01 + 0.5 * Math.exp(-(k * 10) * RunControllerTest.DT / 200), d[k], 1e-9, "row " + k);
        }
    }
}
