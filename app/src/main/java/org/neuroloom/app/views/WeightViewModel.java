package org.neuroloom.app.views;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * The weights of one plastic projection: the latest downsampled pre x post matrix as a heatmap,
 * the change since the previous snapshot (LTP red, LTD blue, scaled to the largest change),
 * a histogram over time (x time, y weight bin, brightness = share of synapses relative to the
 * largest share shown) and the mean.
 *
 * <p>The histogram over time spans the whole run, from 0 ms at the left: column {@code k}
 * averages the snapshots in {@code (k·columnMs, (k+1)·columnMs]} (a column none fell in shows the
 * one before it). A column starts as wide as the spacing of the first two snapshots; when the
 * run outgrows the {@link #HISTORY} columns, neighbouring columns merge in pairs and the column
 * width doubles, so a long run is shown whole at a fixed cost.
 */
public final class WeightViewModel implements CsvExportable {
    /** Columns of the histogram-over-time image. */
    public static final int HISTORY = 240;

    private final NetworkLayout.Proj projection;
    private final WeightFrame current;
    private final WeightFrame previous;
    private final int[] heatPixels;
    private final int[] changePixels;
    private final int bins;
    private final int[] histPixels;   // bins rows x HISTORY columns, time 0 at the left
    private final float[][] columnShare; // per column: sum over its snapshots of each bin's share of all synapses
    private final int[] columnSnapshots;
    private int columnsUsed;
    private double columnMs = Double.NaN;
    private double lastHistogramMs = Double.NEGATIVE_INFINITY;
    private final SampleRing mean = new SampleRing(1 << 14);
    private long snapshots;
    private long histograms;
    private double lastMs = Double.NaN;
    private double maxAbsChange;
    private double maxShare;
    private boolean dirty = true;

    public WeightViewModel(NetworkLayout.Proj projection, int rows, int cols, int bins) {
        this.projection = projection;
        this.current = new WeightFrame(rows, cols, bins);
        this.previous = new WeightFrame(rows, cols, bins);
        this.heatPixels = new int[rows * cols];
        this.changePixels = new int[rows * cols];
        this.bins = bins;
        this.histPixels = new int[bins * HISTORY];
        this.columnShare = new float[HISTORY][bins];
        this.columnSnapshots = new int[HISTORY];
    }

    public NetworkLayout.Proj projection() {
        return projection;
    }

    /** A new snapshot taken at {@code tMs}: its matrix, and its histogram unless {@link #histogram} brought it already. */
    public void weights(double tMs, WeightFrame frame) {
        boolean first = snapshots == 0;
        previous.copyFrom(first ? frame : current);
        current.copyFrom(frame);
        lastMs = tMs;
        snapshots++;
        histogram(tMs, frame.histogram(), frame.synapses(), frame.meanWeight());
        dirty = true;
    }

    /**
     * The histogram of the snapshot taken at {@code tMs}; ignored when it is not later than the
     * last one (the matrix of a snapshot whose histogram came first).
     */
    public void histogram(double tMs, int[] counts, long synapses, double meanWeight) {
        if (!(tMs > lastHistogramMs)) {
            return;
        }
        if (Double.isNaN(columnMs) && histograms > 0) {
            startColumns(tMs - lastHistogramMs, lastHistogramMs);
        }
        lastHistogramMs = tMs;
        int col = column(tMs);
        while (col >= HISTORY) {
            mergeColumnPairs();
            col = column(tMs);
        }
        float[] h = columnShare[col];
        double n = Math.max(1, synapses);
        for (int b = 0; b < bins; b++) {
            h[b] += (float) (counts[b] / n);
        }
        columnSnapshots[col]++;
        columnsUsed = Math.max(columnsUsed, col + 1);
        histograms++;
        mean.add(tMs, (float) meanWeight);
        dirty = true;
    }

    /**
     * Sets the column width to the spacing of the first two snapshots and moves the first one,
     * which waited in column 0, to its column (a view reset in the middle of a run starts late).
     */
    private void startColumns(double spacingMs, double firstMs) {
        columnMs = spacingMs;
        int first = column(firstMs);
        while (first >= HISTORY) {
            columnMs *= 2;
            first = column(firstMs);
        }
        if (first > 0) {
            float[] h = columnShare[first];
            columnShare[first] = columnShare[0];
            columnShare[0] = h;
            columnSnapshots[first] = columnSnapshots[0];
            columnSnapshots[0] = 0;
            columnsUsed = first + 1;
        }
    }

    private int column(double tMs) {
        return Double.isNaN(columnMs) ? 0 : Math.max(0, (int) Math.ceil(tMs / columnMs - 1e-6) - 1);
    }

    private void mergeColumnPairs() {
        for (int k = 0; k < HISTORY / 2; k++) {
            float[] into = columnShare[k];
            float[] a = columnShare[2 * k];
            float[] b = columnShare[2 * k + 1];
            for (int i = 0; i < bins; i++) {
                into[i] = a[i] + b[i];
            }
            columnSnapshots[k] = columnSnapshots[2 * k] + columnSnapshots[2 * k + 1];
        }
        for (int k = HISTORY / 2; k < HISTORY; k++) {
            java.util.Arrays.fill(columnShare[k], 0f);
            columnSnapshots[k] = 0;
        }
        columnsUsed = (columnsUsed + 1) / 2;
        columnMs *= 2;
    }

    /** Recomputes the pixel arrays from the latest snapshot. */
    public void render() {
        double lo = scaleMin();
        double hi = scaleMax();
        float[] now = current.blocks();
        float[] before = previous.blocks();
        maxAbsChange = 0;
        for (int i = 0; i < now.length; i++) {
            float d = now[i] - before[i];
            if (!Float.isNaN(d)) {
                maxAbsChange = Math.max(maxAbsChange, Math.abs(d));
            }
        }
        for (int i = 0; i < now.length; i++) {
            heatPixels[i] = ColorMaps.viridis((now[i] - lo) / (hi - lo));
            float d = now[i] - before[i];
            changePixels[i] = ColorMaps.change(maxAbsChange == 0 ? (Float.isNaN(d) ? Double.NaN : 0) : d / maxAbsChange);
        }
        java.util.Arrays.fill(histPixels, ColorMaps.NO_DATA);
        // brightness relative to the largest share shown: a split that moves a tenth of the
        // synapses into the end bins stands out against a flat start instead of staying dim
        maxShare = 0;
        for (int x = 0; x < columnsUsed; x++) {
            for (int b = 0; b < bins && columnSnapshots[x] > 0; b++) {
                maxShare = Math.max(maxShare, columnShare[x][b] / columnSnapshots[x]);
            }
        }
        int held = -1;
        for (int x = 0; x < columnsUsed; x++) {
            // a column no snapshot fell in (snapshots sparser than the columns early in a run)
            // holds the one before it, as a sampled value is held until the next sample
            int from = columnSnapshots[x] > 0 ? x : held;
            if (from < 0) {
                continue;
            }
            held = from;
            int n = columnSnapshots[from];
            float[] h = columnShare[from];
            for (int b = 0; b < bins; b++) {
                int y = bins - 1 - b;
                double share = h[b] / n;
                histPixels[y * HISTORY + x] = ColorMaps.viridis(maxShare > 0 ? share / maxShare : 0);
            }
        }
    }

    /** Heatmap pixels, {@code rows x cols}, row = presynaptic block (after {@link #render}). */
    public int[] heatPixels() {
        return heatPixels;
    }

    /** Change pixels, same layout as the heatmap. */
    public int[] changePixels() {
        return changePixels;
    }

    /** Histogram-over-time pixels, {@code bins x HISTORY}, highest weight at the top, time 0 at the left. */
    public int[] histogramPixels() {
        return histPixels;
    }

    public int rows() {
        return current.rows();
    }

    public int cols() {
        return current.cols();
    }

    public int bins() {
        return bins;
    }

    /** The latest snapshot (read only). */
    public WeightFrame current() {
        return current;
    }

    /** Largest |change| of a block mean since the previous snapshot (after {@link #render}). */
    public double maxAbsChange() {
        return maxAbsChange;
    }

    /** Mean weight history (read only). */
    public SampleRing meanHistory() {
        return mean;
    }

    public double lastSnapshotMs() {
        return lastMs;
    }

    /** Snapshots whose matrix arrived. */
    public long snapshots() {
        return snapshots;
    }

    /** Snapshots whose histogram arrived (all of them in a live run, even those whose matrix was skipped). */
    public long histograms() {
        return histograms;
    }

    /** Simulated time one column of the histogram over time covers, ms ({@code NaN} before the first snapshot after 0). */
    public double columnMs() {
        return columnMs;
    }

    /** The largest share of synapses in one bin of one column, drawn brightest (after {@link #render}). */
    public double maxShare() {
        return maxShare;
    }

    /** Columns of the histogram over time that hold the run so far. */
    public int columnsUsed() {
        return columnsUsed;
    }

    /** Lower end of the colour scale: the rule's bound when finite, else the histogram range. */
    public double scaleMin() {
        return Double.isFinite(projection.wMin()) ? projection.wMin() : current.histMin();
    }

    public double scaleMax() {
        return Double.isFinite(projection.wMax()) && projection.wMax() > scaleMin() ? projection.wMax() : current.histMax();
    }

    public boolean consumeDirty() {
        boolean d = dirty;
        dirty = false;
        return d;
    }

    @Override
    public void writeCsv(Writer out) throws IOException {
        out.write("pre_block,post_block,mean_weight,change\n");
        float[] now = current.blocks();
        float[] before = previous.blocks();
        for (int r = 0; r < current.rows(); r++) {
            for (int c = 0; c < current.cols(); c++) {
                int i = r * current.cols() + c;
                out.write(String.format(Locale.ROOT, "%d,%d,%s,%s%n", r, c, Float.toString(now[i]),
                        Float.toString(now[i] - before[i])));
            }
        }
    }
}
