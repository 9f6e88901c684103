package org.neuroloom.app.views;

/**
 * A bounded ring of (time, global neuron id) spikes in time order. When full, the oldest
 * spikes are overwritten: a view never grows without bound, whatever the run length.
 */
public final class SpikeRing {
    private final double[] timesMs;
    private final int[] ids;
    private long written;

    /** A ring holding the last {@code capacity} spikes. */
    public SpikeRing(int capacity) {
        timesMs = new double[capacity];
        ids = new int[capacity];
    }

    public void add(double tMs, int gid) {
        int i = (int) (written % timesMs.length);
        timesMs[i] = tMs;
        ids[i] = gid;
        written++;
    }

    public void clear() {
        written = 0;
    }

    /** Spikes currently held. */
    public int size() {
        return (int) Math.min(written, timesMs.length);
    }

    /** Spikes ever added since the last clear. */
    public long written() {
        return written;
    }

    /** Time of the {@code k}-th held spike, oldest first. */
    public double timeMs(int k) {
        return timesMs[slot(k)];
    }

    /** Neuron of the {@code k}-th held spike, oldest first. */
    public int id(int k) {
        return ids[slot(k)];
    }

    /** Index of the first held spike at or after {@code tMs} (binary search, times are ordered). */
    public int firstAtOrAfter(double tMs) {
        int lo = 0;
        int hi = size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (timeMs(mid) < tMs) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private int slot(int k) {
        long first = written - size();
        return (int) ((first + k) % timesMs.length);
    }
}
