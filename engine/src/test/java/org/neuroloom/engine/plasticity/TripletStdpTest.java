package org.neuroloom.engine.plasticity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neuroloom.model.plasticity.Plasticity;

class TripletStdpTest {
    private static final double TP = 16.8;
    private static final double TM = 33.7;
    private static final double TX = 101;
    private static final double TY = 125;

    /** Amplitudes chosen so that triplet terms matter and |w| stays small (float weights exact to ~2e-10). */
    private static final Plasticity.TripletStdp RULE =
            new Plasticity.TripletStdp(TP, TM, TX, TY, 1e-3, 2e-3, 1.5e-3, 1e-3, -1, 1);

    private static double e(double dtMs, double tau) {
        return Math.exp(-dtMs / tau);
    }

    @Test
    void pairAndTripletWeightChangesEqualTheClosedFormTraceFormula() {
        double a2p = RULE.a2Plus();
        double a3p = RULE.a3Plus();
        double a2m = RULE.a2Minus();
        double a3m = RULE.a3Minus();
        List<List<Double>> pre = List.of(List.of(20.0), List.of(30.0), List.of(30.0), List.of(20.0, 50.0),
                List.of(20.0, 28.0));
        List<List<Double>> post = List.of(List.of(30.0), List.of(20.0), List.of(20.0, 40.0), List.of(35.0),
                List.of(35.0, 42.0));
        try (PairingRig rig = new PairingRig(0.1, pre, post, RULE, 0, List.of())) {
            rig.runUntil(100);
            // every pattern happened at the intended times (arrivals and post spikes one delay after the source times)
            for (int i = 0; i < pre.size(); i++) {
                assertArrayEquals(pre.get(i).stream().mapToDouble(t -> t + PairingRig.DELAY_MS).toArray(),
                        rig.arrivals(i), 1e-9);
                assertArrayEquals(post.get(i).stream().mapToDouble(t -> t + PairingRig.DELAY_MS).toArray(),
                        rig.postSpikes(i), 1e-9);
            }
            // pre 20, post 30 (arrival 21 -> post 31): +A2+ e^(-10/τ+)
            assertEquals(a2p * e(10, TP), rig.weight(0), 1e-9);
            // post 20, pre 30: -A2- e^(-10/τ-)
            assertEquals(-a2m * e(10, TM), rig.weight(1), 1e-9);
            // post 20, pre 30, post 40
            double postPrePost = -a2m * e(10, TM) + e(10, TP) * (a2p + a3p * e(20, TY));
            assertEquals(postPrePost, rig.weight(2), 1e-9);
            // pre 20, post 35, pre 50
            double prePostPre = a2p * e(15, TP) - e(15, TM) * (a2m + a3m * e(30, TX));
            assertEquals(prePostPre, rig.weight(3), 1e-9);
            // pre 20, pre 28, post 35, post 42: all-to-all sums over both presynaptic spikes
            double r1At35 = e(15, TP) + e(7, TP);
            double r1At42 = e(22, TP) + e(14, TP);
            double prePrePostPost = r1At35 * a2p + r1At42 * (a2p + a3p * e(7, TY));
            assertEquals(prePrePostPost, rig.weight(4), 1e-9);
        }
    }

    /** 60 pairings at frequency f with Δt = t_post - t_pre, reference: event by event through the traces. */
    private static double referenceChange(Plasticity.TripletStdp r, double fHz, double dtMs, int pairs) {
        List<double[]> events = new ArrayList<>();
        for (int i = 0; i < pairs; i++) {
            double t0 = 100 + i * 1000 / fHz;
            events.add(new double[]{dtMs > 0 ? t0 : t0 - dtMs, 0});
            events.add(new double[]{dtMs > 0 ? t0 + dtMs : t0, 1});
        }
        events.sort((a, b) -> Double.compare(a[0], b[0]));
        double r1 = 0, r2 = 0, o1 = 0, o2 = 0, last = 0, w = 0;
        for (double[] ev : events) {
            double gap = ev[0] - last;
            r1 *= e(gap, r.tauPlusMs());
            r2 *= e(gap, r.tauXMs());
            o1 *= e(gap, r.tauMinusMs());
            o2 *= e(gap, r.tauYMs());
            if (ev[1] == 0) {
                w -= o1 * (r.a2Minus() + r.a3Minus() * r2);
                r1++;
                r2++;
            } else {
                w += r1 * (r.a2Plus() + r.a3Plus() * o2);
                o1++;
                o2++;
            }
            last = ev[0];
        }
        return w;
    }

    @Test
    void pairingFrequencyDependenceHasTheSignPatternOfPfisterGerstner2006() {
        // visual cortex, all-to-all minimal model (the model's defaults), 60 pairings per frequency
        Plasticity.TripletStdp rule = new Plasticity.TripletStdp(16.8, 33.7, 101, 125, 5e-10, 6.2e-3, 7e-3, 2.3e-4, -1, 2);
        double[] freqs = {0.1, 1, 10, 20, 40, 50};
        int pairs = 60;
        List<List<Double>> pre = new ArrayList<>();
        List<List<Double>> post = new ArrayList<>();
        for (double sign : new double[]{+10, -10}) {
            for (double f : freqs) {
                List<Double> a = new ArrayList<>();
                List<Double> b = new ArrayList<>();
                for (int i = 0; i < pairs; i++) {
                    double t0 = 100 + i * 1000 / f;
                    a.add(sign > 0 ? t0 : t0 + 10);
                    b.add(sign > 0 ? t0 + 10 : t0);
                }
                pre.add(a);
                post.add(b);
            }
        }
        double[] change = new double[pre.size()];
        try (PairingRig rig = new PairingRig(1.0, pre, post, rule, 0, List.of())) {
            rig.runUntil(100 + pairs * 1000 / 0.1 + 100);
            for (int i = 0; i < change.length; i++) {
                assertEquals(pairs, rig.postSpikes(i).length);
                change[i] = rig.weight(i);
                double f = freqs[i % freqs.length];
                assertEquals(referenceChange(rule, f, i < freqs.length ? 10 : -10, pairs), change[i], 1e-6,
                        "f = " + f + " Hz");
            }
        }
        int n = freqs.length;
        // Δt = +10 ms: no change at 0.1 Hz, potentiation growing with frequency
        assertEquals(0, change[0], 1e-6);
        for (int k = 2; k < n; k++) {
            assertTrue(change[k] > 0.1 && change[k] > change[k - 1], "LTP at " + freqs[k] + " Hz: " + change[k]);
        }
        // Δt = -10 ms: depression up to 20 Hz, potentiation at 40 and 50 Hz
        for (int k = 0; k < 4; k++) {
            assertTrue(change[n + k] < -0.2, "LTD at " + freqs[k] + " Hz: " + change[n + k]);
        }
        assertTrue(change[n + 4] > 0 && change[n + 5] > change[n + 4], "LTP at 40 and 50 Hz");
    }
}
