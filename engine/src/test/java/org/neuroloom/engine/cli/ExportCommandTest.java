package org.neuroloom.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class ExportCommandTest {

    private static final Path SAMPLES = Path.of("..", "sample-projects");
    private static final String CUBA = SAMPLES.resolve("vogels-abbott-cuba.neuroloom.json").toString();
    private static final String STDP = SAMPLES.resolve("stdp-song-abbott.neuroloom.json").toString();
    private static final String BRUNEL = SAMPLES.resolve("brunel-2000.neuroloom.json").toString();

    @TempDir
    Path dir;

    @Test
    void cubaSampleBecomesAPynnScriptWithNothingLeftOut() throws IOException {
        Path script = dir.resolve("cuba.py");
        ValidateCommandTest.Result r = ValidateCommandTest.run("export", CUBA, "--to", "pynn", "--out", script.toString(),
                "--backend", "brian2", "--duration-ms", "500");
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().contains("wrote " + script + " (PyNN 0.10 script, backend brian2, everything expressed)"), r.out());
        String s = Files.readString(script);
        assertTrue(s.contains("pops[\"E\"] = sim.Population(3200, sim.IF_curr_exp(cm=0.2, tau_m=20.0"), s);
        assertTrue(s.contains("default=\"brian2\""));
        assertTrue(s.contains("parser.add_argument(\"--duration-ms\", type=float, default=500.0)"));
    }

    @Test
    void stdpSampleBecomesNeuroMlAndReportsStdpAsNotExported() throws Exception {
        Path nml = dir.resolve("stdp.nml");
        ValidateCommandTest.Result r = ValidateCommandTest.run("export", STDP, "--to", "neuroml", "--out", nml.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("neuroloom export: not exported: projection 'input_to_post': pair STDP has no NeuroML2 core"
                + " type; exported as static synapses"), r.err());
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(nml)));
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(nml.toFile());
        assertEquals("neuroml", doc.getDocumentElement().getTagName());
        assertEquals(1000, doc.getElementsByTagName("connectionWD").getLength(), "all to all, 1000 inputs onto 1 neuron");
    }

    @Test
    void networkTooLargeForNeuroMlIsRefusedAndLeavesNoFile() throws IOException {
        Path nml = dir.resolve("brunel.nml");
        ValidateCommandTest.Result r = ValidateCommandTest.run("export", BRUNEL, "--to", "neuroml", "--out", nml.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("1.56e+07 synapses"), r.err());
        r.assertNoStackTrace();
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count(), "no output and no temporary file");
        }
    }

    @Test
    void unknownFormatExitsTwo() {
        ValidateCommandTest.Result r = ValidateCommandTest.run("export", CUBA, "--to", "sbml", "--out",
                dir.resolve("x").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--to must be pynn or neuroml, not 'sbml'"), r.err());
    }

    @Test
    void unknownBackendExitsTwo() {
        ValidateCommandTest.Result r = ValidateCommandTest.run("export", CUBA, "--to", "pynn", "--backend", "neuron",
                "--out", dir.resolve("x.py").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--backend must be one of nest, brian2, spinnaker, not 'neuron'"), r.err());
    }

    @Test
    void missingOutputDirectoryExitsTwo() {
        ValidateCommandTest.Result r = ValidateCommandTest.run("export", CUBA, "--to", "pynn", "--out",
                dir.resolve("no/such/dir/x.py").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("does not exist"), r.err());
    }

    @Test
    void brokenProjectExitsTwoNamingTheField() throws IOException {
        Path broken = dir.resolve("broken.neuroloom.json");
        Files.writeString(broken, Files.readString(Path.of(CUBA)).replaceFirst("\"tauMs\": 20", "\"tauMs\": \"slow\""));
        ValidateCommandTest.Result r = ValidateCommandTest.run("export", broken.toString(), "--to", "pynn", "--out",
                dir.resolve("x.py").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("network.populations[0].model.tauMs"), r.err());
        r.assertNoStackTrace();
        assertFalse(Files.exists(dir.resolve("x.py")));
    }

    @Test
    void anOutputThatIsADirectoryExitsTwoSayingSo() throws IOException {
        Path asDir = Files.createDirectory(dir.resolve("cuba.py"));
        ValidateCommandTest.Result r = ValidateCommandTest.run("export", CUBA, "--to", "pynn", "--out", asDir.toString());
        assertEquals(2, r.exit(), r.err());
        assertEquals("neuroloom export: cannot write " + asDir + ": it is a directory", r.err().strip());
    }
}
