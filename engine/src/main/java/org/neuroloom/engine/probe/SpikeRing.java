package org.neuroloom.engine.probe;

/**
 * Spike events (step, population, neuron) from the engine thread to one reader, in a bounded
 * single-producer/single-consumer ring of primitive arrays. The engine never waits: a batch
 * that does not fit is dropped whole and counted in {@link #dropped()}, so a reader that falls
 * behind sees complete steps with gaps, never half a population's spikes of one step.
 */
public final class SpikeRing {
    private final RingCursors cursors;
    private final long[] steps;
    private final int[] populations;
    private final int[] neurons;

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
     * fit (then they count as dropped).
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
        if (cursors.free(count) < count) {
            cursors.drop(count);
            return false;
        }
        long t = cursors.tail();
        int mask = cursors.mask;
        for (int i = 0; i < count; i++) {
            int slot = (int) (t + i) & mask;
            steps[slot] = step;
            populations[slot] = population;
            neurons[slot] = ids[i];
        }
        cursors.publish(count);
        return true;
    }

    /**
     * Consumer: moves up to {@code max} spikes, oldest first, into the caller's arrays.
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

    /** Spikes waiting for the consumer. */
    public int available() {
        return cursors.available();
    }

    /** Spikes dropped since creation because the consumer was behind. */
    public long dropped() {
        return cursors.dropped();
    }
}
