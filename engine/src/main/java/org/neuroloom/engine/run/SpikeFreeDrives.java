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
 * showing its spikes). Counts are double-buffered by step parity, because step k's counts are
 * written while step k-1's are delivered, possibly by another worker.
 */
final class SpikeFreeDrives {
    /** Per population: the step each parity's counts belong to (-1: none), or null if not eligible. */
    private final long[][] freeStep;
    /** Per population and parity: spikes per element, or null if not eligible. */
    private final int[][][] counts;
    /** Per worker and population: spikes drawn spike-free in the current step. */
    private final long[][] drawn;
    private final NeuronKernel[] kernels;
    private final int[][] slices;
    private final boolean any;

    SpikeFreeDrives(NeuronKernel[] kernels, List<ProjectionRuntime> projections, int[][] slices, int threads) {
        this.kernels = kernels;
        this.slices = slices;
        int n = kernels.length;
        freeStep = new long[n][];
        counts = new int[n][][];
        drawn = new long[threads][n];
        int[] uses = new int[n];
        for (ProjectionRuntime pr : projections) {
            uses[pr.info.source()]++;
        }
        boolean found = false;
        for (ProjectionRuntime pr : projections) {
            int s = pr.info.source();
            if (uses[s] == 1 && eligible(pr, kernels[s], slices[s], slices[pr.info.target()])) {
                freeStep[s] = new long[]{-1, -1};
                counts[s] = new int[2][kernels[s].size()];
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
        int parity = (int) (step & 1);
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
            freeStep[p][parity] = free ? step : -1;
        }
    }

    /** Whether population {@code p} ran (or runs) spike-free in step {@code step}. */
    boolean freeAt(int p, long step) {
        long[] f = freeStep[p];
        return f != null && f[(int) (step & 1)] == step;
    }

    /** Worker {@code w} draws the counts of its slice of population {@code p} for step {@code step}. */
    void draw(int p, int w, long step) {
        drawn[w][p] = ((PoissonKernel) kernels[p]).countSpikes(slices[p][w], slices[p][w + 1], step,
                counts[p][(int) (step & 1)]);
    }

    /** Worker {@code w} delivers the counts of step {@code emitted} of population {@code p} through its table. */
    long deliver(int p, StaticTable table, long emitted, int emitSlot, double scale) {
        return table.deliverCounts(counts[p][(int) (emitted & 1)], emitSlot, scale);
    }

    /** Spikes of population {@code p} drawn spike-free in step {@code step} by all workers (after the step). */
    long spikes(int p, long step) {
        if (!freeAt(p, step)) {
            return 0;
        }
        long total = 0;
        for (long[] d : drawn) {
            total += d[p];
        }
        return total;
    }
}
