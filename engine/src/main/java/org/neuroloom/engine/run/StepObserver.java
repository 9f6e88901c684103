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
}
