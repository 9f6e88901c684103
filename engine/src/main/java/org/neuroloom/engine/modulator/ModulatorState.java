package org.neuroloom.engine.modulator;

import java.util.ArrayList;
import java.util.List;
import org.neuroloom.model.modulator.Modulator;

/**
 * The concentration D of one neuromodulator (dopamine) during a run, as the model's javadoc
 * defines it: {@code dD/dt = -(D - baseline)/τ}, plus {@code releasePerSpike} for every spike of
 * a releasing population and the amount of every reward. Between events D is advanced with the
 * exact exponential, so after a single reward of amount A at time t0 the concentration is
 * {@code baseline + A e^(-(t - t0)/τ)} at every step time (a scheduled reward that falls between
 * two steps is added at the next step, already decayed by the part of the step after it).
 *
 * <p>Only the coordinating thread calls the mutators (step phase 4 and control commands between
 * steps); plasticity kernels read {@link #concentration()} during the next step.
 */
public final class ModulatorState {
    private final String id;
    private final double tauMs;
    private final double baseline;
    private final double releasePerSpike;
    private final int[] releasingPopulations;
    private final double[] rewardAtMs;
    private final double[] rewardAmount;
    private final double decayPerStep;
    private final double dtMs;
    private double concentration;
    private int nextReward;

    /**
     * @param modulator            the model
     * @param releasingPopulations indices of the populations in {@code modulator.releasedBy()}
     * @param dtMs                 time step
     */
    public ModulatorState(Modulator modulator, int[] releasingPopulations, double dtMs) {
        this.id = modulator.id();
        this.tauMs = modulator.tauMs();
        this.baseline = modulator.baseline();
        this.releasePerSpike = modulator.releasePerSpike();
        this.releasingPopulations = releasingPopulations.clone();
        List<Modulator.RewardEvent> sorted = new ArrayList<>(modulator.rewards());
        sorted.sort((a, b) -> Double.compare(a.atMs(), b.atMs()));
        rewardAtMs = new double[sorted.size()];
        rewardAmount = new double[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            rewardAtMs[i] = sorted.get(i).atMs();
            rewardAmount[i] = sorted.get(i).amount();
        }
        this.dtMs = dtMs;
        this.decayPerStep = Math.exp(-dtMs / tauMs);
        reset();
    }

    /** Back to the start of a run: D at baseline, no reward delivered yet. */
    public void reset() {
        concentration = baseline;
        nextReward = 0;
    }

    /**
     * Advances D over one step that ends at {@code tEndMs}: decay, then the releases of the
     * step's spikes, then the scheduled rewards due by {@code tEndMs}. Rewards scheduled at or
     * before time 0 are delivered at the end of the first step.
     *
     * @param tEndMs          simulated time at the end of the step
     * @param releasingSpikes spikes of the releasing populations in this step
     */
    public void advance(double tEndMs, long releasingSpikes) {
        concentration = baseline + (concentration - baseline) * decayPerStep;
        concentration += releasePerSpike * releasingSpikes;
        // a tolerance of a thousandth of a step, so rewards on the grid land on their own step despite rounding
        double due = tEndMs + 1e-3 * dtMs;
        while (nextReward < rewardAtMs.length && rewardAtMs[nextReward] <= due) {
            double late = Math.max(0, tEndMs - rewardAtMs[nextReward]);
            concentration += rewardAmount[nextReward] * Math.exp(-late / tauMs);
            nextReward++;
        }
    }

    /** A reward delivered now (a control command or the app's reward button). */
    public void release(double amount) {
        concentration += amount;
    }

    /** The current concentration D. */
    public double concentration() {
        return concentration;
    }

    /** The modulator's id. */
    public String id() {
        return id;
    }

    /** Decay time constant τ, ms. */
    public double tauMs() {
        return tauMs;
    }

    /** Tonic level D relaxes to. */
    public double baseline() {
        return baseline;
    }

    /** Indices of the populations whose spikes release the modulator; read only. */
    public int[] releasingPopulations() {
        return releasingPopulations;
    }
}
