package org.neuroloom.engine.synapse;

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
import org.neuroloom.model.dist.Distribution;
import org.neuroloom.model.neuron.Lif;
import org.neuroloom.model.neuron.PoissonSource;
import org.neuroloom.model.synapse.SynapseModel;

/**
 * Static tables store targets as 16-bit offsets from their slice's first target when the slice
 * has at most 65,536 targets, and as 32-bit indices otherwise. A target population of 70,000
 * takes 32 bits on one thread and 16 bits on two (35,000 per slice): both runs must deliver
 * the same input to the same neurons.
 */
class StaticTableWidthTest {
    private static final int TARGETS = 70_000;

    private static Project network() {
        return Net.create().seed(11)
                .pop("in", 400, new PoissonSource(40, List.of()))
                .pop("E", TARGETS, new Lif(250, 10, -70, -55, -70, 2, 0))
                // constant weight and delay, per-synapse weights, per-synapse delays: every delivery loop
                .proj("in_E", "in", "E", new Connector.FixedProbability(0.02, false), new SynapseModel.Delta(),
                        Distribution.constant(4.0), Distribution.constant(1.0), null)
                .proj("in_E_w", "in", "E", new Connector.FixedProbability(0.01, false), new SynapseModel.Delta(),
                        new Distribution.Uniform(2, 6), Distribution.constant(1.0), null)
                .proj("E_E", "E", "E", new Connector.FixedInDegree(3, false), new SynapseModel.Delta(),
                        Distribution.constant(1.0), new Distribution.Uniform(0.5, 2.5), null)
                .build();
    }

    private record Run(List<long[]> spikes, long bytes, long synapses) {
    }

    private static Run run(int threads) {
        List<long[]> spikes = new ArrayList<>();
        try (Simulation sim = Engine.compile(network(), EngineOptions.defaults().withThreads(threads))) {
            sim.addObserver(v -> {
                int[] ids = v.spikeIds(1);
                for (int j = 0; j < v.spikeCount(1); j++) {
                    spikes.add(new long[]{v.stepIndex(), ids[j]});
                }
            });
            sim.run(600);
            return new Run(spikes, sim.synapseBytes(), sim.synapseCount());
        }
    }

    @Test
    void sixteenAndThirtyTwoBitTargetsDeliverTheSameInput() {
        Run wide = run(1);
        Run narrow = run(2);
        assertTrue(wide.spikes.size() > 2_000, "the targets fire: " + wide.spikes.size());
        assertEquals(wide.spikes.size(), narrow.spikes.size());
        for (int i = 0; i < wide.spikes.size(); i++) {
            assertArrayEquals(wide.spikes.get(i), narrow.spikes.get(i), "spike " + i);
        }
        // 2 B less per synapse on two threads, less the second slice's row starts (4 B per source element + 1)
        assertEquals(wide.synapses, narrow.synapses);
        long secondRowStarts = 4L * (401 + 401 + (TARGETS + 1));
        assertEquals(2 * wide.synapses - secondRowStarts, wide.bytes - narrow.bytes);
    }
}
