package org.neuroloom.engine.synapse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PlasticTableTest {

    /** Random synapses from {@code sources} onto {@code targets}, delays 1..3 steps. */
    private static Edges randomEdges(int sources, int targets, int count, long seed) {
        Edges e = new Edges(count, true, true);
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < count; i++) {
            e.add(r.nextInt(sources), r.nextInt(targets), (float) r.nextDouble(), 1 + r.nextInt(3));
        }
        return e;
    }

    private static PlasticTable oneSlice(Edges e, int sources, int targets) {
        return TableBuilder.plasticTables(new Edges[]{e}, sources, new int[]{0, targets}, 0f, 1)[0];
    }

    /** Every synapse of the chunk appears once, with its target and, through the back index, its trace key. */
    private static void assertIndicesMatch(Edges e, PlasticTable t) {
        assertEquals(e.count(), t.size());
        long[] expected = new long[e.count()];
        for (int i = 0; i < e.count(); i++) {
            int bucket = e.delayAt(i) - 1;
            expected[i] = ((long) bucket * t.sourceSize + e.pre(i)) << 32 | e.post(i);
        }
        long[] fromRows = new long[t.size()];
        int n = 0;
        for (int b = 0; b < t.bucketDelay.length; b++) {
            for (int pre = 0; pre < t.sourceSize; pre++) {
                for (int s = t.rowStart[b][pre]; s < t.rowStart[b][pre + 1]; s++) {
                    fromRows[n++] = ((long) b * t.sourceSize + pre) << 32 | (t.lo + t.postOffset(s));
                }
            }
        }
        long[] fromBack = new long[t.size()];
        n = 0;
        for (int q = 0; q < t.hi - t.lo; q++) {
            for (int k = t.postStart[q]; k < t.postStart[q + 1]; k++) {
                assertEquals(q, t.postOffset(t.synOfPost[k]), "back index entry points at a synapse of its target");
                fromBack[n++] = (long) t.keyOfBack(k) << 32 | (t.lo + q);
            }
        }
        java.util.Arrays.sort(expected);
        java.util.Arrays.sort(fromRows);
        java.util.Arrays.sort(fromBack);
        assertEquals(java.util.Arrays.toString(expected), java.util.Arrays.toString(fromRows));
        assertEquals(java.util.Arrays.toString(expected), java.util.Arrays.toString(fromBack));
    }

    @Test
    void smallPopulationsStoreTwelveBytesPerSynapse() {
        Edges e = randomEdges(1000, 2000, 50_000, 1);
        PlasticTable t = oneSlice(e, 1000, 2000);
        assertIndicesMatch(e, t);
        long rows = 4L * (3 * 1001) + 4L * 2001;
        assertEquals(12L * 50_000 + rows, t.bytes());
    }

    @Test
    void populationsBeyondSixteenBitIndicesStoreFullIndices() {
        // 70 000 targets in one slice and 3 x 70 000 trace keys: both indices need 32 bits
        Edges e = randomEdges(70_000, 70_000, 20_000, 2);
        PlasticTable t = oneSlice(e, 70_000, 70_000);
        assertIndicesMatch(e, t);
        long rows = 4L * (3 * 70_001) + 4L * 70_001;
        assertEquals(16L * 20_000 + rows, t.bytes());
    }
}
