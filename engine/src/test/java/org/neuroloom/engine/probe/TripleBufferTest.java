package org.neuroloom.engine.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

class TripleBufferTest {

    @Test
    void consumerSeesOnlyTheLatestValueAndCountsSupersededOnes() {
        TripleBuffer<long[]> tb = new TripleBuffer<>(() -> new long[1]);
        assertFalse(tb.refresh());
        for (long v = 1; v <= 3; v++) {
            tb.back()[0] = v;
            tb.publish();
        }
        assertTrue(tb.refresh());
        assertEquals(3, tb.front()[0]);
        assertEquals(2, tb.superseded());
        assertFalse(tb.refresh(), "nothing newer");
        assertEquals(3, tb.front()[0]);
    }

    @Test
    void concurrentConsumerNeverSeesAHalfWrittenBuffer() throws Exception {
        TripleBuffer<long[]> tb = new TripleBuffer<>(() -> new long[4096]);
        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<String> failure = new AtomicReference<>();
        long[] seen = new long[1];
        Thread consumer = new Thread(() -> {
            long last = 0;
            while (failure.get() == null) {
                boolean finished = done.get();
                if (tb.refresh()) {
                    long[] a = tb.front();
                    long v = a[0];
                    for (long x : a) {
                        if (x != v) {
                            failure.compareAndSet(null, "torn buffer: " + v + " and " + x);
                        }
                    }
                    if (v <= last) {
                        failure.compareAndSet(null, "went back from " + last + " to " + v);
                    }
                    last = v;
                    seen[0]++;
                } else if (finished) {
                    return;
                }
                LockSupport.parkNanos(200_000);
            }
        });
        consumer.start();
        long n = 50_000;
        for (long v = 1; v <= n; v++) {
            Arrays.fill(tb.back(), v);
            tb.publish();
        }
        done.set(true);
        consumer.join(10_000);
        assertFalse(consumer.isAlive());
        assertNull(failure.get());
        assertEquals(n, tb.published());
        assertEquals(n, seen[0] + tb.superseded());
    }
}
