package org.neuroloom.engine.neuron;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neuroloom.engine.Engine;
import org.neuroloom.engine.Net;
import org.neuroloom.engine.run.Simulation;
import org.neuroloom.model.neuron.HodgkinHuxley;

/**
 * The single-precision Hodgkin-Huxley kernel against a double-precision reference: the
 * Traub-Miles cell of the COBAHH benchmark under a constant 400 pA, 300 ms. Two references,
 * both written out here from the model's equations, independent of the engine's code: classic
 * RK4 at dt = 0.5 µs (the true trajectory; the scheme's own first-order error is measured
 * against it), and the engine's scheme (exponential Euler) in double precision (the effect of
 * computing in float is measured against it). The engine runs 64 identical cells so that the
 * SIMD passes do the work. The exponential's bound is checked over its whole range.
 */
class HhAccuracyTest {
    private static final double BIAS_PA = 400;
    private static final double T_MS = 300;
    private static List<Double> reference;

    @BeforeAll
    static void reference() throws InterruptedException {
        Simd.awaitWarm();
        reference = rk4SpikeTimes(traub(), BIAS_PA, T_MS, 0.0005);
    }

    private static HodgkinHuxley traub() {
        HodgkinHuxley t = HodgkinHuxley.traub();
        return new HodgkinHuxley(t.kinetics(), t.cmPf(), t.gNaNs(), t.gKNs(), t.gLNs(), t.eNaMv(), t.eKMv(), t.eLMv(),
                t.vTraubMv(), t.spikeDetectMv(), BIAS_PA);
    }

    @Test
    void floatExponentialHasRelativeErrorBelowThreeTenMillionths() {
        double worst = 0;
        for (int i = 0; i <= 4_000_000; i++) {
            float x = (float) (FloatMath.MIN_ARG + (FloatMath.MAX_ARG - FloatMath.MIN_ARG) * i / 4_000_000.0);
            double exact = Math.exp(x);
            worst = Math.max(worst, Math.abs(FloatMath.exp(x) - exact) / exact);
        }
        assertTrue(worst < 3e-7, "worst relative error " + worst);
        assertEquals(0, FloatMath.exp(-1000f), 1e-37, "clamped below");
        assertTrue(Float.isNaN(FloatMath.exp(Float.NaN)));
    }

    @Test
    void periodConvergesToTheRk4ReferenceAsTheStepShrinks() {
        double ref = period(reference);
        assertTrue(reference.size() >= 20, "the reference fires repetitively: " + reference);
        double err01 = Math.abs(period(engineSpikeTimes(0.01)) / ref - 1);
        double err001 = Math.abs(period(engineSpikeTimes(0.001)) / ref - 1);
        // Exponential Euler is first order: measured 1.0 % at dt 0.01 ms and 0.10 % at 0.001 ms.
        assertTrue(err01 < 0.02, "period error at dt 0.01 ms: " + err01);
        assertTrue(err001 < 0.003, "period error at dt 0.001 ms: " + err001);
        assertTrue(err001 < err01 / 5, "first-order convergence: " + err01 + " -> " + err001);
    }

    @Test
    void singlePrecisionStaysOnTheDoublePrecisionTrajectoryOfTheSameScheme() {
        for (double dt : new double[]{0.1, 0.01}) {
            List<Double> spikes = engineSpikeTimes(dt);
            List<Double> dbl = expEulerSpikeTimes(traub(), BIAS_PA, T_MS, dt);
            assertTrue(dbl.size() >= 20, "repetitive firing at dt " + dt);
            assertEquals(dbl.size(), spikes.size(), "spike count at dt " + dt);
            for (int k = 0; k < spikes.size(); k++) {
                // measured: the same steps at dt 0.1 ms, at most one step apart at 0.01 ms
                assertEquals(dbl.get(k), spikes.get(k), dt + 1e-9, "spike " + k + " at dt " + dt);
            }
        }
    }

    private static double period(List<Double> spikes) {
        return (spikes.get(spikes.size() - 1) - spikes.get(1)) / (spikes.size() - 2);
    }

    /** Spike times of cell 0 (all 64 must agree, they are identical). */
    private static List<Double> engineSpikeTimes(double dt) {
        List<Double> times = new ArrayList<>();
        try (Simulation sim = Engine.compile(Net.create().dt(dt).pop("n", 64, traub()).build())) {
            sim.addObserver(view -> {
                int count = view.spikeCount(0);
                if (count > 0) {
                    assertEquals(64, count, "identical cells spike together");
                    times.add(view.timeMs());
                }
            });
            sim.run(Math.round(T_MS / dt));
        }
        return times;
    }

    // ---- the reference: the model's equations in double precision, classic RK4 ----

    private static double[] derivative(HodgkinHuxley p, double biasPa, double[] y) {
        double v = y[0];
        double[] r = HhReference.rates(p, v);
        double iNa = p.gNaNs() * y[1] * y[1] * y[1] * y[2] * (p.eNaMv() - v);
        double iK = p.gKNs() * Math.pow(y[3], 4) * (p.eKMv() - v);
        double iL = p.gLNs() * (p.eLMv() - v);
        return new double[]{(iNa + iK + iL + biasPa) / p.cmPf(),
            r[0] * (1 - y[1]) - r[1] * y[1], r[2] * (1 - y[2]) - r[3] * y[2], r[4] * (1 - y[3]) - r[5] * y[3]};
    }

    /** The engine's scheme (exponential Euler, gates with start-of-step V) in double precision. */
    static List<Double> expEulerSpikeTimes(HodgkinHuxley p, double biasPa, double tMs, double h) {
        double[] y = HhReference.rest(p, p.eLMv());
        List<Double> spikes = new ArrayList<>();
        long steps = Math.round(tMs / h);
        for (long s = 0; s < steps; s++) {
            double v = y[0];
            HhReference.expEulerStep(p, y, 0, biasPa, h);
            if (v < p.spikeDetectMv() && y[0] >= p.spikeDetectMv()) {
                spikes.add((s + 1) * h);
            }
        }
        return spikes;
    }

    static List<Double> rk4SpikeTimes(HodgkinHuxley p, double biasPa, double tMs, double h) {
        double[] y = HhReference.rest(p, p.eLMv());
        List<Double> spikes = new ArrayList<>();
        long steps = Math.round(tMs / h);
        for (long s = 0; s < steps; s++) {
            double[] k1 = derivative(p, biasPa, y);
            double[] k2 = derivative(p, biasPa, axpy(y, h / 2, k1));
            double[] k3 = derivative(p, biasPa, axpy(y, h / 2, k2));
            double[] k4 = derivative(p, biasPa, axpy(y, h, k3));
            double vOld = y[0];
            for (int i = 0; i < 4; i++) {
                y[i] += h / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
            }
            if (vOld < p.spikeDetectMv() && y[0] >= p.spikeDetectMv()) {
                spikes.add(s * h + h * (p.spikeDetectMv() - vOld) / (y[0] - vOld));
            }
        }
        return spikes;
    }

    private static double[] axpy(double[] y, double a, double[] k) {
        double[] out = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            out[i] = y[i] + a * k[i];
        }
        return out;
    }
}
