package org.neuroloom.engine.probe;

/**
 * Sampled state values (one row of {@code channels} doubles per sampling step, e.g. V of ten
 * chosen neurons) from the engine thread to one reader, in a bounded single-producer/single-
 * consumer ring. When the reader is behind, the producer skips whole rows and counts them in
 * {@link #dropped()}: the reader gets a sparser trace, the engine never waits.
 *
 * <p>Producer protocol per row: {@link #beginRow(long)}; if it returned {@code true},
 * {@link #set(int, double)} for each channel, then {@link #commitRow()}.
 */
public final class SampleRing {
    private final RingCursors cursors;
    private final int channels;
    private final long[] steps;
    private final double[] values;
    private boolean rowOpen;

    /**
     * @param channels       values per row, at least 1
     * @param minCapacityRows rows the ring holds at least (rounded up to a power of two)
     */
    public SampleRing(int channels, int minCapacityRows) {
        if (channels < 1) {
            throw new IllegalArgumentException("a sample ring needs at least one channel, got " + channels);
        }
        this.channels = channels;
        cursors = new RingCursors(minCapacityRows);
        steps = new long[cursors.capacity];
        values = new double[cursors.capacity * channels];
    }

    /** Values per row. */
    public int channels() {
        return channels;
    }

    /** Rows the ring holds. */
    public int capacityRows() {
        return cursors.capacity;
    }

    /**
     * Producer: starts a row for {@code step}.
     *
     * @return {@code false} when the ring is full (the row counts as dropped; do not call set)
     */
    public boolean beginRow(long step) {
        if (cursors.free(1) < 1) {
            cursors.drop(1);
            rowOpen = false;
            return false;
        }
        steps[(int) cursors.tail() & cursors.mask] = step;
        rowOpen = true;
        return true;
    }

    /** Producer: sets one value of the open row. */
    public void set(int channel, double value) {
        values[((int) cursors.tail() & cursors.mask) * channels + channel] = value;
    }

    /** Producer: makes the open row visible to the consumer. */
    public void commitRow() {
        if (!rowOpen) {
            throw new IllegalStateException("commitRow without a successful beginRow");
        }
        rowOpen = false;
        cursors.publish(1);
    }

    /**
     * Consumer: moves up to {@code maxRows} rows, oldest first; row {@code r}'s values land in
     * {@code valueOut[r * channels() .. (r + 1) * channels() - 1]}.
     *
     * @return rows moved
     */
    public int drainTo(long[] stepOut, double[] valueOut, int maxRows) {
        int n = Math.min(maxRows, cursors.available());
        long h = cursors.head();
        for (int r = 0; r < n; r++) {
            int slot = (int) (h + r) & cursors.mask;
            stepOut[r] = steps[slot];
            System.arraycopy(values, slot * channels, valueOut, r * channels, channels);
        }
        cursors.consume(n);
        return n;
    }

    /** Rows waiting for the consumer. */
    public int available() {
        return cursors.available();
    }

    /** Rows skipped since creation because the consumer was behind. */
    public long dropped() {
        return cursors.dropped();
    }
}
