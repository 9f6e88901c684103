package org.neuroloom.engine.probe;

import org.neuroloom.engine.run.StepObserver;
import org.neuroloom.engine.run.StepView;

/**
 * Samples the concentration of every neuromodulator (dopamine) every {@code intervalSteps}
 * steps into a {@link SampleRing}, one channel per modulator in network order. A reader that
 * falls behind gets a sparser trace (skipped rows are counted), the engine never waits.
 */
public final class LiveModulators implements StepObserver {
    private final int intervalSteps;
    private final SampleRing ring;

    /**
     * @param modulators    number of modulators of the simulation (at least 1)
     * @param intervalSteps sample every this many steps (at least 1)
     * @param capacityRows  rows the ring holds at least
     */
    public LiveModulators(int modulators, int intervalSteps, int capacityRows) {
        if (intervalSteps < 1) {
            throw new IllegalArgumentException("sampling interval must be at least one step, got " + intervalSteps);
        }
        this.intervalSteps = intervalSteps;
        ring = new SampleRing(modulators, capacityRows);
    }

    /** The ring the reader drains. */
    public SampleRing ring() {
        return ring;
    }

    /** Reads no spike ids. */
    @Override
    public boolean needsSpikeIds(int population) {
        return false;
    }

    @Override
    public void afterStep(StepView view) {
        long step = view.stepIndex();
        if ((step + 1) % intervalSteps != 0 || !ring.beginRow(step)) {
            return;
        }
        for (int m = 0; m < ring.channels(); m++) {
            ring.set(m, view.modulatorConcentration(m));
        }
        ring.commitRow();
    }
}
