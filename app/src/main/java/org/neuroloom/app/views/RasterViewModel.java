package org.neuroloom.app.views;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.Locale;

/**
 * The raster plot's data and pixels. Spikes go into a bounded {@link SpikeRing}; the image is a
 * ring of pixel columns (each column {@code windowMs / width} ms wide), so a new spike costs one
 * pixel write and a frame costs one copy of the image, whatever the number of spikes in the
 * window. The newest time is the right edge; global neuron id grows upwards.
 * Pixels are ARGB premultiplied (opaque colours, transparent background).
 *
 * <p>A population whose spikes arrive as counts only (see {@link LiveSink#itemized}) is drawn
 * as a rate band: each pixel column of its rows is shaded by the population's rate in that
 * column relative to the highest column rate it has had. "All" shows the span of the itemized
 * populations, so a network driven by counted sources looks as it would without them.
 */
public final class RasterViewModel implements CsvExportable {
    /** Spikes kept for redraws and export (~24 MB). */
    public static final int DEFAULT_CAPACITY = 1 << 21;
    public static final double MIN_WINDOW_MS = 100;
    public static final double MAX_WINDOW_MS = 10_000;
    /** Counted steps kept per counted population: the widest window at dt = 0.1 ms. */
    static final int COUNT_CAPACITY = 1 << 17;

    private final SpikeRing ring;
    private NetworkLayout layout = new NetworkLayout(java.util.List.of(), java.util.List.of(), 0.1, 0);
    private int[] popOf = new int[0];
    private int[] colours = new int[] {0xff4e79a7};

    private int width = 1;
    private int height = 1;
    private int[] columns = new int[1];  // ring of pixel columns, row-major width x height
    private int[] pixels = new int[1];   // what the image shows, row-major
    private double windowMs = 1000;
    private int lo;
    private int hi;
    private long headColumn;             // absolute column index of the latest time
    private double nowMs;
    private boolean dirty = true;
    private boolean needsRebuild = true;
    private int selected = -1;
    private boolean[] itemized = new boolean[0];
    private SampleRing[] counts = new SampleRing[0];  // per counted population: (step time, spikes)
    private long[] columnCounts = new long[0];        // per population x pixel column ring
    private double[] peakRateHz = new double[0];

    public RasterViewModel() {
        this(DEFAULT_CAPACITY);
    }

    public RasterViewModel(int capacity) {
        ring = new SpikeRing(capacity);
    }

    /** A new network: clears spikes, shows all neurons. */
    public void reset(NetworkLayout l) {
        layout = l;
        popOf = l.populationTable();
        ring.clear();
        int pops = l.populations().size();
        itemized = new boolean[pops];
        Arrays.fill(itemized, true);
        counts = new SampleRing[pops];
        columnCounts = new long[pops * width];
        peakRateHz = new double[pops];
        lo = 0;
        hi = Math.max(1, l.neuronCount());
        nowMs = 0;
        headColumn = 0;
        selected = -1;
        invalidate();
    }

    /** One colour per population (ARGB, opaque); cycles when there are more populations. */
    public void setColours(int[] argb) {
        colours = argb.clone();
        invalidate();
    }

    /** Image size in pixels. */
    public void resize(int w, int h) {
        if (w == width && h == height) {
            return;
        }
        width = Math.max(1, w);
        height = Math.max(1, h);
        columns = new int[width * height];
        pixels = new int[width * height];
        columnCounts = new long[itemized.length * width];
        invalidate();
    }

    /**
     * Which populations arrive spike by spike; the others are drawn as rate bands. Shows the
     * span of the itemized populations if "all" was shown.
     */
    public void setItemized(boolean[] flags) {
        boolean all = showsAll();
        for (int p = 0; p < itemized.length; p++) {
            itemized[p] = p >= flags.length || flags[p];
        }
        if (all) {
            showAll();
        }
        invalidate();
    }

    /** Whether population {@code p} arrives spike by spike (false: drawn as a rate band). */
    public boolean itemized(int p) {
        return itemized[p];
    }

    /** Whether some population arrives as counts only (drawn as a rate band). */
    public boolean anyCounted() {
        for (boolean i : itemized) {
            if (!i) {
                return true;
            }
        }
        return false;
    }

    /** Shows every itemized population: from the first to the last (all if none is itemized). */
    public void showAll() {
        long span = itemizedSpan();
        setNeuronRange((int) (span >> 32), (int) span);
    }

    private boolean showsAll() {
        long span = itemizedSpan();
        return lo == (int) (span >> 32) && hi == (int) span;
    }

    /** The global id range of the itemized populations, as {@code from << 32 | to}. */
    private long itemizedSpan() {
        int from = Integer.MAX_VALUE;
        int to = 0;
        for (int p = 0; p < itemized.length; p++) {
            NetworkLayout.Pop pop = layout.populations().get(p);
            if (itemized[p] && pop.size() > 0) {
                from = Math.min(from, pop.offset());
                to = Math.max(to, pop.end());
            }
        }
        if (from >= to) {
            from = 0;
            to = Math.max(1, layout.neuronCount());
        }
        return (long) from << 32 | to;
    }

    /** Width of the scrolling time window, clamped to 0.1-10 s. */
    public void setWindowMs(double ms) {
        windowMs = Math.max(MIN_WINDOW_MS, Math.min(MAX_WINDOW_MS, ms));
        invalidate();
    }

    public double windowMs() {
        return windowMs;
    }

    /** Shows global ids {@code [from, to)} only (zoom on a neuron range). */
    public void setNeuronRange(int from, int to) {
        int n = Math.max(1, layout.neuronCount());
        lo = Math.max(0, Math.min(from, n - 1));
        hi = Math.max(lo + 1, Math.min(to, n));
        invalidate();
    }

    public int rangeFrom() {
        return lo;
    }

    public int rangeTo() {
        return hi;
    }

    public void spikes(double tMs, int[] gids, int count) {
        for (int k = 0; k < count; k++) {
            ring.add(tMs, gids[k]);
        }
        if (!needsRebuild) {
            advanceColumns(tMs);
            for (int k = 0; k < count; k++) {
                plot(tMs, gids[k]);
            }
        }
        nowMs = Math.max(nowMs, tMs);
        dirty = true;
    }

    /** {@code count} spikes of population {@code p} in the step ending at {@code tMs}, not itemized. */
    public void populationSpikes(double tMs, int p, int count) {
        if (counts[p] == null) {
            counts[p] = new SampleRing(COUNT_CAPACITY);
        }
        counts[p].add(tMs, count);
        if (!needsRebuild) {
            advanceColumns(tMs);
            plotCount(tMs, p, count);
        }
        nowMs = Math.max(nowMs, tMs);
        dirty = true;
    }

    public void advanceTo(double tMs) {
        if (tMs > nowMs) {
            nowMs = tMs;
            if (!needsRebuild) {
                advanceColumns(tMs);
            }
            dirty = true;
        }
    }

    /** Latest simulated time seen. */
    public double nowMs() {
        return nowMs;
    }

    /** True once since the last call if the pixels changed. */
    public boolean consumeDirty() {
        boolean d = dirty;
        dirty = false;
        return d;
    }

    /** Brings {@link #pixels()} up to date and returns it (row-major, width x height). */
    public int[] render() {
        if (needsRebuild) {
            rebuild();
        }
        int headSlot = Math.floorMod(headColumn, width);
        // Output x = width-1 is the head column; the ring slot right after the head is the oldest.
        int firstSlot = (headSlot + 1) % width;
        int tail = width - firstSlot;
        for (int y = 0; y < height; y++) {
            int row = y * width;
            System.arraycopy(columns, row + firstSlot, pixels, row, tail);
            System.arraycopy(columns, row, pixels, row + tail, firstSlot);
        }
        return pixels;
    }

    public int[] pixels() {
        return pixels;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The spikes behind the view (read only). */
    public SpikeRing spikes() {
        return ring;
    }

    /** Simulated time at pixel column {@code x} (its left edge). */
    public double timeAtX(double x) {
        double msPerCol = windowMs / width;
        return (headColumn - (width - 1) + Math.floor(x)) * msPerCol;
    }

    /** Global neuron id at pixel row {@code y}. */
    public int neuronAtY(double y) {
        int row = height - 1 - (int) Math.floor(y);
        int gid = lo + (int) ((long) row * (hi - lo) / height);
        return Math.max(lo, Math.min(hi - 1, gid));
    }

    /** A one-line description of what is under the pointer. */
    public String describe(double x, double y) {
        int gid = neuronAtY(y);
        int p = gid < popOf.length ? popOf[gid] : -1;
        String pop = p < 0 ? "?" : layout.populations().get(p).label() + "[" + (gid - layout.populations().get(p).offset()) + "]";
        if (p >= 0 && !itemized[p]) {
            return String.format(Locale.ROOT, "%s: counted, not itemized (%.3g Hz per element, peak)  t = %.1f ms",
                    layout.populations().get(p).label(), peakRateHz[p], timeAtX(x));
        }
        return String.format(Locale.ROOT, "%s  (neuron %d)  t = %.1f ms", pop, gid, timeAtX(x));
    }

    /** The neuron picked for the trace view, or -1. */
    public int selected() {
        return selected;
    }

    public void select(int gid) {
        selected = gid;
    }

    /** Global id range of the population with index {@code p}, for a quick zoom. */
    public void zoomToPopulation(int p) {
        NetworkLayout.Pop pop = layout.populations().get(p);
        setNeuronRange(pop.offset(), pop.end());
    }

    @Override
    public void writeCsv(Writer out) throws IOException {
        out.write("time_ms,population,neuron,global_id\n");
        int n = ring.size();
        for (int k = ring.firstAtOrAfter(nowMs - windowMs); k < n; k++) {
            int gid = ring.id(k);
            NetworkLayout.Pop pop = layout.populations().get(popOf[gid]);
            out.write(String.format(Locale.ROOT, "%.4f,%s,%d,%d%n", ring.timeMs(k), pop.id(), gid - pop.offset(), gid));
        }
    }

    private void invalidate() {
        needsRebuild = true;
        dirty = true;
    }

    private void rebuild() {
        Arrays.fill(columns, 0);
        Arrays.fill(columnCounts, 0);
        headColumn = column(nowMs);
        int n = ring.size();
        for (int k = ring.firstAtOrAfter(nowMs - windowMs); k < n; k++) {
            plot(ring.timeMs(k), ring.id(k));
        }
        for (int p = 0; p < counts.length; p++) {
            SampleRing c = counts[p];
            if (c != null && !itemized[p]) {
                for (int k = c.firstAtOrAfter(nowMs - windowMs), m = c.size(); k < m; k++) {
                    plotCount(c.timeMs(k), p, (int) c.value(k));
                }
            }
        }
        needsRebuild = false;
    }

    private long column(double tMs) {
        return (long) Math.floor(tMs * width / windowMs);
    }

    private void advanceColumns(double tMs) {
        long c = column(tMs);
        if (c <= headColumn) {
            return;
        }
        long from = Math.max(headColumn + 1, c - width + 1);
        for (long a = from; a <= c; a++) {
            int slot = Math.floorMod(a, width);
            for (int y = 0; y < height; y++) {
                columns[y * width + slot] = 0;
            }
            for (int p = 0; p < itemized.length; p++) {
                columnCounts[p * width + slot] = 0;
            }
        }
        headColumn = c;
    }

    /** Adds counted spikes to a rate band's column and shades the band's rows in it. */
    private void plotCount(double tMs, int p, int count) {
        long c = column(tMs);
        if (itemized[p] || c > headColumn || c <= headColumn - width) {
            return;
        }
        NetworkLayout.Pop pop = layout.populations().get(p);
        int a = Math.max(lo, pop.offset());
        int b = Math.min(hi, pop.end());
        int slot = Math.floorMod(c, width);
        long total = columnCounts[p * width + slot] += count;
        double rateHz = total / (pop.size() * (windowMs / width) / 1000);
        // a column still filling (the newest) must not set the scale too low: the peak only grows
        peakRateHz[p] = Math.max(peakRateHz[p], rateHz);
        if (a >= b) {
            return;
        }
        double level = Math.min(1, rateHz / peakRateHz[p]);
        int argb = shade(colours[p % colours.length], 0.2 + 0.6 * level);
        int span = hi - lo;
        int rowFrom = (int) ((long) (a - lo) * height / span);
        int rowTo = Math.max(rowFrom + 1, (int) ((long) (b - lo) * height / span));
        for (int row = rowFrom; row < rowTo && row < height; row++) {
            columns[(height - 1 - row) * width + slot] = argb;
        }
    }

    /** {@code argb} at opacity {@code alpha}, premultiplied. */
    static int shade(int argb, double alpha) {
        int a = (int) Math.round(255 * alpha);
        int r = ((argb >> 16) & 0xff) * a / 255;
        int g = ((argb >> 8) & 0xff) * a / 255;
        int bl = (argb & 0xff) * a / 255;
        return a << 24 | r << 16 | g << 8 | bl;
    }

    private void plot(double tMs, int gid) {
        if (gid < lo || gid >= hi) {
            return;
        }
        long c = column(tMs);
        if (c > headColumn || c <= headColumn - width) {
            return;
        }
        int slot = Math.floorMod(c, width);
        int span = hi - lo;
        int rowFrom = (int) ((long) (gid - lo) * height / span);
        int rowTo = (int) ((long) (gid - lo + 1) * height / span);
        if (rowTo - rowFrom > 2) {
            rowTo--; // a gap between neighbours when each neuron has room
        }
        rowTo = Math.max(rowTo, rowFrom + 1);
        int argb = colours[popOf[gid] % colours.length];
        for (int row = rowFrom; row < rowTo && row < height; row++) {
            columns[(height - 1 - row) * width + slot] = argb;
        }
    }
}
