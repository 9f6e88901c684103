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
     * Static tables, one per worker slice.
     *
     * @param slices      slice bounds of the target population (length workers + 1)
     * @param constWeight the weight when the chunks store none
     * @param constDelay  the delay (steps) when the chunks store none
     * @param ring        the target channel's ring buffer, or {@code null} when it is single precision
     * @param ringF       the target channel's single-precision ring buffer, or {@code null}
     */
    public static StaticTable[] staticTables(Edges[] chunks, int sourceSize, int targetSize, int[] slices,
                                             float constWeight, int constDelay, double[] ring, float[] ringF,
                                             int ringSize) {
        int workers = slices.length - 1;
        StaticTable[] out = new StaticTable[workers];
        if (isIdentity(chunks, sourceSize, targetSize)) {
            for (int w = 0; w < workers; w++) {
                out[w] = StaticTable.identity(constWeight, constDelay, ring, ringF, targetSize, ringSize, slices[w],
                        slices[w + 1]);
            }
            return out;
        }
        IntStream.range(0, workers).parallel().forEach(w -> {
            int lo = slices[w];
            int hi = slices[w + 1];
            int[] rowStart = new int[sourceSize + 1];
            for (Edges e : chunks) {
                for (int i = 0; i < e.count; i++) {
                    int p = e.post[i];
                    if (p >= lo && p < hi) {
                        rowStart[e.pre[i] + 1]++;
                    }
                }
            }
            for (int j = 0; j < sourceSize; j++) {
                rowStart[j + 1] += rowStart[j];
            }
            int total = rowStart[sourceSize];
            boolean hasW = chunks.length > 0 && chunks[0].weight != null;
            boolean hasD = chunks.length > 0 && chunks[0].delay != null;
            int[] post = new int[total];
            float[] weight = hasW ? new float[total] : null;
            short[] delay = hasD ? new short[total] : null;
            int[] cursor = Arrays.copyOf(rowStart, sourceSize);
            for (Edges e : chunks) {
                for (int i = 0; i < e.count; i++) {
                    int p = e.post[i];
                    if (p >= lo && p < hi) {
                        int s = cursor[e.pre[i]]++;
                        post[s] = p;
                        if (hasW) {
                            weight[s] = e.weight[i];
                        }
                        if (hasD) {
                            delay[s] = e.delay[i];
                        }
                    }
                }
            }
            out[w] = new StaticTable(rowStart, post, weight, delay, constWeight, constDelay, ring, ringF, targetSize,
                    ringSize, lo, hi);
        });
        return out;
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
