package org.neuroloom.engine.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.neuroloom.engine.EngineOptions;
import org.neuroloom.engine.Net;
import org.neuroloom.model.Project;
import org.neuroloom.model.connect.Connector;
import org.neuroloom.model.dist.Distribution;
import org.neuroloom.model.neuron.Lif;
import org.neuroloom.model.neuron.PoissonSource;
import org.neuroloom.model.param.Params;
import org.neuroloom.model.synapse.SynapseModel;

class RunControllerTest {
    static final double DT = 0.1;

    /** 200 Poisson inputs at 10 Hz drive 50 LIF neurons (population indices 0 and 1). */
    static Project drivenNetwork() {
        return Net.create().dt(DT).seed(3)
                .pop("in", 200, new PoissonSource(10, List.of()))
                .pop("exc", 50, Lif.defaults())
                .proj("drive", "in", "exc", new Connector.FixedProbability(0.5, false), new SynapseModel.ExpCurrent(5),
                        Distribution.constant(40), Distribution.constant(1.0), null)
                .build();
    }

    static void await(java.util.concurrent.CompletableFuture<Void> f) throws Exception {
        f.get(10, TimeUnit.SECONDS);
    }

    @Test
    void stepAdvancesExactlyOneTimeStep() throws Exception {
        try (RunController rc = new RunController(drivenNetwork(), EngineOptions.defaults())) {
            assertEquals(RunState.READY, rc.status().state());
            await(rc.submit(new ControlCommand.Step(1)));
            RunStatus s = rc.awaitIdle(10_000);
            assertEquals(RunState.PAUSED, s.state());
            assertEquals(1, s.step());
            assertEquals(DT, s.timeMs(), 1e-12);
            await(rc.submit(new ControlCommand.Step(1)));
            s = rc.awaitIdle(10_000);
            assertEquals(2, s.step());
            assertEquals(2 * DT, s.timeMs(), 1e-12);
            assertEquals(2, rc.counters().read().steps());
        }
    }

    @Test
    void pauseStopsSimulatedTime() throws Exception {
        try (RunController rc = new RunController(drivenNetwork(), EngineOptions.defaults())) {
            await(rc.submit(new ControlCommand.RunUntilStopped()));
            Thread.sleep(100);
            await(rc.submit(new ControlCommand.Pause()));
            RunStatus paused = rc.awaitIdle(10_000);
            assertEquals(RunState.PAUSED, paused.state());
            assertTrue(paused.step() > 0, "it ran before the pause");
            Thread.sleep(150);
            assertEquals(paused.step(), rc.status().step());
            assertEquals(paused.step(), rc.counters().read().steps());
            assertEquals(paused.timeMs(), rc.status().timeMs(), 0.0);
        }
    }

    @Test
    void runForStopsExactlyAtTheDuration() throws Exception {
        try (RunController rc = new RunController(drivenNetwork(), EngineOptions.defaults())) {
            await(rc.submit(new ControlCommand.RunFor(50)));
            RunStatus s = rc.awaitIdle(10_000);
            assertEquals(RunState.FINISHED, s.state());
            assertEquals(500, s.step());
            assertEquals(50.0, s.timeMs(), 1e-9);
        }
    }

    @Test
    void pacingAtHalfRealTimeTakesTwiceTheSimulatedTime() throws Exception {
        try (RunController rc = new RunController(drivenNetwork(), EngineOptions.defaults())) {
            await(rc.submit(new ControlCommand.SetSpeed(Speed.times(0.5))));
            long t0 = System.nanoTime();
            await(rc.submit(new ControlCommand.RunFor(100)));
            RunStatus s = rc.awaitIdle(10_000);
            double wallMs = (System.nanoTime() - t0) / 1e6;
            assertEquals(RunState.FINISHED, s.state());
            assertTrue(wallMs >= 195 && wallMs < 1000, "100 ms at x0.5 took " + wallMs + " ms");
            double factor = rc.counters().read().realTimeFactor();
            assertTrue(factor > 0.2 && factor <= 0.52, "real-time factor " + factor);
        }
    }

    @Test
    void anInvalidParameterIsRefusedWithTheModelsMessageAndNothingChanges() throws Exception {
        long referenceSpikes;
        try (RunController rc = new RunController(drivenNetwork(), EngineOptions.defaults())) {
            await(rc.submit(new ControlCommand.RunFor(200)));
            rc.awaitIdle(10_000);
            referenceSpikes = rc.counters().read().spikes();
        }
        try (RunController rc = new RunController(drivenNetwork(), EngineOptions.defaults())) {
            await(rc.submit(new ControlCommand.RunFor(100)));
            rc.awaitIdle(10_000);
            ExecutionException range = assertThrows(ExecutionException.class,
                    () -> await(rc.submit(new ControlCommand.SetNeuronParameter("exc", "tauMs", -5))));
            assertInstanceOf(CommandRefusedException.class, range.getCause());
            String modelMessage = Params.check(Lif.class, "tauMs", -5).orElseThrow()
                    .atPath("$.network.populations[1].model.tauMs").toString();
            assertEquals(modelMessage, range.getCause().getMessage());
            assertTrue(modelMessage.contains("-5 is out of range"), modelMessage);

            ExecutionException related = assertThrows(ExecutionException.class,
                    () -> await(rc.submit(new ControlCommand.SetNeuronParameter("exc", "vResetMv", -50))));
            assertTrue(related.getCause().getMessage().startsWith("$.network.populations[1].model.vResetMv: -50"),
                    related.getCause().getMessage());
            ExecutionException unknown = assertThrows(ExecutionException.class,
                    () -> await(rc.submit(new ControlCommand.SetNeuronParameter("exc", "tau", 5))));
            assertTrue(unknown.getCause().getMessage().contains("has no parameter 'tau'"));

            await(rc.submit(new ControlCommand.RunFor(100)));
            rc.awaitIdle(10_000);
            assertEquals(referenceSpikes, rc.counters().read().spikes(), "the refused changes left the run untouched");
        }
    }

    @Test
    void aValidParameterChangeActsFromTheNextStepAndSurvivesAReset() throws Exception {
        try (RunController rc = new RunController(drivenNetwork(), EngineOptions.defaults())) {
            await(rc.submit(new ControlCommand.RunFor(200)));
            rc.awaitIdle(10_000);
            long before = rc.counters().read().spikes();
            await(rc.submit(new ControlCommand.SetNeuronParameter("exc", "iBiasPa", 1000)));
            await(rc.submit(new ControlCommand.RunFor(200)));
            rc.awaitIdle(10_000);
            long during = rc.counters().read().spikes() - before;
            // 50 neurons at 1000 pA fire at more than 100 Hz: well over 1000 extra spikes in 200 ms
            assertTrue(during > before + 1000, "spikes before " + before + ", with the bias " + during);
            await(rc.submit(new ControlCommand.Reset()));
            RunStatus s = rc.awaitIdle(10_000);
            assertEquals(RunState.READY, s.state());
            assertEquals(0, s.step());
            assertEquals(1, s.resets());
            await(rc.submit(new ControlCommand.RunFor(200)));
            rc.awaitIdle(10_000);
            assertTrue(rc.counters().read().spikes() > before + 1000, "the bias is part of the reset network");
        }
    }

    @Test
    void refusedLiveChangesNameWhatIsWrong() throws Exception {
        try (RunController rc = new RunController(drivenNetwork(), EngineOptions.defaults())) {
            String[] messages = {
                    refusal(rc, new ControlCommand.SetSourceRate("exc", 5)),
                    refusal(rc, new ControlCommand.SetSourceRate("in", -1)),
                    refusal(rc, new ControlCommand.SetWeightScale("drive", -2)),
                    refusal(rc, new ControlCommand.SetWeightScale("nope", 1)),
                    refusal(rc, new ControlCommand.SetPlasticity("drive", false)),
                    refusal(rc, new ControlCommand.Reward("da", 1)),
                    refusal(rc, new ControlCommand.RunFor(-1)),
                    refusal(rc, new ControlCommand.Step(0)),
            };
            assertTrue(messages[0].contains("not a Poisson or regular source"), messages[0]);
            assertTrue(messages[1].startsWith("$.network.populations[0].model.rateHz: -1 is out of range"), messages[1]);
            assertTrue(messages[2].contains("-2.0 is out of range"), messages[2]);
            assertTrue(messages[3].contains("no projection 'nope'"), messages[3]);
            assertTrue(messages[4].contains("is not plastic"), messages[4]);
            assertTrue(messages[5].contains("no modulator 'da'"), messages[5]);
            assertTrue(messages[6].contains("not a positive time"), messages[6]);
            assertTrue(messages[7].contains("not a positive number of steps"), messages[7]);
            assertEquals(RunState.READY, rc.status().state());
            assertEquals(0, rc.status().step());
        }
    }

    private static String refusal(RunController rc, ControlCommand c) {
        ExecutionException e = assertThrows(ExecutionException.class, () -> await(rc.submit(c)));
        assertInstanceOf(CommandRefusedException.class, e.getCause());
        return e.getCause().getMessage();
    }
}
