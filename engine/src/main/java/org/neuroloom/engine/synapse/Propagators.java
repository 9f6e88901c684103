package org.neuroloom.engine.synapse;

/**
 * Exact propagators of small linear systems {@code x' = A x}: {@code x(t+h) = e^(A h) x(t)},
 * computed once at build time by scaling and squaring a Taylor series (accurate to a few ulps
 * for the well-conditioned 2x2/3x3 systems of the LIF neuron and its synaptic currents; it
 * also handles τ_m = τ_syn without a special case).
 */
public final class Propagators {
    private Propagators() {
    }

    /** {@code e^(A h)} for a small square matrix. */
    public static double[][] expm(double[][] a, double h) {
        int n = a.length;
        double norm = 0;
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            double row = 0;
            for (int j = 0; j < n; j++) {
                m[i][j] = a[i][j] * h;
                row += Math.abs(m[i][j]);
            }
            norm = Math.max(norm, row);
        }
        int squarings = Math.max(0, (int) Math.ceil(Math.log(norm / 0.01) / Math.log(2)));
        double scale = Math.pow(2, -squarings);
        for (double[] row : m) {
            for (int j = 0; j < n; j++) {
                row[j] *= scale;
            }
        }
        double[][] result = identity(n);
        double[][] term = identity(n);
        for (int k = 1; k <= 20; k++) {
            term = multiply(term, m);
            for (double[] row : term) {
                for (int j = 0; j < n; j++) {
                    row[j] /= k;
                }
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    result[i][j] += term[i][j];
                }
            }
        }
        for (int s = 0; s < squarings; s++) {
            result = multiply(result, result);
        }
        return result;
    }

    private static double[][] identity(int n) {
        double[][] id = new double[n][n];
        for (int i = 0; i < n; i++) {
            id[i][i] = 1;
        }
        return id;
    }

    private static double[][] multiply(double[][] x, double[][] y) {
        int n = x.length;
        double[][] r = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                double v = x[i][k];
                for (int j = 0; j < n; j++) {
                    r[i][j] += v * y[k][j];
                }
            }
        }
        return r;
    }
}
