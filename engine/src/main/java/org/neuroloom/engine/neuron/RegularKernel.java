package org.neuroloom.engine.neuron;

import org.neuroloom.model.neuron.NeuronModel;
import org.neuroloom.model.neuron.RegularSource;

/**
 * Regular trains, all elements in phase: spikes at {@code start + phase + n / rate} before
 * {@code stop} (see {@link SourceTiming} for the step of a time).
 */
public final class RegularKernel extends SourceKernel {
    private double firstMs;
    private double periodMs;
    private double stopMs;

    /** A population of identical regular trains. */
    public RegularKernel(String populationId, int size, double dtMs, RegularSource model) {
        super(populationId, size, dtMs);
        setModel(model);
    }

    /** Changes the rate (live control); the train keeps its first spike time. */
    public void setRate(double rateHz) {
        if (!(rateHz > 0) || Double.isInfinite(rateHz)) {
            throw new IllegalArgumentException("rate must be > 0 Hz, not " + rateHz);
        }
        periodMs = 1000.0 / rateHz;
    }

    /** Number of train spikes at times &lt;= t (and before stop). */
    private long countUpTo(double tMs) {
        double limit = Math.min(tMs + 1e-9 * dtMs, stopMs - 1e-9 * dtMs);
        if (limit < firstMs) {
            return 0;
        }
        return (long) Math.floor((limit - firstMs) / periodMs) + 1;
    }

    @Override
    public void update(int lo, int hi, long step, int slot, SpikeBuffer out) {
        long n = countUpTo((step + 1) * dtMs) - (step == 0 ? 0 : countUpTo(step * dtMs));
        for (long k = 0; k < n; k++) {
            for (int i = lo; i < hi; i++) {
                out.add(i);
            }
        }
        if (n > 1) {
            sortSlice(out, lo, hi, n);
        }
    }

    private static void sortSlice(SpikeBuffer out, int lo, int hi, long n) {
        int len = (int) ((hi - lo) * n);
        int from = out.count() - len;
        java.util.Arrays.sort(out.ids(), from, out.count());
    }

    @Override
    public void setModel(NeuronModel model) {
        if (!(model instanceof RegularSource m)) {
            throw new IllegalArgumentException("population " + populationId + " is a regular source, not " + model.modelId());
        }
        firstMs = m.startMs() + m.phaseMs();
        stopMs = m.stopMs();
        setRate(m.rateHz());
    }

    @Override
    public double relativeCost() {
        return 0.1;
    }
}
