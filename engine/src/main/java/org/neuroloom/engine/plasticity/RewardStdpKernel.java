package org.neuroloom.engine.plasticity;

import org.neuroloom.engine.modulator.ModulatorState;
import org.neuroloom.engine.synapse.InputSink;
import org.neuroloom.engine.synapse.PlasticTable;
import org.neuroloom.model.plasticity.Plasticity;

/**
 * Reward-modulated STDP with a per-synapse eligibility trace (Izhikevich 2007). Additive pair
 * STDP through lazily decayed traces (as {@link PairStdpKernel}) changes the eligibility c
 * instead of the weight; c decays with τc; the weight follows {@code dw/dt = c · D} per ms, D
 * being the modulator's concentration. Without modulator (D = 0) no weight ever changes.
 *
 * <p>Exact and lazy. Between events c decays as {@code e^(-t/τc)} and D relaxes to its baseline
 * b as {@code e^(-t/τd)} (releases happen at step ends), so over a step starting at t_k
 * <pre>∫ c D = c(t_k) [ b τc (1 - e^(-dt/τc)) + (D_k - b) τ' (1 - e^(-dt/τ')) ],  1/τ' = 1/τc + 1/τd.</pre>
 * Storing c̃ = c e^((t - t_ref)/τc) makes the factor common to all synapses: the kernel keeps one
 * running integral {@code G = ∫ e^(-(t - t_ref)/τc) D dt} and each synapse the value of G at its
 * last visit, so {@code w += c̃ (G - G_s)} brings a synapse up to date whenever it is touched
 * (arrival, post spike, {@link #syncWeights()}). Since D &gt;= 0 and c keeps its sign between
 * events, w moves monotonically between visits and clipping at the visit is exact too. The
 * per-step cost is one scalar update; every 2 τc one pass over the synapses moves t_ref to now
 * (rescaling c̃), so G's dynamic range stays small and the differences keep full precision.
 */
public final class RewardStdpKernel extends PlasticityKernel {
    /**
     * Rebase t_ref every two τc. Increments of G shrink as e^(-(t - t_ref)/τc) while G keeps its
     * early size, so G - G_s would lose precision if t_ref were left far behind (after 30 τc a
     * step's increment falls below the rounding of G).
     */
    private static final double REBASE_TAUS = 2;

    private final double aPlus;
    private final double aMinus;
    private final double tauEligibilityMs;
    private final double wMin;
    private final double wMax;
    private final ModulatorState modulator;
    private final double baselineGain;
    private final double excessGain;
    private final double[] eligibility;
    private final double[] mark;
    private final LazyTraces preTrace;
    private final LazyTraces postTrace;
    private double refMs;
    private double integral;

    /**
     * @param table     the synapses of one worker slice
     * @param dtMs      time step
     * @param rule      the rule
     * @param modulator the modulator named by the rule
     */
    public RewardStdpKernel(PlasticTable table, double dtMs, Plasticity.RewardStdp rule, ModulatorState modulator) {
        super(table, dtMs);
        aPlus = rule.aPlus();
        aMinus = rule.aMinus();
        tauEligibilityMs = rule.tauEligibilityMs();
        wMin = rule.wMin();
        wMax = rule.wMax();
        this.modulator = modulator;
        double tauC = tauEligibilityMs;
        double tauCombined = tauC * modulator.tauMs() / (tauC + modulator.tauMs());
        baselineGain = modulator.baseline() * tauC * -Math.expm1(-dtMs / tauC);
        excessGain = tauCombined * -Math.expm1(-dtMs / tauCombined);
        eligibility = new double[table.size()];
        mark = new double[table.size()];
        preTrace = new LazyTraces(table.preKeyCount(), rule.tauPlusMs());
        postTrace = new LazyTraces(table.hi - table.lo, rule.tauMinusMs());
    }

    @Override
    public void onStepStart(double tStartMs) {
        if (!enabled) {
            return;
        }
        if (tStartMs - refMs > REBASE_TAUS * tauEligibilityMs) {
            rebase(tStartMs);
        }
        double excess = modulator.concentration() - modulator.baseline();
        double gain = baselineGain + excess * excessGain;
        if (gain != 0) {
            integral += Math.exp(-(tStartMs - refMs) / tauEligibilityMs) * gain;
        }
    }

    /** Applies the weight change accumulated since synapse {@code s} was last visited. */
    private double visit(int s, float[] w) {
        double wi = w[s];
        double c = eligibility[s];
        if (c != 0) {
            double g = integral - mark[s];
            if (g != 0) {
                wi += c * g;
                wi = wi < wMin ? wMin : (wi > wMax ? wMax : wi);
                w[s] = (float) wi;
            }
        }
        mark[s] = integral;
        return wi;
    }

    @Override
    public void onPreArrival(int preKey, int synFrom, int synTo, double tMs, InputSink sink) {
        final PlasticTable t = table;
        final float[] w = t.weight;
        final int lo = t.lo;
        final double scale = weightScale;
        final boolean learn = enabled;
        final double growth = Math.exp((tMs - refMs) / tauEligibilityMs);
        for (int s = synFrom; s < synTo; s++) {
            int q = t.postOffset(s);
            double wi = visit(s, w);
            if (learn) {
                double y = postTrace.at(q, tMs);
                if (y != 0) {
                    eligibility[s] -= aMinus * y * growth;
                }
            }
            sink.add(lo + q, wi * scale);
        }
        preTrace.spike(preKey, tMs);
    }

    @Override
    public void onPostSpike(int post, double tMs) {
        int q = post - table.lo;
        if (enabled) {
            final PlasticTable t = table;
            final float[] w = t.weight;
            final int[] syn = t.synOfPost;
            final double growth = Math.exp((tMs - refMs) / tauEligibilityMs);
            for (int k = t.postStart[q]; k < t.postStart[q + 1]; k++) {
                double x = preTrace.at(t.keyOfBack(k), tMs);
                if (x == 0) {
                    continue;
                }
                int s = syn[k];
                visit(s, w);
                eligibility[s] += aPlus * x * growth;
            }
        }
        postTrace.spike(q, tMs);
    }

    @Override
    public void syncWeights() {
        final float[] w = table.weight;
        for (int s = 0; s < eligibility.length; s++) {
            visit(s, w);
        }
    }

    /** Moves t_ref to {@code tMs}: every synapse up to date, c̃ rescaled, G restarted. */
    private void rebase(double tMs) {
        syncWeights();
        double f = Math.exp(-(tMs - refMs) / tauEligibilityMs);
        for (int s = 0; s < eligibility.length; s++) {
            eligibility[s] *= f;
            mark[s] = 0;
        }
        integral = 0;
        refMs = tMs;
    }

    /** The eligibility of synapse {@code s} at time {@code tMs} (for tests and inspection). */
    public double eligibility(int s, double tMs) {
        return eligibility[s] * Math.exp(-(tMs - refMs) / tauEligibilityMs);
    }
}
