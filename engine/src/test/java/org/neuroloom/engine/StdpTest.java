package org.neuroloom.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neuroloom.engine.run.Simulation;
import org.neuroloom.model.connect.Connector;
import org.neuroloom.model.dist.Distribution;
import org.neuroloom.model.neuron.Lif;
import org.neuroloom.model.neuron.SpikeTimesSource;
import org.neuroloom.model.plasticity.Plasticity;
import org.neuroloom.model.synapse.SynapseModel;

/** Pair STDP: one presynaptic and one postsynaptic spike at a chosen Δt. */
class StdpTest {
    private static final double A_PLUS = 0.01;
    private static final double A_MINUS = 0.0105;
    private static final double TAU_PLUS = 16.8;
    private static final double TAU_MINUS = 33.7;

    /**
     * Weight after a pre spike arriving at 101 ms (emitted at 100 ms, delay 1 ms) and a post spike
     * at 31 + dtMs: the post neuron is forced to fire by a strong input from a driver.
     */
    private static double weightAfterPair(double deltaMs, Plasticity.StdpRule rule, double w0, double lo, double hi) {
        double arrival = 101.0;
        double postSpike = arrival + deltaMs;
        Lif lif = new Lif(250, 10, -70, -55, -70, 2, 0);
        Net net = Net.create()
                .pop("pre", 1, new SpikeTimesSource(List.of(List.of(100.0))))
                .pop("driver", 1, new SpikeTimesSource(List.of(List.of(postSpike - 0.1))))
                .pop("post", 1, lif)
                .proj("plastic", "pre", "post", new Connector.OneToOne(), new SynapseModel.Delta(),
                        Distribution.constant(w0), Distribution.constant(1.0),
                        new Plasticity.PairStdp(rule, TAU_PLUS, TAU_MINUS, A_PLUS, A_MINUS, lo, hi))
                .proj("drive", "driver", "post", new Connector.OneToOne(), new SynapseModel.Delta(), 100, 0.1);
        try (Simulation sim = Engine.compile(net.build())) {
            long[] postAt = {-1};
            sim.addObserver(v -> {
                if (v.spikeCount(2) > 0) {
                    postAt[0] = Math.round(v.timeMs() * 10);
                }
            });
            sim.run(2000);
            assertEquals(Math.round(postSpike * 10), postAt[0], "post spike time");
            float[] w = new float[1];
            sim.weights(0).copyTo(new int[1], new int[1], w);
            return w[0];
        }
    }

    @Test
    void additivePairChangeFollowsExponentialWindow() {
        for (int k = -60; k <= 60; k += 3) {
            double dt = k;
            // w starts at 0 (delivers nothing) and the bounds are wide: the change is the rule alone.
            double dw = weightAfterPair(dt, Plasticity.StdpRule.ADDITIVE, 0, -1, 1);
            double expected = dt >= 0 ? A_PLUS * Math.exp(-dt / TAU_PLUS) : -A_MINUS * Math.exp(dt / TAU_MINUS);
            assertEquals(expected, dw, 1e-9, "Δt = " + dt + " ms");
        }
    }

    @Test
    void multiplicativeRuleScalesWithDistanceToBounds() {
        double w0 = 0.25;
        double up = weightAfterPair(10, Plasticity.StdpRule.MULTIPLICATIVE, w0, 0, 1) - w0;
        double down = weightAfterPair(-10, Plasticity.StdpRule.MULTIPLICATIVE, w0, 0, 1) - w0;
        assertEquals(A_PLUS * Math.exp(-10 / TAU_PLUS) * (1 - w0), up, 1e-7);
        assertEquals(-A_MINUS * Math.exp(-10 / TAU_MINUS) * (w0 - 0), down, 1e-7);
    }

    @Test
    void weightsStayWithinBounds() {
        assertEquals(0.005, weightAfterPair(-1, Plasticity.StdpRule.ADDITIVE, 0.01, 0.005, 1), 1e-9);
        assertEquals(0.011, weightAfterPair(1, Plasticity.StdpRule.ADDITIVE, 0.01, 0, 0.011), 1e-9);
    }

    /**
     * Every synapse's weight after an all-to-all projection from presynaptic spike trains
     * {@code preMs} (arriving 1 ms later) onto LIF neurons forced to fire at {@code postMs}, under the
     * additive rule with wide bounds and w0 = 0 (the weights drive nothing), against the sum of the
     * pair window over all its (arrival, post spike) pairs, which all-to-all trace STDP equals.
     */
    private static void assertEveryWeightIsItsPairSum(double[][] preMs, double[][] postMs, double tolerance) {
        List<List<Double>> preSpikes = new ArrayList<>();
        for (double[] times : preMs) {
            preSpikes.add(java.util.Arrays.stream(times).boxed().toList());
        }
        List<List<Double>> driverSpikes = new ArrayList<>();
        int postCount = 0;
        for (double[] times : postMs) {
            driverSpikes.add(java.util.Arrays.stream(times).map(t -> t - 0.1).boxed().toList());
            postCount += times.length;
        }
        Net net = Net.create()
                .pop("pre", preMs.length, new SpikeTimesSource(preSpikes))
                .pop("driver", postMs.length, new SpikeTimesSource(driverSpikes))
                .pop("post", postMs.length, new Lif(250, 10, -70, -55, -70, 2, 0))
                .proj("plastic", "pre", "post", new Connector.AllToAll(true), new SynapseModel.Delta(),
                        Distribution.constant(0), Distribution.constant(1.0),
                        new Plasticity.PairStdp(Plasticity.StdpRule.ADDITIVE, TAU_PLUS, TAU_MINUS, A_PLUS, A_MINUS, -1, 1))
                .proj("drive", "driver", "post", new Connector.OneToOne(), new SynapseModel.Delta(), 100, 0.1);
        try (Simulation sim = Engine.compile(net.build())) {
            int[] postSpikes = {0};
            sim.addObserver(v -> postSpikes[0] += v.spikeCount(2));
            sim.run(5000);
            assertEquals(postCount, postSpikes[0], "post spikes");
            int n = preMs.length * postMs.length;
            int[] pre = new int[n];
            int[] post = new int[n];
            float[] w = new float[n];
            sim.weights(0).copyTo(pre, post, w);
            for (int s = 0; s < n; s++) {
                double expected = 0;
                for (double sent : preMs[pre[s]]) {
                    double arrival = sent + 1;
                    for (double t : postMs[post[s]]) {
                        expected += t >= arrival ? A_PLUS * Math.exp(-(t - arrival) / TAU_PLUS)
                                : -A_MINUS * Math.exp(-(arrival - t) / TAU_MINUS);
                    }
                }
                assertEquals(expected, w[s], tolerance, "pre " + pre[s] + " -> post " + post[s]);
            }
        }
    }

    /**
     * Twenty presynaptic neurons (one spike each, arriving at 101, 103, ... 139 ms) onto two
     * postsynaptic neurons forced to fire twice each. Many synapses per target and several post
     * spikes exercise the post-spike pass's back index.
     */
    @Test
    void everySynapseOfManyPairsFollowsTheWindow() {
        double[][] pre = new double[20][];
        for (int i = 0; i < pre.length; i++) {
            pre[i] = new double[]{100.0 + 2 * i};
        }
        assertEveryWeightIsItsPairSum(pre, new double[][]{{116, 130}, {108, 124}}, 2e-9);
    }

    /**
     * All-to-all pairing over long trains: the targets fire 25 times (every 6 or 7 ms) while
     * presynaptic neurons fire one to four times, with gaps of 41 ms, so every synapse sums many
     * potentiations and depressions through both traces.
     */
    @Test
    void weightsMatchThePairSumOverLongSpikeTrains() {
        double[][] pre = new double[12][];
        for (int i = 0; i < pre.length; i++) {
            int spikes = 1 + i % 4;
            pre[i] = new double[spikes];
            for (int j = 0; j < spikes; j++) {
                pre[i][j] = 100.0 + 3 * i + 41 * j + (i % 3) * 0.4;
            }
        }
        double[][] post = new double[2][25];
        for (int j = 0; j < 25; j++) {
            post[0][j] = 102.0 + 6 * j;
            post[1][j] = 105.5 + 7 * j;
        }
        assertEveryWeightIsItsPairSum(pre, post, 1e-7);
    }
}
