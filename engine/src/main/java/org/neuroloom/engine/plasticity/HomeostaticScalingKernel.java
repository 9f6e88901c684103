package org.neuroloom.engine.plasticity;

import org.neuroloom.engine.synapse.InputSink;
import org.neuroloom.engine.synapse.PlasticTable;
import org.neuroloom.model.plasticity.Plasticity;

/**
 * Homeostatic synaptic scaling (Turrigiano 1998; van Rossum et al. 2000). Each target keeps a
 * rate estimate r, an exponential average with time constant τr: it decays with τr and jumps by
 * {@code 1000/τr} Hz per spike (lazily, from the time of its last spike), so its mean is the
 * firing rate. Every {@link #INTERVAL_MS} the incoming weights of each target are multiplied by
 * {@code exp(η Δt (target - r) / target)}, the exact solution of
 * {@code dw/dt = η w (target - r)/target} for r held over the interval, then clipped to the
 * bounds. The interval is short against τr (seconds), so holding r costs nothing visible and
 * the weights are touched 100 times per simulated second, not every step.
 * <p>The estimate starts at the target rate, so scaling does not react to an empty history.
 */
public final class HomeostaticScalingKernel extends PlasticityKernel {
    /** How often weights are scaled, ms of simulated time (at least one step). */
    public static final double INTERVAL_MS = 10;

    private final double targetRateHz;
    private final double tauRateMs;
    private final double etaPerMs;
    private final double wMin;
    private final double wMax;
    private final int intervalSteps;
    private final double intervalMs;
    private final double[] rateHz;
    private final double[] lastSpikeMs;
    private long steps;

    /** A kernel for {@code table} with the rule {@code rule}. */
    public HomeostaticScalingKernel(PlasticTable table, double dtMs, Plasticity.HomeostaticScaling rule) {
        super(table, dtMs);
        targetRateHz = rule.targetRateHz();
        tauRateMs = rule.tauRateMs();
        etaPerMs = rule.etaPerS() / 1000.0;
        wMin = rule.wMin();
        wMax = rule.wMax();
        intervalSteps = Math.max(1, (int) Math.round(INTERVAL_MS / dtMs));
        intervalMs = intervalSteps * dtMs;
        int targets = table.hi - table.lo;
        rateHz = new double[targets];
        lastSpikeMs = new double[targets];
        java.util.Arrays.fill(rateHz, targetRateHz);
    }

    @Override
    public void onPreArrival(int preKey, int synFrom, int synTo, double tMs, InputSink sink) {
        final PlasticTable t = table;
        final float[] w = t.weight;
        final int lo = t.lo;
        final double scale = weightScale;
        for (int s = synFrom; s < synTo; s++) {
            sink.add(lo + t.postOffset(s), w[s] * scale);
        }
    }

    @Override
    public void onPostSpike(int post, double tMs) {
        int q = post - table.lo;
        rateHz[q] = rateAt(q, tMs) + 1000.0 / tauRateMs;
        lastSpikeMs[q] = tMs;
    }

    @Override
    public void onStep(double tMs) {
        if (++steps % intervalSteps != 0 || !enabled) {
            return;
        }
        final float[] w = table.weight;
        final int[] syn = table.synOfPost;
        final int[] start = table.postStart;
        for (int q = 0; q < rateHz.length; q++) {
            double r = rateAt(q, tMs);
            double factor = Math.exp(etaPerMs * intervalMs * (targetRateHz - r) / targetRateHz);
            for (int k = start[q]; k < start[q + 1]; k++) {
                int s = syn[k];
                double wi = w[s] * factor;
                w[s] = (float) (wi < wMin ? wMin : (wi > wMax ? wMax : wi));
            }
        }
    }

    /** The rate estimate of target {@code q} (slice-relative) at {@code tMs}, Hz. */
    private double rateAt(int q, double tMs) {
        return rateHz[q] * Math.exp((lastSpikeMs[q] - tMs) / tauRateMs);
    }

    /** The rate estimate of target element {@code post} at {@code tMs}, Hz (for tests and inspection). */
    public double rateEstimateHz(int post, double tMs) {
        return rateAt(post - table.lo, tMs);
    }
}
