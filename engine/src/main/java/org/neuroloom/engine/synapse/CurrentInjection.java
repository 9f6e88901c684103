package org.neuroloom.engine.synapse;

/**
 * A projection from a current source: target i receives {@code Σ weight × I_source(t)} over
 * its connected source elements, without delay or synaptic filtering. Stored by target
 * (CSR), so a worker sums the rows of its own slice.
 */
public final class CurrentInjection {
    private CurrentFunction source;
    private final int[] start;
    private final int[] src;
    private final float[] weight;
    private final double[] weightSum;
    private double scale = 1;

    /**
     * An injection whose generator is bound later with {@link #bind}.
     *
     * @param start   row starts per target (length targets + 1)
     * @param src     source element of each entry
     * @param weight  dimensionless weight of each entry
     */
    public CurrentInjection(int[] start, int[] src, float[] weight) {
        this.start = start;
        this.src = src;
        this.weight = weight;
        int n = start.length - 1;
        weightSum = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int e = start[i]; e < start[i + 1]; e++) {
                s += weight[e];
            }
            weightSum[i] = s;
        }
    }

    /** Binds the generator population (once, while building). */
    public void bind(CurrentFunction generator) {
        this.source = generator;
    }

    /** Whether the generator is bound. */
    public boolean bound() {
        return source != null;
    }

    /** Live weight scale (control). */
    public void setScale(double s) {
        scale = s;
    }

    /** Number of connections. */
    public int size() {
        return src.length;
    }

    /** Adds the injected current of targets {@code [lo, hi)} at {@code step} to {@code out}. */
    public void addTo(double[] out, int lo, int hi, long step) {
        if (source.uniform()) {
            double amp = source.currentPa(0, step) * scale;
            if (amp == 0) {
                return;
            }
            for (int i = lo; i < hi; i++) {
                out[i] += weightSum[i] * amp;
            }
            return;
        }
        for (int i = lo; i < hi; i++) {
            double s = 0;
            for (int e = start[i]; e < start[i + 1]; e++) {
                s += weight[e] * source.currentPa(src[e], step);
            }
            out[i] += s * scale;
        }
    }
}
