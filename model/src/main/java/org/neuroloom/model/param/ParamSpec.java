package org.neuroloom.model.param;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The self-description of one numeric record component: name (the JSON field), label, unit,
 * default, allowed range, step and help text. Built from {@link Param} annotations.
 *
 * @param name         the record component and JSON field name, e.g. {@code tauMs}
 * @param label        human label
 * @param unit         unit symbol
 * @param defaultValue default
 * @param min          lower bound
 * @param max          upper bound
 * @param minExclusive whether the lower bound itself is excluded
 * @param step         inspector step
 * @param help         help text
 * @param nestName     NEST/PyNN parameter name or empty
 */
public record ParamSpec(String name, String label, String unit, double defaultValue, double min, double max,
                        boolean minExclusive, double step, String help, String nestName) {

    private static final Map<Class<?>, List<ParamSpec>> CACHE = new ConcurrentHashMap<>();

    /** The numeric parameters of a record type, in declaration order. */
    public static List<ParamSpec> of(Class<? extends Record> type) {
        return CACHE.computeIfAbsent(type, ParamSpec::scan);
    }

    /** The parameter called {@code name} of {@code type}, or {@code null}. */
    public static ParamSpec find(Class<? extends Record> type, String name) {
        for (ParamSpec p : of(type)) {
            if (p.name.equals(name)) {
                return p;
            }
        }
        return null;
    }

    private static List<ParamSpec> scan(Class<?> type) {
        List<ParamSpec> out = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            Param p = c.getAnnotation(Param.class);
            if (p != null) {
                out.add(new ParamSpec(c.getName(), p.label(), p.unit(), p.def(), p.min(), p.max(),
                        p.minExclusive(), p.step(), p.help(), p.nest()));
            }
        }
        return List.copyOf(out);
    }

    /** Whether {@code value} is finite and inside the allowed range. */
    public boolean accepts(double value) {
        if (!Double.isFinite(value)) {
            return false;
        }
        boolean aboveMin = minExclusive ? value > min : value >= min;
        return aboveMin && value <= max;
    }

    /** What is allowed, in words: {@code "> 0 ms"}, {@code "between 0 and 1"}. */
    public String allowedText() {
        String u = unit.isEmpty() ? "" : " " + unit;
        boolean hasMin = min != Double.NEGATIVE_INFINITY;
        boolean hasMax = max != Double.POSITIVE_INFINITY;
        if (hasMin && hasMax) {
            return (minExclusive ? "> " + fmt(min) + " and <= " : "between " + fmt(min) + " and ") + fmt(max) + u;
        }
        if (hasMin) {
            return (minExclusive ? "> " : ">= ") + fmt(min) + u;
        }
        if (hasMax) {
            return "<= " + fmt(max) + u;
        }
        return "a finite number" + u;
    }

    /** Formats a number the short way: 20 not 20.0, 0.1 not 0.1000. */
    public static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
