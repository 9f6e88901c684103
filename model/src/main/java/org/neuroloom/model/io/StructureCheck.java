package org.neuroloom.model.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neuroloom.model.param.Param;
import org.neuroloom.model.validate.Problem;
import static org.neuroloom.model.validate.JsonPaths.member;

/**
 * Checks a parsed JSON tree against the shape of the record classes before anything is built:
 * unknown fields (with the allowed names), missing required fields, wrong JSON types, unknown
 * {@code type} names and enum values, non-finite numbers and integers that are not whole or not
 * in range. Every problem is collected with its JSON path, so a file with several mistakes
 * reports them all at once.
 *
 * <p>Record components marked {@link org.neuroloom.model.param.OptionalField} may be absent or
 * {@code null}; every other component is required. A missing optional number with a
 * {@link Param} gets its default written into the tree, so mapping never invents a zero.
 */
final class StructureCheck {

    private static final BigDecimal MAX_DOUBLE = new BigDecimal(Double.MAX_VALUE);
    private static final BigDecimal LONG_RANGE = new BigDecimal(Long.MAX_VALUE).add(BigDecimal.ONE);
    private static final int MAX_VALUE_TEXT = 60;

    private final List<Problem> problems = new ArrayList<>();

    private StructureCheck() {
    }

    /** The structural problems of {@code root} read as {@code type}, in document order. */
    static List<Problem> check(JsonNode root, Class<?> type) {
        StructureCheck c = new StructureCheck();
        c.value(root, type, "$");
        return c.problems;
    }

    private void value(JsonNode node, Type type, String path) {
        Class<?> c = JsonTypes.raw(type);
        if (node.isNull()) {
            wrongType(node, type, path);
        } else if (c == double.class || c == Double.class || c == float.class || c == Float.class) {
            number(node, type, path);
        } else if (c == int.class || c == Integer.class) {
            integer(node, type, path, BigInteger.valueOf(Integer.MIN_VALUE), BigInteger.valueOf(Integer.MAX_VALUE));
        } else if (c == long.class || c == Long.class) {
            integer(node, type, path, BigInteger.valueOf(Long.MIN_VALUE), BigInteger.valueOf(Long.MAX_VALUE));
        } else if (c == boolean.class || c == Boolean.class) {
            expect(node.isBoolean(), node, type, path);
        } else if (c == String.class) {
            expect(node.isTextual(), node, type, path);
        } else if (c.isEnum()) {
            enumValue(node, c, type, path);
        } else if (c == List.class) {
            list(node, type, path);
        } else if (c == Map.class) {
            map(node, type, path);
        } else if (JsonTypes.isPolymorphic(c)) {
            polymorphic(node, c, type, path);
        } else if (c.isRecord()) {
            if (expect(node.isObject(), node, type, path)) {
                record((ObjectNode) node, c, path, null);
            }
        } else {
            throw new IllegalStateException("the model uses a type the file format does not know: " + type);
        }
    }

    private void number(JsonNode node, Type type, String path) {
        if (!expect(node.isNumber(), node, type, path)) {
            return;
        }
        if (node.isBigDecimal() || node.isBigInteger()) {
            BigDecimal v = node.isBigDecimal() ? node.decimalValue() : new BigDecimal(node.bigIntegerValue());
            if (v.abs().compareTo(MAX_DOUBLE) > 0) {
                add(path, text(node), "is too large for a number (the limit is about 1.8E308)");
            }
        } else if (!Double.isFinite(node.doubleValue())) {
            add(path, text(node), "is not a finite number (NaN and infinity are not allowed)");
        }
    }

    private void integer(JsonNode node, Type type, String path, BigInteger min, BigInteger max) {
        if (!expect(node.isNumber(), node, type, path)) {
            return;
        }
        BigInteger v;
        if (node.isIntegralNumber()) {
            v = node.bigIntegerValue();
        } else if (node.isBigDecimal()) {
            BigDecimal d = node.decimalValue();
            // Compare before converting: 1e999999999 is a legal literal but a billion-digit integer.
            if (d.abs().compareTo(LONG_RANGE) > 0) {
                add(path, text(node), "is out of range for a whole number (allowed: " + min + " to " + max + ")");
                return;
            }
            if (d.signum() != 0 && d.stripTrailingZeros().scale() > 0) {
                add(path, text(node), "is not a whole number");
                return;
            }
            v = d.toBigInteger();
        } else if (Double.isFinite(node.doubleValue())) {
            add(path, text(node), "is not a whole number");
            return;
        } else {
            add(path, text(node), "is not a finite number (NaN and infinity are not allowed)");
            return;
        }
        if (v.compareTo(min) < 0 || v.compareTo(max) > 0) {
            add(path, text(node), "is out of range for a whole number (allowed: " + min + " to " + max + ")");
        }
    }

    private void enumValue(JsonNode node, Class<?> c, Type type, String path) {
        if (expect(node.isTextual(), node, type, path) && !JsonTypes.enumNames(c).containsKey(node.textValue())) {
            add(path, text(node), "is not allowed (allowed: " + String.join(", ", JsonTypes.enumNames(c).keySet()) + ")");
        }
    }

    private void list(JsonNode node, Type type, String path) {
        if (!expect(node.isArray(), node, type, path)) {
            return;
        }
        Type element = JsonTypes.argument(type, 0);
        for (int i = 0; i < node.size(); i++) {
            value(node.get(i), element, path + "[" + i + "]");
        }
    }

    private void map(JsonNode node, Type type, String path) {
        if (!expect(node.isObject(), node, type, path)) {
            return;
        }
        Type valueType = JsonTypes.argument(type, 1);
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            value(e.getValue(), valueType, member(path, e.getKey()));
        }
    }

    private void polymorphic(JsonNode node, Class<?> c, Type type, String path) {
        if (!expect(node.isObject(), node, type, path)) {
            return;
        }
        String property = JsonTypes.typeProperty(c);
        Map<String, Class<?>> subtypes = JsonTypes.subtypes(c);
        String allowed = "(allowed: " + String.join(", ", subtypes.keySet()) + ")";
        JsonNode name = node.get(property);
        String typePath = member(path, property);
        if (name == null) {
            add(typePath, "", "missing required field " + allowed);
        } else if (!name.isTextual()) {
            add(typePath, text(name), "has the wrong type (expected text) " + allowed);
        } else if (!subtypes.containsKey(name.textValue())) {
            add(typePath, text(name), "is not a known type " + allowed);
        } else {
            record((ObjectNode) node, subtypes.get(name.textValue()), path, property);
        }
    }

    private void record(ObjectNode node, Class<?> type, String path, String typeProperty) {
        List<String> allowed = JsonTypes.fieldNames(type, typeProperty);
        Set<String> names = Set.copyOf(allowed);
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!names.contains(field)) {
                add(member(path, field), "", "unknown field (allowed: " + String.join(", ", allowed) + ")");
            }
        }
        for (RecordComponent c : type.getRecordComponents()) {
            JsonNode v = node.get(c.getName());
            String p = member(path, c.getName());
            boolean absent = v == null || v.isNull();
            if (absent && JsonTypes.isOptional(c)) {
                Param param = c.getAnnotation(Param.class);
                if (param != null && c.getType().isPrimitive()) {
                    node.put(c.getName(), param.def());
                }
            } else if (v == null) {
                add(p, "", "missing required field (expected " + JsonTypes.expected(c.getGenericType()) + ")");
            } else {
                value(v, c.getGenericType(), p);
            }
        }
    }

    private boolean expect(boolean ok, JsonNode node, Type type, String path) {
        if (!ok) {
            wrongType(node, type, path);
        }
        return ok;
    }

    private void wrongType(JsonNode node, Type type, String path) {
        add(path, text(node), "has the wrong type (expected " + JsonTypes.expected(type) + ")");
    }

    private void add(String path, String value, String message) {
        problems.add(Problem.at(path, value, message));
    }

    /** A JSON value as it would appear in the file, shortened for messages. */
    static String text(JsonNode node) {
        String s;
        if (node.isObject()) {
            s = node.isEmpty() ? "{}" : "{...}";
        } else if (node.isArray()) {
            s = node.isEmpty() ? "[]" : "[...]";
        } else if (node.isNumber()) {
            s = node.isBigDecimal() ? node.decimalValue().toString() : node.asText();
        } else {
            s = node.toString();
        }
        return s.length() > MAX_VALUE_TEXT ? s.substring(0, MAX_VALUE_TEXT - 3) + "..." : s;
    }
}
