package org.neuroloom.engine.samples;

/**
 * Spike-train statistics the sample tests assert on, with the definitions of
 * {@code docs/reference/brian2-figures.md} (population sd, ddof = 0).
 */
final class Measures {
    private Measures() {
    }

    /**
     * Prints a measured value to the test's output file (target/surefire-reports/*-output.txt), so
     * the numbers behind a passing assertion can be read without a debugger.
     */
    static void report(String sample, String measure, double value) {
        System.out.printf(java.util.Locale.ROOT, "%s: %s = %.4g%n", sample, measure, value);
    }

    /** Mean of {@code x}. */
    static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    /** Population standard deviation of {@code x}. */
    static double sd(double[] x) {
        double m = mean(x);
        double s = 0;
        for (double v : x) {
            s += (v - m) * (v - m);
        }
        return Math.sqrt(s / x.length);
    }

    /** sd / mean of {@code x}: the synchrony measure when {@code x} are population counts per bin. */
    static double cv(double[] x) {
        return sd(x) / mean(x);
    }

    /** Pearson correlation of two equally long series. */
    static double correlation(double[] a, double[] b) {
        double ma = mean(a);
        double mb = mean(b);
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < a.length; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return sab / Math.sqrt(saa * sbb);
    }

    /** Inter-spike intervals of the spikes of one train that lie in [t0, t1). */
    static double[] isis(double[] train, double t0, double t1) {
        int from = 0;
        while (from < train.length && train[from] < t0) {
            from++;
        }
        int to = from;
        while (to < train.length && train[to] < t1) {
            to++;
        }
        double[] out = new double[Math.max(0, to - from - 1)];
        for (int k = 0; k < out.length; k++) {
            out[k] = train[from + k + 1] - train[from + k];
        }
        return out;
    }

    /**
     * Unweighted mean over neurons with at least 3 spikes in [t0, t1) of the CV of their ISIs,
     * or NaN when no neuron qualifies.
     */
    static double meanCvIsi(double[][] trains, double t0, double t1) {
        double sum = 0;
        int n = 0;
        for (double[] train : trains) {
            double[] isi = isis(train, t0, t1);
            if (isi.length >= 2) {
                sum += cv(isi);
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
