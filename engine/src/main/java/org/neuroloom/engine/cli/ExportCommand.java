package org.neuroloom.engine.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.neuroloom.model.Project;
import org.neuroloom.model.export.ExportResult;
import org.neuroloom.model.export.NeuroMlExporter;
import org.neuroloom.model.export.PyNnExporter;
import org.neuroloom.model.io.AtomicFiles;
import org.neuroloom.model.io.ProjectFiles;
import org.neuroloom.model.io.ProjectLoadException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code neuroloom export FILE --to pynn|neuroml --out PATH}: writes the project as a PyNN 0.10
 * script (runs on NEST, also with MPI, Brian2 or SpiNNaker) or a NeuroML 2.3 document. What the
 * target cannot express is printed on standard error, one line each, and listed in the file.
 * The output appears atomically: a failed export leaves no partial file.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export a project to a PyNN 0.10 script or a NeuroML 2.3 document.",
                "What the target cannot express is printed on stderr ('not exported: ...') and listed in the file."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:internal fault", "2:bad file, argument or output path"})
public final class ExportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Project file (*.neuroloom.json).")
    private String file;

    @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "pynn or neuroml.")
    private String format;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "Output file (script.py, network.nml).")
    private String out;

    @Option(names = "--backend", paramLabel = "NAME", defaultValue = "nest",
            description = "PyNN only: the script's default backend, nest, brian2 or spinnaker (default: ${DEFAULT-VALUE}).")
    private String backend;

    @Option(names = "--duration-ms", paramLabel = "N",
            description = "PyNN only: the script's default simulated time (default: the project's duration).")
    private Double durationMs;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        try {
            String to = format.toLowerCase(Locale.ROOT);
            if (!to.equals("pynn") && !to.equals("neuroml")) {
                return fail(err, "--to must be pynn or neuroml, not '" + format + "'");
            }
            if (!PyNnExporter.BACKENDS.contains(backend.toLowerCase(Locale.ROOT))) {
                return fail(err, "--backend must be one of " + String.join(", ", PyNnExporter.BACKENDS) + ", not '" + backend + "'");
            }
            if (durationMs != null && !(durationMs > 0 && Double.isFinite(durationMs))) {
                return fail(err, "--duration-ms must be a positive number of milliseconds, not " + durationMs);
            }
            String unwritable = IoReason.unwritableFile(out);
            if (unwritable != null) {
                return fail(err, unwritable);
            }
            Path target = Path.of(out);
            Project project = ProjectFiles.load(Path.of(file));
            List<String> limitations;
            if (to.equals("pynn")) {
                ExportResult r = new PyNnExporter(backend, durationMs == null ? 0 : durationMs).export(project);
                AtomicFiles.write(target, r.text().getBytes(StandardCharsets.UTF_8));
                limitations = r.limitations();
            } else {
                limitations = writeNeuroMl(project, target);
            }
            for (String l : limitations) {
                err.println("neuroloom export: not exported: " + l);
            }
            stdout.println("wrote " + out + " (" + (to.equals("pynn") ? "PyNN 0.10 script, backend " + backend : "NeuroML 2.3")
                    + (limitations.isEmpty() ? ", everything expressed" : ", " + limitations.size() + " item(s) not exported")
                    + ")");
            return Cli.OK;
        } catch (ProjectLoadException e) {
            e.problems().forEach(err::println);
            return Cli.USER_ERROR;
        } catch (InvalidPathException e) {
            return fail(err, "not a valid path: " + e.getInput() + " (" + e.getReason() + ")");
        } catch (IllegalArgumentException e) {
            return fail(err, e.getMessage());
        } catch (IOException e) {
            return fail(err, "cannot write " + out + ": " + IoReason.of(e));
        } finally {
            err.flush();
            stdout.flush();
        }
    }

    /** Streams the document to a temporary file beside the target, then renames it into place. */
    private static List<String> writeNeuroMl(Project project, Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path tmp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".tmp");
        boolean moved = false;
        try {
            List<String> limitations;
            try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                limitations = new NeuroMlExporter().export(project, o);
            }
            try {
                // a temporary file is private (rw-------); the document is an ordinary file
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: its defaults apply
            }
            Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            moved = true;
            return limitations;
        } finally {
            if (!moved) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    private static int fail(PrintWriter err, String message) {
        err.println("neuroloom export: " + message);
        return Cli.USER_ERROR;
    }
}
