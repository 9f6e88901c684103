package org.neuroloom.engine.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.neuroloom.engine.bench.BenchNetworks;
import org.neuroloom.engine.bench.BenchRun;
import org.neuroloom.model.Project;
import org.neuroloom.model.validate.Problem;
import org.neuroloom.model.validate.SizeEstimate;
import org.neuroloom.model.validate.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code neuroloom bench NAME}: builds a benchmark network through the ordinary compile path,
 * warms up, and prints one JSON line per repeat (figures in docs/BENCHMARKS.md).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmark the engine on a standard network and print one JSON line per repeat.",
                "NAME: cuba, coba, cobahh, brunel, stdp, plastic, scale (Brian2 versions in bench/brian2/)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:internal fault", "2:bad argument"})
public final class BenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "Benchmark: ${COMPLETION-CANDIDATES}",
            completionCandidates = Names.class)
    private String name;

    @Option(names = "--duration-ms", paramLabel = "N", description = "Measured biological time per repeat (default: ${DEFAULT-VALUE}).",
            defaultValue = "1000")
    private double durationMs;

    @Option(names = "--warmup-ms", paramLabel = "N", description = "Unmeasured biological time before each repeat (default: ${DEFAULT-VALUE}).",
            defaultValue = "200")
    private double warmupMs;

    @Option(names = "--warmup-s", paramLabel = "S", description = "Minimum unmeasured wall time before each repeat; the warm-up then goes on until the JIT has been idle for 1.5 s (at most 30 s; 0: no JIT wait) (default: ${DEFAULT-VALUE}).",
            defaultValue = "1")
    private double warmupWallSeconds;

    @Option(names = "--threads", paramLabel = "N|auto[,...]", description = {"Worker threads (default: ${DEFAULT-VALUE}).",
            "A list (1,2) builds the network once per entry in this JVM and measures them in turn each repeat, so their ratio is not moved by"
                    + " the JVM's memory placement."}, defaultValue = "auto")
    private String threads;

    @Option(names = "--repeat", paramLabel = "N", description = "Repeats (default: ${DEFAULT-VALUE}).", defaultValue = "1")
    private int repeat;

    @Option(names = "--neurons", paramLabel = "N", description = "Neurons of the 'scale' network (default: ${DEFAULT-VALUE}).",
            defaultValue = "100000")
    private int scaleNeurons;

    @Option(names = "--in-degree", paramLabel = "K", description = "Synapses per neuron of the 'scale' network (default: ${DEFAULT-VALUE}).",
            defaultValue = "1000")
    private int scaleInDegree;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!BenchNetworks.NAMES.contains(name)) {
            err.println("neuroloom bench: unknown benchmark '" + name + "'; known: " + String.join(", ", BenchNetworks.NAMES));
            return Cli.USER_ERROR;
        }
        String bad = badArgument();
        if (bad != null) {
            err.println("neuroloom bench: " + bad);
            return Cli.USER_ERROR;
        }
        Project project = BenchNetworks.build(name, scaleNeurons, scaleInDegree);
        List<Problem> problems = new ArrayList<>(Validator.validate(project));
        // before the SIMD warm-up and the build: a network that cannot fit is refused at once
        SizeEstimate.checkHeap(project).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            problems.forEach(p -> err.println("neuroloom bench: " + p));
            return Cli.USER_ERROR;
        }
        int[] threadCounts = java.util.Arrays.stream(threads.split(",")).mapToInt(t -> "auto".equals(t) ? 0 : Integer.parseInt(t)).toArray();
        if (threadCounts.length > 1) {
            BenchRun.measureInTurn(name, project, threadCounts, repeat, durationMs, warmupMs, warmupWallSeconds, r -> {
                out.println(r.toJson());
                out.flush();
            });
            return Cli.OK;
        }
        for (int i = 0; i < repeat; i++) {
            out.println(BenchRun.measure(name, project, threadCounts[0], durationMs, warmupMs, warmupWallSeconds).toJson());
            out.flush();
        }
        return Cli.OK;
    }

    private String badArgument() {
        if (!threads.matches("(auto|[1-9][0-9]{0,3})(,(auto|[1-9][0-9]{0,3})){0,7}")) {
            return "--threads: '" + threads + "' is not 'auto', a positive integer or a list of up to 8 of them (1,2)";
        }
        if (!(durationMs > 0) || durationMs > 1e7) {
            return "--duration-ms: " + durationMs + " must be > 0 and at most 1e7";
        }
        if (!(warmupMs >= 0) || warmupMs > 1e7) {
            return "--warmup-ms: " + warmupMs + " must be >= 0 and at most 1e7";
        }
        if (!(warmupWallSeconds >= 0) || warmupWallSeconds > 600) {
            return "--warmup-s: " + warmupWallSeconds + " must be between 0 and 600";
        }
        if (repeat < 1 || repeat > 1000) {
            return "--repeat: " + repeat + " must be between 1 and 1000";
        }
        if (scaleNeurons < 10 || scaleInDegree < 5 || scaleInDegree > scaleNeurons) {
            return "--neurons/--in-degree: " + scaleNeurons + "/" + scaleInDegree + " need neurons >= 10 and 5 <= in-degree <= neurons";
        }
        return null;
    }

    /** Completion candidates for NAME. */
    static final class Names implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return BenchNetworks.NAMES.iterator();
        }
    }
}
