package org.neuroloom.engine.neuron;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neuroloom.engine.Engine;
import org.neuroloom.engine.Net;
import org.neuroloom.engine.run.Simulation;
import org.neuroloom.model.neuron.Izhikevich;
import org.neuroloom.model.neuron.IzhikevichPreset;

/**
 * Izhikevich presets under a constant drive, against a reference integration of the 2003
 * equations written here: RK4 at dt = 0.001 ms (100 times finer than the engine's step),
 * drive 10 (paper units) from rest.
 */
class IzhikevichTest {
    private static final double DURATION_MS = 1000;
    private static final double DRIVE = 10;

    /** Spike times (ms) of the 2003 model from rest under constant current, RK4 at step h. */
    static List<Double> reference(Izhikevich m, double current, double h, double durationMs) {
        double v = -65;
        double u = m.b() * v;
        List<Double> spikes = new ArrayList<>();
        long steps = Math.round(durationMs / h);
        for (long k = 0; k < steps; k++) {
            double[] k1 = f(m, v, u, current);
            double[] k2 = f(m, v + h / 2 * k1[0], u + h / 2 * k1[1], current);
            double[] k3 = f(m, v + h / 2 * k2[0], u + h / 2 * k2[1], current);
            double[] k4 = f(m, v + h * k3[0], u + h * k3[1], current);
            v += h / 6 * (k1[0] + 2 * k2[0] + 2 * k3[0] + k4[0]);
            u += h / 6 * (k1[1] + 2 * k2[1] + 2 * k3[1] + k4[1]);
            if (v >= m.vPeakMv()) {
                spikes.add((k + 1) * h);
                v = m.cMv();
                u += m.d();
            }
        }
        return spikes;
    }

    private static double[] f(Izhikevich m, double v, double u, double i) {
        return new double[]{0.04 * v * v + 5 * v + 140 - u + i, m.a() * (m.b() * v - u)};
    }

    static List<Double> engine(Izhikevich m, double current, double durationMs) {
        Izhikevich driven = new Izhikevich(m.a(), m.b(), m.cMv(), m.d(), m.vPeakMv(), current);
        List<Double> spikes = new ArrayList<>();
        try (Simulation sim = Engine.compile(Net.create().pop("n", 1, driven).build())) {
            sim.addObserver(view -> {
                if (view.spikeCount(0) > 0) {
                    spikes.add(view.timeMs());
                }
            });
            sim.run(Math.round(durationMs / sim.dtMs()));
        }
        return spikes;
    }

    @Test
    void everyPresetMatchesFineReferenceIntegration() {
        for (IzhikevichPreset p : IzhikevichPreset.values()) {
            List<Double> ref = reference(p.model(), DRIVE, 0.001, DURATION_MS);
            List<Double> got = engine(p.model(), DRIVE, DURATION_MS);
            assertTrue(ref.size() > 3, p + " fires in the reference");
            // Spikes are reported at the end of the step in which v reaches the cutoff; resets are interpolated.
            assertEquals(ref.size(), got.size(), Math.max(2, 0.01 * ref.size()), p + " spike count");
            for (int k = 0; k < Math.min(8, ref.size()); k++) {
                assertEquals(ref.get(k) + 0.05, got.get(k), 0.15, p + " spike " + k + " time (within 2 steps)");
            }
        }
    }

    private static List<Double> isis(List<Double> t) {
        List<Double> d = new ArrayList<>();
        for (int i = 1; i < t.size(); i++) {
            d.add(t.get(i) - t.get(i - 1));
        }
        return d;
    }

    @Test
    void regularSpikingAdaptsAndFastSpikingDoesNot() {
        List<Double> rs = isis(engine(IzhikevichPreset.REGULAR_SPIKING.model(), DRIVE, DURATION_MS));
        List<Double> fs = isis(engine(IzhikevichPreset.FAST_SPIKING.model(), DRIVE, DURATION_MS));
        assertTrue(rs.get(rs.size() - 1) > 1.5 * rs.get(0), "RS intervals lengthen: " + rs.subList(0, 3));
        assertTrue(fs.get(fs.size() - 1) < 1.2 * fs.get(2), "FS keeps its rate after the first spikes");
        assertTrue(fs.size() > 2 * rs.size(), "FS fires much faster than RS");
    }

    @Test
    void burstersFireBurstsOfShortIntervals() {
        List<Double> ib = isis(engine(IzhikevichPreset.INTRINSICALLY_BURSTING.model(), DRIVE, DURATION_MS));
        assertTrue(ib.get(0) < 10 && ib.get(ib.size() - 1) > 3 * ib.get(0), "IB: initial burst then tonic " + ib.subList(0, 5));
        List<Double> ch = isis(engine(IzhikevichPreset.CHATTERING.model(), DRIVE, DURATION_MS));
        long shortIsis = ch.stream().filter(d -> d < 8).count();
        long longIsis = ch.stream().filter(d -> d > 20).count();
        assertTrue(shortIsis > 2 * longIsis && longIsis >= 10, "CH: repeated bursts (" + shortIsis + " short, " + longIsis + " long)");
    }
}
