package org.neuroloom.engine.build;

import java.util.List;
import org.neuroloom.engine.ModelException;
import org.neuroloom.model.Population;
import org.neuroloom.model.Projection;
import org.neuroloom.model.neuron.AdEx;
import org.neuroloom.model.neuron.CurrentSource;
import org.neuroloom.model.neuron.HodgkinHuxley;
import org.neuroloom.model.neuron.Izhikevich;
import org.neuroloom.model.neuron.NeuronModel;
import org.neuroloom.model.neuron.SpikeSource;

/**
 * How many workers, and which slice of each population each one owns. "auto" uses one
 * worker per core, but a single worker when the work of a step is too small to pay for the
 * hand-off between threads (measured: a hand-off costs about as much as
 * {@link #MIN_WORK_PER_THREAD} LIF updates).
 */
public final class ThreadPlan {
    /** Work units (≈ LIF updates or synaptic events) per step that one extra thread needs to pay off. */
    static final double MIN_WORK_PER_THREAD = 4000;
    /** Slice boundaries are multiples of this: workers do not share cache lines, and SIMD loops (up to 64 lanes) split every slice the same way whatever the thread count. */
    private static final int ALIGN = 64;

    private ThreadPlan() {
    }

    /** Resolves a requested thread count: {@code 0} = auto. */
    static int resolve(int requested, List<Population> pops, List<Projection> projections, double dtMs) {
        if (requested > 0) {
            return requested;
        }
        int cores = Runtime.getRuntime().availableProcessors();
        double work = workPerStep(pops, projections, dtMs);
        int byWork = (int) Math.max(1, Math.floor(work / MIN_WORK_PER_THREAD));
        return Math.max(1, Math.min(cores, byWork));
    }

    /** Estimated work of one step: element updates weighted by model cost, plus synaptic events at 10 Hz. */
    static double workPerStep(List<Population> pops, List<Projection> projections, double dtMs) {
        double work = 0;
        java.util.Map<String, Integer> sizes = new java.util.HashMap<>();
        for (Population p : pops) {
            sizes.put(p.id(), p.size());
            work += p.size() * cost(p.model());
        }
        for (Projection pr : projections) {
            Integer s = sizes.get(pr.source());
            Integer t = sizes.get(pr.target());
            if (s != null && t != null) {
                work += pr.connector().expectedSynapses(s, t) * 10 * dtMs / 1000;
            }
        }
        return work;
    }

    private static double cost(NeuronModel m) {
        if (m instanceof HodgkinHuxley) {
            return 10;
        }
        if (m instanceof AdEx || m instanceof Izhikevich) {
            return 2;
        }
        if (m instanceof SpikeSource) {
            return 0.3;
        }
        if (m instanceof CurrentSource) {
            return 0;
        }
        return 1;
    }

    /** Slice bounds of a population of {@code size} over {@code workers}. */
    static int[] slices(int size, int workers) {
        int[] b = new int[workers + 1];
        for (int w = 1; w < workers; w++) {
            long ideal = (long) size * w / workers;
            int aligned = (int) (Math.round(ideal / (double) ALIGN) * ALIGN);
            b[w] = Math.max(b[w - 1], Math.min(size, aligned));
        }
        b[workers] = size;
        return b;
    }

    /** Parses the project's thread setting ("auto" or a positive integer). */
    static int parse(String threads) {
        if (threads == null || threads.equals("auto")) {
            return 0;
        }
        try {
            int n = Integer.parseInt(threads.trim());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ModelException("simulation.threads: '" + threads + "' is not \"auto\" or a positive integer");
    }
}
