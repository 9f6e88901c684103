package org.neuroloom.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuroloom.model.Network;
import org.neuroloom.model.Population;
import org.neuroloom.model.Project;
import org.neuroloom.model.Simulation;
import org.neuroloom.model.export.PyNnExporter;
import org.neuroloom.model.neuron.Lif;
import org.neuroloom.model.neuron.PoissonSource;
import org.neuroloom.model.neuron.RegularSource;

/**
 * An exported script, run by PyNN's Brian2 backend, reproduces what the project says: a LIF
 * neuron on a bias current fires at the analytic rate (so pA became nA and pF nF correctly),
 * a regular source emits exactly its spikes, and a Poisson rate schedule switches mid-run.
 * Runs only where python3-pynn and python3-brian are installed (CI).
 */
class PyNnScriptRunTest {

    @TempDir
    Path dir;

    @Test
    void brian2RunGivesAnalyticLifRateExactRegularTrainAndScheduledPoissonRate() throws Exception {
        PyNnProcess.assumeBrian2();
        Population lif = new Population("lif", null, 10, new Lif(250, 10, -70, -55, -70, 2, 500), null, null, null);
        Population regular = new Population("regular", null, 3, new RegularSource(50, 2, 10, 150), null, null, null);
        Population poisson = new Population("poisson", null, 200,
                new PoissonSource(20, List.of(new PoissonSource.RateChange(500, 40))), null, null, null);
        Project project = Project.empty("checks").withNetwork(new Network(List.of(lif, regular, poisson), List.of(), List.of()))
                .withSimulation(new Simulation(0.1, 1000, 5, null));
        Path script = dir.resolve("checks.py");
        Files.writeString(script, new PyNnExporter("brian2", 1000).export(project).text());
        Path rates = dir.resolve("rates.json");
        PyNnProcess.Result py = PyNnProcess.run(List.of(script.toString(), "--rates-out", rates.toString()), dir);
        assertEquals(0, py.exit(), py.output());
        JsonNode pops = new ObjectMapper().readTree(rates.toFile()).get("populations");

        // 500 pA through 40 MOhm is 20 mV against a 15 mV threshold: 1/(2 + 10 ln 4) ms
        double analyticHz = 1000 / (2 + 10 * Math.log(4));
        assertEquals(analyticHz, pops.get("lif").get("rateHz").asDouble(), 0.02 * analyticHz, "LIF on a bias current");
        // first spike at 12 ms, then every 20 ms before 150 ms: 12, 32, ..., 132
        assertEquals(3 * 7, pops.get("regular").get("spikes").asInt(), "regular source spikes");
        // 20 Hz for 0.5 s then 40 Hz for 0.5 s: 30 Hz; 6000 expected spikes, sd 77
        assertEquals(30, pops.get("poisson").get("rateHz").asDouble(), 1.5, "scheduled Poisson rate");
    }
}
