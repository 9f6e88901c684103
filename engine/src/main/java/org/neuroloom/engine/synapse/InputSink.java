package org.neuroloom.engine.synapse;

/**
 * Where a plastic synapse delivers its (possibly modified) weight at arrival time: the ring
 * slot of the current step of the target channel, which the neuron update of the same step
 * reads. One per plastic projection and worker, re-aimed every step.
 */
public final class InputSink {
    private final double[] ring;
    private final float[] ringF;
    private final int targetSize;
    private int base;

    /** A sink of a population of {@code targetSize} into {@code ring}, or into the single-precision {@code ringF} when {@code ring} is {@code null}. */
    public InputSink(double[] ring, float[] ringF, int targetSize) {
        this.ring = ring;
        this.ringF = ring == null ? ringF : null;
        this.targetSize = targetSize;
    }

    /** Aims the sink at ring slot {@code slot}. */
    public void aim(int slot) {
        base = slot * targetSize;
    }

    /** Adds {@code value} (weight units) to target {@code post}'s input of this step. */
    public void add(int post, double value) {
        if (ringF != null) {
            ringF[base + post] += (float) value;
        } else {
            ring[base + post] += value;
        }
    }
}
