package org.neuroloom.engine.synapse;

/**
 * The static synapses of one projection that end in one worker's slice, in CSR order by
 * presynaptic element. A synapse costs 2 bytes (its postsynaptic index as an offset from the
 * slice's first target) when the slice has at most 65,536 targets and 4 bytes otherwise, when
 * the projection's weight and delay are constants, plus 4 bytes for a per-synapse weight
 * (float) and 2 for a per-synapse delay (steps) when they vary. Delivery streams the indices
 * of every spike's row, so their width is memory traffic. Within a row, synapses are in
 * ascending target order, so every target's input is summed in an order that does not depend
 * on threads. The ring is double, or float for single-precision channels
 * ({@link InputChannels#ringF}): then each addend is {@code (float) (w·scale)}, added in float.
 */
public final class StaticTable {
    final int[] rowStart;
    /** Target offsets from the slice's first target {@link #lo} when they fit 16 bits, else null. */
    private final char[] post16;
    /** Target indices when the offsets do not fit 16 bits, else null. */
    private final int[] post32;
    final float[] weight;
    final short[] delay;
    final float constWeight;
    final int constDelay;
    private final double[] ring;
    private final float[] ringF;
    private final int targetSize;
    private final int ringSize;
    private final boolean identity;
    private final int lo;
    private final int hi;

    /** A table of the slice [lo, hi) of the target population; {@code post} holds target indices. */
    StaticTable(int[] rowStart, int[] post, float[] weight, short[] delay, float constWeight, int constDelay,
                double[] ring, float[] ringF, int targetSize, int ringSize, int lo, int hi) {
        this(rowStart, post, weight, delay, constWeight, constDelay, ring, ringF, targetSize, ringSize, false, lo,
                hi);
    }

    /** A one-to-one projection with constant weight and delay: element i of the slice [lo, hi) feeds target i. */
    static StaticTable identity(float constWeight, int constDelay, double[] ring, float[] ringF, int targetSize,
                                int ringSize, int lo, int hi) {
        int[] rows = new int[0];
        return new StaticTable(rows, new int[0], null, null, constWeight, constDelay, ring, ringF, targetSize,
                ringSize, true, lo, hi);
    }

    private StaticTable(int[] rowStart, int[] post, float[] weight, short[] delay, float constWeight, int constDelay,
                        double[] ring, float[] ringF, int targetSize, int ringSize, boolean identity, int lo,
                        int hi) {
        this.identity = identity;
        this.lo = lo;
        this.hi = hi;
        this.rowStart = rowStart;
        if (!identity && hi - lo <= PlasticTable.MAX_16) {
            post16 = PlasticTable.offsets16(post, lo);
            post32 = null;
        } else {
            post16 = null;
            post32 = post;
        }
        this.weight = weight;
        this.delay = delay;
        this.constWeight = constWeight;
        this.constDelay = constDelay;
        this.ring = ring;
        this.ringF = ringF;
        this.targetSize = targetSize;
        this.ringSize = ringSize;
    }

    /**
     * One table over the whole target range holding the synapses of the slice tables
     * {@code parts} of one projection (slices in ascending order): row by row, the slices' rows
     * one after another, so targets stay ascending within a row and every target receives its
     * additions in the order its slice's table gives them. The serial fallback delivers each
     * spike's row once through it instead of once per slice. Not for one-to-one tables.
     */
    public static StaticTable whole(StaticTable[] parts) {
        StaticTable a = parts[0];
        int sources = a.rowStart.length - 1;
        int[] rowStart = new int[sources + 1];
        for (int pre = 0; pre < sources; pre++) {
            int n = 0;
            for (StaticTable t : parts) {
                n += t.rowStart[pre + 1] - t.rowStart[pre];
            }
            rowStart[pre + 1] = rowStart[pre] + n;
        }
        int total = rowStart[sources];
        int[] post = new int[total];
        float[] weight = a.weight == null ? null : new float[total];
        short[] delay = a.delay == null ? null : new short[total];
        for (int pre = 0, s = 0; pre < sources; pre++) {
            for (StaticTable t : parts) {
                for (int k = t.rowStart[pre]; k < t.rowStart[pre + 1]; k++, s++) {
                    post[s] = t.postOf(k);
                    if (weight != null) {
                        weight[s] = t.weight[k];
                    }
                    if (delay != null) {
                        delay[s] = t.delay[k];
                    }
                }
            }
        }
        return new StaticTable(rowStart, post, weight, delay, a.constWeight, a.constDelay, a.ring, a.ringF,
                a.targetSize, a.ringSize, 0, a.targetSize);
    }

    /** Where in the ring the step that arrives {@code constDelay} slots after {@code emitSlot} starts. */
    private int constDelayBase(int emitSlot) {
        int slot = emitSlot + constDelay;
        if (slot >= ringSize) {
            slot -= ringSize;
        }
        return slot * targetSize;
    }

    /**
     * Adds the weights of presynaptic element {@code pre}'s synapses to the ring slots where
     * they arrive, for a spike emitted in the step whose ring slot is {@code emitSlot}.
     *
     * @return the number of synapses delivered
     */
    public int deliver(int pre, int emitSlot, double scale) {
        final int from = rowStart[pre];
        final int to = rowStart[pre + 1];
        if (from == to) {
            return 0;
        }
        if (ringF != null) {
            return deliverFloat(from, to, emitSlot, scale);
        }
        final double[] r = ring;
        final char[] p16 = post16;
        final int[] p32 = post32;
        if (delay == null) {
            final int base = constDelayBase(emitSlot);
            final int base16 = base + lo;
            if (weight == null) {
                final double w = constWeight * scale;
                if (p16 != null) {
                    for (int s = from; s < to; s++) {
                        r[base16 + p16[s]] += w;
                    }
                } else {
                    for (int s = from; s < to; s++) {
                        r[base + p32[s]] += w;
                    }
                }
            } else {
                final float[] ws = weight;
                if (p16 != null) {
                    for (int s = from; s < to; s++) {
                        r[base16 + p16[s]] += ws[s] * scale;
                    }
                } else {
                    for (int s = from; s < to; s++) {
                        r[base + p32[s]] += ws[s] * scale;
                    }
                }
            }
        } else {
            final short[] d = delay;
            final int n = targetSize;
            final int rs = ringSize;
            for (int s = from; s < to; s++) {
                int slot = emitSlot + d[s];
                if (slot >= rs) {
                    slot -= rs;
                }
                double w = weight == null ? constWeight : weight[s];
                r[slot * n + (p16 != null ? lo + p16[s] : p32[s])] += w * scale;
            }
        }
        return to - from;
    }

    /** How many spikes ahead {@link #deliverSpikes} asks for a row's first synapse. */
    private static final int AHEAD = 2;
    /** Constant-weight rows four at a time ({@link RowGroups}); {@code -Dneuroloom.rowGroups=false} turns it off, to compare. */
    private static final boolean GROUPED = !"false".equals(System.getProperty("neuroloom.rowGroups"));

    /**
     * Delivers the spikes {@code ids[0..count)} one after another as {@link #deliver} does, and
     * while one row is delivered, reads the first synapse of the row {@value #AHEAD} spikes ahead:
     * rows of different spikes lie far apart in memory, so each row's first cache line is a miss
     * that the out-of-order core cannot hide behind the row before unless it is asked for early.
     * Only a read: the additions and their order are those of {@link #deliver}. A table whose
     * synapses all carry the same weight and delay (16-bit targets) walks four rows at a time
     * instead ({@link RowGroups}): the same additions in another order, which gives the same sums
     * because they all add the same value.
     *
     * @return the number of synapses delivered
     */
    public long deliverSpikes(int[] ids, int count, int emitSlot, double scale) {
        if (GROUPED && weight == null && delay == null && post16 != null) {
            return RowGroups.add(ring, ringF, post16, rowStart, ids, count, constDelayBase(emitSlot) + lo,
                    constWeight * scale);
        }
        final int[] rs = rowStart;
        final char[] p16 = post16;
        final int[] p32 = post32;
        final int size = p16 != null ? p16.length : p32.length;
        long ev = 0;
        int touched = 0;
        for (int i = 0; i < count; i++) {
            if (i + AHEAD < count) {
                int from = rs[ids[i + AHEAD]];
                // targets and offsets are >= 0: the sign bit of their OR is 0, and using the
                // loaded values keeps the JIT from dropping the loads
                if (from < size) {
                    touched |= p16 != null ? p16[from] : p32[from];
                }
            }
            ev += deliver(ids[i], emitSlot, scale);
        }
        return ev + (touched >>> 31);
    }

    /** {@link #deliver} into a float ring: the same loops, each addend rounded to float. */
    private int deliverFloat(int from, int to, int emitSlot, double scale) {
        final float[] r = ringF;
        final char[] p16 = post16;
        final int[] p32 = post32;
        if (delay == null) {
            final int base = constDelayBase(emitSlot);
            final int base16 = base + lo;
            if (weight == null) {
                final float w = (float) (constWeight * scale);
                if (p16 != null) {
                    for (int s = from; s < to; s++) {
                        r[base16 + p16[s]] += w;
                    }
                } else {
                    for (int s = from; s < to; s++) {
                        r[base + p32[s]] += w;
                    }
                }
            } else {
                final float[] ws = weight;
                if (p16 != null) {
                    for (int s = from; s < to; s++) {
                        r[base16 + p16[s]] += (float) (ws[s] * scale);
                    }
                } else {
                    for (int s = from; s < to; s++) {
                        r[base + p32[s]] += (float) (ws[s] * scale);
                    }
                }
            }
        } else {
            final short[] d = delay;
            final int n = targetSize;
            final int rs = ringSize;
            for (int s = from; s < to; s++) {
                int slot = emitSlot + d[s];
                if (slot >= rs) {
                    slot -= rs;
                }
                double w = weight == null ? constWeight : weight[s];
                r[slot * n + (p16 != null ? lo + p16[s] : p32[s])] += (float) (w * scale);
            }
        }
        return to - from;
    }

    /** Whether this is a one-to-one table (see {@link #deliverAll}). */
    public boolean identity() {
        return identity;
    }

    /**
     * Delivers a whole step's spikes ({@code ids[0..count)}, ascending) through a one-to-one
     * table: only the spikes of this slice's elements matter, found by binary search.
     *
     * @return the number of synapses delivered
     */
    public int deliverAll(int[] ids, int count, int emitSlot, double scale) {
        if (ringF != null) {
            return deliverAllFloat(ids, count, emitSlot, scale);
        }
        final int from = firstOfSlice(ids, count);
        final int base = constDelayBase(emitSlot);
        final double w = constWeight * scale;
        final double[] r = ring;
        int j = from;
        while (j < count) {
            int id = ids[j];
            if (id >= hi) {
                break;
            }
            // a run of k equal ids (a source firing k times in the step) adds k·w at once, the
            // same addition deliverCounts makes from a count
            int end = j + 1;
            while (end < count && ids[end] == id) {
                end++;
            }
            r[base + id] += (end - j) * w;
            j = end;
        }
        return j - from;
    }

    /** {@link #deliverAll} into a float ring. */
    private int deliverAllFloat(int[] ids, int count, int emitSlot, double scale) {
        final int from = firstOfSlice(ids, count);
        final int base = constDelayBase(emitSlot);
        final double w = constWeight * scale;
        final float[] r = ringF;
        int j = from;
        while (j < count) {
            int id = ids[j];
            if (id >= hi) {
                break;
            }
            int end = j + 1;
            while (end < count && ids[end] == id) {
                end++;
            }
            r[base + id] += (float) ((end - j) * w);
            j = end;
        }
        return j - from;
    }

    /** Index of the first id in {@code ids[0..count)} (ascending) that is not below this slice's start. */
    private int firstOfSlice(int[] ids, int count) {
        int from = java.util.Arrays.binarySearch(ids, 0, count, lo);
        if (from < 0) {
            return -from - 1;
        }
        while (from > 0 && ids[from - 1] == lo) {
            from--;
        }
        return from;
    }

    /**
     * Delivers a whole step's spikes of a one-to-one table given as per-element spike counts
     * ({@code counts[i]} spikes of element i, for this slice's elements) instead of spike ids:
     * the same additions in the same order as {@link #deliverAll} on the ids, without the ids,
     * so the results are bit-identical.
     *
     * @return the number of synapses delivered (spikes × 1)
     */
    public long deliverCounts(int[] counts, int emitSlot, double scale) {
        if (ringF != null) {
            return deliverCountsFloat(counts, emitSlot, scale);
        }
        final int base = constDelayBase(emitSlot);
        final double w = constWeight * scale;
        final double[] r = ring;
        final int[] c = counts;
        long delivered = 0;
        for (int i = lo; i < hi; i++) {
            int k = c[i];
            // k·w in one addition, as deliverAll adds a run of k equal ids (0·w adds +0.0: no change)
            r[base + i] += k * w;
            delivered += k;
        }
        return delivered;
    }

    /** {@link #deliverCounts} into a float ring. */
    private long deliverCountsFloat(int[] counts, int emitSlot, double scale) {
        final int base = constDelayBase(emitSlot);
        final double w = constWeight * scale;
        final float[] r = ringF;
        final int[] c = counts;
        long delivered = 0;
        for (int i = lo; i < hi; i++) {
            int k = c[i];
            r[base + i] += (float) (k * w);
            delivered += k;
        }
        return delivered;
    }

    /** Number of this table's synapses from presynaptic element {@code pre}. */
    public int outDegree(int pre) {
        if (identity) {
            return pre >= lo && pre < hi ? 1 : 0;
        }
        return rowStart[pre + 1] - rowStart[pre];
    }

    /** The shortest delay of the table's synapses, steps ({@link Integer#MAX_VALUE} if it has none). */
    public int minDelaySteps() {
        if (size() == 0) {
            return Integer.MAX_VALUE;
        }
        if (delay == null) {
            return constDelay;
        }
        int min = Integer.MAX_VALUE;
        for (short d : delay) {
            min = Math.min(min, d);
        }
        return min;
    }

    /** Number of synapses. */
    public int size() {
        return identity ? hi - lo : post16 != null ? post16.length : post32.length;
    }

    /** Bytes used per synapse by the per-synapse arrays (row starts excluded). */
    public long bytes() {
        if (identity) {
            return 0;
        }
        long targets = post16 != null ? 2L * post16.length : 4L * post32.length;
        return targets + (weight == null ? 0 : 4L * weight.length) + (delay == null ? 0 : 2L * delay.length)
                + 4L * rowStart.length;
    }

    /** Row starts by presynaptic element (length source size + 1); do not modify. */
    public int[] rowStart() {
        if (identity) {
            int[] rows = new int[targetSize + 1];
            for (int i = 0; i <= targetSize; i++) {
                rows[i] = Math.max(0, Math.min(i, hi) - lo);
            }
            return rows;
        }
        return rowStart;
    }

    /** Postsynaptic element (target population index) of synapse {@code s}. */
    public int postOf(int s) {
        if (identity) {
            return lo + s;
        }
        return post16 != null ? lo + post16[s] : post32[s];
    }

    /** The weight of synapse {@code s}. */
    public float weightOf(int s) {
        return weight == null ? constWeight : weight[s];
    }
}
