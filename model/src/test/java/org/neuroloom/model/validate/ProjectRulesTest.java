package org.neuroloom.model.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.neuroloom.model.testing.Fixtures.assertProblems;
import static org.neuroloom.model.testing.Fixtures.base;
import static org.neuroloom.model.testing.Fixtures.projection;
import static org.neuroloom.model.testing.Fixtures.withPopulation;
import static org.neuroloom.model.testing.Fixtures.withProjection;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neuroloom.model.CanvasPosition;
import org.neuroloom.model.Note;
import org.neuroloom.model.Population;
import org.neuroloom.model.Project;
import org.neuroloom.model.Recording;
import org.neuroloom.model.Simulation;
import org.neuroloom.model.Views;
import org.neuroloom.model.connect.Connector;
import org.neuroloom.model.synapse.Receptor;
import org.neuroloom.model.synapse.SynapseModel;

class ProjectRulesTest {

    private static Project recording(Recording r) {
        return base().withRecording(r);
    }

    @Test
    void onlyTheCurrentSchemaVersionIsSupported() {
        Project p = base();
        Project v2 = new Project(2, p.name(), p.description(), p.simulation(), p.network(), p.recording(), p.lesson(),
                p.notes(), p.views());
        assertProblems(v2, "$.schemaVersion: 2 is not supported (this NeuroLoom reads schemaVersion 1)");
    }

    @Test
    void threadsMustBeAutoOrAPositiveWholeNumber() {
        assertProblems(base().withSimulation(new Simulation(0.1, 1000, 1, "0")),
                "$.simulation.threads: \"0\" is not allowed (use \"auto\" or a positive whole number such as \"4\")");
    }

    @Test
    void threadsMayBeAPositiveWholeNumber() {
        assertProblems(base().withSimulation(new Simulation(0.1, 1000, 1, "3")));
    }

    @Test
    void idsAreUniqueAcrossPopulationsProjectionsModulatorsAndNotes() {
        Project p = withProjection(base(), 1, pr -> projection("E", pr.source(), pr.target(), pr.connector(), pr.receptor(),
                pr.synapse(), -20)).withNotes(List.of(new Note("ext", "a note", CanvasPosition.ORIGIN)));
        assertProblems(p,
                "$.network.projections[1].id: \"E\" is already the id at $.network.populations[0].id (ids must be unique)",
                "$.notes[0].id: \"ext\" is already the id at $.network.populations[2].id (ids must be unique)");
    }

    @Test
    void idsMustBeWellFormed() {
        Project p = withPopulation(base(), 1, pop -> new Population("I cells", pop.label(), pop.size(), pop.model(),
                pop.initial(), null, null));
        Project fixed = withProjection(p, 1, pr -> projection(pr.id(), "I cells", "E", new Connector.AllToAll(false),
                Receptor.INHIBITORY, new SynapseModel.ExpCurrent(10), -20));
        assertProblems(fixed,
                "$.network.populations[1].id: \"I cells\" is not a valid id (use 1 to 64 letters, digits, '_' or '-',"
                        + " not starting with '-')");
    }

    @Test
    void recordedSpikesMustNameAPopulation() {
        assertProblems(recording(new Recording(List.of("E", "X"), List.of(), List.of())),
                "$.recording.spikes[1]: \"X\" is not a population (known: E, I, ext)");
    }

    @Test
    void stateProbeMustNameAPopulation() {
        assertProblems(recording(new Recording(List.of(), List.of(new Recording.StateProbe("Y", List.of(0), List.of("v"), 1)),
                        List.of())),
                "$.recording.state[0].population: \"Y\" is not a population (known: E, I, ext)");
    }

    @Test
    void stateProbeNeuronsMustBeElementsOfThePopulation() {
        assertProblems(recording(new Recording(List.of(), List.of(new Recording.StateProbe("I", List.of(0, 5), List.of("v"), 1)),
                        List.of())),
                "$.recording.state[0].neurons[1]: 5 is not an element of I (allowed: 0 to 4)");
    }

    @Test
    void stateProbeVariablesMustBeStateVariablesOfTheModel() {
        assertProblems(recording(new Recording(List.of(), List.of(new Recording.StateProbe("E", List.of(0), List.of("v", "w"), 1)),
                        List.of())),
                "$.recording.state[0].variables[1]: \"w\" is not a state variable of lif (allowed: v, I_ex, I_in)");
        // the synaptic channels E receives through are recordable too
        assertProblems(recording(new Recording(List.of(), List.of(new Recording.StateProbe("E", List.of(0),
                List.of("v", "I_ex", "I_in"), 1)), List.of())));
    }

    @Test
    void stateProbeIntervalMustBeAMultipleOfTheTimeStep() {
        assertProblems(recording(new Recording(List.of(), List.of(new Recording.StateProbe("E", List.of(0), List.of("v"), 0.15)),
                        List.of())),
                "$.recording.state[0].intervalMs: 0.15 is not a multiple of the time step (0.1 ms)");
    }

    @Test
    void weightProbeMustNameAProjection() {
        assertProblems(recording(new Recording(List.of(), List.of(), List.of(new Recording.WeightProbe("E_I", 100)))),
                "$.recording.weights[0].projection: \"E_I\" is not a projection (known: E_E, I_E, ext_E)");
    }

    @Test
    void openViewsMustBeKnown() {
        Project p = base();
        Project withViews = new Project(p.schemaVersion(), p.name(), p.description(), p.simulation(), p.network(),
                p.recording(), p.lesson(), p.notes(), new Views(List.of("raster", "histogram"), 1000));
        assertProblems(withViews,
                "$.views.open[1]: \"histogram\" is not a known view (allowed: raster, traces, rates, weights, energy)");
    }

    @Test
    void severalProblemsAreReportedTogetherInProjectOrder() {
        Project p = withPopulation(base(), 1, pop -> pop.withSize(0)).withSimulation(new Simulation(0.1, -1, 1, "many"));
        List<String> messages = Validator.validate(p).stream().map(Problem::toString).toList();
        assertEquals(List.of(
                "$.simulation.durationMs: -1 is out of range (allowed: > 0 and <= 1000000000 ms)",
                "$.simulation.threads: \"many\" is not allowed (use \"auto\" or a positive whole number such as \"4\")",
                "$.network.populations[1].size: 0 is not allowed (a population needs at least 1 element)"), messages);
    }
}
