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
 */
public final class LiveWeights implements StepObserver {
    private final int projection;
    private final int intervalSteps;
    private final TripleBuffer<WeightSnapshot> buffer;
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
        buffer.publish();
    }
}
