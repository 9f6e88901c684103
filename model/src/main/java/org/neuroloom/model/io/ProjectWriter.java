package org.neuroloom.model.io;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neuroloom.model.param.Params;
import org.neuroloom.model.validate.JsonPaths;

/**
 * Writes records as the project file's JSON: fields in record component order (a polymorphic
 * object's {@code type} first), two-space indentation, short lists of scalars on one line, long
 * lists of numbers filled to about 100 columns, numbers in their shortest exact form ({@code 20}
 * not {@code 20.0}), and a trailing newline. Optional fields that are absent or empty are left
 * out. NaN and infinity have no JSON form and are refused with the path of the value.
 */
final class ProjectWriter {

    private static final String INDENT = "  ";
    private static final int WIDTH = 100;
    private static final int INLINE_LIMIT = 72;

    private final StringBuilder out = new StringBuilder();

    private ProjectWriter() {
    }

    /** The JSON text of {@code value} read as {@code type}, ending with a newline. */
    static String write(Object value, Type type) {
        ProjectWriter w = new ProjectWriter();
        w.value(value, type, 0, "$");
        w.out.append('\n');
        return w.out.toString();
    }

    private void value(Object v, Type type, int depth, String path) {
        Class<?> c = JsonTypes.raw(type);
        if (v == null) {
            throw new IllegalArgumentException(path + ": a required value is missing (null)");
        } else if (isScalar(v)) {
            out.append(scalar(v, path));
        } else if (v instanceof Collection<?> list) {
            list(new ArrayList<>(list), JsonTypes.argument(type, 0), depth, path);
        } else if (v instanceof Map<?, ?> map) {
            map(map, JsonTypes.argument(type, 1), depth, path);
        } else if (v instanceof Record r) {
            record(r, JsonTypes.isPolymorphic(c) ? c : null, depth, path);
        } else {
            throw new IllegalArgumentException(path + ": cannot write a " + v.getClass().getName());
        }
    }

    private void record(Record r, Class<?> polymorphic, int depth, String path) {
        List<String> names = new ArrayList<>();
        List<Runnable> bodies = new ArrayList<>();
        if (polymorphic != null) {
            String name = JsonTypes.typeName(polymorphic, r.getClass());
            names.add(JsonTypes.typeProperty(polymorphic));
            bodies.add(() -> out.append(quote(name)));
        }
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            Object v = Params.read(c, r);
            if (JsonTypes.isOptional(c) && isEmpty(v)) {
                continue;
            }
            String p = JsonPaths.member(path, c.getName());
            names.add(c.getName());
            bodies.add(() -> value(v, c.getGenericType(), depth + 1, p));
        }
        object(names, bodies, depth);
    }

    private void map(Map<?, ?> map, Type valueType, int depth, String path) {
        List<String> names = new ArrayList<>();
        List<Runnable> bodies = new ArrayList<>();
        for (Map.Entry<?, ?> e : new TreeMap<>(map).entrySet()) {
            String key = String.valueOf(e.getKey());
            names.add(key);
            bodies.add(() -> value(e.getValue(), valueType, depth + 1, JsonPaths.member(path, key)));
        }
        object(names, bodies, depth);
    }

    private void object(List<String> names, List<Runnable> bodies, int depth) {
        if (names.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append("{\n");
        for (int i = 0; i < names.size(); i++) {
            indent(depth + 1);
            out.append(quote(names.get(i))).append(": ");
            bodies.get(i).run();
            out.append(i + 1 < names.size() ? ",\n" : "\n");
        }
        indent(depth);
        out.append('}');
    }

    private void list(List<?> items, Type elementType, int depth, String path) {
        if (items.isEmpty()) {
            out.append("[]");
            return;
        }
        if (items.stream().allMatch(ProjectWriter::isScalar)) {
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                texts.add(scalar(items.get(i), path + "[" + i + "]"));
            }
            int total = texts.stream().mapToInt(t -> t.length() + 2).sum();
            if (total <= INLINE_LIMIT) {
                out.append('[').append(String.join(", ", texts)).append(']');
            } else if (items.get(0) instanceof Number) {
                filled(texts, depth);
            } else {
                lines(texts, depth);
            }
            return;
        }
        out.append("[\n");
        for (int i = 0; i < items.size(); i++) {
            indent(depth + 1);
            value(items.get(i), elementType, depth + 1, path + "[" + i + "]");
            out.append(i + 1 < items.size() ? ",\n" : "\n");
        }
        indent(depth);
        out.append(']');
    }

    private void filled(List<String> texts, int depth) {
        out.append("[\n");
        indent(depth + 1);
        int column = (depth + 1) * INDENT.length();
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i) + (i + 1 < texts.size() ? "," : "");
            if (column > (depth + 1) * INDENT.length() && column + 1 + t.length() > WIDTH) {
                out.append('\n');
                indent(depth + 1);
                column = (depth + 1) * INDENT.length();
            } else if (column > (depth + 1) * INDENT.length()) {
                out.append(' ');
                column++;
            }
            out.append(t);
            column += t.length();
        }
        out.append('\n');
        indent(depth);
        out.append(']');
    }

    private void lines(List<String> texts, int depth) {
        out.append("[\n");
        for (int i = 0; i < texts.size(); i++) {
            indent(depth + 1);
            out.append(texts.get(i)).append(i + 1 < texts.size() ? ",\n" : "\n");
        }
        indent(depth);
        out.append(']');
    }

    private void indent(int depth) {
        out.append(INDENT.repeat(depth));
    }

    private static boolean isScalar(Object v) {
        return v instanceof Number || v instanceof String || v instanceof Boolean || v instanceof Enum<?>;
    }

    private static boolean isEmpty(Object v) {
        return v == null
                || v instanceof Collection<?> c && c.isEmpty()
                || v instanceof Map<?, ?> m && m.isEmpty()
                || v instanceof String s && s.isEmpty();
    }

    private static String scalar(Object v, String path) {
        if (v instanceof Double || v instanceof Float) {
            return number(((Number) v).doubleValue(), path);
        }
        if (v instanceof Number || v instanceof Boolean) {
            return v.toString();
        }
        if (v instanceof Enum<?> e) {
            return quote(JsonTypes.jsonName(e));
        }
        return quote((String) v);
    }

    /** The shortest text that reads back as exactly {@code d}: {@code 20}, {@code 0.1}, {@code 1.0E-9}. */
    static String number(double d, String path) {
        if (!Double.isFinite(d)) {
            throw new IllegalArgumentException(path + ": " + d + " cannot be saved (JSON has no NaN or infinity)");
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        String s = Double.toString(d);
        double a = Math.abs(d);
        if (s.indexOf('E') >= 0 && a >= 1e-7 && a < 1e15) {
            return new BigDecimal(s).stripTrailingZeros().toPlainString();
        }
        return s;
    }

    private static String quote(String s) {
        return '"' + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + '"';
    }
}
