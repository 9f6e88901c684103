package org.neuroloom.engine.neuron;

import org.neuroloom.engine.random.Rng;
import org.neuroloom.engine.synapse.CurrentFunction;
import org.neuroloom.model.neuron.CurrentSource;
import org.neuroloom.model.neuron.NeuronModel;
import org.neuroloom.model.neuron.NoiseCurrent;

/**
 * Current generators (DC, step, sine, noise). They have no state to update: the current of
 * an element at a step is a pure function of time (and, for noise, of a counter-based random
 * value keyed by element and interval), so the worker that owns a target can evaluate it.
 * The current during step k is the generator's value at the step start {@code k·dt}.
 */
public final class CurrentSourceKernel extends SourceKernel implements CurrentFunction {
    private volatile CurrentSource model;
    private final long streamKey;
    private long noiseIntervalSteps = 1;

    /** A population of generators; {@code streamKey} keys the noise. */
    public CurrentSourceKernel(String populationId, int size, double dtMs, CurrentSource model, long seed, long streamKey) {
        super(populationId, size, dtMs);
        this.streamKey = Rng.key(seed, streamKey);
        setModel(model);
    }

    @Override
    public double currentPa(int element, long step) {
        CurrentSource m = model;
        if (m instanceof NoiseCurrent n) {
            long interval = step / noiseIntervalSteps;
            long key = Rng.mix(streamKey + Rng.mix(element + 0x632BE59BD9B4E019L * (interval + 1)));
            return n.meanPa() + n.sdPa() * Rng.gaussianOf(key);
        }
        return m.meanCurrentPa(step * dtMs);
    }

    @Override
    public boolean uniform() {
        return !(model instanceof NoiseCurrent);
    }

    @Override
    public void update(int lo, int hi, long step, int slot, SpikeBuffer out) {
        // Nothing to integrate: targets evaluate currentPa(element, step) themselves.
    }

    @Override
    public void setModel(NeuronModel m) {
        if (!(m instanceof CurrentSource c) || (model != null && c.getClass() != model.getClass())) {
            throw new IllegalArgumentException("population " + populationId + " is a "
                    + (model == null ? "current source" : model.modelId()) + ", not " + m.modelId());
        }
        if (c instanceof NoiseCurrent n) {
            noiseIntervalSteps = Math.max(1, Math.round(n.intervalMs() / dtMs));
        }
        model = c;
    }

    @Override
    public double relativeCost() {
        return 0;
    }
}
