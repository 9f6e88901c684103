package org.neuroloom.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neuroloom.engine.neuron.Simd;
import org.neuroloom.engine.run.Simulation;
import org.neuroloom.model.Project;
import org.neuroloom.model.connect.Connector;
import org.neuroloom.model.dist.Distribution;
import org.neuroloom.model.neuron.DcCurrent;
import org.neuroloom.model.neuron.HodgkinHuxley;
import org.neuroloom.model.neuron.Lif;
import org.neuroloom.model.neuron.PoissonSource;
import org.neuroloom.model.synapse.SynapseModel;

/** The SIMD kernels give bit-identical results to the scalar ones (the tests run with the Vector API module). */
class SimdEquivalenceTest {

    @AfterEach
    void restore() {
        System.clearProperty("neuroloom.simd");
    }

    private static Project network() {
        Lif lif = new Lif(200, 20, -60, -50, -60, 5, 0);
        Map<String, Distribution> v0 = Map.of("v", new Distribution.Uniform(-60, -50));
        return Net.create().seed(4)
                .pop("in", 500, new PoissonSource(20, List.of()))
                .pop("dc", 3, new DcCurrent(150, 0, 1e9))
                .pop("cuba", 1003, lif, v0)
                .pop("coba", 517, lif, v0)
                .pop("hh", 200, HodgkinHuxley.traub())
                .pop("exp", 1001, lif, v0)
                .pop("flt", 1001, lif, v0)
                .pop("hh_mix", 203, HodgkinHuxley.traub())
                .proj("in_cuba", "in", "cuba", new Connector.FixedProbability(0.05, false), new SynapseModel.ExpCurrent(5), 60, 0.1)
                .proj("in_cuba_a", "in", "cuba", new Connector.FixedProbability(0.05, false), new SynapseModel.AlphaCurrent(2), 30, 0.5)
                .proj("in_delta", "in", "cuba", new Connector.FixedProbability(0.02, false), new SynapseModel.Delta(), 0.5, 1.0)
                .proj("dc_cuba", "dc", "cuba", new Connector.AllToAll(true), new SynapseModel.Delta(), 0.2, 0.1)
                .proj("cuba_cuba", "cuba", "cuba", new Connector.FixedProbability(0.02, false), new SynapseModel.ExpCurrent(10), -40, 0.8)
                .proj("in_coba", "in", "coba", new Connector.FixedProbability(0.05, false), new SynapseModel.ExpConductance(5, 0), 3, 0.1)
                .proj("cuba_coba", "cuba", "coba", new Connector.FixedProbability(0.02, false), new SynapseModel.AlphaConductance(3, -80), 5, 1)
                .proj("in_coba_i", "in", "coba", new Connector.FixedProbability(0.02, false), new SynapseModel.ExpCurrent(3), 40, 0.3)
                // two exponential conductance channels and nothing else: HH with float channels
                .proj("in_hh", "in", "hh", new Connector.FixedProbability(0.1, false), new SynapseModel.ExpConductance(5, 0), 6, 0.1)
                .proj("cuba_hh", "cuba", "hh", new Connector.FixedProbability(0.02, false), new SynapseModel.ExpConductance(10, -80), 30, 1)
                // two exponential current channels and delta input: the one-pass update (LifLoops.fusedExp)
                .proj("in_exp", "in", "exp", new Connector.FixedProbability(0.05, false), new SynapseModel.ExpCurrent(5), 70, 0.1)
                .proj("exp_exp", "exp", "exp", new Connector.FixedProbability(0.02, false), new SynapseModel.ExpCurrent(10), -50, 0.1)
                .proj("in_exp_d", "in", "exp", new Connector.FixedProbability(0.02, false), new SynapseModel.Delta(), 0.5, 1.0)
                // two exponential current channels and nothing else: the single-precision kernel (LifFloatKernel)
                .proj("in_flt", "in", "flt", new Connector.FixedProbability(0.05, false), new SynapseModel.ExpCurrent(5), 70, 0.1)
                .proj("flt_flt", "flt", "flt", new Connector.FixedProbability(0.02, false), new SynapseModel.ExpCurrent(10), -50, 0.1)
                // an exponential channel the HH step advances itself, plus input summed by the LIF passes
                .proj("in_hhm", "in", "hh_mix", new Connector.FixedProbability(0.1, false), new SynapseModel.ExpConductance(5, 0), 6, 0.1)
                .proj("cuba_hhm", "cuba", "hh_mix", new Connector.FixedProbability(0.02, false), new SynapseModel.AlphaConductance(3, -80), 20, 1)
                .proj("in_hhm_i", "in", "hh_mix", new Connector.FixedProbability(0.05, false), new SynapseModel.ExpCurrent(3), 30, 0.3)
                // V jumps onto HH (converted to float beside the double channel sums)
                .proj("in_hhm_d", "in", "hh_mix", new Connector.FixedProbability(0.02, false), new SynapseModel.Delta(), 2, 1.0)
                .build();
    }

    private record Run(List<long[]> spikes, double[][] v) {
    }

    private static Run run(boolean simd, int threads) throws InterruptedException {
        System.setProperty("neuroloom.simd", Boolean.toString(simd));
        Simd.awaitWarm();
        List<long[]> spikes = new ArrayList<>();
        try (Simulation sim = Engine.compile(network(), EngineOptions.defaults().withThreads(threads))) {
            sim.addObserver(view -> {
                for (int p = 0; p < view.populations().size(); p++) {
                    for (int j = 0; j < view.spikeCount(p); j++) {
                        spikes.add(new long[]{view.stepIndex(), p, view.spikeIds(p)[j]});
                    }
                }
            });
            sim.run(3000);
            double[][] v = new double[6][];
            for (int p = 2; p < 8; p++) {
                v[p - 2] = sim.state(p, "v").clone();
            }
            return new Run(spikes, v);
        }
    }

    @Test
    void simdAndScalarKernelsGiveIdenticalSpikesAndVoltages() throws InterruptedException {
        assertTrue(Simd.enabled(), "the engine tests run with --add-modules jdk.incubator.vector");
        Run scalar = run(false, 1);
        Run simd = run(true, 1);
        Run simd3 = run(true, 3);
        assertTrue(scalar.spikes().size() > 2000, "activity: " + scalar.spikes().size());
        for (Run r : List.of(simd, simd3)) {
            assertEquals(scalar.spikes().size(), r.spikes().size());
            for (int i = 0; i < scalar.spikes().size(); i++) {
                assertArrayEquals(scalar.spikes().get(i), r.spikes().get(i), "spike " + i);
            }
            for (int p = 0; p < 6; p++) {
                assertArrayEquals(scalar.v()[p], r.v()[p], "final V of population " + (p + 2));
            }
        }
    }
}
