package org.neuroloom.engine.synapse;

import java.util.Arrays;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Turns generated synapses (canonical chunks) into per-worker tables: each worker gets the
 * synapses that end in its slice of the target population, in CSR order by presynaptic
 * element. Workers' tables are built in parallel; the result does not depend on that.
 */
public final class TableBuilder {
    private TableBuilder() {
    }

    /**
     * A static projection's tables: one per worker slice, and the whole-range table that reads the
     * same synapse arrays row by row (the same object as the only slice's with one worker).
     */
    public record StaticTables(StaticTable[] slices, StaticTable whole) {
    }

    /**
     * Static tables, one per worker slice, sharing one set of synapse arrays: each row holds the
     * slices' segments back to back (slice by slice, each in the order the chunks give), so a
     * slice's segments are exactly what a table of that slice alone would hold, and whole rows
     * are the whole range's.
     *
     * @param slices      slice bounds of the target population (length workers + 1)
     * @param constWeight the weight when the chunks store none
     * @param constDelay  the delay (steps) when the chunks store none
     * @param ring        the target channel's ring buffer
     */
    public static StaticTables staticTables(Edges[] chunks, int sourceSize, int targetSize, int[] slices,
                                            float constWeight, int constDelay, double[] ring, int ringSize) {
        int workers = slices.length - 1;
        StaticTable[] out = new StaticTable[workers];
        if (isIdentity(chunks, sourceSize, targetSize)) {
            for (int w = 0; w < workers; w++) {
                out[w] = StaticTable.identity(constWeight, constDelay, ring, targetSize, ringSize, slices[w], slices[w + 1]);
            }
            StaticTable whole = workers == 1 ? out[0]
                    : StaticTable.identity(constWeight, constDelay, ring, targetSize, ringSize, 0, targetSize);
            return new StaticTables(out, whole);
        }
        int[] sliceOf = new int[targetSize];
        for (int w = 0; w < workers; w++) {
            java.util.Arrays.fill(sliceOf, slices[w], slices[w + 1], w);
        }
        // bound[w][pre]: where slice w's segment of row pre starts; counted first, then summed
        int[][] bound = new int[workers][sourceSize + 1];
        for (Edges e : chunks) {
            for (int i = 0; i < e.count; i++) {
                bound[sliceOf[e.post[i]]][e.pre[i]]++;
            }
        }
        int at = 0;
        for (int pre = 0; pre < sourceSize; pre++) {
            for (int w = 0; w < workers; w++) {
                int n = bound[w][pre];
                bound[w][pre] = at;
                at += n;
            }
        }
        for (int w = 0; w < workers; w++) {
            bound[w][sourceSize] = at;
        }
        int total = at;
        boolean hasW = chunks.length > 0 && chunks[0].weight != null;
        boolean hasD = chunks.length > 0 && chunks[0].delay != null;
        int[] post = new int[total];
        float[] weight = hasW ? new float[total] : null;
        short[] delay = hasD ? new short[total] : null;
        int[][] cursor = new int[workers][];
        for (int w = 0; w < workers; w++) {
            cursor[w] = Arrays.copyOf(bound[w], sourceSize);
        }
        for (Edges e : chunks) {
            for (int i = 0; i < e.count; i++) {
                int p = e.post[i];
                int s = cursor[sliceOf[p]][e.pre[i]]++;
                post[s] = p;
                if (hasW) {
                    weight[s] = e.weight[i];
                }
                if (hasD) {
                    delay[s] = e.delay[i];
                }
            }
        }
        // slice 0's starts are the rows' starts: the whole-range table reads rows [bound[0][pre], bound[0][pre + 1])
        StaticTable whole = new StaticTable(bound[0], post, weight, delay, constWeight, constDelay, ring, targetSize,
                ringSize);
        if (workers == 1) {
            out[0] = whole;
            return new StaticTables(out, whole);
        }
        for (int w = 0; w < workers; w++) {
            boolean last = w == workers - 1;
            out[w] = StaticTable.segments(bound[w], last ? bound[0] : bound[w + 1], last ? 1 : 0, post, weight, delay,
                    constWeight, constDelay, ring, targetSize, ringSize);
        }
        return new StaticTables(out, whole);
    }

    /** Whether the synapses are exactly i -> i for every element, with constant weight and delay. */
    private static boolean isIdentity(Edges[] chunks, int sourceSize, int targetSize) {
        if (sourceSize != targetSize || chunks.length == 0 || chunks[0].weight != null || chunks[0].delay != null) {
            return false;
        }
        int expect = 0;
        for (Edges e : chunks) {
            for (int i = 0; i < e.count; i++) {
                if (e.pre[i] != expect || e.post[i] != expect) {
                    return false;
                }
                expect++;
            }
        }
        return expect == targetSize;
    }

    /**
     * Plastic tables, one per worker slice, grouped by delay.
     *
     * @param constWeight the initial weight when the chunks store none
     * @param constDelay  the delay (steps) when the chunks store none
     */
    public static PlasticTable[] plasticTables(Edges[] chunks, int sourceSize, int[] slices, float constWeight,
                                               int constDelay) {
        TreeSet<Integer> delays = new TreeSet<>();
        boolean hasD = chunks.length > 0 && chunks[0].delay != null;
        if (hasD) {
            for (Edges e : chunks) {
                for (int i = 0; i < e.count; i++) {
                    delays.add((int) e.delay[i]);
                }
            }
        }
        if (delays.isEmpty()) {
            delays.add(constDelay);
        }
        int[] bucketDelay = delays.stream().mapToInt(Integer::intValue).toArray();
        int maxD = bucketDelay[bucketDelay.length - 1];
        int[] bucketOf = new int[maxD + 1];
        for (int b = 0; b < bucketDelay.length; b++) {
            bucketOf[bucketDelay[b]] = b;
        }
        int buckets = bucketDelay.length;
        int workers = slices.length - 1;
        PlasticTable[] out = new PlasticTable[workers];
        IntStream.range(0, workers).parallel().forEach(w -> {
            int lo = slices[w];
            int hi = slices[w + 1];
            int rows = buckets * sourceSize;
            int[] start = new int[rows + 1];
            for (Edges e : chunks) {
                for (int i = 0; i < e.count; i++) {
                    int p = e.post[i];
                    if (p >= lo && p < hi) {
                        int b = hasD ? bucketOf[e.delay[i]] : 0;
                        start[b * sourceSize + e.pre[i] + 1]++;
                    }
                }
            }
            for (int j = 0; j < rows; j++) {
                start[j + 1] += start[j];
            }
            int total = start[rows];
            int[] post = new int[total];
            float[] weight = new float[total];
            int[] cursor = Arrays.copyOf(start, rows);
            boolean hasW = chunks.length > 0 && chunks[0].weight != null;
            for (Edges e : chunks) {
                for (int i = 0; i < e.count; i++) {
                    int p = e.post[i];
                    if (p >= lo && p < hi) {
                        int b = hasD ? bucketOf[e.delay[i]] : 0;
                        int s = cursor[b * sourceSize + e.pre[i]]++;
                        post[s] = p;
                        weight[s] = hasW ? e.weight[i] : constWeight;
                    }
                }
            }
            int[][] rowStart = new int[buckets][];
            for (int b = 0; b < buckets; b++) {
                rowStart[b] = Arrays.copyOfRange(start, b * sourceSize, (b + 1) * sourceSize + 1);
            }
            int[] postStart = new int[hi - lo + 1];
            for (int s = 0; s < total; s++) {
                postStart[post[s] - lo + 1]++;
            }
            for (int j = 0; j < hi - lo; j++) {
                postStart[j + 1] += postStart[j];
            }
            int[] synOfPost = new int[total];
            int[] preKey = new int[total];
            int[] pc = Arrays.copyOf(postStart, hi - lo);
            for (int key = 0; key < rows; key++) {
                for (int s = start[key]; s < start[key + 1]; s++) {
                    int k = pc[post[s] - lo]++;
                    synOfPost[k] = s;
                    preKey[k] = key;
                }
            }
            out[w] = new PlasticTable(sourceSize, lo, hi, bucketDelay, rowStart, post, weight, postStart, synOfPost, preKey);
        });
        return out;
    }
}
