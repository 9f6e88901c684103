package org.neuroloom.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
