package org.neuroloom.engine.neuron;

import java.util.ArrayList;
import java.util.List;
import org.neuroloom.engine.random.Rng;
import org.neuroloom.model.neuron.NeuronModel;
import org.neuroloom.model.neuron.PoissonSource;

/**
 * Independent Poisson trains. Each element keeps the time of its next spike and draws the
 * following one from an exponential interval, so the cost is one random number per spike,
 * not one per element per step. An element whose next spikes fall inside one step fires
 * several times in that step (the exact process). At a rate change (schedule or live
 * control) every element redraws its next spike from the change time: exact, because the
 * process is memoryless.
 */
public final class PoissonKernel extends NeuronKernel {
    private final double[] nextMs;
    private final long[] rng;
    /** Rate changes as (step, rateHz), ascending; entry 0 is at step 0. */
    private final List<long[]> changeSteps = new ArrayList<>();
    private final List<Double> changeRates = new ArrayList<>();

    /** A population of {@code size} Poisson trains with streams keyed by {@code streamKey}. */
    public PoissonKernel(String populationId, int size, double dtMs, PoissonSource model, long seed, long streamKey) {
        super(populationId, size, dtMs);
        nextMs = new double[size];
        rng = new long[size];
        for (int i = 0; i < size; i++) {
            rng[i] = Rng.key(seed, streamKey, i);
        }
        setSchedule(model);
        double r0 = rateAt(0);
        for (int i = 0; i < size; i++) {
            nextMs[i] = draw(i, 0, r0);
        }
    }

    private void setSchedule(PoissonSource m) {
        changeSteps.clear();
        changeRates.clear();
        changeSteps.add(new long[]{0});
        changeRates.add(m.rateHz());
        for (PoissonSource.RateChange c : m.schedule()) {
            putChange(Math.round(c.atMs() / dtMs), c.rateHz());
        }
    }

    private void putChange(long step, double rateHz) {
        int i = 0;
        while (i < changeSteps.size() && changeSteps.get(i)[0] < step) {
            i++;
        }
        if (i < changeSteps.size() && changeSteps.get(i)[0] == step) {
            changeRates.set(i, rateHz);
        } else {
            changeSteps.add(i, new long[]{step});
            changeRates.add(i, rateHz);
        }
    }

    /** The rate in force during step {@code step}, Hz. */
    public double rateAt(long step) {
        double r = changeRates.get(0);
        for (int i = 1; i < changeSteps.size() && changeSteps.get(i)[0] <= step; i++) {
            r = changeRates.get(i);
        }
        return r;
    }

    private boolean changesAt(long step) {
        for (int i = 1; i < changeSteps.size(); i++) {
            if (changeSteps.get(i)[0] == step) {
                return true;
            }
        }
        return false;
    }

    /** Sets the rate from step {@code fromStep} on (live control, between steps). */
    public void setRate(double rateHz, long fromStep) {
        if (!(rateHz >= 0) || Double.isInfinite(rateHz)) {
            throw new IllegalArgumentException("rate must be >= 0 Hz, not " + rateHz);
        }
        putChange(fromStep, rateHz);
    }

    private double draw(int i, double fromMs, double rateHz) {
        return rateHz > 0 ? fromMs + Rng.nextExp(rng, i) * (1000.0 / rateHz) : Double.POSITIVE_INFINITY;
    }

    @Override
    public void update(int lo, int hi, long step, int slot, SpikeBuffer out) {
        double rate = rateAt(step);
        if (step > 0 && changesAt(step)) {
            double t0 = step * dtMs;
            for (int i = lo; i < hi; i++) {
                nextMs[i] = draw(i, t0, rate);
            }
        }
        if (rate <= 0) {
            return;
        }
        double meanIsiMs = 1000.0 / rate;
        double tEnd = (step + 1) * dtMs;
        for (int i = lo; i < hi; i++) {
            double t = nextMs[i];
            if (t <= tEnd) {
                do {
                    out.add(i);
                    t += Rng.nextExp(rng, i) * meanIsiMs;
                } while (t <= tEnd);
                nextMs[i] = t;
            }
        }
    }

    @Override
    public void setModel(NeuronModel model) {
        if (!(model instanceof PoissonSource m)) {
            throw new IllegalArgumentException("population " + populationId + " is a Poisson source, not " + model.modelId());
        }
        setSchedule(m);
    }

    @Override
    public boolean receivesInput() {
        return false;
    }

    @Override
    public double relativeCost() {
        return 0.3;
    }

    @Override
    public List<String> stateVariables() {
        return List.of();
    }

    @Override
    public double[] state(String variable) {
        return null;
    }
}
