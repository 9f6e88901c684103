package org.neuroloom.engine.probe;

/**
 * Spike events (step, population, neuron) from the engine thread to one reader, in a bounded
 * single-producer/single-consumer ring of primitive arrays. The engine never waits: a batch
 * that does not fit is dropped whole and counted in {@link #dropped()}, so a reader that falls
 * behind sees gaps, never half a population's spikes of one step.
 *
 * <p>The producer offers a step's batches one population at a time and then calls
 * {@link #publish()}: the reader sees none of a step's batches before it sees all of them that
 * fitted, so a view never shows half a step (and then the rest a frame later).
 *
 * <p>Besides single spikes the ring carries <em>count entries</em>: "population p had n spikes
 * in this step" without their neurons, stored as neuron {@code -n} (see {@link #countOf}). A
 * population that fires millions of times per second (a Poisson source standing for many
 * inputs) is streamed that way for one entry per step instead of one per spike.
 *
 * <p>One step can hold more entries of a population than it has elements: a Poisson element
 * fires several times in a step at high rates, and the engine reports it once per spike.
 */
public final class SpikeRing {
    private final RingCursors cursors;
    private final long[] steps;
    private final int[] populations;
    private final int[] neurons;
    /** Entries offered since the last {@link #publish()}: written, not yet visible (producer only). */
    private int staged;

    /**
     * @param minCapacity how many spikes the ring holds at least (rounded up to a power of two)
     */
    public SpikeRing(int minCapacity) {
        cursors = new RingCursors(minCapacity);
        steps = new long[cursors.capacity];
        populations = new int[cursors.capacity];
        neurons = new int[cursors.capacity];
    }

    /** Spikes the ring holds. */
    public int capacity() {
        return cursors.capacity;
    }

    /**
     * Producer: stores the spikes of one population in one step, or none of them if they do not
     * fit (then they count as dropped). The reader sees them after the next {@link #publish()}.
     *
     * @param step       step index
     * @param population population index
     * @param ids        neuron indices within the population
     * @param count      how many entries of {@code ids} are valid
     * @return whether the batch was stored
     */
    public boolean offer(long step, int population, int[] ids, int count) {
        if (count == 0) {
            return true;
        }
        if (cursors.free(staged + count) < staged + count) {
            cursors.drop(count);
            return false;
        }
        // two bulk copies (before and after the wrap) instead of a masked loop: this runs on
        // the engine thread for every spike
        int from = (int) (cursors.tail() + staged) & cursors.mask;
        int first = Math.min(count, cursors.capacity - from);
        java.util.Arrays.fill(steps, from, from + first, step);
        java.util.Arrays.fill(populations, from, from + first, population);
        System.arraycopy(ids, 0, neurons, from, first);
        if (first < count) {
            int rest = count - first;
            java.util.Arrays.fill(steps, 0, rest, step);
            java.util.Arrays.fill(populations, 0, rest, population);
            System.arraycopy(ids, first, neurons, 0, rest);
        }
        staged += count;
        return true;
    }

    /**
     * Producer: stores a count entry, {@code count} spikes of {@code population} in {@code step}
     * without their neurons (dropped and counted as {@code count} spikes if the ring is full).
     * The reader sees it after the next {@link #publish()}.
     *
     * @return whether the entry was stored
     */
    public boolean offerCount(long step, int population, int count) {
        if (count <= 0) {
            return true;
        }
        if (cursors.free(staged + 1) < staged + 1) {
            cursors.drop(count);
            return false;
        }
        int slot = (int) (cursors.tail() + staged) & cursors.mask;
        steps[slot] = step;
        populations[slot] = population;
        neurons[slot] = -count;
        staged++;
        return true;
    }

    /** Producer: makes everything offered since the last call visible to the reader at once. */
    public void publish() {
        if (staged > 0) {
            cursors.publish(staged);
            staged = 0;
        }
    }

    /**
     * How many spikes a drained entry stands for: 1 for a spike (neuron id >= 0), {@code n} for
     * a count entry.
     */
    public static int countOf(int neuron) {
        return neuron >= 0 ? 1 : -neuron;
    }

    /** True if a drained entry is a count entry (its "neuron" is minus a spike count). */
    public static boolean isCount(int neuron) {
        return neuron < 0;
    }

    /**
     * Consumer: moves up to {@code max} entries, oldest first, into the caller's arrays (spikes
     * and count entries, see {@link #isCount}).
     *
     * @return how many were moved
     */
    public int drainTo(long[] stepOut, int[] populationOut, int[] neuronOut, int max) {
        int n = Math.min(max, cursors.available());
        long h = cursors.head();
        int mask = cursors.mask;
        for (int i = 0; i < n; i++) {
            int slot = (int) (h + i) & mask;
            stepOut[i] = steps[slot];
            populationOut[i] = populations[slot];
            neuronOut[i] = neurons[slot];
        }
        cursors.consume(n);
        return n;
    }

    /** Entries waiting for the consumer. */
    public int available() {
        return cursors.available();
    }

    /** Spikes dropped since creation because the consumer was behind (a count entry counts its spikes). */
    public long dropped() {
        return cursors.dropped();
    }
}
