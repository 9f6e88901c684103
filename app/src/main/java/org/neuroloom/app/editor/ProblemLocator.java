package org.neuroloom.app.editor;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.neuroloom.model.Project;
import org.neuroloom.model.validate.Problem;

/**
 * Ties a validation problem to the element it is about, through its JSON path:
 * {@code $.network.populations[2].model.tauMs} is about the third population, field
 * {@code model.tauMs}.
 */
public final class ProblemLocator {

    private static final Pattern ELEMENT = Pattern.compile(
            "^\\$\\.(network\\.populations|network\\.projections|network\\.modulators|notes)\\[(\\d+)](?:\\.(.*))?$");

    /**
     * Where a problem is.
     *
     * @param elementId the element's id
     * @param field     the path inside the element ({@code model.tauMs}), empty for the element itself
     */
    public record Location(String elementId, String field) {
    }

    private ProblemLocator() {
    }

    /** The element and field a problem is about, if it is about one element. */
    public static Optional<Location> locate(Project p, Problem problem) {
        Matcher m = ELEMENT.matcher(problem.path());
        if (!m.matches()) {
            return Optional.empty();
        }
        int i = Integer.parseInt(m.group(2));
        List<String> ids = switch (m.group(1)) {
            case "network.populations" -> p.network().populations().stream().map(x -> x.id()).toList();
            case "network.projections" -> p.network().projections().stream().map(x -> x.id()).toList();
            case "network.modulators" -> p.network().modulators().stream().map(x -> x.id()).toList();
            default -> p.notes().stream().map(x -> x.id()).toList();
        };
        if (i >= ids.size()) {
            return Optional.empty();
        }
        return Optional.of(new Location(ids.get(i), m.group(3) == null ? "" : m.group(3)));
    }
}
