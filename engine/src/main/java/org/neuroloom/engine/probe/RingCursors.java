package org.neuroloom.engine.probe;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Read and write positions of one single-producer/single-consumer ring, handed between the two
 * threads with release/acquire ordering only (no locks, no CAS). The producer never waits: when
 * the ring is full it learns so from {@link #free()} and drops or coarsens instead.
 *
 * <p>Positions count items since creation; the slot of position {@code p} is {@code p & mask}.
 */
final class RingCursors {
    private static final VarHandle HEAD;
    private static final VarHandle TAIL;
    private static final VarHandle DROPPED;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            HEAD = l.findVarHandle(RingCursors.class, "head", long.class);
            TAIL = l.findVarHandle(RingCursors.class, "tail", long.class);
            DROPPED = l.findVarHandle(RingCursors.class, "dropped", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    final int capacity;
    final int mask;
    /** Next position the consumer reads; written by the consumer only. */
    @SuppressWarnings("unused")
    private long head;
    /** Next position the producer writes; written by the producer only. */
    @SuppressWarnings("unused")
    private long tail;
    /** Items the producer could not store; written by the producer only. */
    @SuppressWarnings("unused")
    private long dropped;
    /** The producer's last look at {@code head}, so it reads the shared field only when it seems full. */
    private long cachedHead;

    /** Rounds {@code minCapacity} up to a power of two (at least 2). */
    RingCursors(int minCapacity) {
        if (minCapacity < 1 || minCapacity > (1 << 30)) {
            throw new IllegalArgumentException("ring capacity must be between 1 and 2^30, got " + minCapacity);
        }
        capacity = Math.max(2, Integer.highestOneBit(minCapacity - 1) << 1);
        mask = capacity - 1;
    }

    // ---- producer side

    /** Position where the producer writes next. */
    long tail() {
        return tail;
    }

    /** Free slots, at least {@code wanted} if that many are free (refreshes the consumer's position only when needed). */
    int free(int wanted) {
        long t = tail;
        int free = (int) (capacity - (t - cachedHead));
        if (free < wanted) {
            cachedHead = (long) HEAD.getAcquire(this);
            free = (int) (capacity - (t - cachedHead));
        }
        return free;
    }

    /** Makes {@code n} written items visible to the consumer. */
    void publish(int n) {
        TAIL.setRelease(this, tail + n);
    }

    /** Counts {@code n} items the producer threw away. */
    void drop(long n) {
        DROPPED.setRelease(this, dropped + n);
    }

    // ---- consumer side

    /** Position where the consumer reads next. */
    long head() {
        return head;
    }

    /** Items ready to read. */
    int available() {
        return (int) ((long) TAIL.getAcquire(this) - head);
    }

    /** Frees {@code n} read slots for the producer. */
    void consume(int n) {
        HEAD.setRelease(this, head + n);
    }

    // ---- either side

    /** Items dropped since creation. */
    long dropped() {
        return (long) DROPPED.getAcquire(this);
    }
}
