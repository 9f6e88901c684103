package org.neuroloom.engine.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

class SampleRingTest {

    private static double value(long step, int channel) {
        return step * 10.0 + channel;
    }

    private static boolean writeRow(SampleRing ring, long step) {
        if (!ring.beginRow(step)) {
            return false;
        }
        for (int c = 0; c < ring.channels(); c++) {
            ring.set(c, value(step, c));
        }
        ring.commitRow();
        return true;
    }

    @Test
    void rowsKeepTheirStepAndAllChannelValues() {
        SampleRing ring = new SampleRing(3, 4);
        writeRow(ring, 5);
        writeRow(ring, 6);
        long[] steps = new long[4];
        double[] values = new double[12];
        assertEquals(2, ring.drainTo(steps, values, 4));
        assertEquals(6, steps[1]);
        assertEquals(62.0, values[5]);
    }

    @Test
    void aFullRingSkipsRowsAndCountsThem() {
        SampleRing ring = new SampleRing(2, 4);
        int stored = 0;
        for (long s = 0; s < 10; s++) {
            stored += writeRow(ring, s) ? 1 : 0;
        }
        assertEquals(4, stored);
        assertEquals(6, ring.dropped());
        long[] steps = new long[4];
        double[] values = new double[8];
        ring.drainTo(steps, values, 4);
        assertEquals(3, steps[3], "the oldest rows are kept, newer ones skipped");
    }

    @Test
    void concurrentSlowConsumerSeesWholeRowsAndExactDropCounts() throws Exception {
        SampleRing ring = new SampleRing(5, 64);
        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<String> failure = new AtomicReference<>();
        long[] received = new long[1];
        Thread consumer = new Thread(() -> {
            long[] steps = new long[16];
            double[] values = new double[16 * 5];
            long last = -1;
            int iteration = 0;
            while (failure.get() == null) {
                boolean finished = done.get();
                int n = ring.drainTo(steps, values, 16);
                for (int r = 0; r < n; r++) {
                    for (int c = 0; c < 5; c++) {
                        if (values[r * 5 + c] != value(steps[r], c) || steps[r] <= last) {
                            failure.compareAndSet(null, "torn row at step " + steps[r]);
                        }
                    }
                    last = steps[r];
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
        long offered = 200_000;
        for (long s = 0; s < offered; s++) {
            writeRow(ring, s);
        }
        done.set(true);
        consumer.join(30_000);
        assertFalse(consumer.isAlive());
        assertNull(failure.get());
        assertEquals(offered, received[0] + ring.dropped());
        assertTrue(ring.dropped() > 0);
    }
}
