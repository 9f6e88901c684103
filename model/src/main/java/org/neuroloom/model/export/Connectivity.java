package org.neuroloom.model.export;

import java.util.SplittableRandom;
import org.neuroloom.model.Geometry;
import org.neuroloom.model.connect.Connector;

/**
 * Draws the explicit (pre, post) pairs of a connector, for formats that list connections
 * (NeuroML). Seeded, so the same project gives the same file; the pairs are a sample of the
 * same rule NeuroLoom's engine uses, not the engine's own draw.
 */
final class Connectivity {

    /** Receives one synapse. */
    interface PairSink {
        void accept(int pre, int post);
    }

    private Connectivity() {
    }

    /**
     * Generates every pair of {@code c} between populations of the given sizes.
     *
     * @param recurrent whether source and target are the same population (autapses matter)
     * @param srcPos    positions of the source elements ({x0, y0, x1, y1...}) or {@code null}
     * @param tgtPos    positions of the target elements or {@code null}
     */
    static void generate(Connector c, int s, int t, boolean recurrent, double[] srcPos, double[] tgtPos,
                         SplittableRandom rng, PairSink sink) {
        if (c instanceof Connector.AllToAll a) {
            boolean skipSelf = recurrent && !a.allowAutapses();
            for (int i = 0; i < s; i++) {
                for (int j = 0; j < t; j++) {
                    if (!(skipSelf && i == j)) {
                        sink.accept(i, j);
                    }
                }
            }
        } else if (c instanceof Connector.OneToOne) {
            for (int i = 0; i < Math.min(s, t); i++) {
                sink.accept(i, i);
            }
        } else if (c instanceof Connector.FixedProbability f) {
            bernoulli(f.p(), s, t, recurrent && !f.allowAutapses(), rng, sink);
        } else if (c instanceof Connector.FixedInDegree f) {
            boolean skipSelf = recurrent && !f.allowAutapses();
            for (int j = 0; j < t; j++) {
                int[] pres = choose(f.n(), s, skipSelf ? j : -1, rng);
                for (int i : pres) {
                    sink.accept(i, j);
                }
            }
        } else if (c instanceof Connector.FixedOutDegree f) {
            boolean skipSelf = recurrent && !f.allowAutapses();
            for (int i = 0; i < s; i++) {
                for (int j : choose(f.n(), t, skipSelf ? i : -1, rng)) {
                    sink.accept(i, j);
                }
            }
        } else if (c instanceof Connector.FixedTotal f) {
            boolean skipSelf = recurrent && !f.allowAutapses();
            if (skipSelf && s == 1 && t == 1) {
                return;
            }
            for (int k = 0; k < f.n(); k++) {
                int i;
                int j;
                do {
                    i = rng.nextInt(s);
                    j = rng.nextInt(t);
                } while (skipSelf && i == j);
                sink.accept(i, j);
            }
        } else {
            Connector.DistanceGaussian g = (Connector.DistanceGaussian) c;
            boolean skipSelf = recurrent && !g.allowAutapses();
            double twoSigmaSq = 2 * g.sigmaUm() * g.sigmaUm();
            for (int i = 0; i < s; i++) {
                for (int j = 0; j < t; j++) {
                    if (skipSelf && i == j) {
                        continue;
                    }
                    double dx = srcPos[2 * i] - tgtPos[2 * j];
                    double dy = srcPos[2 * i + 1] - tgtPos[2 * j + 1];
                    if (rng.nextDouble() < g.pMax() * Math.exp(-(dx * dx + dy * dy) / twoSigmaSq)) {
                        sink.accept(i, j);
                    }
                }
            }
        }
    }

    /** Independent pairs with probability p, visiting only the hits (geometric gaps). */
    private static void bernoulli(double p, int s, int t, boolean skipSelf, SplittableRandom rng, PairSink sink) {
        if (p <= 0) {
            return;
        }
        long total = (long) s * t;
        double logQ = Math.log1p(-p);
        long k = -1;
        while (true) {
            long gap = p >= 1 ? 0 : (long) Math.floor(Math.log(1 - rng.nextDouble()) / logQ);
            k += gap + 1;
            if (k >= total || k < 0) {
                return;
            }
            int i = (int) (k / t);
            int j = (int) (k % t);
            if (!(skipSelf && i == j)) {
                sink.accept(i, j);
            }
        }
    }

    /**
     * n distinct indices in [0, size) other than {@code exclude} (Floyd's sampling); with
     * replacement when fewer than n candidates exist.
     */
    private static int[] choose(int n, int size, int exclude, SplittableRandom rng) {
        int candidates = exclude >= 0 ? size - 1 : size;
        int[] out = new int[candidates <= 0 ? 0 : n];
        if (candidates <= 0) {
            return out;
        }
        if (n > candidates) {
            for (int k = 0; k < n; k++) {
                out[k] = skip(rng.nextInt(candidates), exclude);
            }
            return out;
        }
        java.util.HashSet<Integer> chosen = new java.util.HashSet<>();
        int k = 0;
        for (int r = candidates - n; r < candidates; r++) {
            int v = rng.nextInt(r + 1);
            if (!chosen.add(v)) {
                chosen.add(r);
                v = r;
            }
            out[k++] = skip(v, exclude);
        }
        java.util.Arrays.sort(out);
        return out;
    }

    private static int skip(int v, int exclude) {
        return exclude >= 0 && v >= exclude ? v + 1 : v;
    }

    /**
     * Positions of a population's elements ({x0, y0, x1, y1...}, µm): a row-major grid as square
     * as the size allows with cells centred in the sheet, or uniform random positions.
     */
    static double[] positions(Geometry g, int n, SplittableRandom rng) {
        double[] xy = new double[2 * n];
        if (g.layout() == Geometry.Layout.GRID) {
            int cols = (int) Math.ceil(Math.sqrt(n));
            int rows = (int) Math.ceil(n / (double) cols);
            for (int i = 0; i < n; i++) {
                xy[2 * i] = (i % cols + 0.5) * g.widthUm() / cols;
                xy[2 * i + 1] = (i / cols + 0.5) * g.heightUm() / rows;
            }
        } else {
            for (int i = 0; i < n; i++) {
                xy[2 * i] = rng.nextDouble() * g.widthUm();
                xy[2 * i + 1] = rng.nextDouble() * g.heightUm();
            }
        }
        return xy;
    }
}
