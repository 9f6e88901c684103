package org.neuroloom.engine.sweep;

import java.util.List;
import org.neuroloom.engine.run.PopulationInfo;
import org.neuroloom.engine.run.StepObserver;
import org.neuroloom.engine.run.StepView;

/**
 * Counts spikes per population and the coefficient of variation of each neuron's inter-spike
 * intervals, with primitive arrays and no allocation per step.
 */
public final class SpikeStats implements StepObserver {

    private final List<PopulationInfo> populations;
    private final long[] spikes;
    /** Per population, per neuron: time of the last spike (NaN before the first). */
    private final double[][] lastMs;
    private final int[][] intervals;
    private final double[][] sumIsi;
    private final double[][] sumIsiSq;

    /** Watches these populations. */
    public SpikeStats(List<PopulationInfo> populations) {
        this.populations = List.copyOf(populations);
        int n = populations.size();
        spikes = new long[n];
        lastMs = new double[n][];
        intervals = new int[n][];
        sumIsi = new double[n][];
        sumIsiSq = new double[n][];
        for (int p = 0; p < n; p++) {
            int size = populations.get(p).size();
            lastMs[p] = new double[size];
            java.util.Arrays.fill(lastMs[p], Double.NaN);
            intervals[p] = new int[size];
            sumIsi[p] = new double[size];
            sumIsiSq[p] = new double[size];
        }
    }

    @Override
    public void afterStep(StepView view) {
        double t = view.timeMs();
        for (int p = 0; p < spikes.length; p++) {
            int count = view.spikeCount(p);
            if (count == 0) {
                continue;
            }
            spikes[p] += count;
            int[] ids = view.spikeIds(p);
            double[] last = lastMs[p];
            for (int k = 0; k < count; k++) {
                int i = ids[k];
                if (!Double.isNaN(last[i])) {
                    double isi = t - last[i];
                    intervals[p][i]++;
                    sumIsi[p][i] += isi;
                    sumIsiSq[p][i] += isi * isi;
                }
                last[i] = t;
            }
        }
    }

    /** Spikes of population {@code p} so far. */
    public long spikes(int p) {
        return spikes[p];
    }

    /** Mean rate of population {@code p} over {@code durationMs}, Hz. */
    public double rateHz(int p, double durationMs) {
        return spikes[p] / (double) populations.get(p).size() / (durationMs / 1000.0);
    }

    /**
     * Mean over neurons with at least two intervals of the ISI coefficient of variation
     * (standard deviation / mean); NaN when no neuron has two intervals.
     */
    public double cv(int p) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < intervals[p].length; i++) {
            int k = intervals[p][i];
            if (k < 2) {
                continue;
            }
            double mean = sumIsi[p][i] / k;
            double var = Math.max(0, sumIsiSq[p][i] / k - mean * mean);
            sum += Math.sqrt(var) / mean;
            n++;
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
