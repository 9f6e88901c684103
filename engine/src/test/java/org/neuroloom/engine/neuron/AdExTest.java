package org.neuroloom.engine.neuron;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neuroloom.engine.Engine;
import org.neuroloom.engine.Net;
import org.neuroloom.engine.run.Simulation;
import org.neuroloom.model.neuron.AdEx;
import org.neuroloom.model.neuron.AdExPreset;

/** AdEx firing patterns (Naud et al. 2008) against RK4 at dt = 0.001 ms written here. */
class AdExTest {

    static List<Double> reference(AdEx m, double iPa, double h, double durationMs) {
        double v = m.eLMv();
        double w = 0;
        List<Double> spikes = new ArrayList<>();
        long steps = Math.round(durationMs / h);
        for (long k = 0; k < steps; k++) {
            double[] k1 = f(m, v, w, iPa);
            double[] k2 = f(m, v + h / 2 * k1[0], w + h / 2 * k1[1], iPa);
            double[] k3 = f(m, v + h / 2 * k2[0], w + h / 2 * k2[1], iPa);
            double[] k4 = f(m, v + h * k3[0], w + h * k3[1], iPa);
            v += h / 6 * (k1[0] + 2 * k2[0] + 2 * k3[0] + k4[0]);
            w += h / 6 * (k1[1] + 2 * k2[1] + 2 * k3[1] + k4[1]);
            if (!(v < m.vPeakMv())) {
                spikes.add((k + 1) * h);
                v = m.vResetMv();
                w += m.bPa();
            }
        }
        return spikes;
    }

    private static double[] f(AdEx m, double v, double w, double i) {
        double x = Math.min((v - m.vTMv()) / m.deltaTMv(), 20);
        double dv = (-m.gLNs() * (v - m.eLMv()) + m.gLNs() * m.deltaTMv() * Math.exp(x) - w + i) / m.cmPf();
        return new double[]{dv, (m.aNs() * (v - m.eLMv()) - w) / m.tauWMs()};
    }

    static List<Double> engine(AdEx m, double iPa, double durationMs, double dt) {
        AdEx driven = new AdEx(m.cmPf(), m.gLNs(), m.eLMv(), m.vTMv(), m.deltaTMv(), m.tauWMs(), m.aNs(), m.bPa(),
                m.vResetMv(), m.tRefMs(), m.vPeakMv(), iPa);
        List<Double> spikes = new ArrayList<>();
        try (Simulation sim = Engine.compile(Net.create().dt(dt).pop("n", 1, driven).build())) {
            sim.addObserver(view -> {
                if (view.spikeCount(0) > 0) {
                    spikes.add(view.timeMs());
                }
            });
            sim.run(Math.round(durationMs / dt));
        }
        return spikes;
    }

    @Test
    void presetsMatchFineReferenceIntegration() {
        for (AdExPreset p : AdExPreset.values()) {
            if (p == AdExPreset.IRREGULAR) {
                continue; // chaotic by design: spike times diverge from any reference
            }
            List<Double> ref = reference(p.model(), p.stepCurrentPa(), 0.001, 500);
            List<Double> got = engine(p.model(), p.stepCurrentPa(), 500, 0.05);
            assertTrue(ref.size() >= 2, p + " fires");
            assertEquals(ref.size(), got.size(), Math.max(1, 0.05 * ref.size()), p + " spike count " + ref + " vs " + got);
            assertEquals(ref.get(0), got.get(0), 0.5, p + " first spike");
        }
    }

    @Test
    void adaptingPresetLengthensItsIntervals() {
        List<Double> t = engine(AdExPreset.ADAPTING.model(), AdExPreset.ADAPTING.stepCurrentPa(), 500, 0.1);
        double first = t.get(1) - t.get(0);
        double last = t.get(t.size() - 1) - t.get(t.size() - 2);
        assertTrue(last > 2 * first, "adaptation: first ISI " + first + ", last " + last);
    }
}
