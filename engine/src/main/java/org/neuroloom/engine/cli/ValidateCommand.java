package org.neuroloom.engine.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
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
 * {@code neuroloom validate FILE...}: loads each project file (structure, references, ranges)
 * and checks that its network fits in this JVM's heap. Prints {@code ok FILE} per valid file on
 * standard output and one line per problem on standard error; exit 0 when all files are valid,
 * 2 otherwise.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check project files: structure, references, parameter ranges, and whether the network fits in memory.",
                "Prints 'ok FILE' for each valid file; each problem is one line on stderr: FILE: JSON-PATH: VALUE what is allowed."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file is valid", "1:internal fault", "2:at least one file has problems (or a bad argument)"})
public final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Project files (*.neuroloom.json).")
    private List<String> files = new ArrayList<>();

    @Option(names = "--estimate", description = "Also print the size estimate (neurons, synapses, memory) of each valid file.")
    private boolean estimate;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean allOk = true;
        for (String file : files) {
            try {
                Project project = ProjectFiles.load(Path.of(file));
                SizeEstimate size = SizeEstimate.of(project);
                Optional<Problem> tooBig = size.check(Runtime.getRuntime().maxMemory());
                if (tooBig.isPresent()) {
                    allOk = false;
                    err.println(tooBig.get().inFile(file));
                } else {
                    out.println("ok " + file);
                    if (estimate) {
                        out.println("   " + size.describe());
                    }
                }
            } catch (ProjectLoadException e) {
                allOk = false;
                e.problems().forEach(err::println);
            } catch (InvalidPathException e) {
                allOk = false;
                err.println(new Problem(file, "", "", "is not a valid file name: " + e.getReason()));
            }
        }
        out.flush();
        err.flush();
        return allOk ? Cli.OK : Cli.USER_ERROR;
    }
}
