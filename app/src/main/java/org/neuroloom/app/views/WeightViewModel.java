package org.neuroloom.app.views;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * The weights of one plastic projection: the latest downsampled pre x post matrix as a heatmap,
 * the change since the previous snapshot (LTP red, LTD blue, scaled to the largest change),
 * a histogram over time (x time, y weight bin, brightness = share of synapses) and the mean.
 */
public final class WeightViewModel implements CsvExportable {
    /** Snapshots kept in the histogram-over-time image. */
    public static final int HISTORY = 240;

    private final NetworkLayout.Proj projection;
    private final WeightFrame current;
    private final WeightFrame previous;
    private final int[] heatPixels;
    private final int[] changePixels;
    private final int bins;
    private final int[] histPixels;   // bins rows x HISTORY columns, newest at the right
    private final float[][] histShare; // ring of histograms, as shares of all synapses
    private final SampleRing mean = new SampleRing(1 << 14);
    private long snapshots;
    private double lastMs = Double.NaN;
    private double maxAbsChange;
    private boolean dirty = true;

    public WeightViewModel(NetworkLayout.Proj projection, int rows, int cols, int bins) {
        this.projection = projection;
        this.current = new WeightFrame(rows, cols, bins);
        this.previous = new WeightFrame(rows, cols, bins);
        this.heatPixels = new int[rows * cols];
        this.changePixels = new int[rows * cols];
        this.bins = bins;
        this.histPixels = new int[bins * HISTORY];
        this.histShare = new float[HISTORY][bins];
    }

    public NetworkLayout.Proj projection() {
        return projection;
    }

    /** A new snapshot taken at {@code tMs}. */
    public void weights(double tMs, WeightFrame frame) {
        boolean first = snapshots == 0;
        previous.copyFrom(first ? frame : current);
        current.copyFrom(frame);
        lastMs = tMs;
        float[] h = histShare[(int) (snapshots % HISTORY)];
        int[] counts = frame.histogram();
        long n = Math.max(1, frame.synapses());
        for (int b = 0; b < bins; b++) {
            h[b] = counts[b] / (float) n;
        }
        snapshots++;
        mean.add(tMs, (float) frame.meanWeight());
        dirty = true;
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
        long shown = Math.min(snapshots, HISTORY);
        java.util.Arrays.fill(histPixels, ColorMaps.NO_DATA);
        for (long k = 0; k < shown; k++) {
            long snap = snapshots - shown + k;
            float[] h = histShare[(int) (snap % HISTORY)];
            int x = (int) (HISTORY - shown + k);
            for (int b = 0; b < bins; b++) {
                int y = bins - 1 - b;
                histPixels[y * HISTORY + x] = h[b] == 0 ? ColorMaps.viridis(0) : ColorMaps.viridis(0.15 + 0.85 * Math.sqrt(h[b]));
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

    /** Histogram-over-time pixels, {@code bins x HISTORY}, highest weight at the top. */
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

    public long snapshots() {
        return snapshots;
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
