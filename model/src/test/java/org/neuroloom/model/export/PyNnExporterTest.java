package org.neuroloom.model.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.neuroloom.model.Population;
import org.neuroloom.model.Project;
import org.neuroloom.model.Projection;
import org.neuroloom.model.connect.Connector;
import org.neuroloom.model.neuron.AdEx;
import org.neuroloom.model.neuron.Lif;
import org.neuroloom.model.neuron.PoissonSource;
import org.neuroloom.model.plasticity.Plasticity;
import org.neuroloom.model.synapse.Receptor;
import org.neuroloom.model.synapse.SynapseModel;

class PyNnExporterTest {

    @Test
    void cubaBecomesIfCurrExpWithUnitsDividedByAThousand() {
        ExportResult r = new PyNnExporter("nest", 0).export(ExportFixtures.smallCuba());
        assertTrue(r.text().contains("sim.Population(320, sim.IF_curr_exp(cm=0.2, tau_m=20.0, v_rest=-49.0, v_thresh=-50.0,"
                + " v_reset=-60.0, tau_refrac=5.0, i_offset=0.0, tau_syn_E=5.0, tau_syn_I=10.0), label=\"Excitatory\")"), r.text());
        assertTrue(r.text().contains("synapse_type=sim.StaticSynapse(weight=0.0162, delay=1.0)"));
        assertTrue(r.text().contains("synapse_type=sim.StaticSynapse(weight=-0.09, delay=1.0)"));
        assertTrue(r.text().contains("sim.FixedProbabilityConnector(p_connect=0.2, allow_self_connections=False, rng=rng)"));
        assertTrue(r.text().contains("initialize(v=sim.RandomDistribution(\"uniform\", low=-60.0, high=-50.0, rng=rng))"));
        assertTrue(r.text().contains("default=\"nest\""));
        assertTrue(r.text().contains("default=200.0"), "the project's duration is the script's default");
        assertEquals(List.of(), r.limitations());
    }

    @Test
    void adexParametersAreExactDecimalsInPynnUnits() {
        Project p = ExportFixtures.project(
                List.of(ExportFixtures.pop("src", 5, PoissonSource.defaults()), ExportFixtures.pop("adex", 3, AdEx.defaults())),
                List.of(ExportFixtures.proj("in", "src", "adex", new Connector.AllToAll(false), Receptor.EXCITATORY,
                        new SynapseModel.ExpConductance(5, 0), 6)));
        String s = new PyNnExporter().export(p).text();
        assertTrue(s.contains("sim.EIF_cond_exp_isfa_ista(cm=0.281, tau_m=9.366666666666667, v_rest=-70.6, v_thresh=-50.4,"
                + " delta_T=2.0, v_spike=0.0, v_reset=-70.6, tau_refrac=0.0, a=4.0, b=0.0805, tau_w=144.0, i_offset=0.0,"
                + " tau_syn_E=5.0, tau_syn_I=5.0, e_rev_E=0.0, e_rev_I=-80.0)"), s);
        assertTrue(s.contains("weight=0.006,"), "6 nS is 0.006 uS");
    }

    @Test
    void deltaInputOntoCurrentCellIsConvertedToEqualCharge() {
        Lif lif = Lif.defaults();
        Project p = ExportFixtures.project(
                List.of(ExportFixtures.pop("src", 5, PoissonSource.defaults()), ExportFixtures.pop("lif", 3, lif)),
                List.of(ExportFixtures.proj("a", "src", "lif", new Connector.AllToAll(false), Receptor.EXCITATORY,
                                new SynapseModel.ExpCurrent(5), 10),
                        ExportFixtures.proj("b", "src", "lif", new Connector.AllToAll(false), Receptor.EXCITATORY,
                                new SynapseModel.ExpCurrent(5), 20),
                        ExportFixtures.proj("c", "src", "lif", new Connector.AllToAll(false), Receptor.EXCITATORY,
                                new SynapseModel.Delta(), 1)));
        ExportResult r = new PyNnExporter().export(p);
        assertTrue(r.text().contains("sim.IF_curr_exp("), "the majority shape wins");
        // 1 mV on 250 pF is 250 fC; an exponential current with tau 5 ms carries it at a 50 pA peak.
        assertTrue(r.text().contains("StaticSynapse(weight=0.05, delay=1.0)"), r.text());
        assertEquals(1, r.limitations().size());
        assertTrue(r.limitations().get(0).startsWith("projection 'c': delta"), r.limitations().get(0));
    }

    @Test
    void additiveStdpStepsBecomeFractionsOfTheMaximumWeight() {
        Project p = ExportFixtures.project(
                List.of(ExportFixtures.pop("src", 5, PoissonSource.defaults()), ExportFixtures.pop("lif", 3, Lif.defaults())),
                List.of(ExportFixtures.proj("s", "src", "lif", new Connector.AllToAll(false), Receptor.EXCITATORY,
                        new SynapseModel.ExpConductance(5, 0), 1).withPlasticity(
                        new Plasticity.PairStdp(Plasticity.StdpRule.ADDITIVE, 20, 25, 0.1, 0.12, 0, 4))));
        String s = new PyNnExporter().export(p).text();
        assertTrue(s.contains("sim.SpikePairRule(tau_plus=20.0, tau_minus=25.0, A_plus=0.025, A_minus=0.03)"), s);
        assertTrue(s.contains("sim.AdditiveWeightDependence(w_min=0.0, w_max=0.004)"), s);
        assertTrue(s.contains("dendritic_delay_fraction=DENDRITIC_DELAY_FRACTION"));
    }

    @Test
    void multiplicativeStdpKeepsItsAmplitudes() {
        Population src = ExportFixtures.pop("src", 5, PoissonSource.defaults());
        Projection pr = ExportFixtures.proj("s", "src", "lif", new Connector.AllToAll(false), Receptor.EXCITATORY,
                new SynapseModel.ExpCurrent(5), 100).withPlasticity(
                new Plasticity.PairStdp(Plasticity.StdpRule.MULTIPLICATIVE, 20, 20, 0.01, 0.0105, 0, 500));
        String s = new PyNnExporter().export(ExportFixtures.project(List.of(src, ExportFixtures.pop("lif", 3, Lif.defaults())),
                List.of(pr))).text();
        assertTrue(s.contains("A_plus=0.01, A_minus=0.0105"), s);
        assertTrue(s.contains("sim.MultiplicativeWeightDependence(w_min=0.0, w_max=0.5)"), s);
    }

    @Test
    void whatPynnCannotExpressIsListedInTheHeaderAndTheResult() {
        ExportResult r = new PyNnExporter().export(ExportFixtures.kitchenSink());
        String all = String.join("\n", r.limitations());
        assertTrue(all.contains("projection 'adex_hh': triplet STDP has no PyNN standard synapse type"), all);
        assertTrue(all.contains("modulator 'da'"), all);
        assertTrue(all.contains("population 'hh': PyNN's HH_cond_exp has Traub-Miles kinetics only"), all);
        assertFalse(all.contains("noise_izh"), "a noise current with a constant weight is exported exactly: " + all);
        for (String l : r.limitations()) {
            assertTrue(r.text().contains("#   - " + l), "header lists: " + l);
        }
        assertTrue(r.text().contains("LIMITATIONS = [\n    \"" + r.limitations().get(0).substring(0, 20)), "the script prints them at run time");
    }

    @Test
    void currentSourcesAreInjectedScaledByConnectionCountAndWeight() {
        String s = new PyNnExporter().export(ExportFixtures.kitchenSink()).text();
        assertTrue(s.contains("pops[\"lif\"].inject(sim.DCSource(amplitude=0.3, start=20.0, stop=180.0))"), s);
        // four generators of 20 ± 40 pA at weight 0.5: mean 40 pA, sd 40 pA
        assertTrue(s.contains("pops[\"izh\"].inject(sim.NoisyCurrentSource(mean=0.04, stdev=0.04, dt=0.5, start=0.0,"
                + " stop=args.duration_ms))"), s);
        assertTrue(s.contains("pops[\"adex\"].inject(sim.StepCurrentSource(times=[50.0, 120.0], amplitudes=[0.2, 0.0]))"), s);
        assertTrue(s.contains("pops[\"hh\"].inject(sim.ACSource(amplitude=0.05, offset=0.01, frequency=8.0, phase=90.0,"
                + " start=0.0, stop=args.duration_ms))"), s);
    }

    @Test
    void whatBrian2WouldDivideByZeroIsNudgedOnBrian2Only() {
        Population src = ExportFixtures.pop("src", 5, PoissonSource.defaults());
        Projection pr = ExportFixtures.proj("s", "src", "lif", new Connector.AllToAll(false), Receptor.EXCITATORY,
                new SynapseModel.ExpCurrent(10), 100).withPlasticity(new Plasticity.TsodyksMarkram(0.5, 800, 0));
        String s = new PyNnExporter().export(ExportFixtures.project(List.of(src, ExportFixtures.pop("lif", 3, Lif.defaults())),
                List.of(pr))).text();
        assertTrue(s.contains("tau_m=10.0,"), s);
        assertTrue(s.contains("tau_syn_E=10.0 * BRIAN2_TAU_SYN_NUDGE, tau_syn_I=10.0 * BRIAN2_TAU_SYN_NUDGE)"), s);
        assertTrue(s.contains("tau_facil=NO_FACILITATION_MS)"), s);
        assertTrue(s.contains("NO_FACILITATION_MS = 1e-9 if args.backend == \"brian2\" else 0.0\n"), s);
        assertTrue(s.contains("BRIAN2_TAU_SYN_NUDGE = 1.000001 if args.backend == \"brian2\" else 1.0\n"), s);
    }

    @Test
    void poissonScheduleBecomesRateChangesBetweenRuns() {
        String s = new PyNnExporter().export(ExportFixtures.kitchenSink()).text();
        assertTrue(s.contains("RATE_CHANGES = [\n    (100.0, \"poisson\", 40.0),\n]"), s);
        assertTrue(s.contains("sim.SpikeSourcePoisson(rate=20.0)"));
        assertTrue(s.contains("sim.SpikeSourceArray(spike_times=sim.Sequence(regular_times(12.0, 150.0, 20.0)))"));
        assertTrue(s.contains("sim.SpikeSourceArray(spike_times=[sim.Sequence([5.0, 15.0]),\n        sim.Sequence([7.5])])"));
    }

    @Test
    void distanceDependentProjectionsGetPositionsAndAGaussianExpression() {
        String s = new PyNnExporter().export(ExportFixtures.kitchenSink()).text();
        assertTrue(s.contains("pops[\"sheet\"].positions = grid_positions(16, 400.0, 400.0)"), s);
        assertTrue(s.contains("sim.DistanceDependentProbabilityConnector(\"0.8 * exp(-d * d / 45000.0)\""), s);
    }

    @Test
    void unknownBackendIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new PyNnExporter("neuron", 0));
        assertTrue(e.getMessage().contains("'neuron'"));
    }

    @Test
    void exportedScriptIsValidPython() throws Exception {
        Path python = Path.of("/usr/bin/python3");
        Assumptions.assumeTrue(Files.isExecutable(python), "no /usr/bin/python3: syntax check skipped");
        String s = new PyNnExporter("brian2", 100).export(ExportFixtures.kitchenSink()).text();
        Process proc = new ProcessBuilder(python.toString(), "-c", "import ast, sys; ast.parse(sys.stdin.read())")
                .redirectErrorStream(true).start();
        try (var in = proc.getOutputStream()) {
            in.write(s.getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(proc.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, proc.exitValue(), out);
    }
}
