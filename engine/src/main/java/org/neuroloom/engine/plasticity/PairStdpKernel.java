package org.neuroloom.engine.plasticity;

import org.neuroloom.engine.synapse.InputSink;
import org.neuroloom.engine.synapse.PlasticTable;
import org.neuroloom.model.plasticity.Plasticity;

/**
 * Pair STDP with all-to-all pairing through traces (Song, Miller &amp; Abbott 2000; NEST
 * {@code stdp_synapse} with purely dendritic delay). A presynaptic trace x per pre key (+1 per
 * arrival, decay τ+) and a postsynaptic trace y per target (+1 per spike, decay τ-), both
 * stored as (value, time of last update) and decayed lazily, so there is no per-step cost.
 * <ul>
 *   <li>arrival at t: {@code w -= A- y(t)} (multiplicative: {@code × (w - wMin)}), clip, deliver
 *       w, then {@code x += 1};</li>
 *   <li>post spike at t: for each incoming synapse (back index, memory order)
 *       {@code w += A+ x(t)} (multiplicative: {@code × (wMax - w)}), clip, then {@code y += 1}.</li>
 * </ul>
 * A single pair with {@code Δt = t_post - t_arrival} thus changes w by {@code A+ e^(-Δt/τ+)}
 * (Δt &gt;= 0) or {@code -A- e^(Δt/τ-)} (Δt &lt; 0).
 */
public final class PairStdpKernel extends PlasticityKernel {
    private final double tauPlusMs;
    private final double tauMinusMs;
    private final double aPlus;
    private final double aMinus;
    private final double wMin;
    private final double wMax;
    private final boolean multiplicative;
    private final double[] preTrace;
    private final double[] preTimeMs;
    private final double[] postTrace;
    private final double[] postTimeMs;
    private final BackScatter scatter;

    /** A kernel for {@code table} with the rule {@code rule}. */
    public PairStdpKernel(PlasticTable table, double dtMs, Plasticity.PairStdp rule) {
        super(table, dtMs);
        tauPlusMs = rule.tauPlusMs();
        tauMinusMs = rule.tauMinusMs();
        aPlus = rule.aPlus();
        aMinus = rule.aMinus();
        wMin = rule.wMin();
        wMax = rule.wMax();
        multiplicative = rule.rule() == Plasticity.StdpRule.MULTIPLICATIVE;
        preTrace = new double[table.preKeyCount()];
        preTimeMs = new double[table.preKeyCount()];
        postTrace = new double[table.hi - table.lo];
        postTimeMs = new double[table.hi - table.lo];
        scatter = new BackScatter(table);
    }

    @Override
    public void onPreArrival(int preKey, int synFrom, int synTo, double tMs, InputSink sink) {
        final PlasticTable t = table;
        final float[] w = t.weight;
        final int lo = t.lo;
        final double scale = weightScale;
        final boolean learn = enabled;
        for (int s = synFrom; s < synTo; s++) {
            int q = t.postOffset(s);
            double wi = w[s];
            if (learn) {
                double y = postTrace[q];
                if (y != 0) {
                    y *= Math.exp((postTimeMs[q] - tMs) / tauMinusMs);
                    wi -= multiplicative ? aMinus * y * (wi - wMin) : aMinus * y;
                    wi = wi < wMin ? wMin : (wi > wMax ? wMax : wi);
                    w[s] = (float) wi;
                }
            }
            sink.add(lo + q, wi * scale);
        }
        preTrace[preKey] = preTrace[preKey] * Math.exp((preTimeMs[preKey] - tMs) / tauPlusMs) + 1;
        preTimeMs[preKey] = tMs;
    }

    @Override
    public void onPostSpike(int post, double tMs) {
        int q = post - table.lo;
        if (enabled) {
            final PlasticTable t = table;
            final int[] syn = t.synOfPost;
            final BackScatter out = scatter;
            out.clear();
            for (int k = t.postStart[q]; k < t.postStart[q + 1]; k++) {
                int pk = t.keyOfBack(k);
                double x = preTrace[pk];
                if (x != 0) {
                    out.add(syn[k], aPlus * (x * Math.exp((preTimeMs[pk] - tMs) / tauPlusMs)));
                }
            }
            if (multiplicative) {
                out.addTowardMax(t.weight, wMin, wMax);
            } else {
                out.addTo(t.weight, wMin, wMax);
            }
        }
        postTrace[q] = postTrace[q] * Math.exp((postTimeMs[q] - tMs) / tauMinusMs) + 1;
        postTimeMs[q] = tMs;
    }
}
