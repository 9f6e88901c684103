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

    @Test
    void aSourceRateChangeWhileRunningChangesTheMeasuredRates() throws Exception {
        Project p = RunControllerTest.drivenNetwork();
        LiveRates rates = new LiveRates(2, 100, 64);
        // bins of 10 ms: [0] total input spikes, [1] total output spikes, [2] steps, per phase (before, after)
        long[][] phase = new long[2][3];
        double switchMs = 400;
        try (RunController rc = new RunController(p, EngineOptions.defaults())) {
            RunControllerTest.await(rc.submit(new ControlCommand.Attach(rates)));
            RunControllerTest.await(rc.submit(new ControlCommand.SetSpeed(Speed.times(2))));
            RunControllerTest.await(rc.submit(new ControlCommand.RunUntilStopped()));
            long[] start = new long[64];
            int[] width = new int[64];
            long[] counts = new long[128];
            boolean switched = false;
            // published status lags the engine: read before the submit it is at or before the change,
            // read after the command completed it is at or after it
            long beforeChange = Long.MAX_VALUE;
            long afterChange = Long.MAX_VALUE / 2;
            while (true) {
                int n = rates.ring().drainTo(start, width, counts, 64);
                for (int b = 0; b < n; b++) {
                    // leave out the bin that holds the change and the 50 ms after it (synaptic delay and filtering)
                    int which = start[b] + width[b] <= beforeChange ? 0 : start[b] >= afterChange + 500 ? 1 : -1;
                    if (which >= 0) {
                        phase[which][0] += counts[2 * b];
                        phase[which][1] += counts[2 * b + 1];
                        phase[which][2] += width[b];
                    }
                }
                double t = rc.status().timeMs();
                if (!switched && t >= switchMs) {
                    beforeChange = rc.status().step();
                    RunControllerTest.await(rc.submit(new ControlCommand.SetSourceRate("in", 40)));
                    afterChange = rc.status().step();
                    switched = true;
                }
                if (t >= 1000) {
                    break;
                }
                Thread.sleep(20);
            }
            RunControllerTest.await(rc.submit(new ControlCommand.Pause()));
        }
        double dt = RunControllerTest.DT;
        double inBefore = RateRing.rateHz(phase[0][0], 200, (int) phase[0][2], dt);
        double inAfter = RateRing.rateHz(phase[1][0], 200, (int) phase[1][2], dt);
        double outBefore = RateRing.rateHz(phase[0][1], 50, (int) phase[0][2], dt);
        double outAfter = RateRing.rateHz(phase[1][1], 50, (int) phase[1][2], dt);
        // Poisson counts: 3 sigma of the expected count
        double nBefore = 10 * 200 * phase[0][2] * dt / 1000;
        double nAfter = 40 * 200 * phase[1][2] * dt / 1000;
        assertEquals(10, inBefore, 10 * 3 / Math.sqrt(nBefore), "input before the change");
        assertEquals(40, inAfter, 40 * 3 / Math.sqrt(nAfter), "input after the change");
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
