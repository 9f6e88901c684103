package org.neuroloom.engine.synapse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link StaticTable#deliverSpikes} walks the rows of a constant-weight table four at a time
 * ({@link RowGroups}); every ring value must come out bit for bit as delivering the spikes one
 * row after another ({@link StaticTable#deliver}) leaves it, for rows of every length (empty,
 * shorter and longer than the others of their group), repeated spikes, spike counts that are
 * not a multiple of four, slices that start above 0, and double and float rings.
 */
class StaticTableRowGroupsTest {
    private static final int SOURCES = 300;
    private static final int TARGETS = 1000;
    private static final int RING_SLOTS = 4;

    /** Random rows over the slice [lo, hi) of the targets, ascending, some empty, lengths 0-400. */
    private static int[][] rows(Random rnd, int lo, int hi) {
        int[][] rows = new int[SOURCES][];
        for (int pre = 0; pre < SOURCES; pre++) {
            double p = pre % 7 == 0 ? 0 : rnd.nextDouble() * 400.0 / (hi - lo);
            int[] row = new int[hi - lo];
            int n = 0;
            for (int t = lo; t < hi; t++) {
                if (rnd.nextDouble() < p) {
                    row[n++] = t;
                }
            }
            rows[pre] = java.util.Arrays.copyOf(row, n);
        }
        return rows;
    }

    private static StaticTable table(int[][] rows, float weight, double[] ring, float[] ringF, int lo, int hi) {
        int[] rowStart = new int[SOURCES + 1];
        for (int pre = 0; pre < SOURCES; pre++) {
            rowStart[pre + 1] = rowStart[pre] + rows[pre].length;
        }
        int[] post = new int[rowStart[SOURCES]];
        for (int pre = 0; pre < SOURCES; pre++) {
            System.arraycopy(rows[pre], 0, post, rowStart[pre], rows[pre].length);
        }
        return new StaticTable(rowStart, post, null, null, weight, 2, ring, ringF, TARGETS, RING_SLOTS, lo, hi);
    }

    /** Ascending spike ids with repeats (a source that fires twice in a step). */
    private static int[] spikes(Random rnd, int count) {
        int[] ids = new int[count];
        for (int i = 0; i < count; i++) {
            ids[i] = rnd.nextInt(SOURCES);
        }
        java.util.Arrays.sort(ids);
        return ids;
    }

    @Test
    void rowsWalkedFourAtATimeLeaveEveryRingValueAsRowByRow() {
        Random rnd = new Random(5);
        for (int trial = 0; trial < 40; trial++) {
            int lo = 64 * rnd.nextInt(4);
            int hi = TARGETS - 64 * rnd.nextInt(4);
            int[][] rows = rows(rnd, lo, hi);
            float weight = (float) (rnd.nextGaussian() * 0.37);
            double scale = 0.5 + rnd.nextDouble();
            int emitSlot = rnd.nextInt(RING_SLOTS);
            int[] ids = spikes(rnd, rnd.nextInt(40));
            double[] start = new double[RING_SLOTS * TARGETS];
            for (int i = 0; i < start.length; i++) {
                start[i] = rnd.nextGaussian();
            }

            double[] grouped = start.clone();
            double[] oneByOne = start.clone();
            long events = table(rows, weight, grouped, null, lo, hi).deliverSpikes(ids, ids.length, emitSlot, scale);
            StaticTable single = table(rows, weight, oneByOne, null, lo, hi);
            long expected = 0;
            for (int id : ids) {
                expected += single.deliver(id, emitSlot, scale);
            }
            assertEquals(expected, events, "synapses delivered, trial " + trial);
            assertArrayEquals(oneByOne, grouped, "double ring, trial " + trial);

            float[] groupedF = new float[start.length];
            float[] oneByOneF = new float[start.length];
            for (int i = 0; i < start.length; i++) {
                groupedF[i] = (float) start[i];
                oneByOneF[i] = (float) start[i];
            }
            table(rows, weight, null, groupedF, lo, hi).deliverSpikes(ids, ids.length, emitSlot, scale);
            StaticTable singleF = table(rows, weight, null, oneByOneF, lo, hi);
            for (int id : ids) {
                singleF.deliver(id, emitSlot, scale);
            }
            assertArrayEquals(oneByOneF, groupedF, "float ring, trial " + trial);
        }
    }
}
