package org.neuroloom.engine.plasticity;

import org.neuroloom.engine.synapse.InputSink;
import org.neuroloom.engine.synapse.PlasticTable;
import org.neuroloom.model.plasticity.Plasticity;

/**
 * Triplet STDP, all-to-all (Pfister &amp; Gerstner 2006). Presynaptic traces r1 (τ+) and r2 (τx)
 * per pre key, postsynaptic traces o1 (τ-) and o2 (τy) per target, each +1 per spike and
 * decayed lazily from the time of its last update (no per-step cost).
 * <ul>
 *   <li>arrival at t: {@code w -= o1(t) (A2- + A3- r2(t-))}, clip, deliver w, then r1, r2 += 1;</li>
 *   <li>post spike at t: for each incoming synapse {@code w += r1(t) (A2+ + A3+ o2(t-))}, clip,
 *       then o1, o2 += 1.</li>
 * </ul>
 * {@code r2(t-)} and {@code o2(t-)} are taken before the spike's own increment.
 */
public final class TripletStdpKernel extends PlasticityKernel {
    private final double a2Plus;
    private final double a3Plus;
    private final double a2Minus;
    private final double a3Minus;
    private final double wMin;
    private final double wMax;
    private final LazyTraces r1;
    private final LazyTraces r2;
    private final LazyTraces o1;
    private final LazyTraces o2;
    private final BackScatter scatter;

    /** A kernel for {@code table} with the rule {@code rule}. */
    public TripletStdpKernel(PlasticTable table, double dtMs, Plasticity.TripletStdp rule) {
        super(table, dtMs);
        a2Plus = rule.a2Plus();
        a3Plus = rule.a3Plus();
        a2Minus = rule.a2Minus();
        a3Minus = rule.a3Minus();
        wMin = rule.wMin();
        wMax = rule.wMax();
        int keys = table.preKeyCount();
        r1 = new LazyTraces(keys, rule.tauPlusMs());
        r2 = new LazyTraces(keys, rule.tauXMs());
        int targets = table.hi - table.lo;
        o1 = new LazyTraces(targets, rule.tauMinusMs());
        o2 = new LazyTraces(targets, rule.tauYMs());
        scatter = new BackScatter(table);
    }

    @Override
    public void onPreArrival(int preKey, int synFrom, int synTo, double tMs, InputSink sink) {
        final PlasticTable t = table;
        final float[] w = t.weight;
        final int lo = t.lo;
        final double scale = weightScale;
        final boolean learn = enabled;
        double depression = a2Minus + a3Minus * r2.at(preKey, tMs);
        for (int s = synFrom; s < synTo; s++) {
            int q = t.postOffset(s);
            double wi = w[s];
            if (learn) {
                double y = o1.at(q, tMs);
                if (y != 0) {
                    wi -= depression * y;
                    wi = wi < wMin ? wMin : (wi > wMax ? wMax : wi);
                    w[s] = (float) wi;
                }
            }
            sink.add(lo + q, wi * scale);
        }
        r1.spike(preKey, tMs);
        r2.spike(preKey, tMs);
    }

    @Override
    public void onPostSpike(int post, double tMs) {
        int q = post - table.lo;
        if (enabled) {
            double potentiation = a2Plus + a3Plus * o2.at(q, tMs);
            final PlasticTable t = table;
            final int[] syn = t.synOfPost;
            final BackScatter out = scatter;
            out.clear();
            for (int k = t.postStart[q]; k < t.postStart[q + 1]; k++) {
                double x = r1.at(t.keyOfBack(k), tMs);
                if (x != 0) {
                    out.add(syn[k], potentiation * x);
                }
            }
            out.addTo(t.weight, wMin, wMax);
        }
        o1.spike(q, tMs);
        o2.spike(q, tMs);
    }
}
