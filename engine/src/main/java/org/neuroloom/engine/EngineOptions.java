package org.neuroloom.engine;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * How to compile and run a project.
 *
 * @param threads  worker threads: {@link #FROM_PROJECT} (the project's setting), {@link #AUTO}
 *                 (one per core, one for small networks) or a positive count
 * @param seed     seed override, or {@code null} for the project's seed
 * @param progress receives progress of the build and of {@code run}, or {@code null}
 * @param cancel   when set, {@code run} returns at the next step, or {@code null}
 */
public record EngineOptions(int threads, Long seed, ProgressListener progress, AtomicBoolean cancel) {

    /** Use the thread count the project asks for. */
    public static final int FROM_PROJECT = -1;
    /** One thread per core, one thread for small networks. */
    public static final int AUTO = 0;

    public EngineOptions {
        if (threads < FROM_PROJECT) {
            throw new IllegalArgumentException("threads must be -1 (project), 0 (auto) or positive, not " + threads);
        }
    }

    /** The project's settings, no progress, no cancellation. */
    public static EngineOptions defaults() {
        return new EngineOptions(FROM_PROJECT, null, null, null);
    }

    /** A copy with another thread count. */
    public EngineOptions withThreads(int n) {
        return new EngineOptions(n, seed, progress, cancel);
    }

    /** A copy with a seed override. */
    public EngineOptions withSeed(Long s) {
        return new EngineOptions(threads, s, progress, cancel);
    }

    /** A copy with a progress listener. */
    public EngineOptions withProgress(ProgressListener p) {
        return new EngineOptions(threads, seed, p, cancel);
    }

    /** A copy with a cancellation flag. */
    public EngineOptions withCancel(AtomicBoolean c) {
        return new EngineOptions(threads, seed, progress, c);
    }

    /** Receives progress reports; called on the thread that builds or runs. */
    @FunctionalInterface
    public interface ProgressListener {
        /**
         * @param stage    what is happening ({@code "connect exc->inh"}, {@code "run"})
         * @param fraction done so far, 0..1
         */
        void progress(String stage, double fraction);
    }
}
