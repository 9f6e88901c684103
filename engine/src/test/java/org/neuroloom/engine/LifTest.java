package org.neuroloom.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neuroloom.engine.run.Simulation;
import org.neuroloom.model.connect.Connector;
import org.neuroloom.model.neuron.DcCurrent;
import org.neuroloom.model.neuron.Lif;
import org.neuroloom.model.neuron.SpikeTimesSource;
import org.neuroloom.model.synapse.SynapseModel;

class LifTest {

    /** Analytic rate of a LIF neuron under constant current (Hz). */
    static double analyticRateHz(Lif m, double iPa) {
        double r = m.tauMs() / m.cmPf(); // GOhm = mV/pA
        double ri = r * iPa;
        double num = ri - (m.vResetMv() - m.vRestMv());
        double den = ri - (m.vThreshMv() - m.vRestMv());
        if (den <= 0) {
            return 0;
        }
        return 1000.0 / (m.tRefMs() + m.tauMs() * Math.log(num / den));
    }

    @Test
    void lifRateMatchesAnalyticCurve() {
        assertRatesMatchAnalyticCurve(false);
    }

    /** The same with an (idle) exponential synapse, which makes it the single-precision kernel. */
    @Test
    void singlePrecisionLifRateMatchesAnalyticCurve() {
        assertRatesMatchAnalyticCurve(true);
    }

    private static void assertRatesMatchAnalyticCurve(boolean withSynapse) {
        double dt = 0.01;
        double[] currents = {400, 450, 500, 600, 800, 1000, 1500, 2000};
        for (double iPa : currents) {
            Lif m = new Lif(250, 10, -70, -55, -70, 2, iPa);
            Net net = Net.create().dt(dt).pop("n", 1, m);
            if (withSynapse) {
                net.pop("silent", 1, new SpikeTimesSource(List.of(List.of())))
                        .proj("p", "silent", "n", new Connector.OneToOne(), new SynapseModel.ExpCurrent(2), 100, 1.0);
            }
            try (Simulation sim = Engine.compile(net.build())) {
                double durationMs = 2000;
                sim.run(Math.round(durationMs / dt));
                double expected = analyticRateHz(m, iPa);
                // Count complete ISIs: spikes are stamped at step ends, each ISI rounds up by < dt.
                double rate = sim.spikeCount() / (durationMs / 1000);
                assertEquals(expected, rate, Math.max(0.01 * expected, 1000 / durationMs),
                        "rate at " + iPa + " pA");
            }
        }
    }

    /**
     * One input spike through an exponential current synapse: the single-precision kernel (its
     * input is exactly one exponential channel). V stays within 0.6 mV of rest, where the float
     * spacing of u = V - E_L is 6e-8 mV, so 1e-6 mV still holds.
     */
    @Test
    void subthresholdVoltageMatchesExactSolution() {
        assertSubthresholdVoltageMatchesExactSolution(false, 1e-6);
    }

    /** The same with a zero current source added, which keeps the double-precision kernel. */
    @Test
    void doublePrecisionSubthresholdVoltageMatchesExactSolution() {
        assertSubthresholdVoltageMatchesExactSolution(true, 1e-9);
    }

    private static void assertSubthresholdVoltageMatchesExactSolution(boolean withZeroSource, double tolMv) {
        // One input spike at 5 ms through an exponential current synapse, delay 1 ms.
        double tauM = 10;
        double tauS = 2;
        double cm = 250;
        double w = 100;
        Lif m = new Lif(cm, tauM, -70, 100, -70, 0, 0);
        double dt = 0.1;
        var net = Net.create().dt(dt)
                .pop("in", 1, new SpikeTimesSource(List.of(List.of(5.0))))
                .pop("n", 1, m)
                .proj("p", "in", "n", new Connector.OneToOne(), new SynapseModel.ExpCurrent(tauS), w, 1.0);
        if (withZeroSource) {
            net.pop("zero", 1, new DcCurrent(0, 0, 1e9))
                    .proj("z", "zero", "n", new Connector.OneToOne(), new SynapseModel.ExpCurrent(tauS), 1, 0.1);
        }
        try (Simulation sim = Engine.compile(net.build())) {
            double[] v = sim.state(1, "v");
            double maxErr = 0;
            double peak = 0;
            for (int k = 0; k < 500; k++) {
                sim.step();
                double t = sim.timeMs() - 6.0; // arrival at 6 ms
                double exact = -70;
                if (t > 0) {
                    exact += w / cm * tauM * tauS / (tauM - tauS) * (Math.exp(-t / tauM) - Math.exp(-t / tauS));
                }
                maxErr = Math.max(maxErr, Math.abs(v[0] - exact));
                peak = Math.max(peak, v[0] + 70);
            }
            assertTrue(peak > 0.3, "the input arrives: peak " + peak + " mV");
            assertTrue(maxErr < tolMv, "max error " + maxErr);
        }
    }
}
