package org.neuroloom.engine.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neuroloom.model.Project;
import org.neuroloom.model.neuron.Lif;
import org.neuroloom.model.neuron.SpikeTimesSource;
import org.neuroloom.model.plasticity.Plasticity;

/**
 * short-term-plasticity: PSP amplitudes along the first test train (8 spikes at 20 Hz and a
 * recovery spike) fall through the depressing synapse, rise through the facilitating one and stay
 * put through the static one, in the ratios the Tsodyks-Markram equations give.
 * <p>Amplitude of the PSP of a spike arriving at t_a: the largest deviation of V from the
 * extrapolated decay of the potential left over at t_a. With a 2 ms synaptic current and 50 ms
 * between spikes, the earlier currents have vanished (e^-25) by the next arrival, so what is left is
 * a pure membrane decay and the PSPs superpose exactly.
 */
class ShortTermPlasticitySampleTest {
    private static final String[] TARGETS = {"static", "depressing", "facilitating"};
    private static Project project;
    private static SampleRun run;
    private static double delayMs;

    @BeforeAll
    static void runSample() throws Exception {
        project = SampleRun.load("short-term-plasticity");
        delayMs = project.network().projection("to_static").orElseThrow().delayMs().mean();
        run = SampleRun.of(project);
        for (String t : TARGETS) {
            run.recordTrace(t, "v", 0);
        }
        run.run(1200);
    }

    private static List<Double> trainMs() {
        List<Double> all = ((SpikeTimesSource) project.network().population("presynaptic").orElseThrow().model())
                .timesMs().get(0);
        return all.subList(0, 9);
    }

    private static double[] amplitudesMv(String target) {
        Lif m = (Lif) project.network().population(target).orElseThrow().model();
        double[] v = run.trace(target, "v", 0);
        double dt = run.dtMs();
        List<Double> train = trainMs();
        double[] out = new double[train.size()];
        for (int n = 0; n < train.size(); n++) {
            // v[k] is V at the end of step k, i.e. at (k + 1) dt
            int arrival = (int) Math.round((train.get(n) + delayMs) / dt) - 1;
            double v0 = v[arrival];
            double best = 0;
            for (int k = arrival + 1; k < arrival + (int) Math.round(40 / dt); k++) {
                double decay = m.vRestMv() + (v0 - m.vRestMv()) * Math.exp(-(k - arrival) * dt / m.tauMs());
                best = Math.max(best, v[k] - decay);
            }
            out[n] = best;
        }
        return out;
    }

    /** u_n x_n of the Tsodyks-Markram equations in the rule's javadoc, for the sample's train. */
    private static double[] efficacies(Plasticity.TsodyksMarkram r) {
        List<Double> train = trainMs();
        double[] out = new double[train.size()];
        double u = r.u();
        double x = 1;
        for (int n = 0; n < train.size(); n++) {
            if (n > 0) {
                double gap = train.get(n) - train.get(n - 1);
                double un = r.tauFacMs() > 0 ? r.u() + u * (1 - r.u()) * Math.exp(-gap / r.tauFacMs()) : r.u();
                double xn = 1 + (x - u * x - 1) * Math.exp(-gap / r.tauRecMs());
                u = un;
                x = xn;
            }
            out[n] = u * x;
        }
        return out;
    }

    private static Plasticity.TsodyksMarkram rule(String projection) {
        return (Plasticity.TsodyksMarkram) project.network().projection(projection).orElseThrow().plasticity();
    }

    private static void assertRatiosMatch(double[] amplitudes, double[] efficacy, String what) {
        for (int n = 1; n < amplitudes.length; n++) {
            double expected = efficacy[n] / efficacy[0];
            assertEquals(expected, amplitudes[n] / amplitudes[0], 0.01 * expected, what + " spike " + (n + 1));
        }
    }

    @Test
    void allThreeSynapsesStartWithTheSameOneMillivoltPsp() {
        for (String t : TARGETS) {
            assertEquals(1.0, amplitudesMv(t)[0], 0.1, t);
        }
        for (String t : TARGETS) {
            assertEquals(0, run.count(t, 0, 1200), t + " stays below threshold");
        }
    }

    @Test
    void staticSynapseGivesEqualPsps() {
        double[] a = amplitudesMv("static");
        for (double x : a) {
            assertEquals(a[0], x, 0.005 * a[0]);
        }
    }

    @Test
    void depressingPspsFallAlongTheTrainAsTsodyksMarkramPredicts() {
        double[] a = amplitudesMv("depressing");
        Measures.report("short-term-plasticity", "depressing A8/A1", a[7] / a[0]);
        for (int n = 1; n < 8; n++) {
            assertTrue(a[n] < a[n - 1], "spike " + (n + 1) + " smaller than spike " + n);
        }
        assertTrue(a[7] < 0.15 * a[0], "eighth PSP " + a[7] / a[0] + " of the first");
        assertTrue(a[8] > 3 * a[7] && a[8] < a[0], "partial recovery after 500 ms");
        assertRatiosMatch(a, efficacies(rule("to_depressing")), "depressing");
    }

    @Test
    void facilitatingPspsRiseAlongTheTrainAsTsodyksMarkramPredicts() {
        double[] a = amplitudesMv("facilitating");
        Measures.report("short-term-plasticity", "facilitating A8/A1", a[7] / a[0]);
        for (int n = 1; n < 8; n++) {
            assertTrue(a[n] > a[n - 1], "spike " + (n + 1) + " larger than spike " + n);
        }
        assertTrue(a[7] > 2.5 * a[0], "eighth PSP " + a[7] / a[0] + " times the first");
        assertTrue(a[8] > a[0], "still facilitated after 500 ms");
        assertRatiosMatch(a, efficacies(rule("to_facilitating")), "facilitating");
    }
}
