package org.neuroloom.engine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.neuroloom.engine.Engine;
import org.neuroloom.engine.EngineOptions;
import org.neuroloom.engine.InstabilityException;
import org.neuroloom.engine.ModelException;
import org.neuroloom.engine.run.Simulation;
import org.neuroloom.model.Project;
import org.neuroloom.model.io.ProjectFiles;
import org.neuroloom.model.io.ProjectLoadException;
import org.neuroloom.model.validate.Problem;
import org.neuroloom.model.validate.SizeEstimate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code neuroloom run FILE}: simulates a project and writes {@code spikes.csv},
 * {@code state.csv}, {@code weights-<projection>.csv} and {@code summary.json} to the output
 * directory. Progress (simulated time, real-time factor) goes to stderr when it is a terminal.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Simulate a project and write its recordings and a summary.",
                "Writes spikes.csv (time_ms,population,neuron), state.csv (time_ms,population,neuron,variable,value) "
                        + "for the project's state probes, weights-<projection>.csv (time_ms,pre,post,weight) for its "
                        + "weight probes, and summary.json."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal fault",
                "2:bad file or argument, or the network became numerically unstable"})
public final class RunCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Project file (*.neuroloom.json).")
    private String file;

    @Option(names = "--duration-ms", paramLabel = "N", description = "Simulated time in ms (default: the project's durationMs).")
    private Double durationMs;

    @Option(names = "--threads", paramLabel = "N|auto", description = "Worker threads, or auto (default: the project's setting).")
    private String threads;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (default: the project's seed).")
    private Long seed;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: ./neuroloom-out/<project-name>).")
    private String out;

    @Option(names = "--quiet", description = "No progress output.")
    private boolean quiet;

    @Option(names = "--binary", description = "Also write spikes.bin, state-K.bin and recording.json for numpy.fromfile "
            + "(docs/DATA_FORMAT.md).")
    private boolean binary;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            return runChecked(err);
        } catch (UserError e) {
            err.println("neuroloom run: " + e.getMessage());
            err.flush();
            return Cli.USER_ERROR;
        }
    }

    private static final class UserError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UserError(String message) {
            super(message);
        }
    }

    private int runChecked(PrintWriter err) {
        Project project = load();
        int threadCount = parseThreads();
        double duration = durationMs != null ? durationMs : project.simulation().durationMs();
        if (!(duration > 0) || Double.isInfinite(duration)) {
            throw new UserError("--duration-ms: " + duration + " is not a positive duration");
        }
        Path dir = outputDir(project);
        Optional<Problem> tooBig = SizeEstimate.checkHeap(project);
        if (tooBig.isPresent()) {
            throw new UserError(tooBig.get().inFile(file).toString());
        }
        AtomicBoolean cancel = new AtomicBoolean();
        EngineOptions options = EngineOptions.defaults().withThreads(threadCount).withSeed(seed).withCancel(cancel);
        Simulation sim;
        try {
            sim = Engine.compile(project, options);
        } catch (ModelException e) {
            throw new UserError(file + ": " + e.getMessage());
        }
        try (sim) {
            return simulate(project, sim, duration, dir, err, cancel);
        }
    }

    private int simulate(Project project, Simulation sim, double duration, Path dir, PrintWriter err, AtomicBoolean cancel) {
        long steps = Math.round(duration / sim.dtMs());
        SpikeStats stats = new SpikeStats(sim.populations());
        RunRecorder recorder;
        try {
            recorder = new RunRecorder(sim, project.recording(), dir);
        } catch (ModelException e) {
            throw new UserError(file + ": " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new UserError("--out: cannot write to " + dir + ": " + e.getCause().getMessage());
        }
        sim.addObserver(stats);
        sim.addObserver(recorder);
        RunGuards guards;
        try {
            guards = RunGuards.attach(sim, project.recording(), dir, steps, cancel, binary);
        } catch (IllegalArgumentException e) {
            recorder.close();
            throw new UserError("--out: " + e.getMessage());
        } catch (IOException e) {
            recorder.close();
            throw new UserError("--out: cannot write to " + dir + ": " + IoReason.of(e));
        }
        Progress progress = new Progress(err, !quiet && System.console() != null, steps, sim.dtMs());
        sim.addObserver(progress);
        RunSummary summary = new RunSummary(project, sim, stats, dir);
        sim.addObserver(summary);
        long t0 = System.nanoTime();
        String failure = null;
        try (guards) {
            summary.start();
            try {
                sim.run(steps);
            } catch (InstabilityException e) {
                failure = e.getMessage();
            }
            failure = failure != null ? failure : guards.stopReason();
            double wall = (System.nanoTime() - t0) / 1e9;
            recorder.finish(sim.stepIndex());
            guards.finish(failure == null, sim.timeMs());
            progress.done();
            summary.finish(failure, wall);
        } catch (IOException e) {
            throw new UserError("--out: cannot write to " + dir + ": " + IoReason.of(e));
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        if (failure != null) {
            err.println("neuroloom run: " + file + ": stopped at t = " + fmt(sim.timeMs()) + " ms: " + failure);
            err.flush();
            return Cli.USER_ERROR;
        }
        if (!quiet) {
            err.printf(Locale.ROOT, "simulated %s ms in %.2f s (%.2f x real time), %d spikes; output in %s%n",
                    fmt(sim.timeMs()), wall, sim.timeMs() / 1000 / wall, sim.spikeCount(), dir);
            err.flush();
        }
        return Cli.OK;
    }

    private Project load() {
        try {
            return ProjectFiles.load(Path.of(file));
        } catch (ProjectLoadException e) {
            throw new UserError("cannot load " + file + ":\n" + e.getMessage());
        } catch (InvalidPathException e) {
            throw new UserError(file + " is not a valid file name: " + e.getReason());
        }
    }

    private int parseThreads() {
        if (threads == null) {
            return EngineOptions.FROM_PROJECT;
        }
        if (threads.equals("auto")) {
            return EngineOptions.AUTO;
        }
        try {
            int n = Integer.parseInt(threads);
            if (n >= 1 && n <= 1024) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UserError("--threads: '" + threads + "' is not auto or a thread count between 1 and 1024");
    }

    private Path outputDir(Project project) {
        Path dir;
        try {
            dir = out != null ? Path.of(out) : Path.of("neuroloom-out", safeName(project.name()));
        } catch (InvalidPathException e) {
            throw new UserError("--out: '" + out + "' is not a valid directory name: " + e.getReason());
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UserError("--out: cannot create directory " + dir + ": " + IoReason.of(e));
        }
        return dir;
    }

    /** A file-name-safe form of an id or name: letters, digits, '.', '_' and '-'. */
    static String safeName(String name) {
        String s = name.trim().replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "project" : s;
    }

    private static String fmt(double ms) {
        return String.format(Locale.ROOT, "%.1f", ms);
    }
}
