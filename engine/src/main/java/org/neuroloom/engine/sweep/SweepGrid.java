package org.neuroloom.engine.sweep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.neuroloom.model.Project;
import org.neuroloom.model.io.ProjectFiles;
import org.neuroloom.model.io.ProjectLoadException;
import org.neuroloom.model.validate.Problem;

/**
 * The grid of project variants of a parameter sweep: every combination of the given values,
 * the first parameter varying slowest. Each variant is the project's JSON with the values set,
 * loaded and validated like a project file, so a bad value is refused with its path.
 */
public final class SweepGrid {

    /** Variants beyond this are refused (a typo like 1e6 values should not start a week of runs). */
    public static final int MAX_VARIANTS = 100_000;

    /**
     * One parameter: a path and its values.
     *
     * @param path   dotted path or JSON pointer ({@link JsonPaths})
     * @param values the values, as typed
     */
    public record Param(String path, List<String> values) {
        /** Parses {@code PATH=V1,V2,...}. */
        public static Param parse(String spec) {
            int eq = spec.indexOf('=');
            if (eq <= 0 || eq == spec.length() - 1) {
                throw new IllegalArgumentException("--param must look like PATH=V1,V2,..., not '" + spec + "'");
            }
            List<String> values = new ArrayList<>();
            for (String v : spec.substring(eq + 1).split(",", -1)) {
                if (v.isBlank()) {
                    throw new IllegalArgumentException("--param " + spec + ": empty value in the list");
                }
                values.add(v.trim());
            }
            return new Param(spec.substring(0, eq).trim(), List.copyOf(values));
        }
    }

    /**
     * One point of the grid.
     *
     * @param index   0-based position in the grid
     * @param values  the value of each parameter, in parameter order
     * @param project the validated project
     */
    public record Variant(int index, List<String> values, Project project) {
    }

    private SweepGrid() {
    }

    /**
     * Builds and validates every variant of the project in {@code json}.
     *
     * @throws IllegalArgumentException for a path that does not exist or a grid that is too large
     * @throws ProjectLoadException     when a variant is not a valid project (problems name the variant)
     */
    public static List<Variant> build(String json, String fileName, List<Param> params) throws ProjectLoadException {
        long total = 1;
        for (Param p : params) {
            total *= p.values().size();
            if (total > MAX_VARIANTS) {
                throw new IllegalArgumentException("the grid has more than " + MAX_VARIANTS + " variants");
            }
        }
        ObjectMapper mapper = new ObjectMapper();
        JsonNode base;
        try {
            base = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a loaded project is valid JSON", e);
        }
        List<Variant> out = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int k = 0; k < total; k++) {
            List<String> values = new ArrayList<>();
            JsonNode tree = base.deepCopy();
            int rest = k;
            for (int i = params.size() - 1; i >= 0; i--) {
                Param p = params.get(i);
                String v = p.values().get(rest % p.values().size());
                rest /= p.values().size();
                values.add(0, v);
                JsonPaths.set(tree, p.path(), JsonPaths.parseValue(v));
            }
            String name = fileName + " variant " + k + " (" + describe(params, values) + ")";
            try {
                out.add(new Variant(k, List.copyOf(values), ProjectFiles.read(mapper.writeValueAsString(tree), name)));
            } catch (ProjectLoadException e) {
                problems.addAll(e.problems());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a JSON tree serialises", e);
            }
        }
        if (!problems.isEmpty()) {
            throw new ProjectLoadException(problems);
        }
        return out;
    }

    static String describe(List<Param> params, List<String> values) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < params.size(); i++) {
            b.append(i > 0 ? ", " : "").append(params.get(i).path()).append('=').append(values.get(i));
        }
        return b.toString();
    }
}
