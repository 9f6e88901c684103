package org.neuroloom.engine.plasticity;

import org.neuroloom.engine.synapse.PlasticTable;

/**
 * The weight changes of one postsynaptic spike, gathered first and written second.
 * <p>A target's incoming synapses lie about one presynaptic row apart in {@link PlasticTable#weight},
 * so every weight a post-spike pass touches is a cache miss. Computed in the same loop as the
 * trace decay (an exponential per synapse), only a few of those misses are in flight at a time;
 * gathered first (the back index and the trace arrays are small and cached) and then written in a
 * loop that does nothing else, the core overlaps many of them. Results are bit-identical to the
 * one-loop form: every weight sees the same operations in the same order.
 */
final class BackScatter {
    private final int[] syn;
    private final double[] amount;
    private int count;

    /** Scratch for the largest in-degree of {@code table}. */
    BackScatter(PlasticTable table) {
        int max = 0;
        for (int q = 0; q + 1 < table.postStart.length; q++) {
            max = Math.max(max, table.postStart[q + 1] - table.postStart[q]);
        }
        syn = new int[max];
        amount = new double[max];
    }

    /** Starts a new spike's list. */
    void clear() {
        count = 0;
    }

    /** Queues {@code amount} for synapse {@code s}. */
    void add(int s, double amount) {
        syn[count] = s;
        this.amount[count++] = amount;
    }

    /** {@code w += amount}, clipped to [wMin, wMax], for every queued synapse. */
    void addTo(float[] w, double wMin, double wMax) {
        for (int i = 0; i < count; i++) {
            int s = syn[i];
            double wi = w[s] + amount[i];
            w[s] = (float) (wi < wMin ? wMin : (wi > wMax ? wMax : wi));
        }
    }

    /** {@code w += amount · (wMax - w)}, clipped to [wMin, wMax], for every queued synapse. */
    void addTowardMax(float[] w, double wMin, double wMax) {
        for (int i = 0; i < count; i++) {
            int s = syn[i];
            double wi = w[s];
            wi += amount[i] * (wMax - wi);
            w[s] = (float) (wi < wMin ? wMin : (wi > wMax ? wMax : wi));
        }
    }
}
