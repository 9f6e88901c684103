package org.neuroloom.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.neuroloom.engine.run.Simulation;
import org.neuroloom.model.CanvasPosition;
import org.neuroloom.model.Geometry;
import org.neuroloom.model.Population;
import org.neuroloom.model.connect.Connector;
import org.neuroloom.model.dist.Distribution;
import org.neuroloom.model.neuron.Lif;
import org.neuroloom.model.neuron.PoissonSource;
import org.neuroloom.model.synapse.SynapseModel;

class ConnectivityTest {
    private static final Lif LIF = Lif.defaults();

    private record Syn(int[] pre, int[] post, float[] w) {
    }

    private static Syn build(Connector c, int src, int tgt, boolean recurrent, int threads) {
        Net net = Net.create().seed(3);
        if (recurrent) {
            net.pop("a", src, LIF).proj("p", "a", "a", c, new SynapseModel.ExpCurrent(5),
                    new Distribution.Normal(10, 3, 0.0, null), Distribution.constant(1), null);
        } else {
            net.pop("a", src, new PoissonSource(1, java.util.List.of())).pop("b", tgt, LIF)
                    .proj("p", "a", "b", c, new SynapseModel.ExpCurrent(5), new Distribution.Normal(10, 3, 0.0, null),
                            Distribution.constant(1), null);
        }
        try (Simulation sim = Engine.compile(net.build(), EngineOptions.defaults().withThreads(threads))) {
            int n = (int) sim.synapseCount();
            Syn s = new Syn(new int[n], new int[n], new float[n]);
            sim.weights(0).copyTo(s.pre, s.post, s.w);
            return s;
        }
    }

    private static Set<Long> pairs(Syn s) {
        Set<Long> set = new HashSet<>();
        for (int i = 0; i < s.pre.length; i++) {
            set.add((long) s.pre[i] << 32 | s.post[i]);
        }
        return set;
    }

    @Test
    void allToAllAndOneToOneHaveExactCounts() {
        assertEquals(50 * 40, build(new Connector.AllToAll(true), 50, 40, false, 1).pre.length);
        assertEquals(50 * 49, build(new Connector.AllToAll(false), 50, 50, true, 1).pre.length);
        Syn one = build(new Connector.OneToOne(), 30, 30, false, 1);
        for (int i = 0; i < 30; i++) {
            assertEquals(one.pre[i], one.post[i]);
        }
    }

    @Test
    void fixedProbabilityCountIsBinomial() {
        int n = 2000;
        double p = 0.05;
        Syn s = build(new Connector.FixedProbability(p, false), n, n, true, 1);
        double mean = p * n * (n - 1);
        assertEquals(mean, s.pre.length, 4 * Math.sqrt(mean * (1 - p)));
        for (int i = 0; i < s.pre.length; i++) {
            assertTrue(s.pre[i] != s.post[i], "no autapses");
        }
    }

    @Test
    void fixedInDegreeGivesEveryTargetExactlyNDistinctSources() {
        Syn s = build(new Connector.FixedInDegree(100, false), 500, 500, true, 2);
        int[] in = new int[500];
        for (int i = 0; i < s.post.length; i++) {
            in[s.post[i]]++;
            assertTrue(s.pre[i] != s.post[i]);
        }
        for (int c : in) {
            assertEquals(100, c);
        }
        assertEquals(s.pre.length, pairs(s).size(), "no multapses");
        Syn dense = build(new Connector.FixedInDegree(450, false), 500, 300, false, 1);
        assertEquals(450 * 300, pairs(dense).size());
    }

    @Test
    void fixedOutDegreeGivesEverySourceExactlyN() {
        Syn s = build(new Connector.FixedOutDegree(30, true), 200, 100, false, 3);
        int[] out = new int[200];
        for (int p : s.pre) {
            out[p]++;
        }
        for (int c : out) {
            assertEquals(30, c);
        }
        assertEquals(s.pre.length, pairs(s).size());
    }

    @Test
    void fixedTotalMakesExactlyNDistinctPairs() {
        Syn s = build(new Connector.FixedTotal(5000, false), 300, 300, true, 1);
        assertEquals(5000, s.pre.length);
        assertEquals(5000, pairs(s).size());
    }

    @Test
    void synapsesAndWeightsDoNotDependOnThreadCount() {
        Connector[] cs = {new Connector.FixedProbability(0.1, false), new Connector.FixedInDegree(20, false),
                new Connector.FixedOutDegree(20, false), new Connector.FixedTotal(3000, false)};
        for (Connector c : cs) {
            Syn a = build(c, 300, 300, true, 1);
            Syn b = build(c, 300, 300, true, 4);
            assertEquals(pairs(a), pairs(b), c.toString());
            double sa = 0;
            double sb = 0;
            for (int i = 0; i < a.w.length; i++) {
                sa += a.w[i];
                sb += b.w[i];
            }
            assertEquals(sa, sb, 1e-6 * Math.abs(sa), "weights of " + c);
        }
    }

    @Test
    void clippedNormalWeightsStayInBounds() {
        Syn s = build(new Connector.FixedProbability(0.2, true), 200, 200, false, 1);
        double sum = 0;
        for (float w : s.w) {
            assertTrue(w >= 0);
            sum += w;
        }
        assertEquals(10, sum / s.w.length, 0.1, "mean of normal(10, 3) clipped at 0");
    }

    @Test
    void distanceConnectorPrefersNearNeighbours() {
        Geometry g = new Geometry(Geometry.Layout.GRID, 1000, 1000);
        Population a = new Population("a", "a", 400, LIF, java.util.Map.of(), g, CanvasPosition.ORIGIN);
        Net net = Net.create().pop(a).proj("p", "a", "a", new Connector.DistanceGaussian(0.8, 100, false),
                new SynapseModel.ExpCurrent(5), 1, 1);
        try (Simulation sim = Engine.compile(net.build())) {
            int n = (int) sim.synapseCount();
            int[] pre = new int[n];
            int[] post = new int[n];
            sim.weights(0).copyTo(pre, post, new float[n]);
            int near = 0;
            int far = 0;
            for (int i = 0; i < n; i++) {
                int dx = pre[i] % 20 - post[i] % 20;
                int dy = pre[i] / 20 - post[i] / 20;
                double d = 50 * Math.sqrt(dx * dx + dy * dy);
                if (d <= 100) {
                    near++;
                } else if (d > 300) {
                    far++;
                }
            }
            assertTrue(n > 1000, "synapses: " + n);
            assertTrue(near > 10 * Math.max(1, far), "near " + near + ", far " + far);
        }
    }

    @Test
    void impossibleInDegreeIsAClearUserError() {
        ModelException e = assertThrows(ModelException.class,
                () -> build(new Connector.FixedInDegree(600, false), 500, 500, true, 1));
        assertTrue(e.getMessage().contains("projections[0] (p).connector.n"), e.getMessage());
    }
}
