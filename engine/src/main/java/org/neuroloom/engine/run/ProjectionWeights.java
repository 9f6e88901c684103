package org.neuroloom.engine.run;

/** Read access to the synapses of one projection; call from an observer or between steps. */
public interface ProjectionWeights {
    /** Number of synapses. */
    long synapseCount();

    /** Whether the weights change during the run. */
    boolean plastic();

    /**
     * Copies every synapse as (pre, post, weight) into the arrays (length &gt;= synapse count),
     * in a fixed order: by worker slice of the target, delay group, presynaptic element,
     * target element. For a current-source projection the order is by target.
     */
    void copyTo(int[] pre, int[] post, float[] weight);

    /**
     * Mean weight in a {@code rows × cols} grid of (pre bin, post bin), row-major into
     * {@code out}; bins without synapses get NaN.
     */
    void meanMatrix(double[] out, int rows, int cols);

    /** Counts weights into {@code counts.length} equal bins over {@code [lo, hi]} (values outside go to the end bins). */
    void histogram(long[] counts, double lo, double hi);
}
