package org.neuroloom.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.neuroloom.model.CanvasPosition;
import org.neuroloom.model.Network;
import org.neuroloom.model.Population;
import org.neuroloom.model.Project;
import org.neuroloom.model.Projection;
import org.neuroloom.model.Simulation;
import org.neuroloom.model.connect.Connector;
import org.neuroloom.model.dist.Distribution;
import org.neuroloom.model.neuron.NeuronModel;
import org.neuroloom.model.plasticity.Plasticity;
import org.neuroloom.model.synapse.Receptor;
import org.neuroloom.model.synapse.SynapseModel;

/** A small builder of test projects in Java. */
public final class Net {
    private final List<Population> pops = new ArrayList<>();
    private final List<Projection> projs = new ArrayList<>();
    private double dtMs = 0.1;
    private long seed = 1;
    private String threads = "1";

    public static Net create() {
        return new Net();
    }

    public Net dt(double d) {
        dtMs = d;
        return this;
    }

    public Net seed(long s) {
        seed = s;
        return this;
    }

    public Net threads(String t) {
        threads = t;
        return this;
    }

    public Net pop(String id, int size, NeuronModel m) {
        pops.add(new Population(id, id, size, m, Map.of(), null, CanvasPosition.ORIGIN));
        return this;
    }

    public Net pop(String id, int size, NeuronModel m, Map<String, Distribution> initial) {
        pops.add(new Population(id, id, size, m, initial, null, CanvasPosition.ORIGIN));
        return this;
    }

    public Net pop(Population p) {
        pops.add(p);
        return this;
    }

    public Net proj(String id, String src, String tgt, Connector c, SynapseModel syn, double weight, double delayMs) {
        return proj(id, src, tgt, c, syn, Distribution.constant(weight), Distribution.constant(delayMs), null);
    }

    public Net proj(String id, String src, String tgt, Connector c, SynapseModel syn, Distribution weight,
                    Distribution delayMs, Plasticity plasticity) {
        Receptor r = weight.mean() < 0 ? Receptor.INHIBITORY : Receptor.EXCITATORY;
        projs.add(new Projection(id, id, src, tgt, c, r, syn, weight, delayMs, plasticity));
        return this;
    }

    public Project build() {
        return Project.empty("test").withSimulation(new Simulation(dtMs, 1000, seed, threads))
                .withNetwork(new Network(pops, projs, List.of()));
    }
}
