package org.neuroloom.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neuroloom.engine.run.Simulation;
import org.neuroloom.model.connect.Connector;
import org.neuroloom.model.neuron.Lif;
import org.neuroloom.model.neuron.SpikeTimesSource;
import org.neuroloom.model.synapse.SynapseModel;

class InstabilityTest {

    @Test
    void runawayStopsTheRunNamingPopulationNeuronAndTime() {
        // A -1e6 mV jump through a delta synapse drives V of neuron 3 far out of any physical range.
        SpikeTimesSource kick = new SpikeTimesSource(List.of(List.of(), List.of(), List.of(), List.of(5.0)));
        Net net = Net.create()
                .pop("ok", 10, Lif.defaults())
                .pop("kick", 4, kick)
                .pop("wild", 4, Lif.defaults())
                .proj("k", "kick", "wild", new Connector.OneToOne(), new SynapseModel.Delta(), -1e6, 1.0);
        try (Simulation sim = Engine.compile(net.build(), EngineOptions.defaults().withThreads(2))) {
            InstabilityException e = assertThrows(InstabilityException.class, () -> sim.run(1000));
            assertEquals("wild", e.population());
            assertEquals(3, e.neuron());
            assertEquals(6.0, e.timeMs(), 1e-9);
            assertTrue(e.getMessage().contains("population 'wild', neuron 3: v = "), e.getMessage());
            assertThrows(IllegalStateException.class, sim::step, "a failed simulation does not continue");
        }
    }

    @Test
    void nanFromParametersIsReported() {
        Lif nan = new Lif(250, 10, Double.NaN, -55, -70, 2, 0);
        try (Simulation sim = Engine.compile(Net.create().pop("n", 3, nan).build())) {
            InstabilityException e = assertThrows(InstabilityException.class, sim::step);
            assertEquals(0, e.neuron());
            assertTrue(Double.isNaN(e.value()));
        }
    }
}
