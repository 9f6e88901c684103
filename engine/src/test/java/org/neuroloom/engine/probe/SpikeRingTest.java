package org.neuroloom.engine.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

class SpikeRingTest {

    /** The batch the producer offers at step s: population s % 3, (s % 5) neurons with ids s+i. */
    private static int fillBatch(long s, int[] ids) {
        int count = (int) (s % 5);
        for (int i = 0; i < count; i++) {
            ids[i] = (int) (s + i);
        }
        return count;
    }

    @Test
    void spikesComeOutInOrderWithTheirStepAndPopulation() {
        SpikeRing ring = new SpikeRing(16);
        ring.offer(3, 1, new int[]{4, 7, 9}, 3);
        ring.offer(4, 0, new int[]{2, 99}, 1);
        ring.publish();
        long[] steps = new long[16];
        int[] pops = new int[16];
        int[] ids = new int[16];
        assertEquals(4, ring.drainTo(steps, pops, ids, 16));
        assertEquals(3, steps[0]);
        assertEquals(1, pops[2]);
        assertEquals(9, ids[2]);
        assertEquals(4, steps[3]);
        assertEquals(0, pops[3]);
        assertEquals(2, ids[3]);
        assertEquals(0, ring.dropped());
    }

    @Test
    void capacityIsRoundedUpToAPowerOfTwo() {
        assertEquals(8, new SpikeRing(5).capacity());
        assertEquals(8, new SpikeRing(8).capacity());
        assertEquals(2, new SpikeRing(1).capacity());
    }

    @Test
    void aStalledConsumerNeverBlocksTheProducerAndDropsAreCounted() {
        SpikeRing ring = new SpikeRing(64);
        int[] ids = new int[8];
        long offered = 0;
        long stored = 0;
        for (long s = 0; s < 1_000_000; s++) {
            int n = fillBatch(s, ids);
            offered += n;
            if (ring.offer(s, (int) (s % 3), ids, n)) {
                stored += n;
            }
            ring.publish();
        }
        assertEquals(offered - stored, ring.dropped());
        assertEquals(stored, ring.available());
        assertTrue(stored <= 64 && stored >= 60, "the ring is full up to the last batch that fitted: " + stored);
    }

    @Test
    void aBatchThatDoesNotFitIsDroppedWhole() {
        SpikeRing ring = new SpikeRing(4);
        assertTrue(ring.offer(0, 0, new int[]{1, 2, 3}, 3));
        assertFalse(ring.offer(1, 0, new int[]{1, 2}, 2));
        ring.publish();
        assertEquals(2, ring.dropped());
        assertEquals(3, ring.available());
    }

    @Test
    void concurrentSlowConsumerSeesUncorruptedSpikesAndExactDropCounts() throws Exception {
        SpikeRing ring = new SpikeRing(256);
        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<String> failure = new AtomicReference<>();
        long[] received = new long[1];
        Thread consumer = new Thread(() -> {
            long[] steps = new long[64];
            int[] pops = new int[64];
            int[] ids = new int[64];
            long lastStep = -1;
            int indexInStep = 0;
            int iteration = 0;
            while (failure.get() == null) {
                boolean finished = done.get();
                int n = ring.drainTo(steps, pops, ids, 64);
                for (int i = 0; i < n; i++) {
                    long s = steps[i];
                    indexInStep = s == lastStep ? indexInStep + 1 : 0;
                    if (s < lastStep || pops[i] != (int) (s % 3) || ids[i] != (int) (s + indexInStep)
                            || indexInStep >= s % 5) {
                        failure.compareAndSet(null, "corrupt spike at step " + s + ": pop " + pops[i] + " id " + ids[i]);
                    }
                    lastStep = s;
                }
                received[0] += n;
                if (finished && n == 0) {
                    return;
                }
                if (++iteration % 4 == 0) {
                    LockSupport.parkNanos(1_000_000);
                }
            }
        });
        consumer.start();
        int[] ids = new int[8];
        long offered = 0;
        for (long s = 0; s < 400_000; s++) {
            int n = fillBatch(s, ids);
            offered += n;
            ring.offer(s, (int) (s % 3), ids, n);
            ring.publish();
        }
        done.set(true);
        consumer.join(30_000);
        assertFalse(consumer.isAlive());
        assertNull(failure.get());
        assertEquals(offered, received[0] + ring.dropped());
        assertTrue(ring.dropped() > 0, "a parked consumer must have caused drops");
        assertTrue(received[0] > 0);
    }

    @Test
    void batchesAcrossTheWrapComeOutWhole() {
        SpikeRing ring = new SpikeRing(8);
        long[] steps = new long[8];
        int[] pops = new int[8];
        int[] ids = new int[8];
        for (long s = 0; s < 100; s++) {
            int[] batch = {(int) s, (int) s + 1, (int) s + 2, (int) s + 3, (int) s + 4};
            assertTrue(ring.offer(s, (int) (s % 4), batch, 5));
            ring.publish();
            assertEquals(5, ring.drainTo(steps, pops, ids, 8));
            for (int i = 0; i < 5; i++) {
                assertEquals(s, steps[i]);
                assertEquals(s % 4, pops[i]);
                assertEquals(s + i, ids[i], "entry " + i + " of step " + s);
            }
        }
    }

    @Test
    void nothingOfferedIsVisibleBeforePublishAndAStepsBatchesCountTogetherAgainstTheSpace() {
        SpikeRing ring = new SpikeRing(8);
        assertTrue(ring.offer(0, 0, new int[]{1, 2, 3}, 3));
        assertTrue(ring.offerCount(0, 1, 40));
        assertEquals(0, ring.available(), "the step is not published yet");
        // 4 of 8 slots are staged: a batch of 5 does not fit, one of 4 does
        assertFalse(ring.offer(0, 2, new int[]{1, 2, 3, 4, 5}, 5));
        assertTrue(ring.offer(0, 3, new int[]{1, 2, 3, 4}, 4));
        assertFalse(ring.offerCount(0, 4, 7));
        ring.publish();
        assertEquals(8, ring.available());
        assertEquals(12, ring.dropped());
        long[] steps = new long[8];
        int[] pops = new int[8];
        int[] ids = new int[8];
        assertEquals(8, ring.drainTo(steps, pops, ids, 8));
        assertEquals(2, ids[1]);
        assertEquals(-40, ids[3]);
        assertEquals(3, pops[4]);
        assertEquals(4, ids[7]);
    }

    /**
     * A producer offering several populations per step and a consumer draining everything there
     * is: because a step is published whole, no step is ever split between two drains, which is
     * what lets a live view show a step all at once.
     */
    @Test
    void aConsumerThatDrainsEverythingNeverGetsPartOfAStep() throws Exception {
        SpikeRing ring = new SpikeRing(1 << 12);
        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<String> failure = new AtomicReference<>();
        java.util.concurrent.atomic.AtomicLong drains = new java.util.concurrent.atomic.AtomicLong();
        Thread consumer = new Thread(() -> {
            long[] steps = new long[1 << 12];
            int[] pops = new int[1 << 12];
            int[] ids = new int[1 << 12];
            long lastStepOfPreviousDrain = -1;
            while (failure.get() == null) {
                boolean finished = done.get();
                int n = ring.drainTo(steps, pops, ids, steps.length);
                if (n > 0) {
                    drains.incrementAndGet();
                    if (steps[0] == lastStepOfPreviousDrain) {
                        failure.compareAndSet(null, "step " + steps[0] + " was split between two drains");
                    }
                    lastStepOfPreviousDrain = steps[n - 1];
                }
                if (finished && n == 0) {
                    return;
                }
            }
        });
        consumer.start();
        int[] ids = {1, 2, 3};
        // the race runs until the consumer has drained many times (a loaded machine gives it few
        // time slices), at least 0.5 s, at most 30 s
        long start = System.nanoTime();
        for (long s = 0; failure.get() == null; s++) {
            long ran = System.nanoTime() - start;
            if (ran > 30_000_000_000L || ran > 500_000_000L && drains.get() > 100) {
                break;
            }
            for (int p = 0; p < 4; p++) {
                ring.offer(s, p, ids, 3);
            }
            ring.publish();
        }
        done.set(true);
        consumer.join(30_000);
        assertNull(failure.get());
        assertTrue(drains.get() > 100, "the race must have been run many times: " + drains.get() + " drains");
    }

    @Test
    void aCountEntryCarriesItsSpikeCountAndTakesOneSlot() {
        SpikeRing ring = new SpikeRing(4);
        assertTrue(ring.offer(7, 0, new int[]{3}, 1));
        assertTrue(ring.offerCount(7, 2, 25_000));
        ring.publish();
        long[] steps = new long[4];
        int[] pops = new int[4];
        int[] ids = new int[4];
        assertEquals(2, ring.drainTo(steps, pops, ids, 4));
        assertFalse(SpikeRing.isCount(ids[0]));
        assertEquals(1, SpikeRing.countOf(ids[0]));
        assertTrue(SpikeRing.isCount(ids[1]));
        assertEquals(25_000, SpikeRing.countOf(ids[1]));
        assertEquals(2, pops[1]);
        assertEquals(7, steps[1]);
    }

    @Test
    void aDroppedCountEntryCountsItsSpikes() {
        SpikeRing ring = new SpikeRing(2);
        assertTrue(ring.offer(0, 0, new int[]{1, 2}, 2));
        assertFalse(ring.offerCount(0, 1, 500));
        ring.publish();
        assertEquals(500, ring.dropped());
    }

    /**
     * Producer and consumer race on a tiny ring with no pauses, so the producer refills slots the
     * moment they are freed: a consumer that released slots before reading them, or read them
     * before the producer published, would see entries of a later or earlier step (stale or torn
     * entries). Every entry carries its step in all three fields, so any such mix shows.
     */
    @Test
    void aTightRaceOnATinyRingNeverHandsOverStaleOrTornEntries() throws Exception {
        SpikeRing ring = new SpikeRing(16);
        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<String> failure = new AtomicReference<>();
        long[] received = new long[1];
        Thread consumer = new Thread(() -> {
            long[] steps = new long[16];
            int[] pops = new int[16];
            int[] ids = new int[16];
            long lastStep = -1;
            int inStep = 0;
            while (failure.get() == null) {
                boolean finished = done.get();
                int n = ring.drainTo(steps, pops, ids, 1 + (int) (received[0] % 16));
                for (int i = 0; i < n; i++) {
                    long s = steps[i];
                    inStep = s == lastStep ? inStep + 1 : 0;
                    if (s < lastStep || (s == lastStep && inStep >= 1 + s % 5) || pops[i] != (int) (s % 7)
                            || ids[i] != (int) (s * 8 + inStep)) {
                        failure.compareAndSet(null, "step " + s + " after " + lastStep + ": pop " + pops[i] + " id " + ids[i]);
                    }
                    lastStep = s;
                }
                received[0] += n;
                if (finished && n == 0) {
                    return;
                }
            }
        });
        consumer.start();
        int[] ids = new int[8];
        long offered = 0;
        long deadline = System.nanoTime() + 1_000_000_000L;
        for (long s = 0; s < 20_000_000 && System.nanoTime() < deadline && failure.get() == null; s++) {
            int n = 1 + (int) (s % 5);
            for (int i = 0; i < n; i++) {
                ids[i] = (int) (s * 8 + i);
            }
            offered += n;
            ring.offer(s, (int) (s % 7), ids, n);
            ring.publish();
        }
        done.set(true);
        consumer.join(30_000);
        assertNull(failure.get());
        assertEquals(offered, received[0] + ring.dropped());
    }
}
