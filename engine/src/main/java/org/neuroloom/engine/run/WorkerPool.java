package org.neuroloom.engine.run;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.locks.LockSupport;

/**
 * A persistent pool of step workers; the calling (coordinating) thread is worker 0.
 * {@link #runStep()} releases every worker for one step and returns when all are done.
 * Hand-off is a spin-then-park barrier: waiting threads spin ({@link Thread#onSpinWait()}) for
 * a short while, which costs well under a microsecond per step when cores are free, then
 * park, so an idle or paused simulation (or one whose cores are busy elsewhere) does not burn
 * CPU. A {@code CyclicBarrier} or a task per step costs tens of microseconds here.
 */
final class WorkerPool implements AutoCloseable {
    /** The work of one worker for one step. */
    interface Task {
        void run(int worker);
    }

    private static final long SPIN_NANOS = 200_000;

    private final Task task;
    private final int size;
    private final Thread[] threads;
    private final Throwable[] errors;
    private final AtomicIntegerArray parked;
    private final AtomicInteger remaining = new AtomicInteger();
    private volatile long generation;
    private volatile boolean closed;
    private volatile boolean coordinatorParked;
    private volatile Thread coordinator;

    WorkerPool(int size, Task task, String name) {
        this.size = size;
        this.task = task;
        this.threads = new Thread[size];
        this.errors = new Throwable[size];
        this.parked = new AtomicIntegerArray(size);
        for (int w = 1; w < size; w++) {
            final int id = w;
            Thread t = new Thread(() -> loop(id), name + "-worker-" + w);
            t.setDaemon(true);
            threads[w] = t;
            t.start();
        }
    }

    /** Runs one step on every worker (this thread is worker 0) and rethrows the first failure. */
    void runStep() {
        coordinator = Thread.currentThread();
        remaining.set(size - 1);
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
        awaitWorkers();
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
            if ((++spins & 255) == 0 && System.nanoTime() - start > SPIN_NANOS) {
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
            try {
                task.run(w);
            } catch (Throwable t) {
                errors[w] = t;
            }
            if (remaining.decrementAndGet() == 0 && coordinatorParked) {
                LockSupport.unpark(coordinator);
            }
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
            if ((++spins & 255) == 0 && System.nanoTime() - start > SPIN_NANOS) {
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
