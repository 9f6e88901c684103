package org.neuroloom.engine.run;

import java.util.Arrays;
import org.neuroloom.engine.plasticity.PlasticityKernel;
import org.neuroloom.engine.synapse.PlasticTable;
import org.neuroloom.engine.synapse.StaticTable;

/** {@link ProjectionWeights} over the per-worker tables of one projection. */
final class WeightsView implements ProjectionWeights {
    private interface Visitor {
        void visit(int pre, int post, double weight);
    }

    private final ProjectionRuntime pr;
    private final int sourceSize;
    private final int targetSize;

    WeightsView(ProjectionRuntime pr, int sourceSize, int targetSize) {
        this.pr = pr;
        this.sourceSize = sourceSize;
        this.targetSize = targetSize;
    }

    @Override
    public long synapseCount() {
        return pr.info.synapseCount();
    }

    @Override
    public boolean plastic() {
        return pr.plasticTables != null;
    }

    private void forEach(Visitor v) {
        if (pr.staticTables != null) {
            for (StaticTable t : pr.staticTables) {
                int[] rs = t.rowStart();
                for (int pre = 0; pre < rs.length - 1; pre++) {
                    for (int s = rs[pre]; s < rs[pre + 1]; s++) {
                        v.visit(pre, t.postOf(s), t.weightOf(s));
                    }
                }
            }
        } else if (pr.plasticTables != null) {
            for (PlasticityKernel k : pr.kernels) {
                k.syncWeights();
            }
            for (PlasticTable t : pr.plasticTables) {
                for (int[] rs : t.rowStart) {
                    for (int pre = 0; pre < rs.length - 1; pre++) {
                        for (int s = rs[pre]; s < rs[pre + 1]; s++) {
                            v.visit(pre, t.lo + t.postOffset(s), t.weight[s]);
                        }
                    }
                }
            }
        }
    }

    @Override
    public void copyTo(int[] pre, int[] post, float[] weight) {
        int[] k = {0};
        forEach((a, b, w) -> {
            int i = k[0]++;
            pre[i] = a;
            post[i] = b;
            weight[i] = (float) w;
        });
    }

    @Override
    public void meanMatrix(double[] out, int rows, int cols) {
        double[] sum = new double[rows * cols];
        long[] n = new long[rows * cols];
        forEach((a, b, w) -> {
            int r = (int) ((long) a * rows / sourceSize);
            int c = (int) ((long) b * cols / targetSize);
            sum[r * cols + c] += w;
            n[r * cols + c]++;
        });
        Arrays.fill(out, 0, rows * cols, Double.NaN);
        for (int i = 0; i < rows * cols; i++) {
            if (n[i] > 0) {
                out[i] = sum[i] / n[i];
            }
        }
    }

    @Override
    public void histogram(long[] counts, double lo, double hi) {
        int bins = counts.length;
        double width = (hi - lo) / bins;
        forEach((a, b, w) -> {
            int i = width > 0 ? (int) Math.floor((w - lo) / width) : 0;
            counts[Math.max(0, Math.min(bins - 1, i))]++;
        });
    }
}
