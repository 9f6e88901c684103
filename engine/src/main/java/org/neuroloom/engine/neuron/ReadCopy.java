package org.neuroloom.engine.neuron;

/**
 * The double copy of a single-precision state array that probes, recorders and the app read
 * ({@link NeuronKernel#state}): filled on the first read and from then on after every step, so
 * a run nobody reads pays nothing for it. Holding {@code offset + from[i]}, it also serves
 * state kept relative to a reference (the LIF kernel's u = V - E_L). Before
 * {@link NeuronKernel#initialised} it is where a project's initial values are written.
 */
final class ReadCopy {
    private final double[] values;
    private boolean read;

    ReadCopy(int size) {
        values = new double[size];
    }

    /** The copy as it stands, for writing initial values. */
    double[] values() {
        return values;
    }

    /** For a reader: the copy, refreshed now and after every following step (call between steps only). */
    double[] read(float[] from, double offset) {
        if (!read) {
            read = true;
            fill(from, offset, 0, values.length);
        }
        return values;
    }

    /** After a step of neurons {@code [lo, hi)}: refreshes them if a reader holds the copy. */
    void afterStep(float[] from, double offset, int lo, int hi) {
        if (read) {
            fill(from, offset, lo, hi);
        }
    }

    /** A new run: the copy matches {@code from} again and is refreshed only once it is read. */
    void restart(float[] from, double offset) {
        fill(from, offset, 0, values.length);
        read = false;
    }

    private void fill(float[] from, double offset, int lo, int hi) {
        if (offset == 0) {
            for (int i = lo; i < hi; i++) {
                values[i] = from[i];
            }
        } else {
            for (int i = lo; i < hi; i++) {
                values[i] = offset + from[i];
            }
        }
    }
}
