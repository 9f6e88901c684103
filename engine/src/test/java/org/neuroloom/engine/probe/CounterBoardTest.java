package org.neuroloom.engine.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class CounterBoardTest {

    @Test
    void realTimeFactorIsSimulatedOverWallTime() {
        CounterBoard board = new CounterBoard();
        board.write(10_000, 1000.0, 5, 7, 250_000_000L);
        CounterBoard.Snapshot s = board.read();
        assertEquals(10_000, s.steps());
        assertEquals(4.0, s.realTimeFactor(), 1e-12);
    }

    @Test
    void readersNeverSeeAMixOfTwoWrites() throws Exception {
        CounterBoard board = new CounterBoard();
        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<String> failure = new AtomicReference<>();
        long[] reads = new long[1];
        Thread reader = new Thread(() -> {
            while (!done.get()) {
                CounterBoard.Snapshot s = board.read();
                long k = s.steps();
                if (s.timeMs() != k * 0.5 || s.spikes() != 2 * k || s.synapticEvents() != 3 * k || s.wallNanos() != 4 * k) {
                    failure.compareAndSet(null, "inconsistent snapshot " + s);
                }
                reads[0]++;
            }
        });
        reader.start();
        for (long k = 1; k <= 2_000_000; k++) {
            board.write(k, k * 0.5, 2 * k, 3 * k, 4 * k);
        }
        done.set(true);
        reader.join(10_000);
        assertNull(failure.get());
        assertTrue(reads[0] > 0);
    }
}
