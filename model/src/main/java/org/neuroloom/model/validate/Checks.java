package org.neuroloom.model.validate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neuroloom.model.Population;
import org.neuroloom.model.Project;
import org.neuroloom.model.param.ParamSpec;

/** The state of one validation pass: the project, lookups by id, and the problems found so far. */
final class Checks {

    private static final int MAX_LISTED = 12;
    /** Relative tolerance for "is a whole number of time steps" (decimal steps like 0.1 are inexact in binary). */
    private static final double STEP_TOLERANCE = 1e-9;

    final Project project;
    final double dtMs;
    final Map<String, Population> populations = new LinkedHashMap<>();
    final List<Problem> problems = new ArrayList<>();

    Checks(Project project) {
        this.project = project;
        this.dtMs = project.simulation().dtMs();
        for (Population p : project.network().populations()) {
            populations.putIfAbsent(p.id(), p);
        }
    }

    void add(String path, String value, String message) {
        problems.add(Problem.at(path, value, message));
    }

    /** The population {@code id}, or {@code null} after reporting at {@code path} that there is none. */
    Population population(String id, String path) {
        Population p = populations.get(id);
        if (p == null) {
            add(path, quote(id), "is not a population (" + known("populations", populations.keySet()) + ")");
        }
        return p;
    }

    /** {@code "E"}: a string as it appears in the file. */
    static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** A number the short way: {@code 20}, {@code 0.1}. */
    static String num(double v) {
        return ParamSpec.fmt(v);
    }

    /** The known names for a "not found" message: {@code known: E, I} or {@code none exist}. */
    static String known(String what, Collection<String> names) {
        if (names.isEmpty()) {
            return "no " + what + " exist";
        }
        List<String> shown = new ArrayList<>(names).subList(0, Math.min(MAX_LISTED, names.size()));
        return "known: " + String.join(", ", shown) + (names.size() > MAX_LISTED ? ", ..." : "");
    }

    /** Whether {@code ms} is (within rounding) a positive whole number of time steps. */
    boolean isMultipleOfDt(double ms) {
        double steps = ms / dtMs;
        return Math.abs(steps - Math.rint(steps)) <= STEP_TOLERANCE * Math.max(1, steps);
    }

    /** Whether {@code ms} is at least one time step, allowing for decimal rounding ({@code 0.1 / 0.1}). */
    boolean isAtLeastOneStep(double ms) {
        return ms / dtMs >= 1 - STEP_TOLERANCE;
    }

    /** {@code (0.1 ms)}: the time step for messages. */
    String dtText() {
        return "(" + num(dtMs) + " ms)";
    }
}
