package org.neuroloom.engine.plasticity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neuroloom.engine.Engine;
import org.neuroloom.engine.Net;
import org.neuroloom.engine.run.Simulation;
import org.neuroloom.model.connect.Connector;
import org.neuroloom.model.dist.Distribution;
import org.neuroloom.model.neuron.Lif;
import org.neuroloom.model.neuron.SpikeTimesSource;
import org.neuroloom.model.plasticity.Plasticity;
import org.neuroloom.model.synapse.SynapseModel;

class TsodyksMarkramTest {
    private static final double DT = 0.1;
    private static final double TAU_M = 10;
    private static final double E_L = -70;
    private static final double W = 1.0;
    private static final int SPIKES = 12;
    private static final double ISI = 50; // 20 Hz

    /** w u_n x_n of the model's recursion for a regular train. */
    private static double[] analyticAmplitudes(Plasticity.TsodyksMarkram r) {
        double[] a = new double[SPIKES];
        double u = r.u();
        double x = 1;
        a[0] = W * u * x;
        for (int n = 1; n < SPIKES; n++) {
            double uDecay = r.tauFacMs() > 0 ? Math.exp(-ISI / r.tauFacMs()) : 0;
            double xNext = 1 + (x - u * x - 1) * Math.exp(-ISI / r.tauRecMs());
            double uNext = r.u() + u * (1 - r.u()) * uDecay;
            u = uNext;
            x = xNext;
            a[n] = W * u * x;
        }
        return a;
    }

    /** The V jumps of two non-firing LIF neurons driven through a depressing and a facilitating synapse. */
    private static double[][] measuredAmplitudes(Plasticity.TsodyksMarkram dep, Plasticity.TsodyksMarkram fac) {
        List<Double> train = new ArrayList<>();
        for (int n = 0; n < SPIKES; n++) {
            train.add(100 + n * ISI);
        }
        Lif silent = new Lif(250, TAU_M, E_L, 100, E_L, 0, 0);
        var project = Net.create().dt(DT)
                .pop("pre", 1, new SpikeTimesSource(List.of(train)))
                .pop("dep", 1, silent)
                .pop("fac", 1, silent)
                .proj("toDep", "pre", "dep", new Connector.OneToOne(), new SynapseModel.Delta(),
                        Distribution.constant(W), Distribution.constant(1.0), dep)
                .proj("toFac", "pre", "fac", new Connector.OneToOne(), new SynapseModel.Delta(),
                        Distribution.constant(W), Distribution.constant(1.0), fac)
                .build();
        double p22 = Math.exp(-DT / TAU_M);
        double[][] jumps = new double[2][SPIKES];
        int[] found = new int[2];
        try (Simulation sim = Engine.compile(project)) {
            double[][] v = {sim.state(1, "v"), sim.state(2, "v")};
            double[] before = {E_L, E_L};
            long steps = Math.round((100 + SPIKES * ISI) / DT);
            for (long k = 0; k < steps; k++) {
                sim.step();
                for (int j = 0; j < 2; j++) {
                    double jump = v[j][0] - (E_L + (before[j] - E_L) * p22);
                    if (Math.abs(jump) > 1e-9) {
                        jumps[j][found[j]++] = jump;
                    }
                    before[j] = v[j][0];
                }
            }
        }
        assertEquals(SPIKES, found[0]);
        assertEquals(SPIKES, found[1]);
        return jumps;
    }

    @Test
    void pscAmplitudesOfA20HzTrainMatchTheAnalyticRecursion() {
        Plasticity.TsodyksMarkram dep = new Plasticity.TsodyksMarkram(0.5, 800, 0);
        Plasticity.TsodyksMarkram fac = new Plasticity.TsodyksMarkram(0.1, 100, 1000);
        double[][] measured = measuredAmplitudes(dep, fac);
        double[] expectDep = analyticAmplitudes(dep);
        double[] expectFac = analyticAmplitudes(fac);
        for (int n = 0; n < SPIKES; n++) {
            assertEquals(expectDep[n], measured[0][n], 1e-9, "depressing spike " + (n + 1));
            assertEquals(expectFac[n], measured[1][n], 1e-9, "facilitating spike " + (n + 1));
        }
        // the shapes the two parameter sets are known for
        assertEquals(0.5, measured[0][0], 1e-12);
        assertTrue(measured[0][SPIKES - 1] < 0.25 * measured[0][0], "depression");
        assertTrue(measured[1][3] > 1.5 * measured[1][0], "facilitation");
    }
}
