package org.neuroloom.engine.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neuroloom.model.Project;
import org.neuroloom.model.neuron.Lif;
import org.neuroloom.model.neuron.StepCurrent;

/** hello-neuron: one LIF neuron under a staircase of currents follows the analytic f-I curve. */
class HelloNeuronSampleTest {
    private static Project project;
    private static SampleRun run;

    @BeforeAll
    static void runSample() throws Exception {
        project = SampleRun.load("hello-neuron");
        run = SampleRun.of(project).run(project.simulation().durationMs());
    }

    private static Lif neuron() {
        return (Lif) project.network().population("neuron").orElseThrow().model();
    }

    private static List<StepCurrent.Step> steps() {
        return ((StepCurrent) project.network().population("current").orElseThrow().model()).steps();
    }

    /** f = 1 / (t_ref + tau ln(RI / (RI - (V_th - V_reset)))) with R = tau / C, for V_reset = E_L; 0 below rheobase. */
    private static double analyticRateHz(Lif m, double currentPa) {
        double ri = currentPa * m.tauMs() / m.cmPf();
        double gap = m.vThreshMv() - m.vResetMv();
        if (ri <= m.vThreshMv() - m.vRestMv()) {
            return 0;
        }
        return 1000 / (m.tRefMs() + m.tauMs() * Math.log(ri / (ri - gap)));
    }

    @Test
    void rateOnEveryStepAboveRheobaseMatchesTheAnalyticCurveWithinOnePercent() {
        Lif m = neuron();
        assertEquals(m.vRestMv(), m.vResetMv(), "the closed form assumes reset = rest");
        double[] spikes = run.spikeTimes("neuron")[0];
        int checked = 0;
        for (int k = 0; k + 1 < steps().size(); k++) {
            StepCurrent.Step s = steps().get(k);
            double expected = analyticRateHz(m, s.amplitudePa());
            if (expected == 0) {
                continue;
            }
            // every interval inside the step starts from a reset: the periodic regime
            double[] isi = Measures.isis(spikes, s.atMs(), steps().get(k + 1).atMs());
            assertTrue(isi.length >= 10, "enough intervals at " + s.amplitudePa() + " pA");
            double rate = 1000 / Measures.mean(isi);
            Measures.report("hello-neuron", "rate at " + s.amplitudePa() + " pA (analytic " + expected + ")", rate);
            assertEquals(expected, rate, 0.01 * expected, "step of " + s.amplitudePa() + " pA");
            checked++;
        }
        assertEquals(4, checked, "400, 500, 700 and 1000 pA fire");
    }

    @Test
    void belowRheobaseTheNeuronStaysSilent() {
        Lif m = neuron();
        double rheobasePa = m.cmPf() * (m.vThreshMv() - m.vRestMv()) / m.tauMs();
        assertEquals(375, rheobasePa, 1e-9);
        StepCurrent.Step sub = steps().get(1);
        assertTrue(sub.amplitudePa() < rheobasePa);
        assertEquals(0, run.count("neuron", sub.atMs(), steps().get(2).atMs()));
        assertEquals(0, run.count("neuron", 0, sub.atMs()));
    }
}
