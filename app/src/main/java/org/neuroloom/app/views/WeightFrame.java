package org.neuroloom.app.views;

import java.util.Arrays;

/**
 * A weight snapshot of one projection, in the form the views draw: a pre x post matrix
 * downsampled to {@code rows x cols} blocks (mean weight of the synapses in a block, NaN where
 * a block holds none), a histogram over {@code [histMin, histMax]}, the mean and the count.
 * A producer fills a frame with {@link #clear}, {@link #add} and {@link #finish}; the frame is
 * reused, so nothing is allocated per snapshot.
 */
public final class WeightFrame {
    private final int rows;
    private final int cols;
    private final float[] sum;
    private final int[] count;
    private final float[] block;
    private final int[] histogram;
    private double histMin;
    private double histMax;
    private double weightSum;
    private long synapses;

    /** A frame of {@code rows x cols} blocks and {@code bins} histogram bins. */
    public WeightFrame(int rows, int cols, int bins) {
        this.rows = rows;
        this.cols = cols;
        this.sum = new float[rows * cols];
        this.count = new int[rows * cols];
        this.block = new float[rows * cols];
        this.histogram = new int[bins];
    }

    /** Starts a snapshot of a {@code preSize x postSize} projection with weights in [histMin, histMax]. */
    public void clear(double histMinWeight, double histMaxWeight) {
        Arrays.fill(sum, 0f);
        Arrays.fill(count, 0);
        Arrays.fill(histogram, 0);
        this.histMin = histMinWeight;
        this.histMax = histMaxWeight > histMinWeight ? histMaxWeight : histMinWeight + 1;
        weightSum = 0;
        synapses = 0;
    }

    /** Adds the synapse {@code pre -> post} with weight {@code w}. */
    public void add(int pre, int preSize, int post, int postSize, float w) {
        int r = (int) ((long) pre * rows / preSize);
        int c = (int) ((long) post * cols / postSize);
        int i = r * cols + c;
        sum[i] += w;
        count[i]++;
        int bins = histogram.length;
        int b = (int) ((w - histMin) / (histMax - histMin) * bins);
        histogram[b < 0 ? 0 : b >= bins ? bins - 1 : b]++;
        weightSum += w;
        synapses++;
    }

    /** Ends the snapshot: computes the block means. */
    public void finish() {
        for (int i = 0; i < block.length; i++) {
            block[i] = count[i] == 0 ? Float.NaN : sum[i] / count[i];
        }
    }

    /**
     * Sets the whole frame from already reduced data (a recording, or the engine's snapshot).
     *
     * @param blockMeans  {@code rows x cols} block means, NaN for empty blocks
     * @param counts      histogram counts, as many as this frame has bins
     */
    public void set(float[] blockMeans, int[] counts, double histMinWeight, double histMaxWeight, double mean, long synapseCount) {
        System.arraycopy(blockMeans, 0, block, 0, block.length);
        System.arraycopy(counts, 0, histogram, 0, histogram.length);
        histMin = histMinWeight;
        histMax = histMaxWeight;
        weightSum = mean * synapseCount;
        synapses = synapseCount;
    }

    /** Copies another frame of the same shape into this one. */
    public void copyFrom(WeightFrame o) {
        System.arraycopy(o.block, 0, block, 0, block.length);
        System.arraycopy(o.count, 0, count, 0, count.length);
        System.arraycopy(o.histogram, 0, histogram, 0, histogram.length);
        histMin = o.histMin;
        histMax = o.histMax;
        weightSum = o.weightSum;
        synapses = o.synapses;
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    /** Mean weight of block ({@code r}, {@code c}); NaN when it holds no synapse. */
    public float block(int r, int c) {
        return block[r * cols + c];
    }

    /** The block means, row-major (read only). */
    public float[] blocks() {
        return block;
    }

    /** The histogram counts (read only). */
    public int[] histogram() {
        return histogram;
    }

    public double histMin() {
        return histMin;
    }

    public double histMax() {
        return histMax;
    }

    /** Mean weight over all synapses, NaN when there are none. */
    public double meanWeight() {
        return synapses == 0 ? Double.NaN : weightSum / synapses;
    }

    public long synapses() {
        return synapses;
    }
}
