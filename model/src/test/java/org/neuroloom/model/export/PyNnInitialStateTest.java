package org.neuroloom.model.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neuroloom.model.Population;
import org.neuroloom.model.Project;
import org.neuroloom.model.dist.Distribution;
import org.neuroloom.model.io.ProjectFiles;
import org.neuroloom.model.testing.Fixtures;

/** Initial synaptic state reaches PyNN under its standard-cell names and units. */
class PyNnInitialStateTest {

    @Test
    void initialConductancesBecomeGsynInMicrosiemens() throws Exception {
        Project coba = ProjectFiles.load(Path.of("..", "sample-projects", "vogels-abbott-coba.neuroloom.json"));
        Project p = Fixtures.withPopulation(coba, coba.network().populations().indexOf(coba.network().population("E").orElseThrow()),
                e -> new Population(e.id(), e.label(), e.size(), e.model(),
                        Map.of("g_ex", Distribution.constant(40), "g_in", new Distribution.Normal(200, 120, 0.0, null)),
                        e.geometry(), e.position()));
        ExportResult r = new PyNnExporter().export(p);
        assertTrue(r.text().contains("pops[\"E\"].initialize(v=-60.0, gsyn_exc=0.04, gsyn_inh=sim.RandomDistribution("
                + "\"normal_clipped\", mu=0.2, sigma=0.12, low=0.0, high=float(\"inf\"), rng=rng))"), r.text());
        assertFalse(r.limitations().stream().anyMatch(l -> l.contains("initial value")), r.limitations().toString());
    }

    @Test
    void conductancesClippedAtZeroBecomeNormalClippedToBoundary() throws Exception {
        Project coba = ProjectFiles.load(Path.of("..", "sample-projects", "vogels-abbott-coba.neuroloom.json"));
        ExportResult r = new PyNnExporter().export(coba);
        assertTrue(r.text().contains("gsyn_inh=sim.RandomDistribution(\"normal_clipped_to_boundary\", mu=0.2, sigma=0.12,"
                + " low=0.0, high=float(\"inf\"), rng=rng)"), r.text());
    }
}
