package org.neuroloom.engine.cli;

import java.util.List;
import org.neuroloom.engine.run.PopulationInfo;
import org.neuroloom.engine.run.StepObserver;
import org.neuroloom.engine.run.StepView;

/**
 * Per-population spike counts and the ISI coefficient of variation: for each neuron with at
 * least 3 spikes, CV = sd/mean of its ISIs (population sd); the population's figure is the
 * unweighted mean over those neurons (the rule of docs/reference/brian2-figures.md).
 */
final class SpikeStats implements StepObserver {
    private final long[][] count;
    private final double[][] last;
    private final double[][] isiSum;
    private final double[][] isiSq;

    SpikeStats(List<PopulationInfo> pops) {
        int p = pops.size();
        count = new long[p][];
        last = new double[p][];
        isiSum = new double[p][];
        isiSq = new double[p][];
        for (PopulationInfo info : pops) {
            int n = info.size();
            count[info.index()] = new long[n];
            last[info.index()] = new double[n];
            isiSum[info.index()] = new double[n];
            isiSq[info.index()] = new double[n];
        }
    }

    @Override
    public void afterStep(StepView view) {
        double t = view.timeMs();
        for (int p = 0; p < count.length; p++) {
            int k = view.spikeCount(p);
            if (k == 0) {
                continue;
            }
            int[] ids = view.spikeIds(p);
            long[] c = count[p];
            double[] l = last[p];
            for (int j = 0; j < k; j++) {
                int i = ids[j];
                if (c[i] > 0) {
                    double isi = t - l[i];
                    isiSum[p][i] += isi;
                    isiSq[p][i] += isi * isi;
                }
                c[i]++;
                l[i] = t;
            }
        }
    }

    /** Spikes of population {@code p}. */
    long spikes(int p) {
        long s = 0;
        for (long c : count[p]) {
            s += c;
        }
        return s;
    }

    /** Mean ISI CV of population {@code p}, or NaN when no neuron has 3 spikes. */
    double cvIsi(int p) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < count[p].length; i++) {
            long c = count[p][i];
            if (c >= 3) {
                long m = c - 1;
                double mean = isiSum[p][i] / m;
                double var = Math.max(0, isiSq[p][i] / m - mean * mean);
                if (mean > 0) {
                    sum += Math.sqrt(var) / mean;
                    n++;
                }
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
