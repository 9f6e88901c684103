package org.neuroloom.engine.probe;

import org.neuroloom.engine.run.StepObserver;
import org.neuroloom.engine.run.StepView;

/**
 * Streams population spike counts in time bins to one reader through a {@link RateRing}: a
 * reader that falls behind gets wider bins, never a lost spike and never a slower engine.
 * Convert with {@link RateRing#rateHz(long, int, int, double)}.
 */
public final class LiveRates implements StepObserver {
    private final RateRing ring;
    private final int[] counts;
    private long lastStep = -1;

    /**
     * @param populations number of populations of the simulation
     * @param binSteps    nominal bin width in steps
     * @param capacity    bins the ring holds at least
     */
    public LiveRates(int populations, int binSteps, int capacity) {
        ring = new RateRing(populations, binSteps, capacity);
        counts = new int[populations];
    }

    /** The ring the reader drains. */
    public RateRing ring() {
        return ring;
    }

    /** Counts spikes, reads no ids. */
    @Override
    public boolean needsSpikeIds(int population) {
        return false;
    }

    @Override
    public void afterStep(StepView view) {
        long step = view.stepIndex();
        if (step <= lastStep) {
            // the simulation was reset: do not mix the old run's open bin into the new one
            ring.discardOpenBin();
        }
        lastStep = step;
        for (int p = 0; p < counts.length; p++) {
            counts[p] = view.spikeTotal(p);
        }
        ring.addStep(step, counts);
    }
}
