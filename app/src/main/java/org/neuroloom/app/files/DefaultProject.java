package org.neuroloom.app.files;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Which project the app opens at start: the file given on the command line, else the default sample. */
public final class DefaultProject {

    /** The sample opened when no file is given. */
    public static final String SAMPLE = "sample-projects/vogels-abbott-cuba.neuroloom.json";

    private DefaultProject() {
    }

    /**
     * The file to open: the first argument if any, else the default sample under
     * {@code neuroloom.home} (set by the launcher) or the working directory; {@code null} when
     * there is none (the app starts with an empty project).
     */
    public static Path startupFile(List<String> args, String home) {
        if (!args.isEmpty()) {
            return Path.of(args.get(0));
        }
        Path base = home == null || home.isBlank() ? Path.of("") : Path.of(home);
        Path sample = base.resolve(SAMPLE);
        return Files.isRegularFile(sample) ? sample : null;
    }
}
