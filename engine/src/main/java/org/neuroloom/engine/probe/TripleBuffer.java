package org.neuroloom.engine.probe;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Three preallocated buffers for handing the latest large value (a weight snapshot) from one
 * producer thread to one consumer thread without waiting or copying: the producer fills its back
 * buffer and swaps it with the middle one; the consumer swaps its front buffer with the middle
 * one when a newer value is there. A snapshot the consumer never picked up is replaced by the
 * next one and counted in {@link #superseded()}.
 *
 * @param <T> the buffer type, mutable, allocated once
 */
public final class TripleBuffer<T> {
    private static final int INDEX = 3;
    private static final int FRESH = 4;

    private final Object[] buffers = new Object[3];
    /** Index of the middle buffer, plus {@link #FRESH} when it holds a value the consumer has not seen. */
    private final AtomicInteger middle = new AtomicInteger(1);
    private int back;
    private int front = 2;
    private volatile long published;
    private volatile long superseded;

    /** Creates the three buffers with {@code factory}. */
    public TripleBuffer(Supplier<T> factory) {
        for (int i = 0; i < 3; i++) {
            buffers[i] = factory.get();
        }
    }

    /** Producer: the buffer to fill next. */
    @SuppressWarnings("unchecked")
    public T back() {
        return (T) buffers[back];
    }

    /** Producer: makes the filled back buffer the latest value; never waits. */
    public void publish() {
        int old = middle.getAndSet(back | FRESH);
        if ((old & FRESH) != 0) {
            superseded = superseded + 1;
        }
        back = old & INDEX;
        published = published + 1;
    }

    /**
     * Consumer: takes the latest published value if there is one newer than the current front.
     *
     * @return whether {@link #front()} changed
     */
    public boolean refresh() {
        if ((middle.get() & FRESH) == 0) {
            return false;
        }
        front = middle.getAndSet(front) & INDEX;
        return true;
    }

    /** Consumer: the buffer it may read until its next {@link #refresh()}. */
    @SuppressWarnings("unchecked")
    public T front() {
        return (T) buffers[front];
    }

    /** Values published since creation. */
    public long published() {
        return published;
    }

    /** Values replaced before the consumer picked them up. */
    public long superseded() {
        return superseded;
    }
}
