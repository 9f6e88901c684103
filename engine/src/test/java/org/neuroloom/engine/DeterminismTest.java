package org.neuroloom.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
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

/** The same project and seed give bit-identical spikes and weights for 1, 2, 3 and 4 threads. */
class DeterminismTest {

    static Project recurrent(long seed) {
        Lif lif = new Lif(250, 20, -65, -50, -65, 2, 0);
        return Net.create().seed(seed)
                .pop("in", 300, new PoissonSource(15, List.of()))
                .pop("noise", 50, new NoiseCurrent(100, 200, 1))
                .pop("E", 1000, lif, Map.of("v", new Distribution.Uniform(-65, -50)))
                .pop("I", 250, new Izhikevich(0.1, 0.2, -65, 2, 30, 0))
                .proj("in_E", "in", "E", new Connector.FixedProbability(0.1, false), new SynapseModel.ExpCurrent(5),
                        new Distribution.Normal(60, 20, 0.0, 200.0), new Distribution.Uniform(0.5, 3), null)
                .proj("in_I", "in", "I", new Connector.FixedInDegree(20, false), new SynapseModel.ExpCurrent(5),
                        Distribution.constant(1.5), Distribution.constant(1.0), null)
                .proj("noise_E", "noise", "E", new Connector.FixedOutDegree(30, true), new SynapseModel.Delta(),
                        Distribution.constant(0.5), Distribution.constant(1.0), null)
                .proj("E_E", "E", "E", new Connector.FixedProbability(0.05, false), new SynapseModel.ExpConductance(5, 0),
                        new Distribution.Uniform(0.1, 1.0), new Distribution.Uniform(0.5, 4),
                        new Plasticity.PairStdp(Plasticity.StdpRule.ADDITIVE, 20, 20, 0.02, 0.021, 0, 2))
                .proj("E_I", "E", "I", new Connector.FixedTotal(20000, false), new SynapseModel.AlphaCurrent(2),
                        Distribution.constant(0.6), new Distribution.Uniform(1, 2), null)
                .proj("I_E", "I", "E", new Connector.FixedProbability(0.1, false), new SynapseModel.ExpCurrent(10),
                        Distribution.constant(-40), Distribution.constant(0.8), null)
                .build();
    }

    private record Result(List<long[]> spikes, float[] weights) {
    }

    private static Result run(Project p, int threads) {
        List<long[]> spikes = new ArrayList<>();
        try (Simulation sim = Engine.compile(p, EngineOptions.defaults().withThreads(threads))) {
            assertEquals(threads, sim.threads());
            sim.addObserver(v -> {
                for (int pop = 0; pop < v.populations().size(); pop++) {
                    int[] ids = v.spikeIds(pop);
                    for (int j = 0; j < v.spikeCount(pop); j++) {
                        spikes.add(new long[]{v.stepIndex(), pop, ids[j]});
                    }
                }
            });
            sim.run(5000);
            int n = (int) sim.weights(3).synapseCount();
            int[] pre = new int[n];
            int[] post = new int[n];
            float[] w = new float[n];
            sim.weights(3).copyTo(pre, post, w);
            // Order the weights by (pre, post) so that tables split differently compare equal.
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, (a, b) -> pre[a] != pre[b] ? Integer.compare(pre[a], pre[b])
                    : post[a] != post[b] ? Integer.compare(post[a], post[b]) : Float.compare(w[a], w[b]));
            float[] sorted = new float[n];
            for (int i = 0; i < n; i++) {
                sorted[i] = w[order[i]];
            }
            return new Result(spikes, sorted);
        }
    }

    @Test
    void spikesAndWeightsAreIdenticalForOneToFourThreads() {
        Project p = recurrent(7);
        Result one = run(p, 1);
        assertTrue(one.spikes().size() > 3000, "the network is active: " + one.spikes().size() + " spikes");
        for (int t = 2; t <= 4; t++) {
            Result r = run(p, t);
            assertEquals(one.spikes().size(), r.spikes().size(), "spike count with " + t + " threads");
            for (int i = 0; i < one.spikes().size(); i++) {
                assertArrayEquals(one.spikes().get(i), r.spikes().get(i), "spike " + i + " with " + t + " threads");
            }
            assertArrayEquals(one.weights(), r.weights(), "plastic weights with " + t + " threads");
        }
    }

    @Test
    void anotherSeedGivesOtherSpikes() {
        Result a = run(recurrent(7), 2);
        Result b = run(recurrent(8), 2);
        assertTrue(a.spikes().size() != b.spikes().size() || !java.util.Arrays.equals(a.spikes().get(100), b.spikes().get(100)));
    }
}
