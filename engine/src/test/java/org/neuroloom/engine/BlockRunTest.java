package org.neuroloom.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neuroloom.engine.run.Simulation;
import org.neuroloom.model.Project;
import org.neuroloom.model.connect.Connector;
import org.neuroloom.model.dist.Distribution;
import org.neuroloom.model.neuron.Izhikevich;
import org.neuroloom.model.neuron.Lif;
import org.neuroloom.model.neuron.NoiseCurrent;
import org.neuroloom.model.neuron.PoissonSource;
import org.neuroloom.model.plasticity.Plasticity;
import org.neuroloom.model.synapse.SynapseModel;

/**
 * With several workers and nothing observing, the workers run minimum-delay windows (blocks) of
 * steps between hand-offs; the result must be bit-identical to one worker stepping one step at a
 * time, also across weight-scale changes and observers that come and go between runs.
 */
class BlockRunTest {

    /**
     * Every kind of delivery a block must keep in order: a one-to-one drive of delay dt (delivered
     * by its own worker inside the block), a one-to-one drive of 1.5 ms (counts delivered at the
     * next block), per-synapse delays of 1-3 ms, constant delays, a noise current, and pair STDP
     * with delays of 1-3 ms. The shortest crossing delay is 1 ms = 10 steps.
     */
    static Project network(long seed) {
        Lif lif = new Lif(250, 20, -65, -50, -65, 2, 0);
        return Net.create().seed(seed)
                .pop("E", 800, lif, Map.of("v", new Distribution.Uniform(-65, -50)))
                .pop("I", 200, new Izhikevich(0.1, 0.2, -65, 2, 30, 0))
                .pop("ext_E", 800, new PoissonSource(4000, List.of()))
                .pop("ext_I", 200, new PoissonSource(2000, List.of()))
                .pop("in", 300, new PoissonSource(20, List.of()))
                .pop("noise", 40, new NoiseCurrent(50, 150, 1))
                .proj("ext_E_E", "ext_E", "E", new Connector.OneToOne(), new SynapseModel.ExpCurrent(5), 80, 0.1)
                .proj("ext_I_I", "ext_I", "I", new Connector.OneToOne(), new SynapseModel.ExpCurrent(5), 2, 1.5)
                .proj("in_E", "in", "E", new Connector.FixedInDegree(20, false), new SynapseModel.ExpCurrent(5),
                        new Distribution.Normal(60, 20, 0.0, 200.0), new Distribution.Uniform(1, 3), null)
                .proj("noise_E", "noise", "E", new Connector.FixedOutDegree(30, true), new SynapseModel.Delta(),
                        Distribution.constant(0.5), Distribution.constant(1.0), null)
                .proj("E_E", "E", "E", new Connector.FixedProbability(0.05, false), new SynapseModel.ExpCurrent(5),
                        new Distribution.Uniform(5, 40), new Distribution.Uniform(1, 3),
                        new Plasticity.PairStdp(Plasticity.StdpRule.ADDITIVE, 20, 20, 0.5, 0.525, 0, 60))
                .proj("E_I", "E", "I", new Connector.FixedProbability(0.1, false), new SynapseModel.ExpCurrent(5),
                        Distribution.constant(0.6), Distribution.constant(1.2), null)
                .proj("I_E", "I", "E", new Connector.FixedProbability(0.1, false), new SynapseModel.ExpCurrent(10),
                        Distribution.constant(-40), Distribution.constant(1.0), null)
                .build();
    }

    /** The state a run ends in: counters, membrane potentials and the plastic weights. */
    private record End(long[] spikes, long events, double[] vE, double[] vI, float[] weights) {
    }

    private static End end(Simulation sim) {
        long[] spikes = new long[sim.populations().size()];
        for (int p = 0; p < spikes.length; p++) {
            spikes[p] = sim.spikeCount(p);
        }
        int n = (int) sim.weights(4).synapseCount();
        int[] pre = new int[n];
        int[] post = new int[n];
        float[] w = new float[n];
        sim.weights(4).copyTo(pre, post, w);
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> pre[a] != pre[b] ? Integer.compare(pre[a], pre[b]) : Integer.compare(post[a], post[b]));
        float[] sorted = new float[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = w[order[i]];
        }
        return new End(spikes, sim.synapticEventCount(), sim.state(0, "v").clone(), sim.state(1, "v").clone(), sorted);
    }

    private static void assertSame(End a, End b, String what) {
        assertArrayEquals(a.spikes(), b.spikes(), what + ": spikes per population");
        assertEquals(a.events(), b.events(), what + ": synaptic events");
        assertArrayEquals(a.vE(), b.vE(), what + ": E membrane potentials");
        assertArrayEquals(a.vI(), b.vI(), what + ": I membrane potentials");
        assertArrayEquals(a.weights(), b.weights(), what + ": plastic weights");
    }

    @Test
    void unobservedRunsInBlocksGiveTheSameNetworkAsSingleSteps() {
        Project p = network(11);
        End reference;
        try (Simulation one = Engine.compile(p, EngineOptions.defaults().withThreads(1))) {
            assertEquals(1, one.maxBlockSteps());
            for (int k = 0; k < 3000; k++) {
                one.step();
            }
            reference = end(one);
        }
        assertTrue(reference.spikes()[0] > 1000, "E is active: " + reference.spikes()[0] + " spikes");
        for (int threads = 2; threads <= 3; threads++) {
            try (Simulation sim = Engine.compile(p, EngineOptions.defaults().withThreads(threads))) {
                assertEquals(10, sim.maxBlockSteps(), "the shortest crossing delay, 1 ms");
                // 3000 steps in runs that do not end on a block boundary
                sim.run(1234);
                sim.run(1766);
                assertSame(reference, end(sim), threads + " threads");
            }
        }
    }

    /**
     * The pool's serial fallback (one thread runs every slice, delivering the crossing spikes once
     * through the whole-range tables) gives the same network as one worker stepping, also when
     * the pool switches between it and parallel blocks in the middle of a run, across weight-scale
     * changes, and while an observer makes every source list its spike ids.
     */
    @Test
    void theSerialFallbackGivesTheSameNetworkAsSingleSteps() {
        Project p = network(13);
        End reference;
        try (Simulation one = Engine.compile(p, EngineOptions.defaults().withThreads(1))) {
            for (int k = 0; k < 3000; k++) {
                one.step();
                if (k == 1499) {
                    one.setWeightScale("I_E", 0.5);
                    one.setWeightScale("ext_I_I", 0.7);
                }
            }
            reference = end(one);
        }
        for (int threads = 2; threads <= 3; threads++) {
            try (Simulation sim = Engine.compile(p, EngineOptions.defaults().withThreads(threads))) {
                sim.forceSerialFallback(true);
                sim.run(733);
                sim.forceSerialFallback(false);
                sim.run(401);
                sim.forceSerialFallback(true);
                long[] listed = new long[1];
                var watcher = (org.neuroloom.engine.run.StepObserver) v -> listed[0] += v.spikeCount(2) + v.spikeCount(4);
                sim.addObserver(watcher);
                sim.run(200);
                sim.removeObserver(watcher);
                assertTrue(listed[0] > 10_000, "the observed sources listed their spikes: " + listed[0]);
                sim.run(166);
                sim.setWeightScale("I_E", 0.5);
                sim.setWeightScale("ext_I_I", 0.7);
                sim.run(1500);
                assertTrue(sim.serialFallbackSteps() >= 2599, "serial steps " + sim.serialFallbackSteps());
                assertTrue(sim.fallbackTableBytes() > 0, "the fallback delivers through whole-range tables");
                assertSame(reference, end(sim), threads + " threads, serial fallback");
            }
        }
    }

    @Test
    void weightScalesAndObserversBetweenRunsActAsBetweenSingleSteps() {
        Project p = network(12);
        End[] ends = new End[2];
        for (int t = 0; t < 2; t++) {
            try (Simulation sim = Engine.compile(p, EngineOptions.defaults().withThreads(t + 1))) {
                long[] observed = new long[1];
                sim.run(995);
                // the spikes of the step before a change go out with the new scale, as when stepping
                sim.setWeightScale("I_E", 0.5);
                sim.setWeightScale("ext_E_E", 1.3);
                sim.setWeightScale("ext_I_I", 0.7);
                sim.run(1003);
                var watcher = (org.neuroloom.engine.run.StepObserver) v -> observed[0] += v.spikeCount(0);
                sim.addObserver(watcher);
                sim.run(301);
                sim.removeObserver(watcher);
                sim.setWeightScale("in_E", 2.0);
                sim.run(700);
                assertTrue(observed[0] > 100, "the observer saw E spikes: " + observed[0]);
                ends[t] = end(sim);
            }
        }
        assertSame(ends[0], ends[1], "2 threads");
    }
}
