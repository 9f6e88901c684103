package org.neuroloom.engine.probe;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Run counters (steps, simulated time, spikes, synaptic events, wall time) written by the engine
 * thread and read consistently by any number of readers, through a sequence lock: the writer
 * never waits; a reader that overlaps a write retries.
 */
public final class CounterBoard {
    private static final VarHandle SEQ;

    static {
        try {
            SEQ = MethodHandles.lookup().findVarHandle(CounterBoard.class, "seq", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Odd while the writer is in the middle of an update. */
    @SuppressWarnings("unused")
    private long seq;
    private long steps;
    private double timeMs;
    private long spikes;
    private long synapticEvents;
    private long wallNanos;

    /**
     * A consistent reading of the counters.
     *
     * @param steps          steps simulated
     * @param timeMs         simulated time
     * @param spikes         spikes emitted by all populations
     * @param synapticEvents synaptic events delivered
     * @param wallNanos      wall-clock time spent simulating
     */
    public record Snapshot(long steps, double timeMs, long spikes, long synapticEvents, long wallNanos) {
        /** Simulated time per wall time (1 = real time); 0 before the first step. */
        public double realTimeFactor() {
            return wallNanos == 0 ? 0 : timeMs * 1e6 / wallNanos;
        }
    }

    /** Writer (one thread only): publishes new counter values. */
    public void write(long steps, double timeMs, long spikes, long synapticEvents, long wallNanos) {
        long s = (long) SEQ.getOpaque(this);
        SEQ.setOpaque(this, s + 1);
        VarHandle.storeStoreFence();
        this.steps = steps;
        this.timeMs = timeMs;
        this.spikes = spikes;
        this.synapticEvents = synapticEvents;
        this.wallNanos = wallNanos;
        SEQ.setRelease(this, s + 2);
    }

    /** Any thread: the latest complete set of values. */
    public Snapshot read() {
        while (true) {
            long s1 = (long) SEQ.getAcquire(this);
            if ((s1 & 1) == 0) {
                Snapshot snap = new Snapshot(steps, timeMs, spikes, synapticEvents, wallNanos);
                VarHandle.loadLoadFence();
                if ((long) SEQ.getOpaque(this) == s1) {
                    return snap;
                }
            }
            Thread.onSpinWait();
        }
    }
}
