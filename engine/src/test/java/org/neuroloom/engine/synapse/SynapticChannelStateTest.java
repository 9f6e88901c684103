package org.neuroloom.engine.synapse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neuroloom.engine.Engine;
import org.neuroloom.engine.ModelException;
import org.neuroloom.engine.run.Simulation;
import org.neuroloom.model.Network;
import org.neuroloom.model.Population;
import org.neuroloom.model.Project;
import org.neuroloom.model.Projection;
import org.neuroloom.model.connect.Connector;
import org.neuroloom.model.dist.Distribution;
import org.neuroloom.model.neuron.Lif;
import org.neuroloom.model.neuron.SpikeTimesSource;
import org.neuroloom.model.synapse.Receptor;
import org.neuroloom.model.synapse.SynapseModel;

/** Synaptic channels are state variables: named like NEST's g_ex/g_in, given initial values, read live. */
class SynapticChannelStateTest {

    private static final double DT = 0.1;
    private static final Lif SILENT = new Lif(200, 20, -60, 100, -60, 5, 0);

    private static Project project(Map<String, Distribution> initial) {
        Projection exc = new Projection("e", "e", "in", "n", new Connector.AllToAll(false), Receptor.EXCITATORY,
                new SynapseModel.ExpConductance(5, 0), Distribution.constant(1), Distribution.constant(1), null);
        Projection inh = new Projection("i", "i", "in", "n", new Connector.AllToAll(false), Receptor.INHIBITORY,
                new SynapseModel.ExpConductance(10, -80), Distribution.constant(1), Distribution.constant(1), null);
        Network net = new Network(List.of(
                new Population("in", "in", 1, new SpikeTimesSource(List.of(List.of())), Map.of(), null, null),
                new Population("n", "n", 3, SILENT, initial, null, null)), List.of(exc, inh), List.of());
        return Project.empty("channels").withSimulation(new org.neuroloom.model.Simulation(DT, 100, 1, "1")).withNetwork(net);
    }

    @Test
    void initialConductancesDecayExactlyAndDriveTheMembrane() {
        Project p = project(Map.of("g_ex", Distribution.constant(10), "g_in", Distribution.constant(20)));
        try (Simulation sim = Engine.compile(p)) {
            assertEquals(List.of("v", "g_ex", "g_in"), sim.populations().get(1).stateVariables());
            double[] ge = sim.state(1, "g_ex");
            double[] gi = sim.state(1, "g_in");
            double[] v = sim.state(1, "v");
            assertEquals(10, ge[0], 0);
            assertEquals(20, gi[2], 0);
            sim.run(50);
            // exact exponential decay over 5 ms: tau 5 ms and 10 ms
            assertEquals(10 * Math.exp(-1), ge[1], 1e-9);
            assertEquals(20 * Math.exp(-0.5), gi[1], 1e-9);
            // the membrane follows C dV/dt = -gL (V - El) + g_ex(t) (0 - V) + g_in(t) (-80 - V); the engine holds g over
            // a step, so it agrees with a fine RK4 integration to O(dt) (measured: 0.034 mV of a 0.93 mV rise)
            double ref = referenceV(5.0);
            assertEquals(ref, v[0], 0.05, "v after 5 ms");
            assertTrue(v[0] > -60 + 0.5, "the excitatory pull wins: " + v[0]);
            assertEquals(v[0], v[2], 0, "identical neurons stay identical");
        }
    }

    /** V at {@code tMs} by RK4 with a 0.1 us step. */
    private static double referenceV(double tMs) {
        double gL = SILENT.cmPf() / SILENT.tauMs();
        double h = 1e-4;
        double v = -60;
        for (int k = 0; k < Math.round(tMs / h); k++) {
            double t = k * h;
            double k1 = dv(t, v, gL);
            double k2 = dv(t + h / 2, v + h / 2 * k1, gL);
            double k3 = dv(t + h / 2, v + h / 2 * k2, gL);
            double k4 = dv(t + h, v + h * k3, gL);
            v += h / 6 * (k1 + 2 * k2 + 2 * k3 + k4);
        }
        return v;
    }

    private static double dv(double t, double v, double gL) {
        double ge = 10 * Math.exp(-t / 5);
        double gi = 20 * Math.exp(-t / 10);
        return (-gL * (v + 60) + ge * (0 - v) + gi * (-80 - v)) / SILENT.cmPf();
    }

    @Test
    void aRandomInitialConductanceIsDrawnPerNeuronAndIsReproducible() {
        Project p = project(Map.of("g_ex", new Distribution.Uniform(0, 8)));
        double[] first;
        try (Simulation sim = Engine.compile(p)) {
            first = sim.state(1, "g_ex").clone();
        }
        try (Simulation sim = Engine.compile(p)) {
            assertEquals(List.of(first[0], first[1], first[2]),
                    List.of(sim.state(1, "g_ex")[0], sim.state(1, "g_ex")[1], sim.state(1, "g_ex")[2]));
        }
        assertTrue(first[0] != first[1] && first[0] >= 0 && first[0] <= 8, java.util.Arrays.toString(first));
    }

    @Test
    void anUnknownChannelNamesTheOnesThatExist() {
        ModelException e = assertThrows(ModelException.class,
                () -> Engine.compile(project(Map.of("g_nmda", Distribution.constant(1)))).close());
        assertTrue(e.getMessage().contains("g_nmda") && e.getMessage().contains("[v, g_ex, g_in]"), e.getMessage());
    }
}
