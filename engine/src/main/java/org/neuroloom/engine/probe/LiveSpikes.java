package org.neuroloom.engine.probe;

import org.neuroloom.engine.run.StepObserver;
import org.neuroloom.engine.run.StepView;

/**
 * Streams the spikes of every population (or chosen ones) to one reader through a
 * {@link SpikeRing}. Attach it to a simulation (or a {@code RunController}); the reader drains
 * {@link #ring()} at its own pace and sees each step's spikes all at once. A reader that falls
 * behind loses whole per-population batches of a step, counted in {@link SpikeRing#dropped()};
 * the engine never waits.
 *
 * <p>A probe made with {@link #counting} streams the populations that are not itemized as one
 * count entry per step ({@link SpikeRing#offerCount}), so a reader still sees their rate
 * exactly, and the set of itemized populations can change while it runs ({@link #itemize}).
 */
public final class LiveSpikes implements StepObserver {
    private final SpikeRing ring;
    private final boolean countOthers;
    /** Itemized populations ({@code null}: all); replaced whole, read once per step. */
    private volatile boolean[] chosen;

    /**
     * @param capacity    spikes the ring holds at least
     * @param populations indices of the populations to stream; empty for all
     */
    public LiveSpikes(int capacity, int... populations) {
        this(capacity, false, mask(populations));
    }

    private LiveSpikes(int capacity, boolean countOthers, boolean[] chosen) {
        ring = new SpikeRing(capacity);
        this.countOthers = countOthers;
        this.chosen = chosen;
    }

    /**
     * A probe that streams every spike of the populations marked in {@code itemized} and only the
     * per-step spike count of the others.
     *
     * @param capacity entries the ring holds at least
     * @param itemized one flag per population index (missing indices count as not itemized)
     */
    public static LiveSpikes counting(int capacity, boolean[] itemized) {
        return new LiveSpikes(capacity, true, itemized.clone());
    }

    private static boolean[] mask(int... populations) {
        if (populations.length == 0) {
            return null;
        }
        int max = 0;
        for (int p : populations) {
            if (p < 0) {
                throw new IllegalArgumentException("population index must be >= 0, got " + p);
            }
            max = Math.max(max, p);
        }
        boolean[] m = new boolean[max + 1];
        for (int p : populations) {
            m[p] = true;
        }
        return m;
    }

    /** The ring the reader drains. */
    public SpikeRing ring() {
        return ring;
    }

    /**
     * Changes which populations are itemized, from the next step on (any thread). Each step
     * of a population is streamed whole in one form or the other, never both.
     */
    public void itemize(boolean[] itemized) {
        chosen = itemized.clone();
    }

    /** Whether population {@code p} is itemized now. */
    public boolean itemized(int p) {
        boolean[] c = chosen;
        return c == null || (p < c.length && c[p]);
    }

    /** Spike ids of the itemized populations only (a counting probe takes the others' totals). */
    @Override
    public boolean needsSpikeIds(int population) {
        return itemized(population);
    }

    @Override
    public void afterStep(StepView view) {
        long step = view.stepIndex();
        boolean[] c = chosen;
        int n = view.populations().size();
        for (int p = 0; p < n; p++) {
            int count = view.spikeTotal(p);
            if (count == 0) {
                continue;
            }
            // a population itemized only since this step began ran spike-free: its count is all there is
            boolean listed = view.spikeCount(p) == count;
            if (listed && (c == null || (p < c.length && c[p]))) {
                ring.offer(step, p, view.spikeIds(p), count);
            } else if (countOthers) {
                ring.offerCount(step, p, count);
            }
        }
        // the reader gets the step whole: a view never shows some populations' spikes of it a frame early
        ring.publish();
    }
}
