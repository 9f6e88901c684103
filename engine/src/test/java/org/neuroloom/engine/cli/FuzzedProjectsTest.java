package org.neuroloom.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every sample project, broken in many ways (truncation, garbage bytes, wrong types, missing
 * fields, out-of-range and non-finite numbers, dangling references, duplicate ids, huge sizes),
 * must be accepted or refused cleanly by {@code validate} and {@code run}: exit code 0 or 2,
 * a message that names the file (and the JSON path where there is one), no stack trace, no hang.
 */
class FuzzedProjectsTest {

    private static final Path SAMPLES = Path.of("..", "sample-projects");
    private static final long SEED = 20240601L;
    /** About this many mutants of each kind over all samples together, at least one per sample, so the test stays short. */
    private static final int PER_KIND_TOTAL = 9;
    /** Accepted mutants are also run (a network build each); this many per sample keeps the test short. */
    private static final int ACCEPTED_RUNS_PER_SAMPLE = 1;
    private static final int TIMEOUT_S = 60;
    private static final ExecutorService POOL = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fuzz");
        t.setDaemon(true);
        return t;
    });

    @TempDir
    Path dir;

    @AfterAll
    static void stop() {
        POOL.shutdownNow();
    }

    @Test
    void everyMutantOfEverySampleIsAcceptedOrRefusedCleanly() throws Exception {
        List<Path> samples;
        try (Stream<Path> s = Files.list(SAMPLES)) {
            samples = s.filter(p -> p.toString().endsWith(".neuroloom.json")).sorted().toList();
        }
        assertFalse(samples.isEmpty(), "no samples in " + SAMPLES.toAbsolutePath());
        assertEquals(0, ValidateCommandTest.run("run", "--help").exit(), "the run command exists");
        List<String> unclean = new ArrayList<>();
        int checked = 0;
        int refused = 0;
        for (Path sample : samples) {
            int perKind = Math.max(1, Math.round(PER_KIND_TOTAL / (float) samples.size()));
            List<ProjectMutator.Mutant> mutants = new ProjectMutator(Files.readAllBytes(sample), SEED).mutants(perKind);
            int acceptedRuns = 0;
            for (int k = 0; k < mutants.size(); k++) {
                ProjectMutator.Mutant m = mutants.get(k);
                Path file = dir.resolve(sample.getFileName().toString().replace(".neuroloom.json", "") + "-" + k + ".neuroloom.json");
                Files.write(file, m.bytes());
                String what = file.getFileName() + " (" + m.kind() + ")";
                ValidateCommandTest.Result v = run(what, unclean, "validate", file.toString());
                checked++;
                if (v == null) {
                    continue;
                }
                check("validate", what, file, v, unclean);
                if (v.exit() == 0) {
                    if (acceptedRuns++ >= ACCEPTED_RUNS_PER_SAMPLE) {
                        continue;
                    }
                } else {
                    refused++;
                }
                Path out = dir.resolve("out-" + k);
                ValidateCommandTest.Result r = run(what, unclean, "run", file.toString(), "--duration-ms", "1", "--quiet",
                        "--threads", "1", "--out", out.toString());
                if (r != null) {
                    check("run", what, file, r, unclean);
                    if (v.exit() != 0 && r.exit() == 0) {
                        unclean.add("run accepted what validate refused: " + what);
                    }
                }
            }
        }
        System.out.printf("fuzz: %d samples, %d mutants, %d refused, %d accepted, %d unclean%n", samples.size(), checked, refused,
                checked - refused, unclean.size());
        assertTrue(refused > checked / 2, "most mutants are broken: " + refused + " of " + checked);
        assertEquals(List.of(), unclean, unclean.size() + " unclean outcomes of " + checked + " mutants");
    }

    /** Runs a command with a time limit; null (and an entry in unclean) when it hangs. */
    private static ValidateCommandTest.Result run(String what, List<String> unclean, String... args) throws Exception {
        Future<ValidateCommandTest.Result> f = POOL.submit(() -> ValidateCommandTest.run(args));
        try {
            return f.get(TIMEOUT_S, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            unclean.add(args[0] + " hung for " + TIMEOUT_S + " s on " + what);
            fail(args[0] + " hung on " + what);
            return null;
        }
    }

    private static void check(String command, String what, Path file, ValidateCommandTest.Result r, List<String> unclean)
            throws IOException {
        String where = command + " " + what + ": exit " + r.exit() + ", stderr: " + r.err().strip();
        if (r.exit() != 0 && r.exit() != 2) {
            unclean.add(where);
        } else if (r.exit() == 2 && !r.err().contains(file.toString()) && !r.err().contains(file.getFileName().toString())) {
            unclean.add(where + " (the message does not name the file)");
        } else if (r.err().contains("Exception") || r.err().contains("\tat ") || r.err().contains("internal fault")) {
            unclean.add(where + " (stack trace or internal fault)");
        } else if (r.exit() == 2 && r.err().isBlank()) {
            unclean.add(where + " (no message)");
        }
    }
}
