package org.neuroloom.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neuroloom.model.Project;
import org.neuroloom.model.testing.Fixtures;
import org.neuroloom.model.validate.Problem;

/** Structural problems of project files, each with its exact path and message. */
class StructureCheckTest {

    private static final String FILE = "test.neuroloom.json";
    private static final String VALID = ProjectFiles.write(Fixtures.base());

    /** The problems reported for {@code json}, as printed. */
    static List<String> problems(String json) {
        ProjectLoadException e = assertThrows(ProjectLoadException.class, () -> ProjectFiles.read(json, FILE));
        return e.problems().stream().map(Problem::toString).toList();
    }

    /** {@link #VALID} with the first occurrence of {@code from} replaced. */
    static String changed(String from, String to) {
        int at = VALID.indexOf(from);
        if (at < 0) {
            throw new IllegalArgumentException("fixture has no " + from);
        }
        return VALID.substring(0, at) + to + VALID.substring(at + from.length());
    }

    @Test
    void fixtureTextReadsBackToTheFixture() throws Exception {
        assertEquals(Fixtures.base(), ProjectFiles.read(VALID, FILE));
    }

    @Test
    void unknownFieldListsTheAllowedFields() {
        assertEquals(List.of(
                "test.neuroloom.json: $.network.populations[0].model.tauM: unknown field (allowed: type, cmPf, tauMs, vRestMv,"
                        + " vThreshMv, vResetMv, tRefMs, iBiasPa)",
                "test.neuroloom.json: $.network.populations[0].model.tauMs: missing required field (expected a number)"),
                problems(changed("\"tauMs\": 10", "\"tauM\": 10")));
    }

    @Test
    void wrongTypeNamesTheExpectedType() {
        assertEquals(List.of("test.neuroloom.json: $.network.populations[1].size: \"five\" has the wrong type (expected a whole number)"),
                problems(changed("\"size\": 5", "\"size\": \"five\"")));
    }

    @Test
    void missingRequiredFieldIsNamed() {
        assertEquals(List.of("test.neuroloom.json: $.simulation.seed: missing required field (expected a whole number)"),
                problems(changed("\"seed\": 1,", "")));
    }

    @Test
    void nullIsRefusedForARequiredField() {
        assertEquals(List.of("test.neuroloom.json: $.name: null has the wrong type (expected text)"),
                problems(changed("\"name\": \"fixture\"", "\"name\": null")));
    }

    @Test
    void nullIsAbsentForAnOptionalField() throws Exception {
        assertEquals(Fixtures.base(), ProjectFiles.read(changed("\"name\": \"fixture\",", "\"name\": \"fixture\", \"lesson\": null,"), FILE));
    }

    @Test
    void nanIsRefusedWithItsPath() {
        assertEquals(List.of("test.neuroloom.json: $.network.projections[0].connector.p: NaN is not a finite number"
                        + " (NaN and infinity are not allowed)"),
                problems(changed("\"p\": 0.1", "\"p\": NaN")));
    }

    @Test
    void infinityIsRefusedWithItsPath() {
        assertEquals(List.of("test.neuroloom.json: $.simulation.durationMs: -Infinity is not a finite number"
                        + " (NaN and infinity are not allowed)"),
                problems(changed("\"durationMs\": 1000", "\"durationMs\": -Infinity")));
    }

    @Test
    void numberBeyondDoubleRangeIsRefusedAsWritten() {
        assertEquals(List.of("test.neuroloom.json: $.simulation.durationMs: 1E+400 is too large for a number (the limit is about 1.8E308)"),
                problems(changed("\"durationMs\": 1000", "\"durationMs\": 1e400")));
    }

    @Test
    void fractionIsRefusedForAWholeNumber() {
        assertEquals(List.of("test.neuroloom.json: $.network.populations[0].size: 2.5 is not a whole number"),
                problems(changed("\"size\": 10", "\"size\": 2.5")));
    }

    @Test
    void wholeNumberWrittenWithAFractionPartIsAccepted() throws Exception {
        assertEquals(Fixtures.base(), ProjectFiles.read(changed("\"size\": 10", "\"size\": 10.0"), FILE));
    }

    @Test
    void wholeNumberOutOfIntRangeIsRefused() {
        assertEquals(List.of("test.neuroloom.json: $.network.populations[0].size: 3000000000 is out of range for a whole number"
                        + " (allowed: -2147483648 to 2147483647)"),
                problems(changed("\"size\": 10", "\"size\": 3000000000")));
    }

    @Test
    void hugeExponentIsRefusedWithoutExpandingIt() {
        assertEquals(List.of("test.neuroloom.json: $.simulation.seed: 1E+999999999 is out of range for a whole number"
                        + " (allowed: -9223372036854775808 to 9223372036854775807)"),
                problems(changed("\"seed\": 1", "\"seed\": 1e999999999")));
    }

    @Test
    void unknownTypeNameListsTheKnownTypes() {
        assertEquals(List.of("test.neuroloom.json: $.network.populations[2].model.type: \"poison\" is not a known type (allowed: lif,"
                        + " izhikevich, adex, hh, poisson, spike_times, regular, dc_current, step_current, sine_current, noise_current)"),
                problems(changed("\"type\": \"poisson\"", "\"type\": \"poison\"")));
    }

    @Test
    void missingTypeNameIsNamed() {
        assertEquals(List.of("test.neuroloom.json: $.network.projections[2].synapse.type: missing required field (allowed: delta,"
                        + " exp_current, exp_conductance, alpha_current, alpha_conductance)"),
                problems(changed("\"type\": \"delta\"", "\"kind\": \"delta\"").replace("\"kind\": \"delta\"", "")));
    }

    @Test
    void unknownEnumValueListsTheAllowedValues() {
        assertEquals(List.of("test.neuroloom.json: $.network.projections[1].receptor: \"inhibitor\" is not allowed (allowed: excitatory,"
                        + " inhibitory)"),
                problems(changed("\"receptor\": \"inhibitory\"", "\"receptor\": \"inhibitor\"")));
    }

    @Test
    void everyStructuralProblemIsReportedTogether() {
        String json = changed("\"size\": 5", "\"size\": -5.5")
                .replace("\"dtMs\": 0.1", "\"dtMs\": \"0.1\"")
                .replaceFirst("\"p\": 0.1,", "\"p\": 0.1, \"autapses\": true,")
                .replaceFirst("\"allowAutapses\": false", "\"allowAutapses\": \"no\"");
        assertEquals(List.of(
                "test.neuroloom.json: $.simulation.dtMs: \"0.1\" has the wrong type (expected a number)",
                "test.neuroloom.json: $.network.populations[1].size: -5.5 is not a whole number",
                "test.neuroloom.json: $.network.projections[0].connector.autapses: unknown field (allowed: type, p, allowAutapses)",
                "test.neuroloom.json: $.network.projections[0].connector.allowAutapses: \"no\" has the wrong type (expected true or false)"),
                problems(json));
    }

    @Test
    void semanticProblemsWaitUntilTheStructureIsSound() {
        // The delay is too short too, but a file that does not fit the format is reported for that alone.
        String json = changed("\"size\": 5", "\"size\": []").replace("\"value\": 1\n", "\"value\": 0.01\n");
        assertEquals(List.of("test.neuroloom.json: $.network.populations[1].size: [] has the wrong type (expected a whole number)"),
                problems(json));
    }

    @Test
    void semanticProblemsAreReportedWithTheFileName() {
        assertEquals(List.of("test.neuroloom.json: $.network.projections[0].delayMs.value: 0.05 is below one time step (0.1 ms)"),
                problems(changed("\"value\": 1\n", "\"value\": 0.05\n")));
    }

    @Test
    void topLevelMustBeAnObject() {
        assertEquals(List.of("test.neuroloom.json: $: [...] has the wrong type (expected an object)"), problems("[1, 2]"));
    }

    @Test
    void emptyTextIsRefused() {
        assertEquals(List.of("test.neuroloom.json: $: the file is empty (expected a JSON object with the project)"), problems("  \n"));
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        assertEquals(List.of("test.neuroloom.json: $: is not valid JSON at line 2, column 13: Unexpected character ('}' (code 125)):"
                        + " was expecting double-quote to start field name"),
                problems("{\n  \"name\": 1,}\n"));
    }

    @Test
    void duplicateFieldIsRefused() {
        assertEquals(List.of("test.neuroloom.json: $: is not valid JSON at line 1, column 21: Duplicate field 'name'"),
                problems("{\"name\": \"a\", \"name\": \"b\"}"));
    }

    @Test
    void textAfterTheProjectIsRefused() {
        assertEquals(List.of("test.neuroloom.json: $: is not valid JSON at line 1, column 4: there is more text after the project's"
                        + " closing brace"),
                problems("{} {}"));
    }

    @Test
    void writtenProjectRefusesNaN() {
        Project p = Fixtures.base().withSimulation(new org.neuroloom.model.Simulation(Double.NaN, 1000, 1, "auto"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProjectFiles.write(p));
        assertEquals("$.simulation.dtMs: NaN cannot be saved (JSON has no NaN or infinity)", e.getMessage());
    }
}
