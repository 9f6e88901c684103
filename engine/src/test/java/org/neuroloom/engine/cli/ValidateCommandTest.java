package org.neuroloom.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    private static final Path SAMPLES = Path.of("..", "sample-projects");

    @TempDir
    Path dir;

    /** Exit code, stdout and stderr of one command line. */
    record Result(int exit, String out, String err) {
        void assertNoStackTrace() {
            assertFalse(err.contains("Exception") || err.contains("\tat "), err);
        }
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(exit, out.toString(), err.toString());
    }

    @Test
    void everySampleIsOk() {
        String cuba = SAMPLES.resolve("vogels-abbott-cuba.neuroloom.json").toString();
        String brunel = SAMPLES.resolve("brunel-2000.neuroloom.json").toString();
        String stdp = SAMPLES.resolve("stdp-song-abbott.neuroloom.json").toString();
        Result r = run("validate", cuba, brunel, stdp);
        assertEquals(0, r.exit(), r.err());
        assertEquals("ok " + cuba + "\nok " + brunel + "\nok " + stdp + "\n", r.out().replace("\r\n", "\n"));
        assertEquals("", r.err());
    }

    @Test
    void estimateOptionPrintsTheSize() {
        Result r = run("validate", "--estimate", SAMPLES.resolve("brunel-2000.neuroloom.json").toString());
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("   25,000 neurons, 15,637,500 synapses, about "), r.out());
    }

    @Test
    void brokenCopyExitsTwoAndNamesTheField() throws IOException {
        String text = Files.readString(SAMPLES.resolve("vogels-abbott-cuba.neuroloom.json"));
        Path broken = dir.resolve("broken.neuroloom.json");
        Files.writeString(broken, text.replaceFirst("\"tauMs\": 20", "\"tauMs\": -20").replaceFirst("\"p\": 0.02", "\"p\": 2"));
        Result r = run("validate", broken.toString());
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        assertEquals(broken + ": $.network.populations[0].model.tauMs: -20 is out of range (allowed: > 0 and <= 10000 ms)\n"
                + broken + ": $.network.projections[0].connector.p: 2 is out of range (allowed: between 0 and 1)\n",
                r.err().replace("\r\n", "\n"));
    }

    @Test
    void validAndInvalidFilesAreEachReported() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.neuroloom.json"));
        String cuba = SAMPLES.resolve("vogels-abbott-cuba.neuroloom.json").toString();
        Result r = run("validate", empty.toString(), cuba);
        assertEquals(2, r.exit());
        assertEquals("ok " + cuba + "\n", r.out().replace("\r\n", "\n"));
        assertEquals(empty + ": $: the file is empty (expected a JSON object with the project)\n", r.err().replace("\r\n", "\n"));
    }

    @Test
    void badFilesNeverShowAStackTrace() throws IOException {
        Path garbage = dir.resolve("garbage.neuroloom.json");
        Files.write(garbage, new byte[] {0x7b, (byte) 0xc3, 0x28, 0x00, (byte) 0xff});
        Path huge = dir.resolve("huge.neuroloom.json");
        Files.writeString(huge, "{\"schemaVersion\": 1e99999999, \"name\": -1e400}");
        Path deep = dir.resolve("deep.neuroloom.json");
        Files.writeString(deep, "[".repeat(5000) + "]".repeat(5000));
        Result r = run("validate", garbage.toString(), huge.toString(), deep.toString(), dir.toString(),
                dir.resolve("missing.json").toString(), "bad\0name");
        assertEquals(2, r.exit());
        r.assertNoStackTrace();
        String[] lines = r.err().split("\\R");
        assertEquals(garbage + ": is not a project file: it is not UTF-8 text", lines[0]);
        assertEquals(huge + ": $.schemaVersion: 1E+99999999 is out of range for a whole number (allowed: -2147483648 to 2147483647)",
                lines[1]);
        assertEquals(huge + ": $.name: -1E+400 has the wrong type (expected text)", lines[2]);
        assertEquals(deep + ": $: is not valid JSON: Document nesting depth (1001) exceeds the maximum allowed (1000)", lines[5]);
        assertEquals(dir + ": is a directory, not a project file", lines[6]);
        assertEquals(dir.resolve("missing.json") + ": cannot be read: no such file", lines[7]);
        assertEquals("bad\0name: is not a valid file name: Nul character not allowed", lines[8]);
    }

    @Test
    void missingFileArgumentIsAUserError() {
        Result r = run("validate");
        assertEquals(2, r.exit());
        assertEquals("neuroloom: Missing required parameter: 'FILE'\nTry 'neuroloom validate --help'.\n", r.err().replace("\r\n", "\n"));
    }

    @Test
    void unknownOptionIsAUserError() {
        Result r = run("validate", "--strict", "x.json");
        assertEquals(2, r.exit());
        r.assertNoStackTrace();
        assertTrue(r.err().startsWith("neuroloom: Unknown option: '--strict'"), r.err());
    }
}
