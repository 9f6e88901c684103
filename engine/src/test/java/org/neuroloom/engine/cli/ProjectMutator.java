package org.neuroloom.engine.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

/**
 * Makes broken variants of a project file, deterministically from a seed: truncated and
 * garbled bytes, values of the wrong type, missing fields, out-of-range and non-finite numbers,
 * references to nothing, duplicate ids and huge sizes.
 */
final class ProjectMutator {

    /**
     * One broken file.
     *
     * @param kind  what was done, for failure messages
     * @param bytes the file's content
     */
    record Mutant(String kind, byte[] bytes) {
    }

    /** A leaf or field inside the tree: the parent and its key (object) or index (array). */
    private record Slot(JsonNode parent, String key, int index, String path) {
        JsonNode get() {
            return key != null ? parent.get(key) : parent.get(index);
        }

        void set(JsonNode v) {
            if (key != null) {
                ((ObjectNode) parent).set(key, v);
            } else {
                ((ArrayNode) parent).set(index, v);
            }
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String[] BAD_NUMBERS = {"-1", "0", "-1e9", "1e308", "1e400", "NaN", "Infinity", "-Infinity", "1e-320",
        "2147483648", "-0.0", "0.5", "99999999999999999999"};
    private static final String[] REFERENCE_FIELDS = {"source", "target", "population", "projection", "modulator"};

    private final Random random;
    private final byte[] original;
    private final String text;

    ProjectMutator(byte[] original, long seed) {
        this.original = original.clone();
        this.text = new String(original, StandardCharsets.UTF_8);
        this.random = new Random(seed);
    }

    /** {@code perKind} mutants of every kind. */
    List<Mutant> mutants(int perKind) throws JsonProcessingException {
        List<Mutant> out = new ArrayList<>();
        for (int k = 0; k < perKind; k++) {
            out.add(truncated());
            out.add(garbled());
            out.add(tree("wrong type", s -> true, this::wrongType));
            out.add(removedField());
            out.add(tree("bad number", s -> s.get().isNumber(), s -> s.set(raw(BAD_NUMBERS[random.nextInt(BAD_NUMBERS.length)]))));
            out.add(tree("dangling reference", s -> s.key() != null && List.of(REFERENCE_FIELDS).contains(s.key())
                    || s.path().contains("releasedBy") || s.path().contains("recording.spikes"),
                    s -> s.set(JsonNodeFactory.instance.textNode("no_such_" + random.nextInt(100)))));
            out.add(tree("huge size", s -> s.key() != null && List.of("size", "n", "durationMs").contains(s.key()),
                    s -> s.set(raw(random.nextBoolean() ? "2000000000" : "1e9"))));
            out.add(tree("duplicate id", s -> "id".equals(s.key()), s -> s.set(JsonNodeFactory.instance.textNode(firstId()))));
        }
        return out;
    }

    private Mutant truncated() {
        int at = random.nextInt(original.length);
        return new Mutant("truncated at byte " + at, java.util.Arrays.copyOf(original, at));
    }

    private Mutant garbled() {
        byte[] b = original.clone();
        int at = random.nextInt(b.length);
        int len = 1 + random.nextInt(Math.min(64, b.length - at));
        for (int i = at; i < at + len; i++) {
            b[i] = (byte) random.nextInt(256);
        }
        return new Mutant("garbage bytes at " + at + "+" + len, b);
    }

    private Mutant removedField() throws JsonProcessingException {
        return tree("missing field", s -> s.key() != null, s -> ((ObjectNode) s.parent()).remove(s.key()));
    }

    private void wrongType(Slot s) {
        JsonNode v = s.get();
        JsonNodeFactory f = JsonNodeFactory.instance;
        JsonNode[] others = {f.textNode("seven"), f.numberNode(7), f.booleanNode(true), f.nullNode(), f.arrayNode(),
            f.objectNode()};
        JsonNode pick;
        do {
            pick = others[random.nextInt(others.length)];
        } while (pick.getNodeType() == v.getNodeType());
        s.set(pick);
    }

    /** Applies {@code change} to a random slot chosen among those {@code which} accepts. */
    private Mutant tree(String kind, Predicate<Slot> which, java.util.function.Consumer<Slot> change)
            throws JsonProcessingException {
        JsonNode root = MAPPER.readTree(text);
        List<Slot> slots = new ArrayList<>();
        collect(root, "$", slots);
        slots.removeIf(which.negate());
        if (slots.isEmpty()) {
            return new Mutant(kind + " (nothing to change)", original);
        }
        Slot s = slots.get(random.nextInt(slots.size()));
        change.accept(s);
        return new Mutant(kind + " at " + s.path(), MAPPER.writeValueAsString(root).getBytes(StandardCharsets.UTF_8));
    }

    private static void collect(JsonNode node, String path, List<Slot> out) {
        if (node instanceof ObjectNode o) {
            o.fieldNames().forEachRemaining(name -> {
                out.add(new Slot(o, name, -1, path + "." + name));
                collect(o.get(name), path + "." + name, out);
            });
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                out.add(new Slot(a, null, i, path + "[" + i + "]"));
                collect(a.get(i), path + "[" + i + "]", out);
            }
        }
    }

    private String firstId() {
        int at = text.indexOf("\"id\"");
        int start = text.indexOf('"', text.indexOf(':', at) + 1) + 1;
        return text.substring(start, text.indexOf('"', start));
    }

    /** A number node holding literal text (so 1e400 and NaN reach the file as written). */
    private static JsonNode raw(String literal) {
        return JsonNodeFactory.instance.rawValueNode(new com.fasterxml.jackson.databind.util.RawValue(literal));
    }
}
