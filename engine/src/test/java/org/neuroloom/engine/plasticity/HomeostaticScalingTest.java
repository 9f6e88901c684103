package org.neuroloom.engine.plasticity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neuroloom.engine.Engine;
import org.neuroloom.engine.Net;
import org.neuroloom.engine.run.Simulation;
import org.neuroloom.model.connect.Connector;
import org.neuroloom.model.dist.Distribution;
import org.neuroloom.model.neuron.Lif;
import org.neuroloom.model.neuron.PoissonSource;
import org.neuroloom.model.plasticity.Plasticity;
import org.neuroloom.model.synapse.SynapseModel;

class HomeostaticScalingTest {
    private static final double TARGET_HZ = 5;
    private static final int NEURONS = 20;

    /** Mean rate of population "exc" in consecutive one-second windows, Hz. */
    private static double[] ratesPerSecond(boolean plastic, int seconds) {
        Plasticity rule = new Plasticity.HomeostaticScaling(TARGET_HZ, 1000, 1.0, 0, 1000);
        var project = Net.create().dt(0.1).seed(7)
                .pop("in", 200, new PoissonSource(10, java.util.List.of()))
                .pop("exc", NEURONS, Lif.defaults())
                .proj("drive", "in", "exc", new Connector.AllToAll(false), new SynapseModel.ExpCurrent(5),
                        Distribution.constant(50), Distribution.constant(1.0), plastic ? rule : null)
                .build();
        double[] rates = new double[seconds];
        try (Simulation sim = Engine.compile(project)) {
            long before = 0;
            for (int s = 0; s < seconds; s++) {
                sim.run(10_000);
                long now = sim.spikeCount(1);
                rates[s] = (now - before) / (double) NEURONS;
                before = now;
            }
        }
        return rates;
    }

    @Test
    void anOverdrivenPopulationReturnsToItsTargetRateWithinSixSeconds() {
        int seconds = 14;
        double[] fixed = ratesPerSecond(false, seconds);
        double[] scaled = ratesPerSecond(true, seconds);
        double fixedLate = 0;
        double scaledLate = 0;
        for (int s = 6; s < seconds; s++) {
            fixedLate += fixed[s] / (seconds - 6);
            scaledLate += scaled[s] / (seconds - 6);
            assertTrue(scaled[s] < 3 * TARGET_HZ, "second " + s + ": " + scaled[s] + " Hz");
        }
        assertTrue(fixedLate > 10 * TARGET_HZ, "without scaling the drive keeps the rate high: " + fixedLate);
        assertEquals(TARGET_HZ, scaledLate, 0.2 * TARGET_HZ, "mean rate from 6 s to 14 s");
    }
}
