package org.neuroloom.engine.run;

/**
 * Watches a running simulation. {@link #afterStep} runs once per step on the coordinating
 * thread after every worker has finished the step, so no worker runs during the call.
 * Observers must not allocate per step in steady state: copy what is needed into your own
 * bounded buffers and return quickly.
 */
@FunctionalInterface
public interface StepObserver {
    /** Called after each step with a view that is valid only during the call. */
    void afterStep(StepView view);

    /**
     * Whether this observer reads the spike ids ({@link StepView#spikeIds}) of population
     * {@code population}. Asked before every step. When no observer needs them, a Poisson
     * source whose only role is a static one-to-one projection is run spike-free: its spikes are
     * counted ({@link StepView#spikeTotal}) and delivered, but not listed, so
     * {@link StepView#spikeCount} is 0 for it. The default (true) keeps every spike listed;
     * an observer that only counts, or ignores the population, answers false.
     */
    default boolean needsSpikeIds(int population) {
        return true;
    }
}
