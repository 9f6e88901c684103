package org.neuroloom.app.views;

/** A bounded ring of (time, value) samples in time order; the oldest are overwritten. */
public final class SampleRing {
    private final double[] timesMs;
    private final float[] values;
    private long written;

    public SampleRing(int capacity) {
        timesMs = new double[capacity];
        values = new float[capacity];
    }

    public void add(double tMs, float v) {
        int i = (int) (written % timesMs.length);
        timesMs[i] = tMs;
        values[i] = v;
        written++;
    }

    public void clear() {
        written = 0;
    }

    public int size() {
        return (int) Math.min(written, timesMs.length);
    }

    /** Time of the {@code k}-th held sample, oldest first. */
    public double timeMs(int k) {
        return timesMs[slot(k)];
    }

    /** Value of the {@code k}-th held sample, oldest first. */
    public float value(int k) {
        return values[slot(k)];
    }

    /** Index of the first held sample at or after {@code tMs}. */
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
