package org.neuroloom.engine.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PacerTest {

    @Test
    void halfSpeedWaitsTwoWallMillisecondsPerSimulatedMillisecond() {
        Pacer p = new Pacer();
        p.start(Speed.times(0.5), 100.0, 1_000_000_000L);
        assertEquals(20_000_000L, p.waitNanos(110.0, 1_000_000_000L));
        assertEquals(5_000_000L, p.waitNanos(110.0, 1_015_000_000L));
        assertEquals(0, p.waitNanos(110.0, 1_030_000_000L), "behind schedule: no wait");
    }

    @Test
    void tenTimesRealTimeWaitsATenthOfTheSimulatedTime() {
        Pacer p = new Pacer();
        p.start(Speed.times(10), 0, 0);
        assertEquals(10_000_000L, p.waitNanos(100.0, 0));
    }

    @Test
    void maxSpeedNeverWaits() {
        Pacer p = new Pacer();
        p.start(Speed.MAX, 0, 0);
        assertEquals(0, p.waitNanos(1e6, 0));
    }

    @Test
    void aRunFarBehindScheduleDoesNotBurstToCatchUp() {
        Pacer p = new Pacer();
        p.start(Speed.REAL_TIME, 0, 0);
        // 1 s of wall time for 10 ms of simulated time: far behind
        assertEquals(0, p.waitNanos(10.0, 1_000_000_000L));
        // from here on the schedule starts again at (10 ms, 1 s)
        assertEquals(5_000_000L, p.waitNanos(15.0, 1_000_000_000L));
    }

    @Test
    void speedMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> Speed.times(0));
        assertThrows(IllegalArgumentException.class, () -> Speed.times(Double.NaN));
    }
}
