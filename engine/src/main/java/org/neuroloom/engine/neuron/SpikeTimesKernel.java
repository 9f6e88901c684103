package org.neuroloom.engine.neuron;

import org.neuroloom.model.neuron.NeuronModel;
import org.neuroloom.model.neuron.SpikeTimesSource;

/** Explicit spike times per element (see {@link SourceTiming} for the step of a time). */
public final class SpikeTimesKernel extends SourceKernel {
    private int[] start;
    private long[] steps;
    private final int[] next;

    /** Elements fire at the model's times; elements beyond the model's lists never fire. */
    public SpikeTimesKernel(String populationId, int size, double dtMs, SpikeTimesSource model) {
        super(populationId, size, dtMs);
        next = new int[size];
        load(model, 0);
    }

    private void load(SpikeTimesSource m, long fromStep) {
        start = new int[size + 1];
        int total = 0;
        for (int i = 0; i < size; i++) {
            start[i] = total;
            total += i < m.timesMs().size() ? m.timesMs().get(i).size() : 0;
        }
        start[size] = total;
        steps = new long[total];
        for (int i = 0; i < size && i < m.timesMs().size(); i++) {
            int k = start[i];
            for (double t : m.timesMs().get(i)) {
                steps[k++] = SourceTiming.stepOf(t, dtMs);
            }
            java.util.Arrays.sort(steps, start[i], start[i + 1]);
        }
        for (int i = 0; i < size; i++) {
            int p = start[i];
            while (p < start[i + 1] && steps[p] < fromStep) {
                p++;
            }
            next[i] = p;
        }
    }

    @Override
    public void update(int lo, int hi, long step, int slot, SpikeBuffer out) {
        for (int i = lo; i < hi; i++) {
            int p = next[i];
            int end = start[i + 1];
            while (p < end && steps[p] <= step) {
                out.add(i);
                p++;
            }
            next[i] = p;
        }
    }

    @Override
    public void setModel(NeuronModel model) {
        if (!(model instanceof SpikeTimesSource m)) {
            throw new IllegalArgumentException("population " + populationId + " is a spike-times source, not " + model.modelId());
        }
        long now = 0;
        for (int i = 0; i < size; i++) {
            if (next[i] > start[i]) {
                now = Math.max(now, steps[next[i] - 1] + 1);
            }
        }
        load(m, now);
    }

    @Override
    public double relativeCost() {
        return 0.2;
    }
}
