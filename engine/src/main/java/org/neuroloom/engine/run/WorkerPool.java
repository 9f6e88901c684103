package org.neuroloom.engine.run;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.locks.LockSupport;

/**
 * A persistent pool of step workers; the calling (coordinating) thread is worker 0.
 * {@link #runBlock} releases every worker for one block (one step, or a minimum-delay window of
 * steps that the slices can run without each other) and returns when all are done.
 * Hand-off is a spin-then-park barrier: waiting threads spin ({@link Thread#onSpinWait()}) for
 * a short while, which costs well under a microsecond per step when cores are free, then spin
 * and yield for up to twice the last block's time, then park, so an idle or paused simulation
 * (or one whose cores are busy elsewhere) does not burn CPU. A {@code CyclicBarrier} or a task
 * per step costs tens of microseconds here, and so does waking a parked thread.
 * <p>Slices are claimed, not assigned: worker w claims slice w when it wakes, and the
 * coordinator, once done with slice 0, claims every slice nobody has started and runs it
 * itself. A worker whose core is taken by another process thus costs the step nothing unless it
 * was descheduled in the middle of its slice.
 */
final class WorkerPool implements AutoCloseable {
    /** The work of the workers for one block. */
    interface Task {
        /** Worker {@code worker}'s part. */
        void run(int worker);

        /**
         * Every worker's part, one after another on the calling thread (the serial mode);
         * {@code settled}: the pool has chosen that mode for a while, not only to time it.
         */
        void runAll(boolean settled);
    }

    /** Busy-spin this long before yielding. */
    private static final long SPIN_NANOS = 20_000;
    /** Spin and yield at least this long before parking. */
    private static final long YIELD_NANOS = 200_000;
    /** Spin and yield at most this long before parking, however long the blocks are. */
    private static final long MAX_YIELD_NANOS = 4_000_000;
    /**
     * The long wait before parking only while parallel steps are at least this much faster than
     * serial ones: then the cores are free. When they are not (another program keeps a core
     * busy), a thread that keeps spinning and yielding takes CPU from the one doing the work.
     */
    private static final double CLEAR_PARALLEL_WIN = 0.8;
    private final Task task;
    private final int size;
    private final Thread[] threads;
    private final Throwable[] errors;
    private final AtomicIntegerArray parked;
    /** Per slice: 0 = free in this step, 1 = claimed by a worker or the coordinator. */
    private final AtomicIntegerArray claimed;
    private final AtomicInteger remaining = new AtomicInteger();
    private volatile long generation;
    private volatile boolean closed;
    private volatile boolean coordinatorParked;
    private volatile Thread coordinator;
    /**
     * How long a waiting thread spins and yields before it parks: while parallel steps clearly
     * win, twice the last block's wall time (at least {@link #YIELD_NANOS}), because a block of
     * many steps leaves a thread that finished early waiting longer than a single step does, and
     * waking a parked thread costs tens of microseconds on a virtual machine; otherwise
     * {@link #YIELD_NANOS}.
     */
    private volatile long parkAfterNanos = YIELD_NANOS;
    private long serialSteps;
    private long stolenSlices;
    private final ModeChooser chooser;
    private int stepStolen;
    /** Every block serially, whatever the chooser says (see {@link #forceSerial}). */
    private boolean forcedSerial;

    /**
     * @param onlyWherePaying the thread count was chosen automatically: run in parallel only while
     *                        that is clearly faster than one thread running every slice
     */
    WorkerPool(int size, Task task, String name, boolean onlyWherePaying) {
        this.size = size;
        this.task = task;
        this.threads = new Thread[size];
        this.errors = new Throwable[size];
        this.parked = new AtomicIntegerArray(size);
        this.claimed = new AtomicIntegerArray(size);
        this.chooser = new ModeChooser(size - 1, onlyWherePaying);
        for (int w = 1; w < size; w++) {
            final int id = w;
            Thread t = new Thread(() -> loop(id), name + "-worker-" + w);
            t.setDaemon(true);
            threads[w] = t;
            t.start();
        }
    }

    /**
     * Runs one block of {@code steps} steps on every worker's slices and rethrows the first failure. Normally every
     * worker runs its own slices in parallel (this thread is worker 0). When the machine is busy
     * (the other cores are taken, so hand-offs wait for descheduled threads), this thread runs
     * all the slices itself: a {@link ModeChooser} times parallel steps against
     * serial ones now and then and keeps the faster mode. The result is the
     * same either way: slices, not threads, define the arithmetic.
     */
    void runBlock(int steps) {
        if (forcedSerial) {
            serialSteps += steps;
            runSerially(true);
            return;
        }
        long t0 = System.nanoTime();
        stepStolen = 0;
        if (chooser.serial()) {
            serialSteps += steps;
            runSerially(chooser.settledSerial());
        } else {
            parallelStep();
        }
        long nanos = System.nanoTime() - t0;
        chooser.record(nanos, steps, stepStolen);
        boolean coresFree = chooser.parallelNanos() < CLEAR_PARALLEL_WIN * chooser.serialNanos();
        parkAfterNanos = coresFree ? Math.min(MAX_YIELD_NANOS, Math.max(YIELD_NANOS, 2 * nanos)) : YIELD_NANOS;
    }

    /**
     * Runs every block serially on the calling thread while {@code on}, as the chooser does when the
     * other cores are busy (to test and to measure that mode); off again, the chooser goes on where it left off.
     */
    void forceSerial(boolean on) {
        forcedSerial = on;
    }

    /** Runs every worker's part of the block on this thread, one after another. */
    private void runSerially(boolean settled) {
        try {
            task.runAll(settled);
        } catch (Throwable t) {
            errors[0] = t;
        }
        rethrow();
    }

    /** Number of steps run serially by the calling thread (machine too busy for hand-offs). */
    long serialSteps() {
        return serialSteps;
    }

    /** Number of slices (one block each) the coordinator ran because their worker had not started them. */
    long stolenSlices() {
        return stolenSlices;
    }

    private void parallelStep() {
        coordinator = Thread.currentThread();
        remaining.set(size - 1);
        for (int w = 1; w < size; w++) {
            claimed.set(w, 0);
        }
        generation = generation + 1;
        for (int w = 1; w < size; w++) {
            if (parked.get(w) != 0) {
                LockSupport.unpark(threads[w]);
            }
        }
        try {
            task.run(0);
        } catch (Throwable t) {
            errors[0] = t;
        }
        for (int w = 1; w < size; w++) {
            if (claimed.get(w) == 0 && claimed.compareAndSet(w, 0, 1)) {
                stolenSlices++;
                stepStolen++;
                runSlice(w);
            }
        }
        awaitWorkers();
        rethrow();
    }

    private void rethrow() {
        for (int w = 0; w < size; w++) {
            Throwable t = errors[w];
            if (t != null) {
                java.util.Arrays.fill(errors, null);
                if (t instanceof RuntimeException re) {
                    throw re;
                }
                if (t instanceof Error e) {
                    throw e;
                }
                throw new IllegalStateException(t);
            }
        }
    }

    private void awaitWorkers() {
        if (remaining.get() == 0) {
            return;
        }
        long start = System.nanoTime();
        int spins = 0;
        while (remaining.get() != 0) {
            Thread.onSpinWait();
            if ((++spins & 63) != 0) {
                continue;
            }
            long waited = System.nanoTime() - start;
            if (waited > SPIN_NANOS) {
                Thread.yield();
            }
            if (waited > parkAfterNanos) {
                coordinatorParked = true;
                while (remaining.get() != 0) {
                    LockSupport.parkNanos(this, 1_000_000);
                }
                coordinatorParked = false;
                return;
            }
        }
    }

    private void loop(int w) {
        long seen = 0;
        while (true) {
            long g = awaitGeneration(w, seen);
            if (closed) {
                return;
            }
            seen = g;
            // The claim also covers a worker that wakes after the coordinator has run its
            // slice and started the next step: it then works on that step (whose state the
            // claim makes visible), and skips it when it sees the generation it already served.
            if (claimed.compareAndSet(w, 0, 1)) {
                runSlice(w);
            }
        }
    }

    /** Runs slice {@code w} (for this step) and counts it done. */
    private void runSlice(int w) {
        try {
            task.run(w);
        } catch (Throwable t) {
            errors[w] = t;
        }
        if (remaining.decrementAndGet() == 0 && coordinatorParked) {
            LockSupport.unpark(coordinator);
        }
    }

    private long awaitGeneration(int w, long seen) {
        long start = System.nanoTime();
        int spins = 0;
        while (true) {
            long g = generation;
            if (g != seen || closed) {
                return g;
            }
            Thread.onSpinWait();
            if ((++spins & 63) != 0) {
                continue;
            }
            long waited = System.nanoTime() - start;
            if (waited > SPIN_NANOS) {
                Thread.yield();
            }
            if (waited > parkAfterNanos) {
                parked.set(w, 1);
                while (generation == seen && !closed) {
                    LockSupport.park(this);
                }
                parked.set(w, 0);
                start = System.nanoTime();
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        for (int w = 1; w < size; w++) {
            LockSupport.unpark(threads[w]);
        }
        for (int w = 1; w < size; w++) {
            try {
                threads[w].join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
