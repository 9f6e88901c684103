package org.neuroloom.engine.synapse;

/**
 * Delivery of several rows at once, for tables whose synapses all add the same weight with the
 * same delay: one loop walks {@value #ROWS} rows in lockstep (synapse j of each row in turn), so
 * the core streams four rows from memory at the same time instead of one after another. A row
 * starts at a random place in a table of many megabytes; walked alone, each row's cache lines
 * come in one short stream whose misses the core waits for, and a worker pays that per row
 * whatever the length of its slice of the row.
 * <p>The order of the additions changes, the result does not: within one call every addition
 * to a ring slot adds the same value, so each target receives the same sequence of operations
 * {@code x = x + w} whichever row it comes from.
 */
final class RowGroups {
    /** Rows walked in lockstep. */
    static final int ROWS = 4;

    private RowGroups() {
    }

    /**
     * Adds {@code w} at {@code r[base + p[s]]} (or {@code (float) w} at {@code rF[base + p[s]]}
     * when {@code rF} is not null) for every synapse s of the rows of the spikes
     * {@code ids[0..count)}; the row of {@code pre} is {@code [rowStart[pre], rowStart[pre + 1])}.
     *
     * @return the number of synapses delivered
     */
    static long add(double[] r, float[] rF, char[] p, int[] rowStart, int[] ids, int count, int base, double w) {
        final float wF = (float) w;
        long ev = 0;
        int i = 0;
        for (; i + ROWS <= count; i += ROWS) {
            int s0 = rowStart[ids[i]];
            int s1 = rowStart[ids[i + 1]];
            int s2 = rowStart[ids[i + 2]];
            int s3 = rowStart[ids[i + 3]];
            int e0 = rowStart[ids[i] + 1];
            int e1 = rowStart[ids[i + 1] + 1];
            int e2 = rowStart[ids[i + 2] + 1];
            int e3 = rowStart[ids[i + 3] + 1];
            int n = Math.min(Math.min(e0 - s0, e1 - s1), Math.min(e2 - s2, e3 - s3));
            if (rF != null) {
                quad(rF, p, s0, s1, s2, s3, n, base, wF);
            } else {
                quad(r, p, s0, s1, s2, s3, n, base, w);
            }
            // each row's part beyond the shortest of the four
            row(r, rF, p, s0 + n, e0, base, w, wF);
            row(r, rF, p, s1 + n, e1, base, w, wF);
            row(r, rF, p, s2 + n, e2, base, w, wF);
            row(r, rF, p, s3 + n, e3, base, w, wF);
            ev += (long) (e0 - s0) + (e1 - s1) + (e2 - s2) + (e3 - s3);
        }
        for (; i < count; i++) {
            int from = rowStart[ids[i]];
            int to = rowStart[ids[i] + 1];
            row(r, rF, p, from, to, base, w, wF);
            ev += to - from;
        }
        return ev;
    }

    private static void quad(double[] r, char[] p, int s0, int s1, int s2, int s3, int n, int base, double w) {
        for (int j = 0; j < n; j++) {
            r[base + p[s0 + j]] += w;
            r[base + p[s1 + j]] += w;
            r[base + p[s2 + j]] += w;
            r[base + p[s3 + j]] += w;
        }
    }

    private static void quad(float[] r, char[] p, int s0, int s1, int s2, int s3, int n, int base, float w) {
        for (int j = 0; j < n; j++) {
            r[base + p[s0 + j]] += w;
            r[base + p[s1 + j]] += w;
            r[base + p[s2 + j]] += w;
            r[base + p[s3 + j]] += w;
        }
    }

    private static void row(double[] r, float[] rF, char[] p, int from, int to, int base, double w, float wF) {
        if (rF != null) {
            for (int s = from; s < to; s++) {
                rF[base + p[s]] += wF;
            }
        } else {
            for (int s = from; s < to; s++) {
                r[base + p[s]] += w;
            }
        }
    }
}
