package org.neuroloom.engine.neuron;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neuroloom.engine.Engine;
import org.neuroloom.engine.Net;
import org.neuroloom.engine.run.Simulation;
import org.neuroloom.model.connect.Connector;
import org.neuroloom.model.neuron.HodgkinHuxley;
import org.neuroloom.model.neuron.StepCurrent;
import org.neuroloom.model.synapse.SynapseModel;

/**
 * The squid axon model (Hodgkin &amp; Huxley 1952, 6.3 °C) on NEST's hh_psc_alpha patch:
 * C = 100 pF for 1 µF/cm², i.e. an area of 1e-4 cm², so 1 µA/cm² is 100 pA.
 * Reference: for a long current step the squid model fires a single spike from about
 * 2.2-2.5 µA/cm² and fires repetitively above about 6.2-6.3 µA/cm²
 * (Rinzel &amp; Ermentrout 1989; Koch, Biophysics of Computation, ch. 6).
 */
class HodgkinHuxleyTest {

    private static final class Run {
        final List<Double> spikes = new ArrayList<>();
        double peakMv = Double.NEGATIVE_INFINITY;
    }

    private static Run drive(StepCurrent current, double durationMs, double dt) {
        Net net = Net.create().dt(dt)
                .pop("n", 1, HodgkinHuxley.defaults())
                .pop("i", 1, current)
                .proj("inj", "i", "n", new Connector.OneToOne(), new SynapseModel.Delta(), 1.0, 0.1);
        Run r = new Run();
        try (Simulation sim = Engine.compile(net.build())) {
            double[] v = sim.state(0, "v");
            sim.addObserver(view -> {
                if (view.spikeCount(0) > 0) {
                    r.spikes.add(view.timeMs());
                }
                r.peakMv = Math.max(r.peakMv, v[0]);
            });
            sim.run(Math.round(durationMs / dt));
        }
        return r;
    }

    private static StepCurrent pulses(double amplitudePa, double widthMs, double... startsMs) {
        List<StepCurrent.Step> steps = new ArrayList<>();
        for (double s : startsMs) {
            steps.add(new StepCurrent.Step(s, amplitudePa));
            steps.add(new StepCurrent.Step(s + widthMs, 0));
        }
        return new StepCurrent(steps);
    }

    @Test
    void oneSpikePerSuprathresholdPulseWithPeakNearPlus40() {
        // 1 ms pulses of 20 µA/cm² (2 nA), 30 ms apart: each one triggers exactly one action potential.
        Run r = drive(pulses(2000, 1, 10, 40, 70, 100), 130, 0.01);
        assertEquals(4, r.spikes.size(), "spikes " + r.spikes);
        for (int k = 0; k < 4; k++) {
            double start = 10 + 30 * k;
            assertTrue(r.spikes.get(k) > start && r.spikes.get(k) < start + 5, "spike " + k + " follows its pulse");
        }
        assertEquals(40, r.peakMv, 8, "peak of the action potential");
    }

    @Test
    void subthresholdPulseDoesNotFire() {
        Run r = drive(pulses(200, 1, 10), 50, 0.01);
        assertTrue(r.spikes.isEmpty());
        assertTrue(r.peakMv < -55, "a 2 µA/cm² 1 ms pulse only depolarises a little: " + r.peakMv);
    }

    @Test
    void rheobaseOfLongStepIsInKnownRange() {
        // Smallest 200 ms step (resolution 10 pA) that fires at all, and the smallest that fires repetitively.
        double single = Double.NaN;
        double repetitive = Double.NaN;
        for (double pa = 100; pa <= 800; pa += 10) {
            int n = drive(pulses(pa, 200, 10), 220, 0.025).spikes.size();
            if (n >= 1 && Double.isNaN(single)) {
                single = pa;
            }
            if (n >= 3) {
                repetitive = pa;
                break;
            }
        }
        assertTrue(single >= 200 && single <= 300, "single-spike rheobase " + single + " pA");
        assertTrue(repetitive >= 550 && repetitive <= 700, "repetitive firing from " + repetitive + " pA");
    }
}
