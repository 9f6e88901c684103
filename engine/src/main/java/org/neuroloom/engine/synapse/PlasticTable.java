package org.neuroloom.engine.synapse;

/**
 * The plastic synapses of one projection that end in one worker's slice. Synapses are
 * grouped by delay (a bucket per distinct delay, in steps), and inside a bucket in CSR order
 * by presynaptic element, then ascending target. A back index by target
 * ({@link #postStart}, {@link #synOfPost} ascending) lets a postsynaptic spike visit its
 * incoming synapses in memory order. Presynaptic traces are keyed by
 * {@code preKey = bucket · sourceSize + pre}, because synapses of different delays see the
 * same spike arrive at different times.
 * <p>Per synapse 12 bytes when the slice has at most 65,536 targets and the projection at most
 * 65,536 trace keys (16-bit indices): target offset 2 B, weight 4 B, back index 4 B, back trace
 * key 2 B; otherwise the indices that do not fit take 4 B each (up to 16 B). Only the owning
 * worker writes {@link #weight}; kernels read the indices through {@link #postOffset} and
 * {@link #keyOfBack}, whose representation test the JIT hoists out of the loops.
 */
public final class PlasticTable {
    /** Largest count that 16-bit (char) indices hold. */
    static final int MAX_16 = 1 << 16;
    /** Presynaptic population size. */
    public final int sourceSize;
    /** First target element of the slice. */
    public final int lo;
    /** One past the last target element of the slice. */
    public final int hi;
    /** Delay of each bucket, steps (ascending). */
    public final int[] bucketDelay;
    /** Row starts per bucket by presynaptic element (each of length sourceSize + 1). */
    public final int[][] rowStart;
    /** Weight of each synapse (the projection's weight unit). */
    public final float[] weight;
    /** Back index starts by {@code post - lo} (length hi - lo + 1). */
    public final int[] postStart;
    /** Synapse indices of each target's incoming synapses, ascending. */
    public final int[] synOfPost;
    private final char[] post16;
    private final int[] post32;
    private final char[] key16;
    private final int[] key32;

    /**
     * @param post         target element of each synapse (population index)
     * @param preKeyOfBack trace key of each back-index entry
     */
    PlasticTable(int sourceSize, int lo, int hi, int[] bucketDelay, int[][] rowStart, int[] post, float[] weight,
                 int[] postStart, int[] synOfPost, int[] preKeyOfBack) {
        this.sourceSize = sourceSize;
        this.lo = lo;
        this.hi = hi;
        this.bucketDelay = bucketDelay;
        this.rowStart = rowStart;
        this.weight = weight;
        this.postStart = postStart;
        this.synOfPost = synOfPost;
        if (hi - lo <= MAX_16) {
            post16 = offsets16(post, lo);
            post32 = null;
        } else {
            post16 = null;
            post32 = post;
        }
        if ((long) bucketDelay.length * sourceSize <= MAX_16) {
            key16 = offsets16(preKeyOfBack, 0);
            key32 = null;
        } else {
            key16 = null;
            key32 = preKeyOfBack;
        }
    }

    /** {@code index[i] - base} as 16-bit values; the caller has checked they fit. */
    static char[] offsets16(int[] index, int base) {
        char[] out = new char[index.length];
        for (int i = 0; i < index.length; i++) {
            out[i] = (char) (index[i] - base);
        }
        return out;
    }

    /** Target of synapse {@code s} relative to the slice ({@code post - lo}). */
    public int postOffset(int s) {
        return post16 != null ? post16[s] : post32[s] - lo;
    }

    /** Presynaptic trace key of back-index entry {@code k} (the synapse {@code synOfPost[k]}). */
    public int keyOfBack(int k) {
        return key16 != null ? key16[k] : key32[k];
    }

    /** Number of synapses. */
    public int size() {
        return weight.length;
    }

    /** Number of presynaptic trace keys ({@code buckets × sourceSize}). */
    public int preKeyCount() {
        return bucketDelay.length * sourceSize;
    }

    /** Bytes of the per-synapse arrays. */
    public long bytes() {
        long rows = 0;
        for (int[] r : rowStart) {
            rows += 4L * r.length;
        }
        long n = weight.length;
        long perSynapse = 4 + 4 + (post16 != null ? 2 : 4) + (key16 != null ? 2 : 4);
        return perSynapse * n + rows + 4L * postStart.length;
    }
}
