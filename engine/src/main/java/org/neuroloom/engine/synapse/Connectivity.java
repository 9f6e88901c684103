package org.neuroloom.engine.synapse;

import java.util.stream.IntStream;
import org.neuroloom.engine.ModelException;
import org.neuroloom.engine.random.Rng;
import org.neuroloom.model.connect.Connector;
import org.neuroloom.model.dist.Distribution;

/**
 * Generates the synapses of a projection. Every random choice is drawn from a stream keyed by
 * (seed, projection, target element) — or by source element for the fixed out-degree
 * connector — so the synapse set does not depend on how many threads build it or run it.
 * Chunks of targets are generated in parallel and kept in canonical order.
 * Fixed probability uses geometric skipping (one random number per synapse, not per pair);
 * the distance-dependent connector skips with its peak probability and thins.
 */
public final class Connectivity {
    private static final long CONNECT = 0xC0;
    private static final long TOTAL = 0xC1;

    private Connectivity() {
    }

    /**
     * What to generate.
     *
     * @param path            field path of the projection for error messages
     * @param connector       which pairs
     * @param sourceSize      presynaptic population size
     * @param targetSize      postsynaptic population size
     * @param recurrent       source and target are the same population (autapses apply)
     * @param seed            project seed
     * @param projectionKey   stable key of the projection id
     * @param weight          weight distribution
     * @param storeWeight     store a weight per synapse
     * @param delayMs         delay distribution
     * @param storeDelay      store a delay per synapse
     * @param dtMs            time step
     * @param sourcePositions x,y per source element (distance connector only)
     * @param targetPositions x,y per target element (distance connector only)
     */
    public record Spec(String path, Connector connector, int sourceSize, int targetSize, boolean recurrent, long seed,
                       long projectionKey, Distribution weight, boolean storeWeight, Distribution delayMs,
                       boolean storeDelay, double dtMs, double[][] sourcePositions, double[][] targetPositions) {
    }

    /** The synapses, in canonical chunks. */
    public static Edges[] generate(Spec s) {
        check(s);
        if (s.connector() instanceof Connector.FixedOutDegree) {
            return chunked(s, s.sourceSize(), null);
        }
        int[] totals = s.connector() instanceof Connector.FixedTotal ft ? totalsPerTarget(s, ft.n()) : null;
        return chunked(s, s.targetSize(), totals);
    }

    private static void check(Spec s) {
        Connector c = s.connector();
        int avail = s.sourceSize() - (s.recurrent() && !c.allowAutapses() ? 1 : 0);
        if (c instanceof Connector.OneToOne && s.sourceSize() != s.targetSize()) {
            throw new ModelException(s.path() + ".connector: one_to_one needs equal sizes, but the source has "
                    + s.sourceSize() + " elements and the target " + s.targetSize());
        }
        if (c instanceof Connector.FixedInDegree f && (f.n() < 0 || f.n() > avail)) {
            throw new ModelException(s.path() + ".connector.n: in-degree " + f.n() + " is not between 0 and the "
                    + avail + " available sources");
        }
        int availT = s.targetSize() - (s.recurrent() && !c.allowAutapses() ? 1 : 0);
        if (c instanceof Connector.FixedOutDegree f && (f.n() < 0 || f.n() > availT)) {
            throw new ModelException(s.path() + ".connector.n: out-degree " + f.n() + " is not between 0 and the "
                    + availT + " available targets");
        }
        if (c instanceof Connector.FixedTotal f && (f.n() < 0 || (double) f.n() > (double) avail * s.targetSize())) {
            throw new ModelException(s.path() + ".connector.n: " + f.n() + " synapses do not fit between "
                    + s.sourceSize() + " sources and " + s.targetSize() + " targets");
        }
        if (c instanceof Connector.FixedProbability f && !(f.p() >= 0 && f.p() <= 1)) {
            throw new ModelException(s.path() + ".connector.p: " + f.p() + " is not between 0 and 1");
        }
        if (c instanceof Connector.DistanceGaussian d && (s.sourcePositions() == null || s.targetPositions() == null)) {
            throw new ModelException(s.path() + ".connector: distance_gaussian needs a geometry on both populations");
        }
    }

    private static Edges[] chunked(Spec s, int units, int[] totals) {
        int chunks = Math.max(1, Math.min(units, 256));
        Edges[] out = new Edges[chunks];
        double perUnit = s.connector().expectedSynapses(s.sourceSize(), s.targetSize()) / Math.max(1, units);
        IntStream.range(0, chunks).parallel().forEach(c -> {
            int from = (int) ((long) units * c / chunks);
            int to = (int) ((long) units * (c + 1) / chunks);
            Edges e = new Edges((int) Math.min(1 << 26, (long) (perUnit * (to - from) * 1.05) + 16),
                    s.storeWeight(), s.storeDelay());
            long[] scratch = new long[(Math.max(s.sourceSize(), s.targetSize()) + 63) / 64];
            for (int u = from; u < to; u++) {
                Rng.Stream r = new Rng.Stream(Rng.key(s.seed(), s.projectionKey(), CONNECT, u));
                if (s.connector() instanceof Connector.FixedOutDegree f) {
                    fromSource(s, f.n(), u, r, e, scratch);
                } else {
                    toTarget(s, u, r, e, scratch, totals == null ? 0 : totals[u]);
                }
            }
            out[c] = e;
        });
        return out;
    }

    private static void toTarget(Spec s, int t, Rng.Stream r, Edges e, long[] scratch, int total) {
        Connector c = s.connector();
        int n = s.sourceSize();
        boolean skipSelf = s.recurrent() && !c.allowAutapses();
        if (c instanceof Connector.AllToAll) {
            for (int j = 0; j < n; j++) {
                if (!(skipSelf && j == t)) {
                    add(s, j, t, r, e);
                }
            }
        } else if (c instanceof Connector.OneToOne) {
            add(s, t, t, r, e);
        } else if (c instanceof Connector.FixedProbability fp) {
            bernoulli(s, t, fp.p(), skipSelf, r, e);
        } else if (c instanceof Connector.FixedInDegree fi) {
            choose(s, t, fi.n(), n, skipSelf ? t : -1, r, e, scratch, false);
        } else if (c instanceof Connector.FixedTotal) {
            choose(s, t, total, n, skipSelf ? t : -1, r, e, scratch, false);
        } else if (c instanceof Connector.DistanceGaussian dg) {
            distance(s, t, dg, skipSelf, r, e);
        }
    }

    private static void fromSource(Spec s, int n, int src, Rng.Stream r, Edges e, long[] scratch) {
        boolean skipSelf = s.recurrent() && !s.connector().allowAutapses();
        choose(s, src, n, s.targetSize(), skipSelf ? src : -1, r, e, scratch, true);
    }

    private static void add(Spec s, int pre, int post, Rng.Stream r, Edges e) {
        float w = s.storeWeight() ? (float) Draw.sample(s.weight(), r, s.path(), ".weight") : 0f;
        int d = s.storeDelay() ? delay(s, r) : 0;
        e.add(pre, post, w, d);
    }

    private static int delay(Spec s, Rng.Stream r) {
        int d = Draw.delaySteps(Draw.sample(s.delayMs(), r, s.path(), ".delayMs"), s.dtMs());
        if (d > Short.MAX_VALUE) {
            throw new ModelException(s.path() + ".delayMs: a delay of " + d + " steps is longer than the "
                    + Short.MAX_VALUE + " steps the engine supports");
        }
        return d;
    }

    private static void bernoulli(Spec s, int t, double p, boolean skipSelf, Rng.Stream r, Edges e) {
        int n = s.sourceSize();
        if (p <= 0) {
            return;
        }
        if (p >= 1) {
            for (int j = 0; j < n; j++) {
                if (!(skipSelf && j == t)) {
                    add(s, j, t, r, e);
                }
            }
            return;
        }
        double lnq = Math.log1p(-p);
        long j = -1;
        while (true) {
            j += 1 + (long) Math.floor(Math.log(r.nextUnit()) / lnq);
            if (j >= n) {
                return;
            }
            if (!(skipSelf && j == t)) {
                add(s, (int) j, t, r, e);
            }
        }
    }

    private static void distance(Spec s, int t, Connector.DistanceGaussian dg, boolean skipSelf, Rng.Stream r, Edges e) {
        double pMax = dg.pMax();
        if (pMax <= 0) {
            return;
        }
        double[] tp = s.targetPositions()[t];
        double inv2s2 = 1 / (2 * dg.sigmaUm() * dg.sigmaUm());
        double lnq = pMax >= 1 ? Double.NEGATIVE_INFINITY : Math.log1p(-pMax);
        int n = s.sourceSize();
        long j = -1;
        while (true) {
            j += pMax >= 1 ? 1 : 1 + (long) Math.floor(Math.log(r.nextUnit()) / lnq);
            if (j >= n) {
                return;
            }
            double[] sp = s.sourcePositions()[(int) j];
            double dx = sp[0] - tp[0];
            double dy = sp[1] - tp[1];
            double accept = Math.exp(-(dx * dx + dy * dy) * inv2s2);
            if (r.nextUnit() <= accept && !(skipSelf && j == t)) {
                add(s, (int) j, t, r, e);
            }
        }
    }

    /**
     * Chooses {@code k} distinct elements of {@code [0, m)} except {@code exclude}, ascending,
     * and adds them as sources of target {@code u} (or as targets of source {@code u}).
     */
    private static void choose(Spec s, int u, int k, int m, int exclude, Rng.Stream r, Edges e, long[] bits,
                               boolean outgoing) {
        int avail = exclude >= 0 ? m - 1 : m;
        if (k <= 0) {
            return;
        }
        if ((long) k * 4 >= avail) {
            int need = k;
            for (int j = 0; j < avail && need > 0; j++) {
                if ((avail - j) * r.nextUnit() <= need) {
                    need--;
                    emit(s, u, map(j, exclude), r, e, outgoing);
                }
            }
            return;
        }
        int chosen = 0;
        while (chosen < k) {
            int j = r.nextInt(avail);
            long mask = 1L << j;
            if ((bits[j >>> 6] & mask) == 0) {
                bits[j >>> 6] |= mask;
                chosen++;
            }
        }
        int words = (avail + 63) >>> 6;
        for (int w = 0; w < words; w++) {
            long b = bits[w];
            while (b != 0) {
                int j = (w << 6) + Long.numberOfTrailingZeros(b);
                b &= b - 1;
                emit(s, u, map(j, exclude), r, e, outgoing);
            }
            bits[w] = 0;
        }
    }

    private static int map(int j, int exclude) {
        return exclude >= 0 && j >= exclude ? j + 1 : j;
    }

    private static void emit(Spec s, int u, int other, Rng.Stream r, Edges e, boolean outgoing) {
        if (outgoing) {
            add(s, u, other, r, e);
        } else {
            add(s, other, u, r, e);
        }
    }

    /** How many of the fixed total's synapses end on each target: a multinomial draw, capped by the sources available. */
    private static int[] totalsPerTarget(Spec s, int n) {
        int targets = s.targetSize();
        int avail = s.sourceSize() - (s.recurrent() && !s.connector().allowAutapses() ? 1 : 0);
        int[] count = new int[targets];
        Rng.Stream r = new Rng.Stream(Rng.key(s.seed(), s.projectionKey(), TOTAL));
        int overflow = 0;
        for (int i = 0; i < n; i++) {
            int t = r.nextInt(targets);
            if (count[t] < avail) {
                count[t]++;
            } else {
                overflow++;
            }
        }
        for (int t = 0; t < targets && overflow > 0; t++) {
            int room = Math.min(avail - count[t], overflow);
            count[t] += room;
            overflow -= room;
        }
        return count;
    }
}
