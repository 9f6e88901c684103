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

class DelayTest {
    private static final Lif QUIET = new Lif(250, 10, -70, 100, -70, 0, 0);

    /** Step index (0-based) at which V of the target first moves, for a source spike at 10 ms. */
    private static long arrivalStep(double delayMs, double dt, boolean plastic) {
        Net net = Net.create().dt(dt)
                .pop("s", 1, new SpikeTimesSource(List.of(List.of(10.0))))
                .pop("n", 1, QUIET)
                .proj("p", "s", "n", new Connector.OneToOne(), new SynapseModel.Delta(), Distribution.constant(1.0),
                        Distribution.constant(delayMs), plastic
                                ? new Plasticity.PairStdp(Plasticity.StdpRule.ADDITIVE, 20, 20, 0.01, 0.01, 0, 2)
                                : null);
        try (Simulation sim = Engine.compile(net.build())) {
            double[] v = sim.state(1, "v");
            for (long k = 0; k < 10000; k++) {
                sim.step();
                if (v[0] != -70) {
                    return k;
                }
            }
        }
        return -1;
    }

    @Test
    void spikeWithDelayArrivesExactlyDelayOverDtStepsLater() {
        double dt = 0.1;
        long emitStep = 99; // the step ending at 10.0 ms
        for (double d : new double[]{0.1, 0.5, 1.5, 3.7, 20.0}) {
            long steps = Math.round(d / dt);
            assertEquals(emitStep + steps, arrivalStep(d, dt, false), "static delay " + d);
            assertEquals(emitStep + steps, arrivalStep(d, dt, true), "plastic delay " + d);
        }
    }

    @Test
    void delaysRoundToWholeStepsOfAtLeastOne() {
        long emitStep = 399; // dt 0.025: step ending at 10 ms
        assertEquals(emitStep + 1, arrivalStep(0.001, 0.025, false));
        assertEquals(emitStep + 4, arrivalStep(0.1, 0.025, false));
        assertEquals(emitStep + 5, arrivalStep(0.12, 0.025, false));
    }

    @Test
    void heterogeneousDelaysArriveEachAtItsOwnStep() {
        // One source, 50 targets, uniform delays: each target moves exactly at emit + its delay.
        Net net = Net.create()
                .pop("s", 1, new SpikeTimesSource(List.of(List.of(10.0))))
                .pop("n", 50, QUIET)
                .proj("p", "s", "n", new Connector.AllToAll(true), new SynapseModel.Delta(), Distribution.constant(1.0),
                        new Distribution.Uniform(0.1, 5.0), null);
        try (Simulation sim = Engine.compile(net.build())) {
            int[] pre = new int[50];
            int[] post = new int[50];
            float[] w = new float[50];
            sim.weights(0).copyTo(pre, post, w);
            double[] v = sim.state(1, "v");
            long[] moved = new long[50];
            java.util.Arrays.fill(moved, -1);
            for (long k = 0; k < 200; k++) {
                sim.step();
                for (int i = 0; i < 50; i++) {
                    if (moved[i] < 0 && v[i] != -70) {
                        moved[i] = k;
                    }
                }
            }
            java.util.Set<Long> distinct = new java.util.HashSet<>();
            for (int i = 0; i < 50; i++) {
                long d = moved[i] - 99;
                assertEquals(true, d >= 1 && d <= 50, "delay of target " + i + ": " + d + " steps");
                distinct.add(d);
            }
            assertEquals(true, distinct.size() > 20, "delays are drawn per synapse");
        }
    }
}
