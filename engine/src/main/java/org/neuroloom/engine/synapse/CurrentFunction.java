package org.neuroloom.engine.synapse;

/** The current of one current-generator element at the start of a step, pA. */
public interface CurrentFunction {
    /** The current of element {@code element} during step {@code step}, pA. */
    double currentPa(int element, long step);

    /** Whether every element carries the same current (no per-element noise). */
    boolean uniform();
}
