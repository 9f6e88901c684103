package org.neuroloom.model.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.neuroloom.model.Project;
import org.neuroloom.model.connect.Connector;
import org.neuroloom.model.neuron.HodgkinHuxley;
import org.neuroloom.model.neuron.Lif;
import org.neuroloom.model.neuron.PoissonSource;
import org.neuroloom.model.synapse.Receptor;
import org.neuroloom.model.synapse.SynapseModel;

class NeuroMlExporterTest {

    private static final String SCHEMA = "shared/reference/neuroml2/NeuroML_v2.3.1.xsd";

    /** The schema beside the checkout (../shared), found by walking up from the working directory. */
    static Path schema() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(SCHEMA);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        Assumptions.abort("NeuroML schema not found: no " + SCHEMA + " in any parent of " + Path.of("").toAbsolutePath()
                + " (CI keeps it in ../shared beside the checkout); schema validation skipped");
        return null;
    }

    static void validate(String xml) throws Exception {
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Validator v = f.newSchema(schema().toFile()).newValidator();
        v.validate(new StreamSource(new StringReader(xml)));
    }

    @Test
    void everyModelSourceAndRuleValidatesAgainstTheNeuroMlSchema() throws Exception {
        validate(new NeuroMlExporter().export(ExportFixtures.kitchenSink()).text());
    }

    @Test
    void cubaValidatesAndListsTheExpectedNumberOfConnections() throws Exception {
        String xml = new NeuroMlExporter().export(ExportFixtures.smallCuba()).text();
        validate(xml);
        long n = count(xml, "<connectionWD ");
        // four Bernoulli(0.2) projections without autapses: 0.2 (320·319 + 320·80 + 80·320 + 80·79) pairs
        double expected = 0.2 * (320 * 319 + 2 * 320 * 80 + 80 * 79);
        double sd = Math.sqrt(expected * 0.8);
        assertTrue(Math.abs(n - expected) < 5 * sd, n + " connections, expected " + expected);
        assertTrue(xml.contains("weight=\"0.0162\" delay=\"1.0ms\""), "16.2 pA on a 1 nA-based expCurrSynapse");
        assertEquals(xml, new NeuroMlExporter().export(ExportFixtures.smallCuba()).text(), "same seed, same file");
    }

    @Test
    void lifBecomesIafRefCellWithExactParameters() {
        String xml = new NeuroMlExporter().export(ExportFixtures.smallCuba()).text();
        assertTrue(xml.contains("<iafRefCell id=\"exc_cell\" leakReversal=\"-49.0mV\" thresh=\"-50.0mV\" reset=\"-60.0mV\""
                + " C=\"200.0pF\" leakConductance=\"10.0nS\" refract=\"5.0ms\"/>"), xml.substring(0, 2000));
        assertTrue(xml.contains("<expCurrSynapse id=\"inh_exc_syn\" tau_syn=\"10.0\"/>"));
    }

    @Test
    void hodgkinHuxleyDensitiesAreConductancesOverTheMembraneArea() {
        Project p = ExportFixtures.project(List.of(ExportFixtures.pop("hh", 2, HodgkinHuxley.defaults())), List.of());
        String xml = new NeuroMlExporter().export(p).text();
        // 100 pF at 1 µF/cm² is 10^-4 cm²: 12000 nS is 120 mS/cm², the classic squid densities.
        assertTrue(xml.contains("condDensity=\"120.0mS_per_cm2\" erev=\"50.0mV\" ion=\"na\""), xml);
        assertTrue(xml.contains("condDensity=\"36.0mS_per_cm2\" erev=\"-77.0mV\" ion=\"k\""));
        assertTrue(xml.contains("condDensity=\"0.3mS_per_cm2\" erev=\"-54.402mV\" ion=\"non_specific\""));
        assertTrue(xml.contains("<forwardRate type=\"HHExpLinearRate\" rate=\"0.1per_ms\" midpoint=\"-55.0mV\" scale=\"10.0mV\"/>"));
        assertTrue(xml.contains("type=\"networkWithTemperature\""));
    }

    @Test
    void izhikevich2007FormWithShiftedRecoveryEqualsThe2003Model() {
        double vr = NeuroMlCells.IZH_VR_MV;
        double vt = NeuroMlCells.IZH_VT_MV;
        double a = 0.02;
        double b = 0.2;
        for (double v = -90; v <= 30; v += 7.5) {
            for (double u = -20; u <= 10; u += 5) {
                double dv2003 = 0.04 * v * v + 5 * v + 140 - u;
                double du2003 = a * (b * v - u);
                double uShifted = u - b * vr;
                double bias = -b * vr;
                double dv2007 = 0.04 * (v - vr) * (v - vt) - uShifted + bias;
                double du2007 = a * (b * (v - vr) - uShifted);
                assertEquals(dv2003, dv2007, 1e-9, "dv/dt at v=" + v + ", u=" + u);
                assertEquals(du2003, du2007, 1e-12, "du/dt at v=" + v + ", u=" + u);
            }
        }
    }

    @Test
    void plasticityNeuroMlCannotExpressIsReportedInTheFile() {
        ExportResult r = new NeuroMlExporter().export(ExportFixtures.kitchenSink());
        String all = String.join("\n", r.limitations());
        assertTrue(all.contains("projection 'r_adex': pair STDP has no NeuroML2 core type; exported as static synapses"), all);
        assertTrue(all.contains("projection 'adex_hh': triplet STDP"), all);
        assertTrue(all.contains("modulator 'da'"), all);
        assertTrue(all.contains("population 'noise': NeuroML2 core has no noise current"), all);
        assertTrue(r.text().contains("<!-- kitchen sink: exported by NeuroLoom"), "an XML comment at the top");
        assertTrue(r.text().contains("- projection 'r_adex': pair STDP"));
    }

    @Test
    void depressingSynapsesBecomeTsodyksMarkramMechanisms() {
        Project p = ExportFixtures.project(
                List.of(ExportFixtures.pop("src", 3, PoissonSource.defaults()), ExportFixtures.pop("lif", 2, Lif.defaults())),
                List.of(ExportFixtures.proj("stp", "src", "lif", new Connector.AllToAll(false), Receptor.EXCITATORY,
                        new SynapseModel.ExpConductance(3, 0), 2).withPlasticity(
                        new org.neuroloom.model.plasticity.Plasticity.TsodyksMarkram(0.5, 800, 0))));
        String xml = new NeuroMlExporter().export(p).text();
        assertTrue(xml.contains("<plasticityMechanism type=\"tsodyksMarkramDepMechanism\" initReleaseProb=\"0.5\""
                + " tauRec=\"800.0ms\"/>"), xml);
        assertEquals(6, count(xml, "<connectionWD "), "all to all, 3 x 2");
    }

    @Test
    void currentSourcesBecomeWeightedInputLists() {
        String xml = new NeuroMlExporter().export(ExportFixtures.kitchenSink()).text();
        assertTrue(xml.contains("<pulseGenerator id=\"dc_gen\" delay=\"20.0ms\" duration=\"160.0ms\" amplitude=\"300.0pA\"/>"), xml);
        assertTrue(xml.contains("<inputList id=\"dc_lif_in\" population=\"lif\" component=\"dc_gen\">"));
        assertEquals(20, count(xml, "target=\"../lif["), "one input per LIF cell");
    }

    @Test
    void networksTooLargeToListAreRefusedWithTheEstimate() {
        Project p = ExportFixtures.project(
                List.of(ExportFixtures.pop("a", 100_000, Lif.defaults())),
                List.of(ExportFixtures.proj("aa", "a", "a", new Connector.FixedProbability(0.1, false), Receptor.EXCITATORY,
                        new SynapseModel.ExpCurrent(5), 1)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new NeuroMlExporter().export(p));
        assertTrue(e.getMessage().contains("1.00e+09 synapses"), e.getMessage());
    }

    private static long count(String s, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(s);
        long n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
