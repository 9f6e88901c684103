package org.neuroloom.engine;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neuroloom.model.Project;
import org.neuroloom.model.connect.Connector;
import org.neuroloom.model.dist.Distribution;
import org.neuroloom.model.neuron.Lif;
import org.neuroloom.model.synapse.SynapseModel;

/**
 * Whoever compiles a network (the app's Run button, the CLI, a sweep) gets a network that
 * cannot fit refused with the estimate, naming the projection that needs the most, before
 * anything is allocated.
 */
class SizeCheckTest {

    @Test
    void aNetworkTooLargeForTheHeapIsRefusedBeforeAllocationNamingTheProjection() {
        // 200,000 cells all to all: 4e10 synapses, about 300 GiB, far beyond any test JVM's heap
        Project huge = Net.create()
                .pop("small", 10, Lif.defaults())
                .pop("big", 200_000, Lif.defaults())
                .proj("big_big", "big", "big", new Connector.AllToAll(true), new SynapseModel.Delta(),
                        Distribution.constant(0.1), Distribution.constant(1), null)
                .build();
        ModelException e = assertThrows(ModelException.class, () -> Engine.compile(huge));
        assertTrue(e.getMessage().startsWith("$.network.projections[0]: the network is too big for this machine: 200,010"
                + " neurons, 40,000,000,000 synapses, about 298 GiB"), e.getMessage());
        assertTrue(e.getMessage().contains("Java heap); the largest part is here"), e.getMessage());
    }
}
