package org.neuroloom.engine.probe;

import org.neuroloom.engine.run.ProjectionWeights;
import org.neuroloom.engine.run.StepObserver;
import org.neuroloom.engine.run.StepView;

/**
 * Snapshots the weights of one projection every {@code intervalSteps} steps into a
 * {@link TripleBuffer} of {@link WeightSnapshot}s (block-averaged matrix and histogram): the
 * reader always finds the latest complete snapshot, snapshots it never looked at are counted
 * in {@link TripleBuffer#superseded()}. The synapse arrays are copied into buffers allocated
 * once, at the first snapshot.
 *
 * <p>Every snapshot's histogram also goes into a {@link SampleRing} ({@link #histograms()}), so a
 * histogram-over-time view misses none of them when the run outpaces the screen: one row per
 * snapshot of {@link #HISTORY_TIME} (ms), {@link #HISTORY_MEAN}, {@link #HISTORY_SYNAPSES} and
 * then the synapse count of each bin from {@link #HISTORY_BINS} on.
 */
public final class LiveWeights implements StepObserver {
    private final int projection;
    private final int intervalSteps;
    /** Column of a history row holding the snapshot's time, ms. */
    public static final int HISTORY_TIME = 0;
    /** Column of a history row holding the mean weight. */
    public static final int HISTORY_MEAN = 1;
    /** Column of a history row holding the number of synapses counted. */
    public static final int HISTORY_SYNAPSES = 2;
    /** Column of a history row where the bin counts start. */
    public static final int HISTORY_BINS = 3;
    /** History rows the ring holds: at the 50 ms the app snapshots at, 200 s of simulated time between two reads. */
    private static final int HISTORY_ROWS = 4096;

    private final TripleBuffer<WeightSnapshot> buffer;
    private final SampleRing histograms;
    private int[] pre;
    private int[] post;
    private float[] weight;

    /**
     * @param projection    projection index
     * @param preCount      presynaptic population size
     * @param postCount     postsynaptic population size
     * @param rows          matrix rows (presynaptic blocks)
     * @param cols          matrix columns (postsynaptic blocks)
     * @param bins          histogram bins
     * @param histMin       histogram lower edge (e.g. the rule's wMin)
     * @param histMax       histogram upper edge (e.g. the rule's wMax)
     * @param intervalSteps snapshot every this many steps (at least 1)
     */
    public LiveWeights(int projection, int preCount, int postCount, int rows, int cols, int bins, double histMin,
                       double histMax, int intervalSteps) {
        if (intervalSteps < 1) {
            throw new IllegalArgumentException("snapshot interval must be at least one step, got " + intervalSteps);
        }
        this.projection = projection;
        this.intervalSteps = intervalSteps;
        buffer = new TripleBuffer<>(() -> new WeightSnapshot(preCount, postCount, rows, cols, bins, histMin, histMax));
        histograms = new SampleRing(HISTORY_BINS + bins, HISTORY_ROWS);
    }

    /** Every snapshot's histogram, mean and time (see the class comment for the columns). */
    public SampleRing histograms() {
        return histograms;
    }

    /** The buffer the reader refreshes from. */
    public TripleBuffer<WeightSnapshot> buffer() {
        return buffer;
    }

    /** Reads no spike ids. */
    @Override
    public boolean needsSpikeIds(int population) {
        return false;
    }

    @Override
    public void afterStep(StepView view) {
        long step = view.stepIndex();
        if ((step + 1) % intervalSteps != 0) {
            return;
        }
        ProjectionWeights w = view.weights(projection);
        int n = (int) w.synapseCount();
        if (pre == null || pre.length < n) {
            pre = new int[n];
            post = new int[n];
            weight = new float[n];
        }
        w.copyTo(pre, post, weight);
        WeightSnapshot snap = buffer.back();
        snap.begin(step, view.timeMs());
        for (int s = 0; s < n; s++) {
            snap.add(pre[s], post[s], weight[s]);
        }
        snap.finish();
        if (histograms.beginRow(step)) {
            histograms.set(HISTORY_TIME, snap.timeMs());
            histograms.set(HISTORY_MEAN, snap.meanWeight());
            histograms.set(HISTORY_SYNAPSES, snap.synapses());
            long[] counts = snap.histogram();
            for (int b = 0; b < counts.length; b++) {
                histograms.set(HISTORY_BINS + b, counts[b]);
            }
            histograms.commitRow();
        }
        buffer.publish();
    }
}
