package org.neuroloom.engine.synapse;

/**
 * The plastic synapses of one projection that end in one worker's slice. Synapses are
 * grouped by delay (a bucket per distinct delay, in steps), and inside a bucket in CSR order
 * by presynaptic element, then ascending target. A back index by target
 * ({@link #postStart}, {@link #synOfPost} ascending) lets a postsynaptic spike visit its
 * incoming synapses in memory order. Presynaptic traces are keyed by
 * {@code preKey = bucket · sourceSize + pre}, because synapses of different delays see the
 * same spike arrive at different times.
 * <p>Per synapse: post index 4 B, weight 4 B, back index 4 B, back presynaptic key 4 B.
 * Arrays are public so that plasticity kernels' loops read them directly; only the owning
 * worker writes {@link #weight}.
 */
public final class PlasticTable {
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
    /** Target element of each synapse (population index). */
    public final int[] post;
    /** Weight of each synapse (the projection's weight unit). */
    public final float[] weight;
    /** Back index starts by {@code post - lo} (length hi - lo + 1). */
    public final int[] postStart;
    /** Synapse indices of each target's incoming synapses, ascending. */
    public final int[] synOfPost;
    /** Presynaptic trace key of each back-index entry. */
    public final int[] preKeyOfBack;

    PlasticTable(int sourceSize, int lo, int hi, int[] bucketDelay, int[][] rowStart, int[] post, float[] weight,
                 int[] postStart, int[] synOfPost, int[] preKeyOfBack) {
        this.sourceSize = sourceSize;
        this.lo = lo;
        this.hi = hi;
        this.bucketDelay = bucketDelay;
        this.rowStart = rowStart;
        this.post = post;
        this.weight = weight;
        this.postStart = postStart;
        this.synOfPost = synOfPost;
        this.preKeyOfBack = preKeyOfBack;
    }

    /** Number of synapses. */
    public int size() {
        return post.length;
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
        return 16L * post.length + rows + 4L * postStart.length;
    }
}
