package org.neuroloom.engine.plasticity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neuroloom.model.modulator.Modulator;
import org.neuroloom.model.plasticity.Plasticity;

class RewardStdpTest {
    private static final double W0 = 1.0;
    private static final double TAU_PLUS = 20;
    private static final double TAU_MINUS = 20;
    private static final double A_PLUS = 0.01;
    private static final double A_MINUS = 0.015;
    private static final double TAU_C = 1000;
    private static final double TAU_D = 200;
    private static final double REWARD = 0.5;
    private static final Plasticity.RewardStdp RULE =
            new Plasticity.RewardStdp(TAU_PLUS, TAU_MINUS, A_PLUS, A_MINUS, TAU_C, "da", 0, 4);

    // element 0: pre then post (+10 ms); 1: post only; 2: pre only; 3: post then pre (-10 ms)
    private static final List<List<Double>> PRE = List.of(List.of(100.0), List.of(), List.of(100.0), List.of(110.0));
    private static final List<List<Double>> POST = List.of(List.of(110.0), List.of(110.0), List.of(), List.of(100.0));

    private static Modulator dopamine(List<Modulator.RewardEvent> rewards) {
        return new Modulator("da", "Dopamine", Modulator.Kind.DOPAMINE, TAU_D, 0, 0, List.of(), rewards, null);
    }

    @Test
    void withoutDopamineNoWeightChangesAtAll() {
        try (PairingRig rig = new PairingRig(0.1, PRE, POST, RULE, W0, List.of(dopamine(List.of())))) {
            rig.runUntil(3000);
            assertEquals(1, rig.postSpikes(0).length);
            for (int i = 0; i < PRE.size(); i++) {
                assertEquals(W0, rig.weight(i), 0.0, "synapse " + i);
            }
        }
    }

    /** ∫ c(t) D(t) dt from the reward at tR to t for eligibility c0 at tR: c0 A τ' (1 - e^(-(t - tR)/τ')). */
    private static double analyticChange(double c0, double sinceRewardMs) {
        double tauCombined = TAU_C * TAU_D / (TAU_C + TAU_D);
        return c0 * REWARD * tauCombined * -Math.expm1(-sinceRewardMs / tauCombined);
    }

    @Test
    void aRewardOneSecondAfterPairingGrowsThePairedSynapseByTheIntegralOfEligibilityTimesDopamine() {
        // the pairing completes with the post spike at 111 ms (arrival 101 ms); reward one second later
        double tPair = 111;
        double tReward = tPair + 1000;
        try (PairingRig rig = new PairingRig(0.1, PRE, POST, RULE, W0,
                List.of(dopamine(List.of(new Modulator.RewardEvent(tReward, REWARD)))))) {
            rig.runUntil(tReward + 100);
            assertEquals(101.0, rig.arrivals(0)[0], 1e-9);
            assertEquals(tPair, rig.postSpikes(0)[0], 1e-9);
            double cPaired = A_PLUS * Math.exp(-10 / TAU_PLUS) * Math.exp(-(tReward - tPair) / TAU_C);
            double cReversed = -A_MINUS * Math.exp(-10 / TAU_MINUS) * Math.exp(-(tReward - tPair) / TAU_C);
            double after100 = analyticChange(cPaired, 100);
            assertEquals(after100, rig.weight(0) - W0, 1e-6 * after100, "100 ms after the reward");

            rig.runUntil(tReward + 3000);
            double expected = analyticChange(cPaired, 3000);
            assertTrue(expected > 0.15, "a visible change: " + expected);
            assertEquals(expected, rig.weight(0) - W0, 1e-6 * expected, "paired synapse");
            double expectedDown = analyticChange(cReversed, 3000);
            assertEquals(expectedDown, rig.weight(3) - W0, 1e-6 * -expectedDown, "post-before-pre synapse");
            assertEquals(W0, rig.weight(1), 0.0, "post only");
            assertEquals(W0, rig.weight(2), 0.0, "pre only");
        }
    }

    @Test
    void aPairingFortySecondsIntoTheRunIsRewardedAsExactlyAsAnEarlyOne() {
        // Regression: with t_ref rebased only every 50 τc, the dopamine integral G, filled early on
        // by the reward at 1 s (no synapse is eligible then), swallowed every increment after ~37 s.
        double tPre = 40_000;
        double tPair = tPre + 11;
        double tReward = tPair + 1000;
        List<List<Double>> pre = List.of(List.of(tPre));
        List<List<Double>> post = List.of(List.of(tPre + 10));
        try (PairingRig rig = new PairingRig(0.1, pre, post, RULE, W0,
                List.of(dopamine(List.of(new Modulator.RewardEvent(1000, REWARD),
                        new Modulator.RewardEvent(tReward, REWARD)))))) {
            rig.runUntil(tReward + 3000);
            assertEquals(tPair, rig.postSpikes(0)[0], 1e-6);
            double c = A_PLUS * Math.exp(-10 / TAU_PLUS) * Math.exp(-(tReward - tPair) / TAU_C);
            double expected = analyticChange(c, 3000);
            assertEquals(expected, rig.weight(0) - W0, 1e-6 * expected);
        }
    }

    /**
     * Reference: the same rule integrated event by event in double precision, with the exact
     * integral of c(t) D(t) between consecutive events.
     */
    private static double referenceWeight(Plasticity.RewardStdp rule, double[] arrivals, double[] posts, double[] rewards,
                                          double rewardAmount, double baseline, double w0, double endMs) {
        double tauC = rule.tauEligibilityMs();
        java.util.List<double[]> events = new java.util.ArrayList<>();
        for (double t : arrivals) {
            events.add(new double[]{t, 0});
        }
        for (double t : posts) {
            events.add(new double[]{t, 1});
        }
        for (double t : rewards) {
            events.add(new double[]{t, 2});
        }
        events.add(new double[]{endMs, 3});
        events.sort((a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
        double tauCombined = tauC * TAU_D / (tauC + TAU_D);
        double c = 0, d = baseline, w = w0, x = 0, y = 0, last = 0;
        for (double[] ev : events) {
            double h = ev[0] - last;
            w += c * (baseline * tauC * -Math.expm1(-h / tauC) + (d - baseline) * tauCombined * -Math.expm1(-h / tauCombined));
            c *= Math.exp(-h / tauC);
            d = baseline + (d - baseline) * Math.exp(-h / TAU_D);
            x *= Math.exp(-h / TAU_PLUS);
            y *= Math.exp(-h / TAU_MINUS);
            last = ev[0];
            if (ev[1] == 0) {
                c -= rule.aMinus() * y;
                x += 1;
            } else if (ev[1] == 1) {
                c += rule.aPlus() * x;
                y += 1;
            } else if (ev[1] == 2) {
                d += rewardAmount;
            }
        }
        return w;
    }

    @Test
    void lazyEligibilityMatchesEventByEventIntegrationOverManyPairingsRewardsAndRebases() {
        // τc = 20 ms: the kernel rebases its reference time every second; tonic dopamine 0.01
        double tauC = 20;
        double baseline = 0.01;
        Plasticity.RewardStdp rule = new Plasticity.RewardStdp(TAU_PLUS, TAU_MINUS, 0.02, 0.024, tauC, "da", -100, 100);
        java.util.List<Double> pre = new java.util.ArrayList<>();
        java.util.List<Double> post = new java.util.ArrayList<>();
        java.util.List<Modulator.RewardEvent> rewards = new java.util.ArrayList<>();
        for (int k = 0; k < 30; k++) {
            pre.add(50.0 + 100 * k);
            post.add(k % 3 == 2 ? 42.0 + 100 * k : 55.0 + 100 * k);
        }
        for (int k = 0; k < 12; k++) {
            rewards.add(new Modulator.RewardEvent(58 + 250 * k, 0.3));
        }
        Modulator da = new Modulator("da", "Dopamine", Modulator.Kind.DOPAMINE, TAU_D, baseline, 0, List.of(), rewards, null);
        double end = 3200;
        try (PairingRig rig = new PairingRig(0.1, List.of(pre), List.of(post), rule, W0, List.of(da))) {
            rig.runUntil(end);
            double[] rewardTimes = rewards.stream().mapToDouble(Modulator.RewardEvent::atMs).toArray();
            double expected = referenceWeight(rule, rig.arrivals(0), rig.postSpikes(0), rewardTimes, 0.3, baseline, W0, end);
            double change = expected - W0;
            assertTrue(Math.abs(change) > 0.05, "a visible change: " + change);
            assertEquals(30, rig.postSpikes(0).length);
            assertEquals(expected, rig.weight(0), 1e-5 * Math.abs(change));
        }
    }
}
