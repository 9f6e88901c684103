package org.neuroloom.engine.probe;

import java.util.Arrays;

/**
 * The weights of one projection at one step, reduced to a fixed-size picture: a
 * {@code rows x cols} matrix (presynaptic x postsynaptic) where each cell is the mean weight of
 * the synapses in its block of neurons ({@code NaN} where the block has none), and a histogram
 * of all weights over a fixed range. Mutable and reused: it lives in a {@link TripleBuffer}.
 *
 * <p>Filling: {@link #begin(long, double)}, {@link #add(int, int, float)} for every synapse,
 * {@link #finish()}.
 */
public final class WeightSnapshot {
    private final int rows;
    private final int cols;
    private final int preCount;
    private final int postCount;
    private final double histMin;
    private final double histMax;
    private final double[] cellSum;
    private final int[] cellCount;
    private final float[] matrix;
    private final long[] histogram;
    private long step;
    private double timeMs;
    private long synapses;
    private double sum;
    private double min;
    private double max;

    /**
     * @param preCount  presynaptic neurons
     * @param postCount postsynaptic neurons
     * @param rows      matrix rows, at most {@code preCount}
     * @param cols      matrix columns, at most {@code postCount}
     * @param bins      histogram bins
     * @param histMin   lower edge of the histogram (weights below land in bin 0)
     * @param histMax   upper edge (weights above land in the last bin)
     */
    public WeightSnapshot(int preCount, int postCount, int rows, int cols, int bins, double histMin, double histMax) {
        if (preCount < 1 || postCount < 1 || rows < 1 || cols < 1 || bins < 1) {
            throw new IllegalArgumentException("weight snapshot sizes must be >= 1");
        }
        if (!(histMax > histMin) || !Double.isFinite(histMin) || !Double.isFinite(histMax)) {
            throw new IllegalArgumentException("histogram range must be finite with max > min, got ["
                    + histMin + ", " + histMax + "]");
        }
        this.preCount = preCount;
        this.postCount = postCount;
        this.rows = Math.min(rows, preCount);
        this.cols = Math.min(cols, postCount);
        this.histMin = histMin;
        this.histMax = histMax;
        cellSum = new double[this.rows * this.cols];
        cellCount = new int[this.rows * this.cols];
        matrix = new float[this.rows * this.cols];
        histogram = new long[bins];
    }

    /** Starts a new snapshot for {@code step} at {@code timeMs}. */
    public void begin(long step, double timeMs) {
        this.step = step;
        this.timeMs = timeMs;
        Arrays.fill(cellSum, 0);
        Arrays.fill(cellCount, 0);
        Arrays.fill(histogram, 0);
        synapses = 0;
        sum = 0;
        min = Double.POSITIVE_INFINITY;
        max = Double.NEGATIVE_INFINITY;
    }

    /** Adds one synapse from presynaptic neuron {@code pre} to postsynaptic neuron {@code post}. */
    public void add(int pre, int post, float weight) {
        int r = (int) ((long) pre * rows / preCount);
        int c = (int) ((long) post * cols / postCount);
        int cell = r * cols + c;
        cellSum[cell] += weight;
        cellCount[cell]++;
        int bins = histogram.length;
        int b = (int) ((weight - histMin) / (histMax - histMin) * bins);
        histogram[b < 0 ? 0 : Math.min(b, bins - 1)]++;
        synapses++;
        sum += weight;
        if (weight < min) {
            min = weight;
        }
        if (weight > max) {
            max = weight;
        }
    }

    /** Computes the block means. */
    public void finish() {
        for (int i = 0; i < matrix.length; i++) {
            matrix[i] = cellCount[i] == 0 ? Float.NaN : (float) (cellSum[i] / cellCount[i]);
        }
    }

    /** Matrix rows (presynaptic blocks). */
    public int rows() {
        return rows;
    }

    /** Matrix columns (postsynaptic blocks). */
    public int cols() {
        return cols;
    }

    /** Mean weight of block (row, col), {@code NaN} when the block holds no synapse. */
    public float cell(int row, int col) {
        return matrix[row * cols + col];
    }

    /** The matrix, row-major; read only. */
    public float[] matrix() {
        return matrix;
    }

    /** Synapses per histogram bin; read only. */
    public long[] histogram() {
        return histogram;
    }

    /** Lower edge of the histogram. */
    public double histMin() {
        return histMin;
    }

    /** Upper edge of the histogram. */
    public double histMax() {
        return histMax;
    }

    /** Index of the step the snapshot was taken after. */
    public long step() {
        return step;
    }

    /** Simulated time of the snapshot, ms. */
    public double timeMs() {
        return timeMs;
    }

    /** Number of synapses counted. */
    public long synapses() {
        return synapses;
    }

    /** Mean over all synapses ({@code NaN} when there are none). */
    public double meanWeight() {
        return synapses == 0 ? Double.NaN : sum / synapses;
    }

    /** Smallest weight ({@code +inf} when there are no synapses). */
    public double minWeight() {
        return min;
    }

    /** Largest weight ({@code -inf} when there are no synapses). */
    public double maxWeight() {
        return max;
    }
}
