package org.neuroloom.engine.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neuroloom.engine.run.Simulation;
import org.neuroloom.model.Network;
import org.neuroloom.model.Population;
import org.neuroloom.model.Project;
import org.neuroloom.model.Projection;
import org.neuroloom.model.dist.Distribution;
import org.neuroloom.model.neuron.PoissonSource;
import org.neuroloom.model.synapse.Receptor;

/**
 * The four Brunel (2000) samples are one network with different g and eta, and they land in the
 * four states of the paper's Fig. 8, told apart by rate, ISI CV and synchrony (CV of the
 * population spike count in 1 ms bins, as in docs/reference/brian2-figures.md).
 * <p>Building 15.6 million synapses four times would dominate the test suite, so the test builds
 * the network once and moves it from state to state with the engine's live controls (inhibitory
 * weight scale for g, external source rate for eta), after checking that the four files differ
 * only in those two numbers. Each state is measured after 100 ms of settling.
 */
class BrunelStatesSampleTest {
    private static final String[] VARIANTS = {"brunel-2000", "brunel-2000-sr", "brunel-2000-si-fast", "brunel-2000-si-slow"};

    private record State(String sample, double g, double eta, double rateHz, double cvIsi, double synchrony) {
    }

    private static final List<Project> projects = new ArrayList<>();
    private static final List<State> states = new ArrayList<>();

    @BeforeAll
    static void runAllFourStates() throws Exception {
        for (String name : VARIANTS) {
            projects.add(SampleRun.load(name));
        }
        Project base = projects.get(0);
        double baseInhibitoryMv = inhibitoryWeightMv(base);
        SampleRun run = SampleRun.of(base);
        Simulation sim = run.simulation();
        // settle, then measure; SR is measured briefly because it costs 8 times more per ms than AI
        double[][] plan = {{100, 300}, {100, 80}, {100, 300}, {100, 600}};
        double t = 0;
        try (sim) {
            for (int k = 0; k < VARIANTS.length; k++) {
                Project p = projects.get(k);
                double scale = inhibitoryWeightMv(p) / baseInhibitoryMv;
                sim.setWeightScale("I_to_E", scale);
                sim.setWeightScale("I_to_I", scale);
                sim.setSourceRate("ext_e", externalRateHz(p));
                sim.setSourceRate("ext_i", externalRateHz(p));
                run.runPart(plan[k][0] + plan[k][1]);
                double t0 = t + plan[k][0];
                t += plan[k][0] + plan[k][1];
                states.add(new State(VARIANTS[k], -inhibitoryWeightMv(p) / 0.1, externalRateHz(p) / 10_000,
                        run.rateHz("E", t0, t), Measures.meanCvIsi(run.spikeTimes("E"), t0, t),
                        synchrony(run, t0, t)));
                State s = states.get(states.size() - 1);
                Measures.report(s.sample(), "rate", s.rateHz());
                Measures.report(s.sample(), "CV ISI", s.cvIsi());
                Measures.report(s.sample(), "synchrony", s.synchrony());
            }
        }
    }

    private static double synchrony(SampleRun run, double t0, double t1) {
        double[] e = run.binned("E", t0, t1, 1);
        double[] i = run.binned("I", t0, t1, 1);
        for (int k = 0; k < e.length; k++) {
            e[k] += i[k];
        }
        return Measures.cv(e);
    }

    private static double inhibitoryWeightMv(Project p) {
        return p.network().projection("I_to_E").orElseThrow().weight().mean();
    }

    private static double externalRateHz(Project p) {
        return ((PoissonSource) p.network().population("ext_e").orElseThrow().model()).rateHz();
    }

    /** The state of Fig. 8 that the measures point to. */
    private static String classify(State s) {
        if (s.rateHz > 150 && s.cvIsi < 0.2) {
            return "SR";
        }
        if (s.rateHz < 15 && s.synchrony > 1.2) {
            return "SI slow";
        }
        if (s.cvIsi > 0.5 && s.synchrony > 0.7) {
            return "SI fast";
        }
        if (s.cvIsi < 0.5 && s.synchrony < 0.7 && s.rateHz > 20) {
            return "AI";
        }
        return "none";
    }

    private static State state(String sample) {
        return states.stream().filter(s -> s.sample.equals(sample)).findFirst().orElseThrow();
    }

    @Test
    void theFourSamplesAreOneNetworkWithDifferentGAndEta() {
        Network base = projects.get(0).network();
        double[][] gEta = {{5, 2}, {3, 2}, {6, 4}, {4.5, 0.9}};
        for (int k = 0; k < VARIANTS.length; k++) {
            Project p = projects.get(k);
            assertEquals(gEta[k][0], -inhibitoryWeightMv(p) / 0.1, 1e-9, VARIANTS[k] + " g");
            assertEquals(gEta[k][1], externalRateHz(p) / 10_000, 1e-9, VARIANTS[k] + " eta");
            assertEquals(withGEta(base, inhibitoryWeightMv(p), externalRateHz(p)), p.network(), VARIANTS[k] + " network");
        }
    }

    /** {@code n} with every inhibitory weight and every external rate replaced. */
    private static Network withGEta(Network n, double inhibitoryMv, double externalHz) {
        List<Population> pops = new ArrayList<>();
        for (Population p : n.populations()) {
            pops.add(p.model() instanceof PoissonSource ps ? p.withModel(new PoissonSource(externalHz, ps.schedule())) : p);
        }
        List<Projection> projs = new ArrayList<>();
        for (Projection p : n.projections()) {
            projs.add(p.receptor() == Receptor.INHIBITORY ? p.withWeight(Distribution.constant(inhibitoryMv)) : p);
        }
        return new Network(pops, projs, n.modulators());
    }

    @Test
    void eachSampleLandsInItsOwnStateOfFigure8() {
        assertEquals("AI", classify(state("brunel-2000")), state("brunel-2000").toString());
        assertEquals("SR", classify(state("brunel-2000-sr")), state("brunel-2000-sr").toString());
        assertEquals("SI fast", classify(state("brunel-2000-si-fast")), state("brunel-2000-si-fast").toString());
        assertEquals("SI slow", classify(state("brunel-2000-si-slow")), state("brunel-2000-si-slow").toString());
    }

    @Test
    void asynchronousIrregularRateMatchesBrian2() {
        // docs/reference/brian2-figures.md: 37.95 +- 2.24 Hz (5 seeds)
        double rate = state("brunel-2000").rateHz;
        assertTrue(Math.abs(rate - 37.95) < 3 * 2.24, "AI rate " + rate + " Hz");
    }

    @Test
    void ratesOrderAsInThePaper() {
        double sr = state("brunel-2000-sr").rateHz;
        double fast = state("brunel-2000-si-fast").rateHz;
        double ai = state("brunel-2000").rateHz;
        double slow = state("brunel-2000-si-slow").rateHz;
        assertTrue(sr > 4 * fast && fast > ai && ai > 4 * slow, "SR " + sr + " > SI fast " + fast + " > AI " + ai
                + " > SI slow " + slow);
    }
}
