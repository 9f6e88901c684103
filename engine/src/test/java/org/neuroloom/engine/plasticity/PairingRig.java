package org.neuroloom.engine.plasticity;

import java.util.ArrayList;
import java.util.List;
import org.neuroloom.engine.Engine;
import org.neuroloom.engine.Net;
import org.neuroloom.engine.run.Simulation;
import org.neuroloom.engine.run.StepView;
import org.neuroloom.model.Network;
import org.neuroloom.model.Project;
import org.neuroloom.model.connect.Connector;
import org.neuroloom.model.dist.Distribution;
import org.neuroloom.model.modulator.Modulator;
import org.neuroloom.model.neuron.Lif;
import org.neuroloom.model.neuron.SpikeTimesSource;
import org.neuroloom.model.plasticity.Plasticity;
import org.neuroloom.model.synapse.SynapseModel;

/**
 * A pairing experiment: presynaptic spike-time sources ("pre") project through a plastic
 * one-to-one delta synapse onto LIF neurons ("post") that a "teacher" source forces to fire
 * at chosen times (a 100 mV delta kick, same delay as the plastic synapse, so a teacher time t
 * and a presynaptic time t arrive in the same step). Records every spike with its time.
 */
final class PairingRig implements AutoCloseable {
    static final double DELAY_MS = 1.0;
    static final int PRE = 0;
    static final int TEACHER = 1;
    static final int POST = 2;
    static final int PLASTIC = 1;

    final Simulation sim;
    /** Spike times per population and element, as stamped by the engine. */
    final List<List<List<Double>>> spikes = new ArrayList<>();

    PairingRig(double dtMs, List<List<Double>> preTimes, List<List<Double>> postTimes, Plasticity rule, double w0,
               List<Modulator> modulators) {
        int n = preTimes.size();
        Lif neuron = new Lif(250, 10, -70, -55, -70, 0, 0);
        Project p = Net.create().dt(dtMs)
                .pop("pre", n, new SpikeTimesSource(preTimes))
                .pop("teacher", n, new SpikeTimesSource(postTimes))
                .pop("post", n, neuron)
                .proj("kick", "teacher", "post", new Connector.OneToOne(), new SynapseModel.Delta(), 100, DELAY_MS)
                .proj("plastic", "pre", "post", new Connector.OneToOne(), new SynapseModel.Delta(),
                        Distribution.constant(w0), Distribution.constant(DELAY_MS), rule)
                .build();
        p = p.withNetwork(new Network(p.network().populations(), p.network().projections(), modulators));
        sim = Engine.compile(p);
        for (int pop = 0; pop < 3; pop++) {
            List<List<Double>> perElement = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                perElement.add(new ArrayList<>());
            }
            spikes.add(perElement);
        }
        sim.addObserver(this::record);
    }

    private void record(StepView v) {
        for (int pop = 0; pop < 3; pop++) {
            int[] ids = v.spikeIds(pop);
            for (int j = 0; j < v.spikeCount(pop); j++) {
                spikes.get(pop).get(ids[j]).add(v.timeMs());
            }
        }
    }

    void runUntil(double tMs) {
        sim.run(Math.round((tMs - sim.timeMs()) / sim.dtMs()));
    }

    /** Times the spikes of pre element {@code i} reach its plastic synapse. */
    double[] arrivals(int i) {
        return spikes.get(PRE).get(i).stream().mapToDouble(t -> t + DELAY_MS).toArray();
    }

    /** Spike times of post element {@code i}. */
    double[] postSpikes(int i) {
        return spikes.get(POST).get(i).stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The weight of the plastic synapse onto post element {@code i}. */
    double weight(int i) {
        int count = (int) sim.weights(PLASTIC).synapseCount();
        int[] pre = new int[count];
        int[] post = new int[count];
        float[] w = new float[count];
        sim.weights(PLASTIC).copyTo(pre, post, w);
        for (int s = 0; s < count; s++) {
            if (post[s] == i) {
                return w[s];
            }
        }
        throw new IllegalArgumentException("no synapse onto " + i);
    }

    @Override
    public void close() {
        sim.close();
    }
}
