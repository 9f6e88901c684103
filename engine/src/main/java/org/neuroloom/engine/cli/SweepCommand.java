package org.neuroloom.engine.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.neuroloom.engine.sweep.SweepGrid;
import org.neuroloom.model.Population;
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
 * {@code neuroloom sweep FILE --param PATH=V1,V2,... [--param ...] --out summary.csv}: runs
 * every combination of the values and writes one CSV row per variant (parameter values, then
 * per population the mean rate, ISI CV and spike count, then total spikes, wall time and
 * status). Rows are written in grid order as variants finish.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Run a grid of project variants and write one CSV row per variant.",
                "PATH is dotted with list selectors by index or id (network.populations[E].model.tauMs,",
                "network.projections[E_to_E].weight.value, simulation.seed) or a JSON pointer",
                "(/network/populations/0/model/tauMs). Every variant is validated like a project file."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every variant ran", "1:internal fault", "2:bad file, path, value or argument",
                "4:some variants stopped (numerical instability); their rows say why"})
public final class SweepCommand implements Callable<Integer> {

    /** Exit code when the sweep completed but some variants did not. */
    public static final int SOME_FAILED = 4;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Project file (*.neuroloom.json).")
    private String file;

    @Option(names = "--param", required = true, paramLabel = "PATH=V1,V2,...", description = "A parameter and its values (repeatable).")
    private List<String> params = new ArrayList<>();

    @Option(names = "--duration-ms", paramLabel = "N", description = "Simulated time per variant (default: the project's).")
    private Double durationMs;

    @Option(names = "--parallel", paramLabel = "N",
            description = "Variants run at once (default: one per core, fewer if memory is short).")
    private Integer parallel;

    @Option(names = "--threads-per-run", paramLabel = "N", defaultValue = "1",
            description = "Engine threads of each variant (default: ${DEFAULT-VALUE}).")
    private int threadsPerRun;

    @Option(names = "--out", required = true, paramLabel = "CSV", description = "Summary file, one row per variant.")
    private String out;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        try {
            if (durationMs != null && !(durationMs > 0 && Double.isFinite(durationMs))) {
                return fail(err, "--duration-ms must be a positive number of milliseconds, not " + durationMs);
            }
            if (threadsPerRun < 1 || (parallel != null && parallel < 1)) {
                return fail(err, "--parallel and --threads-per-run must be at least 1");
            }
            String unwritable = IoReason.unwritableFile(out);
            if (unwritable != null) {
                return fail(err, unwritable);
            }
            Path target = Path.of(out);
            List<SweepGrid.Param> grid = new ArrayList<>();
            for (String p : params) {
                grid.add(SweepGrid.Param.parse(p));
            }
            Project base = ProjectFiles.load(Path.of(file));
            String json = Files.readString(Path.of(file), StandardCharsets.UTF_8);
            List<SweepGrid.Variant> variants = SweepGrid.build(json, file, grid);
            int workers = workers(variants, err);
            if (workers == 0) {
                return Cli.USER_ERROR;
            }
            List<String> pops = new ArrayList<>();
            for (Population p : base.network().populations()) {
                pops.add(p.id());
            }
            err.println("neuroloom sweep: " + variants.size() + " variants, " + workers + " at a time, " + threadsPerRun
                    + " thread(s) each");
            err.flush();
            int failed;
            BufferedWriter opened;
            try {
                opened = Files.newBufferedWriter(target, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return fail(err, "cannot write " + out + ": " + IoReason.of(e));
            }
            try (BufferedWriter w = opened) {
                w.write(header(grid, pops));
                w.flush();
                SweepRunner runner = new SweepRunner(pops, durationMs == null ? 0 : durationMs, workers, threadsPerRun);
                failed = runner.run(variants, r -> {
                    w.write(row(r));
                    w.flush();
                    if (r.error() != null) {
                        err.println("neuroloom sweep: variant " + r.variant().index() + ": " + r.error());
                        err.flush();
                    }
                });
            }
            stdout.println("wrote " + out + " (" + variants.size() + " variants" + (failed > 0 ? ", " + failed + " stopped" : "")
                    + ")");
            return failed > 0 ? SOME_FAILED : Cli.OK;
        } catch (ProjectLoadException e) {
            e.problems().forEach(err::println);
            return Cli.USER_ERROR;
        } catch (InvalidPathException e) {
            return fail(err, "not a valid path: " + e.getInput());
        } catch (IllegalArgumentException e) {
            return fail(err, e.getMessage());
        } finally {
            err.flush();
            stdout.flush();
        }
    }

    /** How many variants fit in memory at once (0 when not even one fits, with the reason printed). */
    private int workers(List<SweepGrid.Variant> variants, PrintWriter err) {
        int wanted = parallel != null ? parallel
                : Math.max(1, Runtime.getRuntime().availableProcessors() / threadsPerRun);
        wanted = Math.min(wanted, variants.size());
        double largest = 0;
        SweepGrid.Variant worst = variants.get(0);
        for (SweepGrid.Variant v : variants) {
            double b = SizeEstimate.of(v.project()).bytes();
            if (b > largest) {
                largest = b;
                worst = v;
            }
        }
        long heap = Runtime.getRuntime().maxMemory();
        Optional<Problem> tooBig = SizeEstimate.of(worst.project()).check(heap);
        if (tooBig.isPresent()) {
            err.println(tooBig.get().inFile(file + " variant " + worst.index()));
            return 0;
        }
        int fit = (int) Math.max(1, Math.floor(heap * SizeEstimate.HEAP_FRACTION / Math.max(1, largest)));
        if (fit < wanted) {
            err.println("neuroloom sweep: memory allows " + fit + " variants at once, not " + wanted);
            return fit;
        }
        return wanted;
    }

    private static String header(List<SweepGrid.Param> grid, List<String> pops) {
        StringBuilder b = new StringBuilder("variant");
        for (SweepGrid.Param p : grid) {
            b.append(',').append(csv(p.path()));
        }
        for (String id : pops) {
            b.append(',').append(csv(id + "_rate_hz")).append(',').append(csv(id + "_cv")).append(',').append(csv(id + "_spikes"));
        }
        return b.append(",total_spikes,wall_s,status\n").toString();
    }

    private static String row(SweepRunner.Result r) {
        StringBuilder b = new StringBuilder(Integer.toString(r.variant().index()));
        for (String v : r.variant().values()) {
            b.append(',').append(csv(v));
        }
        long total = 0;
        for (int c = 0; c < r.spikes().length; c++) {
            total += r.spikes()[c];
            b.append(',').append(num(r.rateHz()[c])).append(',').append(num(r.cv()[c])).append(',').append(r.spikes()[c]);
        }
        b.append(',').append(total).append(',').append(String.format(Locale.ROOT, "%.3f", r.wallSeconds()));
        return b.append(',').append(r.error() == null ? "ok" : csv("stopped: " + r.error())).append('\n').toString();
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.4f", v);
    }

    private static String csv(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"").replace('\n', ' ') + '"';
    }

    private static int fail(PrintWriter err, String message) {
        err.println("neuroloom sweep: " + message);
        return Cli.USER_ERROR;
    }
}
