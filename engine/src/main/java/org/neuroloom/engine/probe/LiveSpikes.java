package org.neuroloom.engine.probe;

import org.neuroloom.engine.run.StepObserver;
import org.neuroloom.engine.run.StepView;

/**
 * Streams the spikes of every population (or chosen ones) to one reader through a
 * {@link SpikeRing}. Attach it to a simulation (or a {@code RunController}); the reader drains
 * {@link #ring()} at its own pace. A reader that falls behind loses whole per-population
 * batches of a step, counted in {@link SpikeRing#dropped()}; the engine never waits.
 */
public final class LiveSpikes implements StepObserver {
    private final SpikeRing ring;
    private final boolean[] chosen;

    /**
     * @param capacity    spikes the ring holds at least
     * @param populations indices of the populations to stream; empty for all
     */
    public LiveSpikes(int capacity, int... populations) {
        ring = new SpikeRing(capacity);
        if (populations.length == 0) {
            chosen = null;
        } else {
            int max = 0;
            for (int p : populations) {
                if (p < 0) {
                    throw new IllegalArgumentException("population index must be >= 0, got " + p);
                }
                max = Math.max(max, p);
            }
            chosen = new boolean[max + 1];
            for (int p : populations) {
                chosen[p] = true;
            }
        }
    }

    /** The ring the reader drains. */
    public SpikeRing ring() {
        return ring;
    }

    @Override
    public void afterStep(StepView view) {
        long step = view.stepIndex();
        int n = view.populations().size();
        for (int p = 0; p < n; p++) {
            if (chosen != null && (p >= chosen.length || !chosen[p])) {
                continue;
            }
            int count = view.spikeCount(p);
            if (count > 0) {
                ring.offer(step, p, view.spikeIds(p), count);
            }
        }
    }
}
