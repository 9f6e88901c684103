package org.neuroloom.engine.plasticity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neuroloom.engine.Engine;
import org.neuroloom.engine.EngineOptions;
import org.neuroloom.engine.Net;
import org.neuroloom.engine.run.Simulation;
import org.neuroloom.model.Network;
import org.neuroloom.model.Project;
import org.neuroloom.model.connect.Connector;
import org.neuroloom.model.dist.Distribution;
import org.neuroloom.model.modulator.Modulator;
import org.neuroloom.model.neuron.Lif;
import org.neuroloom.model.neuron.PoissonSource;
import org.neuroloom.model.plasticity.Plasticity;
import org.neuroloom.model.synapse.SynapseModel;

class PlasticityDeterminismTest {

    /** One target population per rule, all driven by the same Poisson inputs; dopamine released by "b". */
    private static Project network() {
        Connector c = new Connector.FixedProbability(0.2, false);
        SynapseModel syn = new SynapseModel.ExpCurrent(5);
        Distribution w = new Distribution.Uniform(30, 90);
        Distribution d = new Distribution.Uniform(1, 3);
        Project p = Net.create().dt(0.1).seed(5)
                .pop("in", 400, new PoissonSource(12, List.of()))
                .pop("a", 60, Lif.defaults())
                .pop("b", 60, Lif.defaults())
                .pop("c", 60, Lif.defaults())
                .pop("d", 60, Lif.defaults())
                .proj("triplet", "in", "a", c, syn, w, d,
                        new Plasticity.TripletStdp(16.8, 33.7, 101, 125, 0.5, 0.6, 0.7, 0.02, 0, 150))
                .proj("reward", "in", "b", c, syn, w, d,
                        new Plasticity.RewardStdp(20, 20, 1, 1.5, 1000, "da", 0, 150))
                .proj("stp", "in", "c", c, syn, w, d, new Plasticity.TsodyksMarkram(0.5, 800, 0))
                .proj("homeo", "in", "d", c, syn, w, d, new Plasticity.HomeostaticScaling(5, 500, 2, 0, 150))
                .build();
        Modulator da = new Modulator("da", "Dopamine", Modulator.Kind.DOPAMINE, 200, 0, 0.02, List.of("b"),
                List.of(new Modulator.RewardEvent(100, 0.5)), null);
        return p.withNetwork(new Network(p.network().populations(), p.network().projections(), List.of(da)));
    }

    private record Outcome(List<long[]> spikes, float[][] weights, int threads) {
    }

    private static Outcome run(int threads) {
        List<long[]> spikes = new ArrayList<>();
        try (Simulation sim = Engine.compile(network(), EngineOptions.defaults().withThreads(threads))) {
            sim.addObserver(v -> {
                for (int p = 0; p < v.populations().size(); p++) {
                    for (int j = 0; j < v.spikeCount(p); j++) {
                        spikes.add(new long[]{v.stepIndex(), p, v.spikeIds(p)[j]});
                    }
                }
            });
            sim.run(5000);
            return new Outcome(spikes, weights(sim), sim.threads());
        }
    }

    /** The weights of the four projections, each ordered by (pre, post). */
    private static float[][] weights(Simulation sim) {
        float[][] weights = new float[4][];
        for (int j = 0; j < 4; j++) {
            int n = (int) sim.weights(j).synapseCount();
            int[] pre = new int[n];
            int[] post = new int[n];
            float[] wt = new float[n];
            sim.weights(j).copyTo(pre, post, wt);
            weights[j] = sortedBySynapse(pre, post, wt);
        }
        return weights;
    }

    /** Weights ordered by (pre, post), independent of how the tables are split between workers. */
    private static float[] sortedBySynapse(int[] pre, int[] post, float[] w) {
        Integer[] order = new Integer[w.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (x, y) -> pre[x] != pre[y] ? Integer.compare(pre[x], pre[y]) : Integer.compare(post[x], post[y]));
        float[] out = new float[w.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = w[order[i]];
        }
        return out;
    }

    @Test
    void everyRuleGivesBitIdenticalSpikesAndWeightsForOneAndThreeThreads() {
        Outcome one = run(1);
        Outcome three = run(3);
        assertEquals(3, three.threads());
        assertTrue(one.spikes().size() > 1000, "a busy network: " + one.spikes().size());
        assertEquals(one.spikes().size(), three.spikes().size());
        for (int i = 0; i < one.spikes().size(); i++) {
            assertArrayEquals(one.spikes().get(i), three.spikes().get(i), "spike " + i);
        }
        float[][] initial;
        try (Simulation sim = Engine.compile(network(), EngineOptions.defaults().withThreads(1))) {
            initial = weights(sim);
        }
        for (int j = 0; j < 4; j++) {
            assertArrayEquals(one.weights()[j], three.weights()[j], "projection " + j);
        }
        // the learning rules did learn (Tsodyks-Markram never changes stored weights)
        assertNotEquals(java.util.Arrays.hashCode(initial[0]), java.util.Arrays.hashCode(one.weights()[0]));
        assertNotEquals(java.util.Arrays.hashCode(initial[1]), java.util.Arrays.hashCode(one.weights()[1]));
        assertArrayEquals(initial[2], one.weights()[2]);
        assertNotEquals(java.util.Arrays.hashCode(initial[3]), java.util.Arrays.hashCode(one.weights()[3]));
    }
}
