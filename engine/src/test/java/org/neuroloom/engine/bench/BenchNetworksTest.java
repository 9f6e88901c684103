package org.neuroloom.engine.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.neuroloom.model.Project;
import org.neuroloom.model.validate.Validator;

class BenchNetworksTest {

    @Test
    void everyBenchmarkNetworkIsAValidProject() {
        for (String name : BenchNetworks.NAMES) {
            Project p = BenchNetworks.build(name, 1000, 100);
            assertEquals(java.util.List.of(), Validator.validate(p), name);
        }
    }

    @Test
    void brunelExternalDriveIsTwiceTheThresholdRate() {
        // nu_thr = theta / (J C_E tau) = 20 / (0.1 * 1000 * 20 ms) = 10 Hz; eta = 2; C_E = 1000 inputs
        Project p = BenchNetworks.build("brunel", 0, 0);
        var ext = (org.neuroloom.model.neuron.PoissonSource) p.network().population("ext_E").orElseThrow().model();
        assertEquals(20_000.0, ext.rateHz(), 1e-9);
    }

    @Test
    void scaleNetworkHasRequestedSizeAndInDegree() throws Exception {
        BenchRun run = BenchRun.measure("scale", BenchNetworks.build("scale", 2000, 100), 1, 20, 0, 0);
        // 1600 E + 400 I neurons and the same number of external Poisson elements
        assertEquals(4000, run.neurons());
        // in-degree 80 from E + 20 from I per neuron, plus one external synapse each
        assertEquals(2000L * 100 + 2000, run.synapses());
        JsonNode json = new ObjectMapper().readTree(run.toJson());
        assertEquals("scale", json.get("bench").asText());
        assertEquals(0.02, json.get("bioSeconds").asDouble(), 1e-9);
        assertTrue(json.get("wallSeconds").asDouble() > 0);
        assertEquals(run.wallSeconds() / 0.02, json.get("secondsPerBioSecond").asDouble(), 1e-3 * run.wallSeconds() / 0.02 + 1e-5);
    }
}
