package org.neuroloom.engine.probe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.neuroloom.engine.Engine;
import org.neuroloom.engine.EngineOptions;
import org.neuroloom.engine.Net;
import org.neuroloom.engine.control.ControlCommand;
import org.neuroloom.engine.control.RunController;
import org.neuroloom.engine.run.Simulation;
import org.neuroloom.engine.run.StepObserver;
import org.neuroloom.engine.run.StepView;
import org.neuroloom.model.Project;
import org.neuroloom.model.connect.Connector;
import org.neuroloom.model.dist.Distribution;
import org.neuroloom.model.neuron.Lif;
import org.neuroloom.model.neuron.PoissonSource;
import org.neuroloom.model.plasticity.Plasticity;
import org.neuroloom.model.synapse.SynapseModel;

class LiveProbesTest {

    /** Poisson inputs onto LIF neurons through a plastic (pair STDP) projection. */
    private static Project network() {
        Plasticity stdp = new Plasticity.PairStdp(Plasticity.StdpRule.ADDITIVE, 20, 20, 5, 5.25, 0, 100);
        return Net.create().dt(0.1).seed(11)
                .pop("in", 300, new PoissonSource(15, List.of()))
                .pop("exc", 40, Lif.defaults())
                .proj("drive", "in", "exc", new Connector.FixedProbability(0.3, false), new SynapseModel.ExpCurrent(5),
                        new Distribution.Uniform(20, 60), Distribution.constant(1.0), stdp)
                .build();
    }

    /** Every spike the engine reports, as (step, population, neuron) packed in longs. */
    private static final class Reference {
        final List<long[]> spikes = new ArrayList<>();

        void record(StepView v) {
            for (int p = 0; p < v.populations().size(); p++) {
                for (int j = 0; j < v.spikeCount(p); j++) {
                    spikes.add(new long[]{v.stepIndex(), p, v.spikeIds(p)[j]});
                }
            }
        }
    }

    @Test
    void aConcurrentReaderReceivesExactlyTheEnginesSpikesWhenNothingIsDropped() throws Exception {
        LiveSpikes live = new LiveSpikes(1 << 16);
        Reference ref = new Reference();
        List<long[]> received = new ArrayList<>();
        try (RunController rc = new RunController(network(), EngineOptions.defaults())) {
            rc.submit(new ControlCommand.Attach(live)).get(10, TimeUnit.SECONDS);
            rc.submit(new ControlCommand.Attach(ref::record)).get(10, TimeUnit.SECONDS);
            rc.submit(new ControlCommand.RunFor(1000)).get(10, TimeUnit.SECONDS);
            long[] steps = new long[4096];
            int[] pops = new int[4096];
            int[] ids = new int[4096];
            boolean finished = false;
            while (true) {
                int n = live.ring().drainTo(steps, pops, ids, 4096);
                for (int i = 0; i < n; i++) {
                    received.add(new long[]{steps[i], pops[i], ids[i]});
                }
                if (finished && n == 0) {
                    break;
                }
                finished = rc.awaitIdle(5).state() != org.neuroloom.engine.control.RunState.RUNNING;
            }
        }
        assertEquals(0, live.ring().dropped());
        assertTrue(ref.spikes.size() > 4000, "a busy network: " + ref.spikes.size());
        assertEquals(ref.spikes.size(), received.size());
        for (int i = 0; i < received.size(); i++) {
            assertArrayEquals(ref.spikes.get(i), received.get(i), "spike " + i);
        }
    }

    @Test
    void aStalledReaderNeverSlowsTheEngineAndEveryMissingSpikeIsCounted() {
        LiveSpikes live = new LiveSpikes(256);
        LiveRates rates = new LiveRates(2, 10, 4);
        try (Simulation sim = Engine.compile(network())) {
            sim.addObserver(live);
            sim.addObserver(rates);
            sim.run(10_000);
            assertEquals(sim.spikeCount(), live.ring().dropped() + live.ring().available());
            assertTrue(live.ring().dropped() > sim.spikeCount() / 2);
            // the rate ring kept every spike in wider bins: 4 published, one open
            long[] start = new long[4];
            int[] width = new int[4];
            long[] counts = new long[8];
            assertEquals(4, rates.ring().drainTo(start, width, counts, 4));
            assertEquals(996, rates.ring().merged());
        }
    }

    @Test
    void sampledStateEqualsTheEngineStateAtEachSampledStep() {
        try (Simulation sim = Engine.compile(network())) {
            int[] chosen = {0, 7, 39};
            LiveState live = new LiveState(sim.populations().get(1), chosen, List.of("v"), 5, 1024);
            List<double[]> expected = new ArrayList<>();
            sim.addObserver(live);
            sim.addObserver(v -> {
                if ((v.stepIndex() + 1) % 5 == 0) {
                    double[] vm = v.state(1, "v");
                    expected.add(new double[]{v.stepIndex(), vm[0], vm[7], vm[39]});
                }
            });
            sim.run(2000);
            long[] steps = new long[1024];
            double[] values = new double[3 * 1024];
            int rows = live.ring().drainTo(steps, values, 1024);
            assertEquals(400, rows);
            for (int r = 0; r < rows; r++) {
                double[] e = expected.get(r);
                assertEquals((long) e[0], steps[r]);
                assertArrayEquals(new double[]{e[1], e[2], e[3]}, new double[]{values[3 * r], values[3 * r + 1],
                        values[3 * r + 2]}, 0.0);
            }
        }
    }

    @Test
    void aStateProbeOfAnUnknownVariableIsRefusedWithTheVariablesThereAre() {
        try (Simulation sim = Engine.compile(network())) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new LiveState(sim.populations().get(1), new int[]{0}, List.of("w"), 1, 16));
            assertEquals("population exc has no state variable 'w' (it has [v, I_ex])", e.getMessage());
        }
    }

    @Test
    void weightSnapshotsMatchTheEnginesOwnBlockAverageAndHistogram() {
        try (Simulation sim = Engine.compile(network())) {
            LiveWeights live = new LiveWeights(0, 300, 40, 10, 8, 20, 0, 100, 1000);
            sim.addObserver(live);
            sim.run(3000);
            assertTrue(live.buffer().refresh());
            WeightSnapshot snap = live.buffer().front();
            assertEquals(2999, snap.step());
            assertEquals(2, live.buffer().superseded());
            double[] mean = new double[80];
            sim.weights(0).meanMatrix(mean, 10, 8);
            for (int i = 0; i < 80; i++) {
                assertEquals((float) mean[i], snap.matrix()[i], 1e-6f * Math.abs((float) mean[i]), "cell " + i);
            }
            long[] hist = new long[20];
            sim.weights(0).histogram(hist, 0, 100);
            assertArrayEquals(hist, snap.histogram());
            assertEquals(sim.weights(0).synapseCount(), snap.synapses());
            assertFalse(Float.isNaN(snap.cell(9, 7)));

            // the two superseded snapshots' histograms are still in the history ring
            long[] steps = new long[8];
            double[] rows = new double[8 * (LiveWeights.HISTORY_BINS + 20)];
            assertEquals(3, live.histograms().drainTo(steps, rows, 8));
            assertArrayEquals(new long[] {999, 1999, 2999}, java.util.Arrays.copyOf(steps, 3));
            int last = 2 * (LiveWeights.HISTORY_BINS + 20);
            assertEquals(snap.timeMs(), rows[last + LiveWeights.HISTORY_TIME]);
            assertEquals(snap.meanWeight(), rows[last + LiveWeights.HISTORY_MEAN]);
            assertEquals(snap.synapses(), (long) rows[last + LiveWeights.HISTORY_SYNAPSES]);
            for (int b = 0; b < 20; b++) {
                assertEquals(hist[b], (long) rows[last + LiveWeights.HISTORY_BINS + b], "bin " + b);
            }
            assertEquals(100.0, rows[LiveWeights.HISTORY_TIME], 1e-9, "first snapshot after 1000 steps of 0.1 ms");
        }
    }

    @Test
    void afterAResetRateBinsStartAgainAtStepZeroWithoutTheOldRunsCounts() throws Exception {
        LiveRates rates = new LiveRates(2, 10, 16);
        long[] secondRun = new long[2];
        try (RunController rc = new RunController(network(), EngineOptions.defaults())) {
            rc.submit(new ControlCommand.Attach(rates)).get(10, TimeUnit.SECONDS);
            rc.submit(new ControlCommand.Step(15)).get(10, TimeUnit.SECONDS);
            rc.awaitIdle(10_000);
            rc.submit(new ControlCommand.Reset()).get(10, TimeUnit.SECONDS);
            rc.submit(new ControlCommand.Attach(v -> {
                secondRun[0] += v.spikeCount(0);
                secondRun[1] += v.spikeCount(1);
            })).get(10, TimeUnit.SECONDS);
            rc.submit(new ControlCommand.Step(10)).get(10, TimeUnit.SECONDS);
            rc.awaitIdle(10_000);
        }
        long[] start = new long[4];
        int[] width = new int[4];
        long[] counts = new long[8];
        assertEquals(2, rates.ring().drainTo(start, width, counts, 4));
        assertEquals(0, start[1]);
        assertEquals(10, width[1]);
        assertEquals(secondRun[0], counts[2]);
        assertEquals(secondRun[1], counts[3]);
        assertTrue(secondRun[0] > 0);
    }

    /**
     * A source at 20 kHz per element (Brunel's external drive) fires about twice per element and
     * step: one step holds more spikes than the population has elements. A counting probe sends
     * that population as one count entry per step whose sum is exactly the engine's count, and
     * the neurons spike by spike.
     */
    @Test
    void aCountingProbeSendsAHeavySourceAsExactPerStepCounts() {
        Project p = Net.create().dt(0.1).seed(5)
                .pop("ext", 100, new PoissonSource(20_000, List.of()))
                .pop("exc", 40, Lif.defaults())
                .proj("drive", "ext", "exc", new Connector.FixedProbability(0.3, false), new SynapseModel.ExpCurrent(5),
                        Distribution.constant(5), Distribution.constant(1.0), null)
                .build();
        LiveSpikes live = LiveSpikes.counting(1 << 16, new boolean[]{false, true});
        Reference ref = new Reference();
        long[] perStep = new long[2000];
        int maxInOneStep = 0;
        try (Simulation sim = Engine.compile(p)) {
            sim.addObserver(live);
            sim.addObserver(ref::record);
            sim.addObserver(v -> perStep[(int) v.stepIndex()] = v.spikeCount(0));
            sim.run(2000);
        }
        for (long c : perStep) {
            maxInOneStep = (int) Math.max(maxInOneStep, c);
        }
        assertTrue(maxInOneStep > 100, "a step holds more source spikes than elements: " + maxInOneStep);
        long[] steps = new long[1 << 16];
        int[] pops = new int[1 << 16];
        int[] ids = new int[1 << 16];
        int n = live.ring().drainTo(steps, pops, ids, 1 << 16);
        long[] counted = new long[2000];
        List<long[]> neurons = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (pops[i] == 0) {
                assertTrue(SpikeRing.isCount(ids[i]), "the source is never itemized");
                counted[(int) steps[i]] += SpikeRing.countOf(ids[i]);
            } else {
                neurons.add(new long[]{steps[i], pops[i], ids[i]});
            }
        }
        assertArrayEquals(perStep, counted);
        List<long[]> expected = ref.spikes.stream().filter(s -> s[1] == 1).toList();
        assertEquals(expected.size(), neurons.size());
        for (int i = 0; i < expected.size(); i++) {
            assertArrayEquals(expected.get(i), neurons.get(i));
        }
        assertEquals(0, live.ring().dropped());
    }

    @Test
    void itemizingASourceWhileRunningSwitchesWholeStepsFromCountsToSpikes() {
        Project p = Net.create().dt(0.1).seed(5).pop("ext", 50, new PoissonSource(5_000, List.of())).build();
        LiveSpikes live = LiveSpikes.counting(1 << 16, new boolean[]{false});
        long[] perStep = new long[200];
        try (Simulation sim = Engine.compile(p)) {
            sim.addObserver(live);
            sim.addObserver(v -> perStep[(int) v.stepIndex()] = v.spikeCount(0));
            sim.run(100);
            live.itemize(new boolean[]{true});
            sim.run(100);
        }
        long[] steps = new long[1 << 16];
        int[] pops = new int[1 << 16];
        int[] ids = new int[1 << 16];
        int n = live.ring().drainTo(steps, pops, ids, 1 << 16);
        long[] seen = new long[200];
        for (int i = 0; i < n; i++) {
            assertEquals(steps[i] >= 100, !SpikeRing.isCount(ids[i]), "step " + steps[i]);
            seen[(int) steps[i]] += SpikeRing.countOf(ids[i]);
        }
        assertArrayEquals(perStep, seen);
    }

    /**
     * A source whose only role is a one-to-one projection runs spike-free while only a counting
     * probe watches it: the probe gets its exact per-step totals as counts; once itemized, the
     * engine lists its spikes again from the next step and the probe streams them one by one.
     */
    @Test
    void aCountingProbeGetsExactCountsFromASpikeFreeSourceAndSpikesOnceItemized() {
        Project p = Net.create().dt(0.1).seed(5)
                .pop("ext", 100, new PoissonSource(20_000, List.of()))
                .pop("exc", 100, Lif.defaults())
                .proj("drive", "ext", "exc", new Connector.OneToOne(), new SynapseModel.ExpCurrent(5),
                        Distribution.constant(5), Distribution.constant(1.0), null)
                .build();
        LiveSpikes live = LiveSpikes.counting(1 << 18, new boolean[]{false, true});
        long[] listed = new long[400];
        long[] total = new long[400];
        StepObserver counter = new StepObserver() {
            @Override
            public boolean needsSpikeIds(int population) {
                return false;
            }

            @Override
            public void afterStep(StepView v) {
                listed[(int) v.stepIndex()] = v.spikeCount(0);
                total[(int) v.stepIndex()] = v.spikeTotal(0);
            }
        };
        try (Simulation sim = Engine.compile(p)) {
            sim.addObserver(live);
            sim.addObserver(counter);
            sim.run(200);
            live.itemize(new boolean[]{true, true});
            sim.run(200);
        }
        for (int k = 0; k < 400; k++) {
            assertTrue(total[k] > 0, "step " + k);
            assertEquals(k < 200 ? 0 : total[k], listed[k], "listed source spikes in step " + k);
        }
        long[] steps = new long[1 << 18];
        int[] pops = new int[1 << 18];
        int[] ids = new int[1 << 18];
        int n = live.ring().drainTo(steps, pops, ids, 1 << 18);
        long[] seen = new long[400];
        for (int i = 0; i < n; i++) {
            if (pops[i] == 0) {
                assertEquals(steps[i] >= 200, !SpikeRing.isCount(ids[i]), "step " + steps[i]);
                seen[(int) steps[i]] += SpikeRing.countOf(ids[i]);
            }
        }
        assertArrayEquals(total, seen);
        assertEquals(0, live.ring().dropped());
    }
}
