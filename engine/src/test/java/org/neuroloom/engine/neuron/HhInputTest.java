package org.neuroloom.engine.neuron;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neuroloom.engine.Engine;
import org.neuroloom.engine.EngineOptions;
import org.neuroloom.engine.Net;
import org.neuroloom.engine.run.Simulation;
import org.neuroloom.model.Project;
import org.neuroloom.model.connect.Connector;
import org.neuroloom.model.neuron.HodgkinHuxley;
import org.neuroloom.model.neuron.PoissonSource;
import org.neuroloom.model.synapse.SynapseModel;

/**
 * The exponential conductance channel the HH step advances itself ({@link HhInput}) adds to the
 * input the LIF passes sum in the same order as those passes would: listed first, the exponential
 * channel is advanced by the step on top of the alpha channel's sums; listed second (after the
 * alpha channel, which stops the fusing), both go through the LIF passes. The two runs must agree
 * bit for bit (a channel counted twice or dropped would not).
 */
class HhInputTest {

    private static Project network(boolean expFirst) {
        Net net = Net.create().seed(7)
                .pop("in", 400, new PoissonSource(30, List.of()))
                .pop("hh", 64, HodgkinHuxley.traub());
        SynapseModel exp = new SynapseModel.ExpConductance(5, 0);
        SynapseModel alpha = new SynapseModel.AlphaConductance(3, -80);
        Connector c = new Connector.FixedProbability(0.1, false);
        if (expFirst) {
            net.proj("e", "in", "hh", c, exp, 6, 0.1).proj("a", "in", "hh", c, alpha, 10, 0.1);
        } else {
            net.proj("a", "in", "hh", c, alpha, 10, 0.1).proj("e", "in", "hh", c, exp, 6, 0.1);
        }
        return net.build();
    }

    private static List<long[]> run(boolean expFirst, double[][] vOut) {
        List<long[]> spikes = new ArrayList<>();
        try (Simulation sim = Engine.compile(network(expFirst), EngineOptions.defaults().withThreads(1))) {
            sim.addObserver(view -> {
                for (int j = 0; j < view.spikeCount(1); j++) {
                    spikes.add(new long[]{view.stepIndex(), view.spikeIds(1)[j]});
                }
            });
            sim.run(3000);
            vOut[0] = sim.state(1, "v").clone();
        }
        return spikes;
    }

    @Test
    void stepAdvancedChannelGivesTheRunOfTheLifPasses() {
        double[][] vFused = new double[1][];
        double[][] vPasses = new double[1][];
        List<long[]> fused = run(true, vFused);
        List<long[]> passes = run(false, vPasses);
        assertTrue(passes.size() > 50, "the cells fire: " + passes.size());
        assertEquals(passes.size(), fused.size());
        for (int i = 0; i < passes.size(); i++) {
            assertArrayEquals(passes.get(i), fused.get(i), "spike " + i);
        }
        assertArrayEquals(vPasses[0], vFused[0]);
    }
}
