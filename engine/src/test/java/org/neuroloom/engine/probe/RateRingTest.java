package org.neuroloom.engine.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

class RateRingTest {

    @Test
    void binsSumTheStepCountsOfEachPopulation() {
        RateRing ring = new RateRing(2, 10, 8);
        int[] counts = new int[2];
        for (long s = 0; s < 30; s++) {
            counts[0] = (int) (s % 2);
            counts[1] = 3;
            ring.addStep(s, counts);
        }
        long[] start = new long[8];
        int[] width = new int[8];
        long[] out = new long[16];
        assertEquals(3, ring.drainTo(start, width, out, 8));
        assertEquals(10, start[1]);
        assertEquals(10, width[1]);
        assertEquals(5, out[2]);
        assertEquals(30, out[3]);
        assertEquals(0, ring.merged());
    }

    @Test
    void aStalledReaderGetsWiderBinsButEverySpike() {
        RateRing ring = new RateRing(1, 10, 2);
        int[] one = {1};
        for (long s = 0; s < 100; s++) {
            ring.addStep(s, one);
        }
        long[] start = new long[4];
        int[] width = new int[4];
        long[] out = new long[4];
        assertEquals(2, ring.drainTo(start, width, out, 4));
        assertEquals(8, ring.merged(), "bins 3..10 stayed open");
        ring.addStep(100, new int[]{0});
        for (long s = 101; s < 110; s++) {
            ring.addStep(s, one);
        }
        assertEquals(1, ring.drainTo(start, width, out, 4));
        assertEquals(20, start[0]);
        assertEquals(90, width[0]);
        assertEquals(89, out[0]);
    }

    @Test
    void rateIsCountPerNeuronPerSecond() {
        assertEquals(50.0, RateRing.rateHz(100, 20, 1000, 0.1), 1e-12);
    }

    @Test
    void concurrentSlowReaderLosesNoSpikes() throws Exception {
        RateRing ring = new RateRing(3, 5, 16);
        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<String> failure = new AtomicReference<>();
        long[] totals = new long[3];
        long[] stepsCovered = new long[1];
        Thread reader = new Thread(() -> {
            long[] start = new long[8];
            int[] width = new int[8];
            long[] out = new long[24];
            long next = 0;
            while (failure.get() == null) {
                boolean finished = done.get();
                int n = ring.drainTo(start, width, out, 8);
                for (int b = 0; b < n; b++) {
                    if (start[b] != next || width[b] % 5 != 0) {
                        failure.compareAndSet(null, "bin " + start[b] + "+" + width[b] + " expected start " + next);
                    }
                    next = start[b] + width[b];
                    for (int p = 0; p < 3; p++) {
                        totals[p] += out[b * 3 + p];
                    }
                }
                stepsCovered[0] = next;
                if (finished && n == 0) {
                    return;
                }
                LockSupport.parkNanos(500_000);
            }
        });
        reader.start();
        int[] counts = new int[3];
        long steps = 500_000;
        long[] expected = new long[3];
        for (long s = 0; s < steps; s++) {
            for (int p = 0; p < 3; p++) {
                counts[p] = (int) ((s * (p + 1)) % 4);
                expected[p] += counts[p];
            }
            ring.addStep(s, counts);
        }
        done.set(true);
        reader.join(30_000);
        assertFalse(reader.isAlive());
        assertNull(failure.get());
        assertTrue(ring.merged() > 0, "the slow reader must have caused merged bins");
        long lastPublished = stepsCovered[0];
        long[] tail = new long[3];
        for (long s = lastPublished; s < steps; s++) {
            for (int p = 0; p < 3; p++) {
                tail[p] += (s * (p + 1)) % 4;
            }
        }
        for (int p = 0; p < 3; p++) {
            assertEquals(expected[p], totals[p] + tail[p], "population " + p);
        }
    }
}
