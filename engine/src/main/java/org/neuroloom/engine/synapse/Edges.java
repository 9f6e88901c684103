package org.neuroloom.engine.synapse;

import java.util.Arrays;

/**
 * A chunk of generated synapses in canonical order (the order the connector produced them,
 * independent of the thread count): presynaptic and postsynaptic element, and optionally a
 * weight and a delay in steps per synapse. Growable; used only while building.
 */
public final class Edges {
    int count;
    int[] pre;
    int[] post;
    float[] weight;
    short[] delay;
    private final boolean hasWeight;
    private final boolean hasDelay;

    /** An empty chunk. */
    public Edges(int capacity, boolean hasWeight, boolean hasDelay) {
        capacity = Math.max(16, capacity);
        pre = new int[capacity];
        post = new int[capacity];
        this.hasWeight = hasWeight;
        this.hasDelay = hasDelay;
        weight = hasWeight ? new float[capacity] : null;
        delay = hasDelay ? new short[capacity] : null;
    }

    /** Appends a synapse; {@code w} and {@code d} are ignored when not stored. */
    public void add(int preIndex, int postIndex, float w, int d) {
        if (count == pre.length) {
            int n = pre.length * 2;
            pre = Arrays.copyOf(pre, n);
            post = Arrays.copyOf(post, n);
            if (hasWeight) {
                weight = Arrays.copyOf(weight, n);
            }
            if (hasDelay) {
                delay = Arrays.copyOf(delay, n);
            }
        }
        pre[count] = preIndex;
        post[count] = postIndex;
        if (hasWeight) {
            weight[count] = w;
        }
        if (hasDelay) {
            delay[count] = (short) d;
        }
        count++;
    }

    /** Number of synapses. */
    public int count() {
        return count;
    }

    /** Presynaptic element of synapse {@code i}. */
    public int pre(int i) {
        return pre[i];
    }

    /** Delay (steps) of synapse {@code i}; 0 when delays are not stored. */
    public int delayAt(int i) {
        return delay == null ? 0 : delay[i];
    }

    /** Weight of synapse {@code i}, or {@code fallback} when weights are not stored. */
    public float weightAt(int i, float fallback) {
        return weight == null ? fallback : weight[i];
    }

    /** Postsynaptic element of synapse {@code i}. */
    public int post(int i) {
        return post[i];
    }
}
