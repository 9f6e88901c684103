package org.neuroloom.model.io;

import java.util.List;
import java.util.stream.Collectors;
import org.neuroloom.model.validate.Problem;

/** A project file could not be loaded; {@link #problems()} lists every reason, each with file, path and value. */
public final class ProjectLoadException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /** @param problems what is wrong, at least one */
    public ProjectLoadException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a load failure needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in file order. */
    public List<Problem> problems() {
        return problems;
    }
}
