package org.neuroloom.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuroloom.engine.Engine;
import org.neuroloom.engine.run.Simulation;
import org.neuroloom.model.Project;
import org.neuroloom.model.io.ProjectFiles;

/**
 * The exported Vogels-Abbott CUBA sample, run by PyNN's Brian2 backend, fires at NeuroLoom's
 * rate: different draws of the same random connectivity, so the mean rates agree within 15 %,
 * not spike by spike. Runs only where python3-pynn and python3-brian are installed (CI).
 */
class PyNnCubaRateTest {

    private static final Path CUBA = Path.of("..", "sample-projects", "vogels-abbott-cuba.neuroloom.json");
    private static final double DURATION_MS = 1000;

    @TempDir
    Path dir;

    @Test
    void brian2RunOfTheExportedCubaMatchesNeuroLoomsMeanRateWithin15Percent() throws Exception {
        PyNnProcess.assumeBrian2();
        Project project = ProjectFiles.load(CUBA);

        double neuroLoomHz;
        try (Simulation sim = Engine.compile(project)) {
            sim.run(Math.round(DURATION_MS / sim.dtMs()));
            neuroLoomHz = sim.spikeCount() / (double) sim.neuronCount() / (DURATION_MS / 1000);
        }

        Path script = dir.resolve("cuba.py");
        Path rates = dir.resolve("rates.json");
        ValidateCommandTest.Result export = ValidateCommandTest.run("export", CUBA.toString(), "--to", "pynn", "--backend",
                "brian2", "--out", script.toString());
        assertEquals(0, export.exit(), export.err());
        PyNnProcess.Result py = PyNnProcess.run(List.of(script.toString(), "--duration-ms", Double.toString(DURATION_MS),
                "--rates-out", rates.toString()), dir);
        assertEquals(0, py.exit(), py.output());
        double pynnHz = PyNnProcess.meanRateHz(rates, List.of("E", "I"));

        System.out.printf(Locale.ROOT, "CUBA %.0f ms: NeuroLoom %.3f Hz, PyNN/Brian2 %.3f Hz (%.1f %%)%n", DURATION_MS,
                neuroLoomHz, pynnHz, 100 * (pynnHz - neuroLoomHz) / neuroLoomHz);
        assertTrue(neuroLoomHz > 1, "the network is active: " + neuroLoomHz + " Hz");
        assertEquals(neuroLoomHz, pynnHz, 0.15 * neuroLoomHz, "PyNN/Brian2 mean rate vs NeuroLoom's");
    }
}
