package org.neuroloom.engine.run;

import java.util.Arrays;
import java.util.List;
import org.neuroloom.engine.neuron.NeuronKernel;
import org.neuroloom.engine.neuron.PoissonKernel;
import org.neuroloom.engine.synapse.StaticTable;

/**
 * Spike-free Poisson drive, an automatic optimisation (Brian2's {@code PoissonInput} idea,
 * without its change of model). A Poisson population whose only role is one static
 * one-to-one projection with constant weight and delay (the usual "one external train per
 * neuron") needs no spike ids: each worker draws how often each of its elements fires in the
 * step ({@link PoissonKernel#countSpikes}, the same random numbers as the spike path) into a
 * count array, and in the next step adds the weight that many times to the target's ring slot
 * ({@link StaticTable#deliverCounts}, the same additions in the same order as delivering the
 * ids). Spikes and synaptic events are counted as before, so the results, the spike and event
 * counters and everything computed from them are bit-identical to the spike path.
 * <p>Which step runs spike-free is decided before each step: only if no observer
 * {@linkplain StepObserver#needsSpikeIds needs the population's spike ids} (a recorder, a raster
 * showing its spikes). Counts are kept for {@code depth} steps (a ring by step), because a
 * block's counts are written while those of the block before are still to be delivered, and the
 * choice for the next block's steps is made while the last block's are still to be read.
 */
final class SpikeFreeDrives {
    /** Per population: the step each ring slot's counts belong to (-1: none), or null if not eligible. */
    private final long[][] freeStep;
    /** Per population and ring slot: spikes per element, or null if not eligible. */
    private final int[][][] counts;
    /** Per worker: spikes drawn spike-free, at {@code population · depth + slot}. */
    private final long[][] drawn;
    private final int depth;
    private final NeuronKernel[] kernels;
    private final int[][] slices;
    private final boolean any;

    /**
     * @param depth steps the counts are kept: at least twice the longest block (2 for one step per block)
     */
    SpikeFreeDrives(NeuronKernel[] kernels, List<ProjectionRuntime> projections, int[][] slices, int threads, int depth) {
        this.kernels = kernels;
        this.slices = slices;
        this.depth = depth;
        int n = kernels.length;
        freeStep = new long[n][];
        counts = new int[n][][];
        drawn = new long[threads][n * depth];
        int[] uses = new int[n];
        for (ProjectionRuntime pr : projections) {
            uses[pr.info.source()]++;
        }
        boolean found = false;
        for (ProjectionRuntime pr : projections) {
            int s = pr.info.source();
            if (uses[s] == 1 && eligible(pr, kernels[s], slices[s], slices[pr.info.target()])) {
                freeStep[s] = new long[depth];
                Arrays.fill(freeStep[s], -1);
                counts[s] = new int[depth][kernels[s].size()];
                found = true;
            }
        }
        any = found;
    }

    private static boolean eligible(ProjectionRuntime pr, NeuronKernel source, int[] sourceSlices, int[] targetSlices) {
        if (!(source instanceof PoissonKernel) || pr.staticTables == null || !Arrays.equals(sourceSlices, targetSlices)) {
            return false;
        }
        for (StaticTable t : pr.staticTables) {
            if (!t.identity()) {
                return false;
            }
        }
        return true;
    }

    /** Whether population {@code p} can run spike-free at all. */
    boolean eligible(int p) {
        return freeStep[p] != null;
    }

    /** Before step {@code step}, on the coordinating thread: which eligible populations run spike-free. */
    void decide(long step, StepObserver[] observers) {
        if (!any) {
            return;
        }
        int slot = (int) (step % depth);
        for (int p = 0; p < freeStep.length; p++) {
            if (freeStep[p] == null) {
                continue;
            }
            boolean free = true;
            for (StepObserver o : observers) {
                if (o.needsSpikeIds(p)) {
                    free = false;
                    break;
                }
            }
            freeStep[p][slot] = free ? step : -1;
        }
    }

    /** Whether population {@code p} ran (or runs) spike-free in step {@code step}. */
    boolean freeAt(int p, long step) {
        long[] f = freeStep[p];
        return f != null && f[(int) (step % depth)] == step;
    }

    /** Worker {@code w} draws the counts of its slice of population {@code p} for step {@code step}. */
    void draw(int p, int w, long step) {
        int slot = (int) (step % depth);
        drawn[w][p * depth + slot] = ((PoissonKernel) kernels[p]).countSpikes(slices[p][w], slices[p][w + 1], step,
                counts[p][slot]);
    }

    /** Worker {@code w} delivers the counts of step {@code emitted} of population {@code p} through its table. */
    long deliver(int p, StaticTable table, long emitted, int emitSlot, double scale) {
        return table.deliverCounts(counts[p][(int) (emitted % depth)], emitSlot, scale);
    }

    /** Spikes of population {@code p} drawn spike-free in step {@code step} by all workers (after the step). */
    long spikes(int p, long step) {
        if (!freeAt(p, step)) {
            return 0;
        }
        int at = p * depth + (int) (step % depth);
        long total = 0;
        for (long[] d : drawn) {
            total += d[at];
        }
        return total;
    }
}
