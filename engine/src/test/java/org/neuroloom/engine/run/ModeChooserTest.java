package org.neuroloom.engine.run;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The pool's serial/parallel choice, fed with synthetic step times (ns). */
class ModeChooserTest {

    /** Step times by mode; {@code parallelAt} may depend on the step to model hiccups. */
    private interface Clock {
        long parallelAt(long step);
    }

    /** Runs {@code steps} steps and returns how many ran serially. */
    private static long run(ModeChooser c, long from, long steps, Clock parallel, long serialNanos) {
        long serial = 0;
        for (long k = from; k < from + steps; k++) {
            if (c.serial()) {
                serial++;
                c.record(serialNanos, 1, 0);
            } else {
                c.record(parallel.parallelAt(k), 1, 0);
            }
        }
        return serial;
    }

    @Test
    void whenParallelStepsAreFasterAlmostEveryStepRunsInParallel() {
        ModeChooser c = new ModeChooser(1, false);
        long serial = run(c, 0, 100_000, k -> 100_000, 160_000);
        // one serial timing window per period: 128 of every 8192 + 256 steps
        assertTrue(serial < 0.02 * 100_000, "serial steps " + serial);
    }

    @Test
    void slowStepsInsideTheParallelWindowDoNotSendThePoolSerial() {
        ModeChooser c = new ModeChooser(1, false);
        // every 8th step is descheduled for 5 ms (a GC pause, the JIT, another process)
        long serial = run(c, 0, 50_000, k -> k % 8 == 3 ? 5_000_000 : 100_000, 160_000);
        assertTrue(serial < 0.02 * 50_000, "serial steps " + serial);
        assertTrue(c.parallelNanos() < 110_000, "median parallel step " + c.parallelNanos());
    }

    @Test
    void aSerialChoiceIsMeasuredAgainWithinTheLongestSerialPeriod() {
        ModeChooser c = new ModeChooser(1, false);
        // a long busy spell: parallel steps are slow, the serial mode wins again and again
        long busy = run(c, 0, 60_000, k -> 400_000, 160_000);
        assertTrue(busy > 0.97 * 60_000, "serial while busy " + busy);
        // the other core frees up: the pool must go back to parallel within one serial period
        long bound = ModeChooser.MAX_SERIAL_PERIOD + 2L * ModeChooser.WINDOW;
        long back = run(c, 60_000, bound, k -> 100_000, 160_000);
        assertFalse(c.serial(), "parallel again after " + bound + " steps");
        assertTrue(back <= bound, "serial steps after the change " + back);
        long later = run(c, 60_000 + bound, 50_000, k -> 100_000, 160_000);
        assertTrue(later < 0.02 * 50_000, "serial steps later " + later);
    }

    @Test
    void withTheOtherCoreBusyParallelProbesAreCutShortAndRare() {
        ModeChooser c = new ModeChooser(1, false);
        long steps = 200_000;
        long serial = run(c, 0, steps, k -> 3_000_000, 160_000);
        long parallel = steps - serial;
        // the first full window, then probes of PROBE_CHECK steps at most every MAX_SERIAL_PERIOD
        long allowed = ModeChooser.WINDOW + (steps / ModeChooser.MAX_SERIAL_PERIOD + 4) * ModeChooser.PROBE_CHECK;
        assertTrue(parallel <= allowed, "parallel steps " + parallel + " > " + allowed);
    }

    @Test
    void blocksOfStepsAreTimedPerStepAndCountedByTheirSteps() {
        ModeChooser c = new ModeChooser(1, false);
        int block = 15;
        long serial = 0;
        long steps = 0;
        while (steps < 100_000) {
            boolean s = c.serial();
            // a parallel step costs 100 µs, a serial one 160 µs; a block takes block times that
            c.record((s ? 160_000L : 100_000L) * block, block, 0);
            serial += s ? block : 0;
            steps += block;
        }
        // one serial window of about WINDOW steps per PERIOD steps, as with single steps
        assertTrue(serial < 0.03 * steps, "serial steps " + serial + " of " + steps);
        assertTrue(Math.abs(c.parallelNanos() - 100_000) < 1, "per-step median " + c.parallelNanos());
        assertTrue(Math.abs(c.serialNanos() - 160_000) < 1, "per-step median " + c.serialNanos());
    }

    @Test
    void whenTheOtherCoreTurnsBusyDuringAParallelPeriodThePoolGoesSerialWithinAFewHundredSteps() {
        ModeChooser c = new ModeChooser(1, false);
        int block = 15;
        long step = 0;
        // quiet: parallel blocks of 100 µs per step win against serial ones of 160 µs
        while (step < 20_000) {
            boolean s = c.serial();
            c.record((s ? 160_000L : 100_000L) * block, block, 0);
            step += block;
        }
        assertFalse(c.serial(), "parallel while quiet");
        // busy from here: parallel blocks take 250 µs per step; the period would last up to PERIOD steps
        long busyFrom = step;
        long lastParallel = step;
        while (step < busyFrom + ModeChooser.PERIOD) {
            boolean s = c.serial();
            c.record((s ? 160_000L : 250_000L) * block, block, 0);
            step += block;
            if (!s) {
                lastParallel = step;
            }
            if (s && step - busyFrom > ModeChooser.SLOW_STRETCH + ModeChooser.WINDOW + 2 * block) {
                break;
            }
        }
        long slowSteps = lastParallel - busyFrom;
        assertTrue(c.serial(), "serial after the other core turned busy");
        assertTrue(slowSteps <= ModeChooser.SLOW_STRETCH + block, "slow parallel steps before the switch: " + slowSteps);
        assertTrue(Math.abs(c.serialNanos() - 160_000) < 1, "serial timed again: " + c.serialNanos());
    }

    @Test
    void withAutomaticThreadsAParallelModeThatSavesLittleGivesWayToOneThread() {
        // cobahh on this machine: two workers take 20.5 µs per step, one thread running both slices 21 µs
        long steps = 100_000;
        long asked = run(new ModeChooser(1, false), 0, steps, k -> 20_500, 21_000);
        long auto = run(new ModeChooser(1, true), 0, steps, k -> 20_500, 21_000);
        assertTrue(asked < 0.02 * steps, "threads asked for: serial steps " + asked);
        assertTrue(auto > 0.95 * steps, "threads auto: serial steps " + auto);
    }

    @Test
    void withAutomaticThreadsAClearParallelWinKeepsBothWorkers() {
        // plastic: 47 µs per step on two workers, 72 µs serially
        long steps = 100_000;
        long serial = run(new ModeChooser(1, true), 0, steps, k -> 47_000, 72_000);
        assertTrue(serial < 0.02 * steps, "serial steps " + serial);
        // a parallel mode just inside the margin also stays
        long near = run(new ModeChooser(1, true), 0, steps, k -> (long) (0.8 * 72_000), 72_000);
        assertTrue(near < 0.02 * steps, "serial steps at 0.8x " + near);
    }

    @Test
    void aColdFirstParallelBlockAfterASerialStretchDoesNotKeepThePoolSerial() {
        ModeChooser c = new ModeChooser(1, false);
        int block = 15;
        long step = 0;
        boolean wasSerial = false;
        // the JIT keeps the other core busy at first: parallel blocks 400 µs per step, serial 160 µs
        while (step < 20_000) {
            boolean s = c.serial();
            c.record((s ? 160_000L : 400_000L) * block, block, 0);
            step += block;
            wasSerial = s;
        }
        assertTrue(c.serial(), "serial while the other core is busy");
        // then quiet: parallel blocks take 100 µs per step, but the first after serial ones 500 µs
        // (the parked worker wakes, its slices' data comes over from the other core's caches)
        long quietFrom = step;
        long serial = 0;
        while (step < quietFrom + 50_000) {
            boolean s = c.serial();
            long perStep = s ? 160_000L : wasSerial ? 500_000L : 100_000L;
            c.record(perStep * block, block, 0);
            step += block;
            serial += s ? block : 0;
            wasSerial = s;
        }
        assertFalse(c.serial(), "parallel again once the other core is free");
        assertTrue(serial <= ModeChooser.MAX_SERIAL_PERIOD + 2 * ModeChooser.WINDOW + 0.02 * 50_000, "serial steps " + serial);
    }
}
