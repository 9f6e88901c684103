package org.neuroloom.engine.run;

import org.neuroloom.engine.neuron.SpikeBuffer;

/**
 * Where spikes go between steps: each worker slice lists its spikes of a step in its own
 * buffer (one set of buffers per step of a block, reused block after block), and after the
 * block the coordinating thread merges the slices' lists into a ring of whole-population
 * lists by step, which deliveries, plastic arrivals and observers read. Slices are contiguous
 * and ascending, so concatenating them in worker order keeps each list ascending.
 */
final class SpikeHistory {
    private final int depth;
    private final int sets;
    private final int threads;
    private final int[][][] ids;
    private final int[][] counts;
    private final SpikeBuffer[][][] buffers;

    /**
     * @param sizes   population sizes
     * @param slices  slice bounds per population and worker
     * @param threads number of worker slices
     * @param depth   steps the merged ring keeps (at least the longest plastic delay + 1 and the longest block)
     * @param sets    buffer sets, one per step of the longest block (at least 2: a slice's list of
     *                the step before stays readable while the next step is listed)
     */
    SpikeHistory(int[] sizes, int[][] slices, int threads, int depth, int sets) {
        this.depth = depth;
        this.sets = sets;
        this.threads = threads;
        int n = sizes.length;
        ids = new int[n][depth][];
        counts = new int[n][depth];
        buffers = new SpikeBuffer[sets][threads][n];
        for (int p = 0; p < n; p++) {
            for (int h = 0; h < depth; h++) {
                ids[p][h] = new int[Math.max(16, Math.min(sizes[p], 1 << 16))];
            }
            for (int s = 0; s < sets; s++) {
                for (int w = 0; w < threads; w++) {
                    buffers[s][w][p] = new SpikeBuffer(Math.min(slices[p][w + 1] - slices[p][w], 1 << 12));
                }
            }
        }
    }

    /** The list of slice {@code w} of population {@code p} for step {@code step} (the worker writes it). */
    SpikeBuffer slice(long step, int w, int p) {
        return buffers[(int) (step % sets)][w][p];
    }

    /** Merges the slices' lists of {@code step} for population {@code p}; returns the number of listed spikes. */
    int merge(long step, int p) {
        int h = (int) (step % depth);
        SpikeBuffer[][] bySlice = buffers[(int) (step % sets)];
        int total = 0;
        for (int w = 0; w < threads; w++) {
            total += bySlice[w][p].count();
        }
        int[] dst = ids[p][h];
        if (dst.length < total) {
            dst = new int[Math.max(total, dst.length * 2)];
            ids[p][h] = dst;
        }
        int at = 0;
        for (int w = 0; w < threads; w++) {
            SpikeBuffer b = bySlice[w][p];
            System.arraycopy(b.ids(), 0, dst, at, b.count());
            at += b.count();
        }
        counts[p][h] = total;
        return total;
    }

    /** Listed spikes of population {@code p} in step {@code step} (merged). */
    int count(int p, long step) {
        return counts[p][(int) (step % depth)];
    }

    /** The merged ids of population {@code p} in step {@code step}, ascending, valid up to {@link #count}. */
    int[] ids(int p, long step) {
        return ids[p][(int) (step % depth)];
    }
}
