package org.neuroloom.engine.probe;

import java.util.Arrays;

/**
 * Population spike counts in time bins, from the engine thread to one reader. The producer adds
 * each step's spike counts to an open bin; every {@code binSteps} steps it tries to publish the
 * bin. When the reader is behind and the ring is full, the open bin simply stays open and grows:
 * the reader later gets one wider bin (its width is part of the data). No spike is ever lost,
 * the resolution gets coarser instead; {@link #merged()} counts how often that happened.
 */
public final class RateRing {
    private final RingCursors cursors;
    private final int populations;
    private final int binSteps;
    private final long[] startSteps;
    private final int[] widthSteps;
    private final long[] counts;
    private final long[] open;
    private long openStart = -1;
    private int openWidth;
    private volatile long merged;

    /**
     * @param populations     populations per bin
     * @param binSteps        nominal bin width in steps
     * @param minCapacityBins bins the ring holds at least (rounded up to a power of two)
     */
    public RateRing(int populations, int binSteps, int minCapacityBins) {
        if (populations < 1 || binSteps < 1) {
            throw new IllegalArgumentException("a rate ring needs populations >= 1 and binSteps >= 1, got "
                    + populations + " and " + binSteps);
        }
        this.populations = populations;
        this.binSteps = binSteps;
        cursors = new RingCursors(minCapacityBins);
        startSteps = new long[cursors.capacity];
        widthSteps = new int[cursors.capacity];
        counts = new long[cursors.capacity * populations];
        open = new long[populations];
    }

    /** Populations per bin. */
    public int populations() {
        return populations;
    }

    /** Nominal bin width in steps. */
    public int binSteps() {
        return binSteps;
    }

    /** Bins the ring holds. */
    public int capacityBins() {
        return cursors.capacity;
    }

    /**
     * Producer: records the spike counts of one step (index {@code step}) and publishes the open
     * bin when it is complete and there is room.
     *
     * @param step        step index
     * @param spikeCounts spikes per population in this step ({@link #populations()} entries)
     */
    public void addStep(long step, int[] spikeCounts) {
        if (openStart < 0) {
            openStart = step;
        }
        for (int p = 0; p < populations; p++) {
            open[p] += spikeCounts[p];
        }
        openWidth++;
        if (openWidth % binSteps != 0) {
            return;
        }
        if (cursors.free(1) < 1) {
            merged = merged + 1;
            return;
        }
        int slot = (int) cursors.tail() & cursors.mask;
        startSteps[slot] = openStart;
        widthSteps[slot] = openWidth;
        System.arraycopy(open, 0, counts, slot * populations, populations);
        cursors.publish(1);
        discardOpenBin();
    }

    /**
     * Producer: forgets the open bin (after a reset the old run's partial counts mean nothing);
     * the next step starts a new bin.
     */
    public void discardOpenBin() {
        Arrays.fill(open, 0L);
        openStart = -1;
        openWidth = 0;
    }

    /**
     * Consumer: moves up to {@code maxBins} bins, oldest first. Bin {@code b} starts at step
     * {@code startOut[b]}, spans {@code widthOut[b]} steps (a multiple of {@link #binSteps()}),
     * and its counts land in {@code countOut[b * populations() + p]}.
     *
     * @return bins moved
     */
    public int drainTo(long[] startOut, int[] widthOut, long[] countOut, int maxBins) {
        int n = Math.min(maxBins, cursors.available());
        long h = cursors.head();
        for (int b = 0; b < n; b++) {
            int slot = (int) (h + b) & cursors.mask;
            startOut[b] = startSteps[slot];
            widthOut[b] = widthSteps[slot];
            System.arraycopy(counts, slot * populations, countOut, b * populations, populations);
        }
        cursors.consume(n);
        return n;
    }

    /** Bins waiting for the consumer. */
    public int available() {
        return cursors.available();
    }

    /** How many times a complete bin had to stay open because the reader was behind. */
    public long merged() {
        return merged;
    }

    /**
     * The mean rate of one population in a bin.
     *
     * @param count      spikes in the bin
     * @param size       neurons in the population
     * @param widthSteps bin width in steps
     * @param dtMs       time step
     * @return rate in Hz
     */
    public static double rateHz(long count, int size, int widthSteps, double dtMs) {
        return count / (size * widthSteps * dtMs * 1e-3);
    }
}
