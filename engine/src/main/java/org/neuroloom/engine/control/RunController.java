package org.neuroloom.engine.control;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.neuroloom.engine.EngineOptions;
import org.neuroloom.engine.probe.CounterBoard;
import org.neuroloom.engine.run.PopulationInfo;
import org.neuroloom.engine.run.ProjectionInfo;
import org.neuroloom.model.Project;

/**
 * Runs a simulation on its own thread and takes {@link ControlCommand}s from any thread. The
 * engine thread applies queued commands between two steps (the only place where live changes
 * happen) and otherwise steps: until paused, for a duration or a number of steps, paced to a
 * multiple of real time or as fast as possible. It never waits for a view: the app reads
 * {@link #status()}, {@link #counters()} and the rings of the probes it attached.
 * No JavaFX here: listeners are called on the engine thread and must hand over to the UI
 * thread themselves.
 */
public final class RunController implements AutoCloseable {
    private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();
    /** Commands submitted and not yet applied or refused. */
    private final AtomicInteger unapplied = new AtomicInteger();
    private final CounterBoard counters = new CounterBoard();
    private final List<Consumer<RunStatus>> listeners = new CopyOnWriteArrayList<>();
    private final Object stateMonitor = new Object();
    private final RunLoop loop;
    private final Thread thread;
    private final List<PopulationInfo> populations;
    private final List<ProjectionInfo> projections;
    private final double dtMs;
    private volatile RunStatus status;
    private volatile boolean closing;

    record Pending(ControlCommand command, CompletableFuture<Void> done) {
    }

    /**
     * Compiles {@code project} (on the calling thread, so build errors surface here) and starts
     * the engine thread in state {@link RunState#READY}.
     *
     * @throws org.neuroloom.engine.ModelException when the project cannot be simulated
     */
    public RunController(Project project, EngineOptions options) {
        loop = new RunLoop(this, project, options);
        populations = loop.populations();
        projections = loop.projections();
        dtMs = project.simulation().dtMs();
        status = loop.snapshot(0);
        thread = new Thread(loop, "neuroloom-run");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Queues a command; it is applied between two steps.
     *
     * @return completes when the command was applied, or exceptionally with a
     *         {@link CommandRefusedException} saying why it was not
     */
    public CompletableFuture<Void> submit(ControlCommand command) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (closing) {
            done.completeExceptionally(new CommandRefusedException("the run is closed"));
            return done;
        }
        unapplied.incrementAndGet();
        queue.add(new Pending(command, done));
        LockSupport.unpark(thread);
        return done;
    }

    /** The latest status (updated on every state change and about ten times a second while running). */
    public RunStatus status() {
        return status;
    }

    /** Step, time, spike, event and wall-time counters, consistent when read together. */
    public CounterBoard counters() {
        return counters;
    }

    /** Calls {@code listener} on the engine thread with every published status. */
    public void addStatusListener(Consumer<RunStatus> listener) {
        listeners.add(listener);
    }

    /** Removes a status listener. */
    public void removeStatusListener(Consumer<RunStatus> listener) {
        listeners.remove(listener);
    }

    /** The populations, as the engine numbers them (the same after a reset). */
    public List<PopulationInfo> populations() {
        return populations;
    }

    /** The projections, as the engine numbers them. */
    public List<ProjectionInfo> projections() {
        return projections;
    }

    /** Time step, ms. */
    public double dtMs() {
        return dtMs;
    }

    /**
     * Waits until the run is not {@link RunState#RUNNING} and no command is pending, or the
     * timeout passes.
     *
     * @return the status at that moment
     */
    public RunStatus awaitIdle(long timeoutMs) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMs * 1_000_000L;
        synchronized (stateMonitor) {
            while (status.state() == RunState.RUNNING || unapplied.get() > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                stateMonitor.wait(Math.max(1, Math.min(left / 1_000_000L, 50)));
            }
        }
        return status;
    }

    /** Stops the engine thread and the simulation's workers; pending commands are refused. */
    @Override
    public void close() {
        closing = true;
        LockSupport.unpark(thread);
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- for the run loop (engine thread)

    Pending poll() {
        return queue.poll();
    }

    boolean hasPending() {
        return !queue.isEmpty();
    }

    /** The loop finished one command (applied or refused). */
    void applied() {
        if (unapplied.decrementAndGet() == 0) {
            synchronized (stateMonitor) {
                stateMonitor.notifyAll();
            }
        }
    }

    boolean closing() {
        return closing;
    }

    void publish(RunStatus s) {
        RunStatus old = status;
        status = s;
        if (old.state() != s.state() || old.resets() != s.resets()) {
            synchronized (stateMonitor) {
                stateMonitor.notifyAll();
            }
        }
        for (Consumer<RunStatus> l : listeners) {
            try {
                l.accept(s);
            } catch (RuntimeException e) {
                // a faulty view must not stop the simulation
                System.err.println("neuroloom: status listener failed: " + e);
            }
        }
    }
}
