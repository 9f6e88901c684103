package org.neuroloom.app.views;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.Locale;

/**
 * Population rates. Spikes are counted per population in bins of {@code binMs}; each closed bin
 * gives a rate {@code count / (size · bin)} that is smoothed by a causal exponential filter
 * with time constant {@code tauMs} ({@code r += (raw - r)(1 - e^(-bin/τ))}). Readouts per
 * population: the mean rate over the last {@code readoutMs} (exact, from the bin counts) and
 * the coefficient of variation of the inter-spike intervals: each neuron's CV (its intervals
 * exponentially weighted with a {@code readoutMs} time constant), averaged over the neurons with
 * at least two recent intervals, as Brunel (2000) and Vogels &amp; Abbott (2005) report it —
 * about 1 for Poisson-like firing, 0 for clock-like firing. (Pooling the intervals of all
 * neurons instead would mix their rates: two clock-like neurons at 10 and 40 Hz would give a
 * pooled CV near 0.6.)
 */
public final class RateViewModel implements CsvExportable {
    private static final int HISTORY_BINS = 1 << 14;

    private final double binMs;
    private final double tauMs;
    private final double readoutMs;
    private NetworkLayout layout;
    private int[] popOf = new int[0];
    private double[] lastSpikeMs = new double[0];
    private int pops;
    private int[] binCount = new int[0];
    private double[] smoothed = new double[0];
    private SampleRing[] history = new SampleRing[0];
    private int readoutBins;
    private int[][] readoutRing = new int[0][];
    private long[] readoutSum = new long[0];
    // Per neuron: weight, sum and sum of squares of its intervals, each as of its last spike.
    private double[] isiW = new double[0];
    private double[] isiSum = new double[0];
    private double[] isiSq = new double[0];
    private double[] cv = new double[0];
    private double[] cvAtMs = new double[0];
    private long bin;          // index of the open bin
    private long closedBins;
    private double windowMs = 1000;
    private boolean dirty = true;
    /** Per population: drawn in the plot (the legend toggles it); readouts and CSV cover all. */
    private boolean[] plotted = new boolean[0];

    /** 1 ms bins, 10 ms smoothing, 1 s readouts. */
    public RateViewModel() {
        this(1, 10, 1000);
    }

    public RateViewModel(double binMs, double tauMs, double readoutMs) {
        this.binMs = binMs;
        this.tauMs = tauMs;
        this.readoutMs = readoutMs;
    }

    public void reset(NetworkLayout l) {
        layout = l;
        popOf = l.populationTable();
        lastSpikeMs = new double[l.neuronCount()];
        Arrays.fill(lastSpikeMs, Double.NaN);
        pops = l.populations().size();
        binCount = new int[pops];
        smoothed = new double[pops];
        history = new SampleRing[pops];
        for (int p = 0; p < pops; p++) {
            history[p] = new SampleRing(HISTORY_BINS);
        }
        readoutBins = Math.max(1, (int) Math.round(readoutMs / binMs));
        readoutRing = new int[pops][readoutBins];
        readoutSum = new long[pops];
        isiW = new double[l.neuronCount()];
        isiSum = new double[l.neuronCount()];
        isiSq = new double[l.neuronCount()];
        cv = new double[pops];
        cvAtMs = new double[pops];
        Arrays.fill(cvAtMs, Double.NaN);
        bin = 0;
        closedBins = 0;
        plotted = defaultPlotted(l);
        dirty = true;
    }

    /**
     * Neuron populations are plotted, sources only when the network has nothing else: an
     * external drive of thousands of spikes per second would squash the neurons' 5-50 Hz curves
     * flat against the axis. A hidden source's rate still shows in the legend.
     */
    private static boolean[] defaultPlotted(NetworkLayout l) {
        boolean anyNeurons = l.populations().stream().anyMatch(p -> !p.source());
        boolean[] on = new boolean[l.populations().size()];
        for (int p = 0; p < on.length; p++) {
            on[p] = !anyNeurons || !l.populations().get(p).source();
        }
        return on;
    }

    /** Whether population {@code p}'s rate is drawn (the plot scales to the drawn ones). */
    public boolean plotted(int p) {
        return plotted[p];
    }

    /** Shows or hides population {@code p}'s curve. */
    public void setPlotted(int p, boolean on) {
        plotted[p] = on;
        dirty = true;
    }

    public void spikes(double tMs, int[] gids, int count) {
        advanceTo(tMs);
        for (int k = 0; k < count; k++) {
            int g = gids[k];
            int p = popOf[g];
            binCount[p]++;
            double last = lastSpikeMs[g];
            if (!Double.isNaN(last)) {
                double isi = tMs - last;
                double keep = Math.exp(-isi / readoutMs);
                isiW[g] = isiW[g] * keep + 1;
                isiSum[g] = isiSum[g] * keep + isi;
                isiSq[g] = isiSq[g] * keep + isi * isi;
            }
            lastSpikeMs[g] = tMs;
        }
        dirty = true;
    }

    /**
     * {@code count} spikes of population {@code p} in the step ending at {@code tMs}, counted
     * but not itemized: they count towards the rate, not the CV (no intervals without neurons).
     */
    public void populationSpikes(double tMs, int p, int count) {
        advanceTo(tMs);
        binCount[p] += count;
        dirty = true;
    }

    /** Closes every bin that ends at or before {@code tMs}. */
    public void advanceTo(double tMs) {
        long target = (long) Math.floor(tMs / binMs + 1e-9);
        if (target <= bin) {
            return;
        }
        double keep = Math.exp(-binMs / tauMs);
        for (long b = bin; b < target; b++) {
            int slot = (int) (closedBins % readoutBins);
            for (int p = 0; p < pops; p++) {
                int size = layout.populations().get(p).size();
                double raw = binCount[p] / (size * binMs / 1000.0);
                smoothed[p] = raw + (smoothed[p] - raw) * keep;
                history[p].add((b + 1) * binMs, (float) smoothed[p]);
                readoutSum[p] += binCount[p] - readoutRing[p][slot];
                readoutRing[p][slot] = binCount[p];
                binCount[p] = 0;
            }
            closedBins++;
        }
        bin = target;
        dirty = true;
    }

    /** Smoothed rate of population {@code p} at the end of the last closed bin, Hz. */
    public double rateHz(int p) {
        return smoothed[p];
    }

    /** Mean rate of population {@code p} over the last readout period (or since the start), Hz. */
    public double meanRateHz(int p) {
        long bins = Math.min(closedBins, readoutBins);
        if (bins == 0) {
            return Double.NaN;
        }
        return readoutSum[p] / (layout.populations().get(p).size() * bins * binMs / 1000.0);
    }

    /**
     * Mean over the neurons of population {@code p} of each neuron's coefficient of variation of
     * its inter-spike intervals; NaN while no neuron has two recent intervals.
     */
    public double cvIsi(int p) {
        double now = nowMs();
        // a walk over every neuron: at most ten times per readout period of simulated time
        if (Double.isNaN(cvAtMs[p]) || now < cvAtMs[p] || now - cvAtMs[p] >= readoutMs / 10) {
            cv[p] = meanNeuronCv(p, now);
            cvAtMs[p] = now;
        }
        return cv[p];
    }

    private double meanNeuronCv(int p, double now) {
        NetworkLayout.Pop pop = layout.populations().get(p);
        double cvSum = 0;
        int neurons = 0;
        for (int g = pop.offset(), end = pop.end(); g < end; g++) {
            // the common decay factor cancels in the mean and variance; it only ages the weight.
            // A neuron that never fired has no last spike (NaN): negated so that it is skipped
            if (!(isiW[g] * Math.exp(-Math.max(0, now - lastSpikeMs[g]) / readoutMs) >= 2)) {
                continue;
            }
            double mean = isiSum[g] / isiW[g];
            double var = Math.max(0, isiSq[g] / isiW[g] - mean * mean);
            cvSum += Math.sqrt(var) / mean;
            neurons++;
        }
        return neurons == 0 ? Double.NaN : cvSum / neurons;
    }

    /** Smoothed rate history of population {@code p}, one sample per bin (read only). */
    public SampleRing history(int p) {
        return history[p];
    }

    public int populationCount() {
        return pops;
    }

    public NetworkLayout layout() {
        return layout;
    }

    public double nowMs() {
        return bin * binMs;
    }

    public void setWindowMs(double ms) {
        windowMs = Math.max(100, Math.min(10_000, ms));
        dirty = true;
    }

    public double windowMs() {
        return windowMs;
    }

    public boolean consumeDirty() {
        boolean d = dirty;
        dirty = false;
        return d;
    }

    @Override
    public void writeCsv(Writer out) throws IOException {
        out.write("time_ms");
        for (int p = 0; p < pops; p++) {
            out.write("," + layout.populations().get(p).id() + "_rate_hz");
        }
        out.write("\n");
        if (pops == 0) {
            return;
        }
        SampleRing first = history[0];
        for (int k = first.firstAtOrAfter(nowMs() - windowMs), n = first.size(); k < n; k++) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%.3f", first.timeMs(k)));
            for (int p = 0; p < pops; p++) {
                line.append(',').append(history[p].value(k));
            }
            out.write(line.append('\n').toString());
        }
    }
}
