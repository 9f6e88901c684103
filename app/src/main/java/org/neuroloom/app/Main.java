package org.neuroloom.app;

import org.neuroloom.engine.cli.Cli;

/**
 * The launcher's entry point. With no arguments (or a project file) it opens the desktop
 * workbench; with a command it runs the command line without touching the display.
 * (A class that extends {@code Application} cannot be the classpath main class.)
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || (args.length == 1 && args[0].endsWith(".json"))) {
            NeuroLoomApp.launchWith(args);
        } else {
            System.exit(Cli.execute(args));
        }
    }
}
