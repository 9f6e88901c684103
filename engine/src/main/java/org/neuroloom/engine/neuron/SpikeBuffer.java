package org.neuroloom.engine.neuron;

import java.util.Arrays;

/**
 * The element indices that spiked in one step, ascending (a Poisson element that fires twice
 * in one step appears twice). One per worker and population, reused every step.
 */
public final class SpikeBuffer {
    private int[] ids;
    private int count;

    /** A buffer for about {@code capacity} spikes (it grows if needed). */
    public SpikeBuffer(int capacity) {
        ids = new int[Math.max(4, capacity)];
    }

    /** Appends a spike of element {@code id}. */
    public void add(int id) {
        if (count == ids.length) {
            ids = Arrays.copyOf(ids, ids.length * 2);
        }
        ids[count++] = id;
    }

    /** Makes room for at least {@code extra} more ids (for kernels that write {@link #ids()} directly). */
    public void ensureRoom(long extra) {
        long need = count + extra;
        if (need > ids.length) {
            ids = Arrays.copyOf(ids, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(need, ids.length * 2L)));
        }
    }

    /** Sets the number of valid ids after writing {@link #ids()} directly. */
    public void setCount(int n) {
        count = n;
    }

    /** Empties the buffer. */
    public void clear() {
        count = 0;
    }

    /** Number of spikes. */
    public int count() {
        return count;
    }

    /** The ids; valid up to {@link #count()}. */
    public int[] ids() {
        return ids;
    }
}
