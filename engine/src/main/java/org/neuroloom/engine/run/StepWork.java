package org.neuroloom.engine.run;

import java.util.Arrays;
import org.neuroloom.engine.neuron.NeuronKernel;
import org.neuroloom.engine.neuron.SpikeBuffer;
import org.neuroloom.engine.plasticity.PlasticityKernel;
import org.neuroloom.engine.synapse.PlasticTable;
import org.neuroloom.engine.synapse.StaticTable;

/**
 * The workers' part of a block of steps (see {@link Simulation}): each worker slice first
 * delivers the spikes the previous block left through the static projections that cross slices,
 * in the order single steps deliver them (by emission step, projection, presynaptic element),
 * then runs the block's steps on its own. The coordinating thread calls {@link #begin} and
 * {@link #end} around each block; workers only call {@link #run}.
 */
final class StepWork implements WorkerPool.Task {
    private final double dtMs;
    private final NeuronKernel[] kernels;
    private final int populationCount;
    private final int workers;
    private final int[][] slices;
    private final int[] ringSize;
    private final ProjectionRuntime[] statics;
    private final ProjectionRuntime[] plastics;
    private final BlockPlan blocks;
    private final SpikeHistory history;
    private final SpikeFreeDrives drives;
    /** Synaptic events per worker slice, 16 longs apart so that workers do not share a cache line. */
    private final long[] events;
    /** Per static projection: its weight scale during the block before, and during this block. */
    private final double[] scaleBefore;
    private final double[] scaleNow;
    /** The running block: its first step and length (written before the workers start it). */
    private long blockStart;
    private int blockSteps;
    /** Spikes of steps {@code [pendingFrom, blockStart)} still go through the crossing projections. */
    private long pendingFrom;
    /**
     * Per static projection, the whole-range table the serial mode delivers through (null for
     * local and one-to-one projections); the array is null until the pool settles on that mode.
     */
    private StaticTable[] whole;
    private boolean wholeTried;

    StepWork(Plan plan, int[] ringSize, ProjectionRuntime[] statics, ProjectionRuntime[] plastics, BlockPlan blocks,
             SpikeHistory history, SpikeFreeDrives drives) {
        this.dtMs = plan.dtMs();
        this.kernels = plan.kernels();
        this.populationCount = kernels.length;
        this.slices = plan.slices();
        this.ringSize = ringSize;
        this.statics = statics;
        this.plastics = plastics;
        this.blocks = blocks;
        this.history = history;
        this.drives = drives;
        this.workers = plan.threads();
        this.events = new long[workers * 16];
        scaleBefore = new double[statics.length];
        scaleNow = new double[statics.length];
        Arrays.fill(scaleNow, 1);
    }

    /** Before a block of {@code steps} steps from {@code start} (coordinating thread). */
    void begin(long start, int steps) {
        for (int s = 0; s < statics.length; s++) {
            scaleBefore[s] = scaleNow[s];
            scaleNow[s] = statics[s].scale;
        }
        blockStart = start;
        blockSteps = steps;
    }

    /** After the block (coordinating thread): its spikes are pending for the next one. */
    void end() {
        pendingFrom = blockStart;
    }

    /**
     * Every slice's part of the running block on this thread. Once the pool has settled on this
     * mode, the crossing spikes go out once through whole-range tables ({@link StaticTable#whole},
     * built then, if the heap has room for them) instead of once per slice: a spike's row then
     * costs what it costs one worker, not once per slice. Slices write disjoint parts of the
     * rings, so delivering every slice's crossing spikes before any slice steps changes nothing.
     */
    @Override
    public void runAll(boolean settled) {
        if (settled && !wholeTried) {
            wholeTried = true;
            whole = wholeTables();
        }
        if (whole == null) {
            for (int w = 0; w < workers; w++) {
                run(w);
            }
            return;
        }
        final long k0 = blockStart;
        long ev = 0;
        for (long j = pendingFrom; j < k0; j++) {
            ev += deliverCrossing(-1, j, j == k0 - 1);
        }
        for (int w = 0; w < workers; w++) {
            for (int i = 0; i < blockSteps; i++) {
                ev += stepSlice(w, k0 + i);
            }
        }
        events[0] += ev;
    }

    /** The whole-range tables of the crossing static projections, or null when the heap is short of room. */
    private StaticTable[] wholeTables() {
        long bytes = 0;
        for (int s = 0; s < statics.length; s++) {
            if (!blocks.local[s] && !statics[s].staticTables[0].identity()) {
                for (StaticTable t : statics[s].staticTables) {
                    // the copy, and the 32-bit targets it is built from
                    bytes += t.bytes() + 4L * t.size();
                }
            }
        }
        Runtime rt = Runtime.getRuntime();
        long free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        if (2 * bytes > free) {
            return null;
        }
        StaticTable[] out = new StaticTable[statics.length];
        for (int s = 0; s < statics.length; s++) {
            if (!blocks.local[s] && !statics[s].staticTables[0].identity()) {
                out[s] = StaticTable.whole(statics[s].staticTables);
            }
        }
        return out;
    }

    /** Bytes of the whole-range tables the serial mode built (0 until it settles). */
    long wholeTableBytes() {
        long b = 0;
        for (int s = 0; whole != null && s < whole.length; s++) {
            b += whole[s] == null ? 0 : whole[s].bytes();
        }
        return b;
    }

    /** Worker (slice) {@code w}'s part of the running block. */
    @Override
    public void run(int w) {
        final long k0 = blockStart;
        long ev = 0;
        for (long j = pendingFrom; j < k0; j++) {
            ev += deliverCrossing(w, j, j == k0 - 1);
        }
        for (int i = 0; i < blockSteps; i++) {
            ev += stepSlice(w, k0 + i);
        }
        events[w * 16] += ev;
    }

    /**
     * Delivers the spikes of step {@code j} through the static projections that cross slices into
     * slice {@code w}, or into every slice ({@code w = -1}, through the whole-range tables).
     */
    private long deliverCrossing(int w, long j, boolean last) {
        long ev = 0;
        for (int s = 0; s < statics.length; s++) {
            if (blocks.local[s]) {
                continue;
            }
            ProjectionRuntime pr = statics[s];
            // as in a run of single steps: the spikes of step j go out in step j + 1, with its scale
            double scale = last ? scaleNow[s] : scaleBefore[s];
            int src = pr.info.source();
            int emitSlot = (int) (j % ringSize[pr.info.target()]);
            int[] ids = history.ids(src, j);
            int count = history.count(src, j);
            if (w >= 0) {
                ev += deliver(pr.staticTables[w], src, j, emitSlot, ids, count, scale);
            } else if (whole[s] != null) {
                ev += deliver(whole[s], src, j, emitSlot, ids, count, scale);
            } else {
                for (StaticTable t : pr.staticTables) {
                    ev += deliver(t, src, j, emitSlot, ids, count, scale);
                }
            }
        }
        return ev;
    }

    /** Delivers the spikes of step {@code j} of population {@code src} (or its counts) through one table. */
    private long deliver(StaticTable t, int src, long j, int emitSlot, int[] ids, int count, double scale) {
        if (drives.freeAt(src, j)) {
            return drives.deliver(src, t, j, emitSlot, scale);
        }
        if (count == 0 || t.size() == 0) {
            return 0;
        }
        if (t.identity()) {
            return t.deliverAll(ids, count, emitSlot, scale);
        }
        return t.deliverSpikes(ids, count, emitSlot, scale);
    }

    /** Step {@code k} of slice {@code w}: local deliveries, plastic arrivals, neuron updates, post-spike plasticity. */
    private long stepSlice(int w, long k) {
        long ev = 0;
        if (k > 0) {
            for (int s = 0; s < statics.length; s++) {
                if (blocks.local[s]) {
                    ProjectionRuntime pr = statics[s];
                    int src = pr.info.source();
                    SpikeBuffer own = history.slice(k - 1, w, src);
                    int emitSlot = (int) ((k - 1) % ringSize[pr.info.target()]);
                    ev += deliver(pr.staticTables[w], src, k - 1, emitSlot, own.ids(), own.count(), scaleNow[s]);
                }
            }
        }
        final double tEnd = (k + 1) * dtMs;
        final double tStart = k * dtMs;
        for (ProjectionRuntime pr : plastics) {
            pr.kernels[w].onStepStart(tStart);
            ev += arrive(pr, w, k, tEnd);
        }
        for (int p = 0; p < populationCount; p++) {
            SpikeBuffer out = history.slice(k, w, p);
            out.clear();
            int lo = slices[p][w];
            int hi = slices[p][w + 1];
            if (lo >= hi) {
                continue;
            }
            if (drives.freeAt(p, k)) {
                drives.draw(p, w, k);
            } else {
                kernels[p].update(lo, hi, k, (int) (k % ringSize[p]), out);
            }
        }
        for (ProjectionRuntime pr : plastics) {
            PlasticityKernel kernel = pr.kernels[w];
            SpikeBuffer spikes = history.slice(k, w, pr.info.target());
            int[] ids = spikes.ids();
            for (int j = 0, n = spikes.count(); j < n; j++) {
                kernel.onPostSpike(ids[j], tEnd);
            }
            kernel.onStep(tEnd);
        }
        return ev;
    }

    private long arrive(ProjectionRuntime pr, int w, long k, double tEnd) {
        PlasticTable t = pr.plasticTables[w];
        if (t.size() == 0) {
            return 0;
        }
        PlasticityKernel kernel = pr.kernels[w];
        pr.sinks[w].aim((int) (k % ringSize[pr.info.target()]));
        int src = pr.info.source();
        long ev = 0;
        for (int b = 0; b < t.bucketDelay.length; b++) {
            long emitted = k - t.bucketDelay[b];
            if (emitted < 0) {
                continue;
            }
            int count = history.count(src, emitted);
            int[] ids = history.ids(src, emitted);
            int[] rs = t.rowStart[b];
            int keyBase = b * t.sourceSize;
            for (int j = 0; j < count; j++) {
                int pre = ids[j];
                int from = rs[pre];
                int to = rs[pre + 1];
                if (from < to) {
                    kernel.onPreArrival(keyBase + pre, from, to, tEnd, pr.sinks[w]);
                    ev += to - from;
                }
            }
        }
        return ev;
    }

    /**
     * Synaptic events since the start, as a run of single steps counts them after
     * {@code step} steps: the spikes of every step but the last have gone out.
     */
    long events(long step) {
        long e = pendingEvents(step);
        for (int i = 0; i < events.length; i += 16) {
            e += events[i];
        }
        return e;
    }

    /**
     * Events of the spikes a block left for the next one that single steps would already have
     * delivered (steps {@code [pendingFrom, step - 1)}); none after a single step.
     */
    private long pendingEvents(long step) {
        long ev = 0;
        for (long j = pendingFrom; j < step - 1; j++) {
            for (int s = 0; s < statics.length; s++) {
                if (blocks.local[s]) {
                    continue;
                }
                int src = statics[s].info.source();
                if (drives.freeAt(src, j)) {
                    ev += drives.spikes(src, j);
                    continue;
                }
                int[] ids = history.ids(src, j);
                for (StaticTable t : statics[s].staticTables) {
                    for (int i = 0, n = history.count(src, j); i < n; i++) {
                        ev += t.outDegree(ids[i]);
                    }
                }
            }
        }
        return ev;
    }
}
