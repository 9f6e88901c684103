package org.neuroloom.engine.run;

import java.util.Arrays;
import org.neuroloom.engine.synapse.PlasticTable;
import org.neuroloom.engine.synapse.StaticTable;

/**
 * How many steps the workers may run without exchanging spikes: a block (one hand-off between
 * threads) may be as long as the shortest delay of any projection whose spikes cross from one
 * worker's slice to another's, because a spike emitted inside the block cannot arrive before the
 * block ends. The spikes of a block are exchanged and delivered at the start of the next one.
 * <p>A <em>local</em> projection is one a worker feeds from its own slice alone: one-to-one
 * with the same slicing of source and target and a delay of one step (the usual external drive
 * with delay dt). It does not limit the block; its worker delivers it step by step from its own
 * spike list. Local projections exist only when every crossing delay is at least 2 steps, so
 * that the two kinds never add to the same ring slot at the same point of a step, and the
 * order of additions (hence every result bit) is that of a run with one step per hand-off.
 * <p>Plastic projections always cross (their arrivals read the merged history), and their
 * shortest delay bucket counts like a static delay.
 */
final class BlockPlan {
    /** Longest block, steps: bounds the per-step spike lists and count buffers a block keeps. */
    static final int MAX_STEPS = 32;
    /** Per static projection (in {@code statics} order): delivered by its own worker step by step. */
    final boolean[] local;
    /** Longest block for this network and thread count (1: one hand-off per step). */
    final int maxSteps;

    private BlockPlan(boolean[] local, int maxSteps) {
        this.local = local;
        this.maxSteps = maxSteps;
    }

    /**
     * The plan for {@code threads} workers. One worker needs no hand-offs, so it keeps one
     * step per block (and no local projections): its run is the reference the others match.
     */
    static BlockPlan of(ProjectionRuntime[] statics, ProjectionRuntime[] plastics, int[][] slices, int threads) {
        boolean[] local = new boolean[statics.length];
        if (threads < 2) {
            return new BlockPlan(local, 1);
        }
        int crossing = MAX_STEPS;
        for (int s = 0; s < statics.length; s++) {
            ProjectionRuntime pr = statics[s];
            local[s] = isLocal(pr, slices);
            if (!local[s]) {
                for (StaticTable t : pr.staticTables) {
                    crossing = Math.min(crossing, t.minDelaySteps());
                }
            }
        }
        for (ProjectionRuntime pr : plastics) {
            for (PlasticTable t : pr.plasticTables) {
                for (int d : t.bucketDelay) {
                    crossing = Math.min(crossing, d);
                }
            }
        }
        if (crossing < 2) {
            return new BlockPlan(new boolean[statics.length], 1);
        }
        return new BlockPlan(local, crossing);
    }

    private static boolean isLocal(ProjectionRuntime pr, int[][] slices) {
        if (!Arrays.equals(slices[pr.info.source()], slices[pr.info.target()])) {
            return false;
        }
        for (StaticTable t : pr.staticTables) {
            if (!t.identity() || (t.size() > 0 && t.minDelaySteps() != 1)) {
                return false;
            }
        }
        return true;
    }
}
