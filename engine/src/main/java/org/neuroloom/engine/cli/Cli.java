package org.neuroloom.engine.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code neuroloom} command line. Exit codes: 0 success, 1 internal fault, 2 user error
 * (bad file or argument), 3 a command that is not available yet.
 */
@Command(name = "neuroloom", mixinStandardHelpOptions = true, version = "NeuroLoom 0.1.0",
        description = "A workbench for spiking neural networks: validate, run, benchmark and export projects.",
        subcommands = {
                CommandLine.HelpCommand.class,
                ValidateCommand.class,
                RunCommand.class,
                BenchCommand.class,
                ExportCommand.class,
                SweepCommand.class,
        })
public final class Cli {
    public static final int OK = 0;
    public static final int INTERNAL_FAULT = 1;
    public static final int USER_ERROR = 2;
    public static final int NOT_AVAILABLE = 3;

    private Cli() {
    }

    /** Runs the command line and returns the process exit code. */
    public static int execute(String... args) {
        return execute(null, null, args);
    }

    /**
     * Runs the command line with its output going to {@code out} and {@code err} (the standard
     * streams when {@code null}) and returns the exit code; tests use this.
     */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cmd = new CommandLine(new Cli());
        if (out != null) {
            cmd.setOut(out);
        }
        if (err != null) {
            cmd.setErr(err);
        }
        cmd.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("neuroloom: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return USER_ERROR;
        });
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("neuroloom: internal fault: " + ex);
            return INTERNAL_FAULT;
        });
        return cmd.execute(args);
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }
}
