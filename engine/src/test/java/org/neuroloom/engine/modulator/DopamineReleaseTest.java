package org.neuroloom.engine.modulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neuroloom.engine.Engine;
import org.neuroloom.engine.Net;
import org.neuroloom.engine.run.Simulation;
import org.neuroloom.model.Network;
import org.neuroloom.model.Project;
import org.neuroloom.model.modulator.Modulator;
import org.neuroloom.model.neuron.SpikeTimesSource;

class DopamineReleaseTest {

    @Test
    void spikesOfTheReleasingPopulationAndScheduledRewardsSumAsDecayingExponentials() {
        double tau = 50;
        Project p = Net.create().dt(0.1)
                .pop("vta", 3, new SpikeTimesSource(List.of(List.of(10.0), List.of(10.0, 30.0), List.of())))
                .pop("other", 1, new SpikeTimesSource(List.of(List.of(20.0))))
                .build();
        Modulator da = new Modulator("da", "Dopamine", Modulator.Kind.DOPAMINE, tau, 0.05, 0.1, List.of("vta"),
                List.of(new Modulator.RewardEvent(60, 0.2)), null);
        p = p.withNetwork(new Network(p.network().populations(), List.of(), List.of(da)));
        double[] maxError = new double[1];
        try (Simulation sim = Engine.compile(p)) {
            sim.addObserver(v -> {
                double t = v.timeMs();
                double expected = 0.05;
                double[][] events = {{10, 0.2}, {30, 0.1}, {60, 0.2}};
                for (double[] e : events) {
                    if (t >= e[0] - 1e-9) {
                        expected += e[1] * Math.exp(-(t - e[0]) / tau);
                    }
                }
                maxError[0] = Math.max(maxError[0], Math.abs(v.modulatorConcentration(0) - expected));
            });
            sim.run(2000);
            assertEquals(List.of("da"), sim.modulators());
            assertEquals(0.05 + 0.2 * Math.exp(-140 / tau) + 0.1 * Math.exp(-170 / tau) + 0.2 * Math.exp(-190 / tau),
                    sim.modulatorConcentration("da"), 1e-9);
        }
        assertEquals(0, maxError[0], 1e-9);
    }
}
