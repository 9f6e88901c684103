package org.neuroloom.engine.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Addresses one value in a project's JSON. Two spellings:
 * <ul>
 *   <li>dotted, with list selectors by index or by {@code id}:
 *       {@code network.populations[E].model.tauMs}, {@code network.projections[0].weight.value},
 *       {@code simulation.seed};</li>
 *   <li>a JSON pointer (RFC 6901): {@code /network/populations/0/model/tauMs}.</li>
 * </ul>
 * The last step may name a field that is absent (an optional field); every other step must exist.
 */
public final class JsonPaths {

    private JsonPaths() {
    }

    /** The steps of a path: field names and list selectors ("[E]" becomes "E" after the list's field). */
    static List<String> steps(String path) {
        List<String> steps = new ArrayList<>();
        if (path.startsWith("/")) {
            for (String s : path.substring(1).split("/", -1)) {
                steps.add(s.replace("~1", "/").replace("~0", "~"));
            }
            return steps;
        }
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '.' || c == '[') {
                if (cur.length() > 0) {
                    steps.add(cur.toString());
                    cur.setLength(0);
                }
                if (c == '[') {
                    int end = path.indexOf(']', i);
                    if (end < 0) {
                        throw new IllegalArgumentException("unclosed '[' in " + path);
                    }
                    steps.add(path.substring(i + 1, end));
                    i = end;
                }
            } else {
                cur.append(c);
            }
        }
        if (cur.length() > 0) {
            steps.add(cur.toString());
        }
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("empty path");
        }
        return steps;
    }

    /**
     * Sets the value at {@code path} in {@code root} (modified in place).
     *
     * @throws IllegalArgumentException naming the first step that does not exist
     */
    public static void set(JsonNode root, String path, JsonNode value) {
        List<String> steps = steps(path);
        JsonNode node = root;
        StringBuilder where = new StringBuilder();
        for (int k = 0; k < steps.size(); k++) {
            String step = steps.get(k);
            boolean last = k == steps.size() - 1;
            if (node instanceof ObjectNode o) {
                if (last) {
                    o.set(step, value);
                    return;
                }
                if (!o.has(step)) {
                    throw new IllegalArgumentException(path + ": " + describe(where) + " has no field '" + step + "'");
                }
                node = o.get(step);
                where.append(where.length() == 0 ? "" : ".").append(step);
            } else if (node instanceof ArrayNode a) {
                int index = indexOf(a, step);
                if (index < 0) {
                    throw new IllegalArgumentException(path + ": " + describe(where) + " has no element '" + step
                            + "' (give an index 0.." + (a.size() - 1) + " or an id)");
                }
                if (last) {
                    a.set(index, value);
                    return;
                }
                node = a.get(index);
                where.append('[').append(step).append(']');
            } else {
                throw new IllegalArgumentException(path + ": " + describe(where) + " is a value, not an object or list");
            }
        }
    }

    private static String describe(StringBuilder where) {
        return where.length() == 0 ? "the project" : where.toString();
    }

    private static int indexOf(ArrayNode a, String step) {
        if (step.matches("\\d{1,9}")) {
            int i = Integer.parseInt(step);
            return i < a.size() ? i : -1;
        }
        for (int i = 0; i < a.size(); i++) {
            JsonNode id = a.get(i).get("id");
            if (id != null && id.isTextual() && id.asText().equals(step)) {
                return i;
            }
        }
        return -1;
    }

    /** A command-line value as JSON: a number, {@code true}/{@code false}, {@code null}, or else a string. */
    public static JsonNode parseValue(String text) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        String t = text.trim();
        if (t.equals("true") || t.equals("false")) {
            return f.booleanNode(Boolean.parseBoolean(t));
        }
        if (t.equals("null")) {
            return f.nullNode();
        }
        if (t.matches("-?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?")) {
            BigDecimal d = new BigDecimal(t);
            if (t.matches("-?\\d{1,18}")) {
                return f.numberNode(d.longValueExact());
            }
            return f.numberNode(d);
        }
        return f.textNode(text);
    }
}
