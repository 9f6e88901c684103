package org.neuroloom.app.editor.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.neuroloom.model.param.ParamSpec;

/**
 * Lists of pairs and numbers as one line of text in the inspector: {@code 100: 200, 400: 0}
 * for time-value schedules, {@code 10, 20, 30} for spike times.
 */
final class ListText {

    private ListText() {
    }

    /** {@code a: b, c: d}. */
    static String pairs(List<double[]> pairs) {
        List<String> parts = new ArrayList<>();
        for (double[] p : pairs) {
            parts.add(ParamSpec.fmt(p[0]) + ": " + ParamSpec.fmt(p[1]));
        }
        return String.join(", ", parts);
    }

    /** Parses {@code a: b, c: d} (empty text: no pairs) into records made by {@code make}. */
    static <T> List<T> parsePairs(String text, BiFunction<Double, Double, T> make) {
        List<T> out = new ArrayList<>();
        if (text.isBlank()) {
            return out;
        }
        for (String part : text.split("[,;]")) {
            String[] ab = part.split(":");
            if (ab.length != 2) {
                throw new Field.Refused("is not a list of time: value pairs (e.g. 100: 200, 400: 0)");
            }
            out.add(make.apply(Fields.number(ab[0]), Fields.number(ab[1])));
        }
        return out;
    }

    /** {@code 10, 20, 30}. */
    static String numbers(List<Double> xs) {
        List<String> parts = new ArrayList<>();
        xs.forEach(x -> parts.add(ParamSpec.fmt(x)));
        return String.join(", ", parts);
    }

    /** Parses {@code 10, 20, 30} (empty text: none). */
    static List<Double> parseNumbers(String text) {
        List<Double> out = new ArrayList<>();
        if (text.isBlank()) {
            return out;
        }
        for (String part : text.split("[,;\\s]+")) {
            if (!part.isBlank()) {
                out.add(Fields.number(part));
            }
        }
        return out;
    }

    /** {@code exc, inh}. */
    static List<String> parseIds(String text) {
        List<String> out = new ArrayList<>();
        for (String part : text.split("[,;\\s]+")) {
            if (!part.isBlank()) {
                out.add(part.trim());
            }
        }
        return out;
    }
}
