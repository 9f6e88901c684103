package org.neuroloom.engine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** Runs exported PyNN scripts with the system Python (Debian's python3-pynn and python3-brian). */
final class PyNnProcess {

    static final Path PYTHON = Path.of("/usr/bin/python3");
    /** Brian2 generates and compiles code for each network; a loaded machine needs minutes. */
    private static final long TIMEOUT_MINUTES = 25;
    private static Boolean brian2;

    private PyNnProcess() {
    }

    /**
     * Skips the calling test unless {@code /usr/bin/python3 -c 'import pyNN.brian2'} works and the
     * run is in CI ({@code CI=true}, as {@code .ci/run} runs) or asked for with
     * {@code NEUROLOOM_PYNN_TESTS=1}: PyNN builds connections one target neuron at a time on
     * Brian2, so each run costs minutes of CPU, too much for every local build on a shared machine.
     */
    static synchronized void assumeBrian2() throws IOException, InterruptedException {
        boolean wanted = "true".equalsIgnoreCase(System.getenv("CI")) || "1".equals(System.getenv("NEUROLOOM_PYNN_TESTS"));
        Assumptions.assumeTrue(wanted, "PyNN/Brian2 run tests take minutes of CPU: they run in CI (CI=true) or with"
                + " NEUROLOOM_PYNN_TESTS=1");
        if (brian2 == null) {
            brian2 = Files.isExecutable(PYTHON) && run(List.of("-c", "import pyNN.brian2"), Path.of(".")).exit() == 0;
        }
        Assumptions.assumeTrue(brian2, "PyNN with the Brian2 backend is not installed (apt-get install python3-pynn"
                + " python3-brian); PyNN run test skipped");
    }

    /**
     * Exit code and combined output of one Python run.
     *
     * @param exit   exit code
     * @param output stdout and stderr
     */
    record Result(int exit, String output) {
    }

    static Result run(List<String> args, Path workDir) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(PYTHON.toString());
        cmd.addAll(args);
        Path log = Files.createTempFile("pynn", ".log");
        try {
            Process p = new ProcessBuilder(cmd).directory(workDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                return new Result(-1, "timed out after " + TIMEOUT_MINUTES + " minutes: " + cmd);
            }
            return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** Mean rate over all populations in a script's {@code --rates-out} JSON, Hz. */
    static double meanRateHz(Path ratesJson, List<String> populations) throws IOException {
        JsonNode pops = new ObjectMapper().readTree(ratesJson.toFile()).get("populations");
        double spikes = 0;
        double size = 0;
        for (String id : populations) {
            spikes += pops.get(id).get("spikes").asDouble();
            size += pops.get(id).get("size").asDouble();
        }
        double seconds = new ObjectMapper().readTree(ratesJson.toFile()).get("durationMs").asDouble() / 1000;
        return spikes / size / seconds;
    }
}
