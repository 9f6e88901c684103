package org.neuroloom.engine.plasticity;

import org.neuroloom.engine.synapse.InputSink;
import org.neuroloom.engine.synapse.PlasticTable;
import org.neuroloom.model.plasticity.Plasticity;

/**
 * Tsodyks-Markram short-term plasticity (NEST {@code tsodyks2_synapse}): per synapse the
 * utilisation u, the available resources x and the time of the last arrival. For the n-th
 * arrival, Δ after the previous one,
 * <pre>u_n = U + u_(n-1) (1 - U) e^(-Δ/τfac)      (U when τfac = 0)
 * x_n = 1 + (x_(n-1) - u_(n-1) x_(n-1) - 1) e^(-Δ/τrec)
 * delivered = w · u_n · x_n,   u_1 = U, x_1 = 1</pre>
 * The stored weight never changes. Switched off (live control), u and x stay as they are and
 * each arrival delivers {@code w · u · x} of the last state (U for a synapse that has not
 * seen a spike yet).
 */
public final class TsodyksMarkramKernel extends PlasticityKernel {
    private final double uRelease;
    private final double tauRecMs;
    private final double tauFacMs;
    private final double[] u;
    private final double[] x;
    private final double[] lastMs;

    /** A kernel for {@code table} with the rule {@code rule}. */
    public TsodyksMarkramKernel(PlasticTable table, double dtMs, Plasticity.TsodyksMarkram rule) {
        super(table, dtMs);
        uRelease = rule.u();
        tauRecMs = rule.tauRecMs();
        tauFacMs = rule.tauFacMs();
        int n = table.size();
        u = new double[n];
        x = new double[n];
        lastMs = new double[n];
        java.util.Arrays.fill(u, uRelease);
        java.util.Arrays.fill(x, 1.0);
        java.util.Arrays.fill(lastMs, Double.NaN);
    }

    @Override
    public void onPreArrival(int preKey, int synFrom, int synTo, double tMs, InputSink sink) {
        final PlasticTable t = table;
        final float[] w = t.weight;
        final int lo = t.lo;
        final double scale = weightScale;
        final boolean dynamic = enabled;
        // the synapses of one pre key share their spike history, so the decays are computed once
        double cachedLast = Double.NaN;
        double xDecay = 0;
        double uDecay = 0;
        for (int s = synFrom; s < synTo; s++) {
            double un = u[s];
            double xn = x[s];
            double last = lastMs[s];
            if (dynamic && !Double.isNaN(last)) {
                if (last != cachedLast) {
                    double gap = tMs - last;
                    xDecay = Math.exp(-gap / tauRecMs);
                    uDecay = tauFacMs > 0 ? Math.exp(-gap / tauFacMs) : 0;
                    cachedLast = last;
                }
                xn = 1 + (x[s] - u[s] * x[s] - 1) * xDecay;
                un = uRelease + u[s] * (1 - uRelease) * uDecay;
                u[s] = un;
                x[s] = xn;
            }
            if (dynamic) {
                lastMs[s] = tMs;
            }
            sink.add(lo + t.postOffset(s), w[s] * un * xn * scale);
        }
    }

    @Override
    public void onPostSpike(int post, double tMs) {
        // short-term plasticity depends on presynaptic activity only
    }
}
