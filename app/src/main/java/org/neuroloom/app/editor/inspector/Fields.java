package org.neuroloom.app.editor.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.neuroloom.model.Project;
import org.neuroloom.model.dist.Distribution;
import org.neuroloom.model.param.ParamSpec;
import org.neuroloom.model.param.Params;

/**
 * Builds inspector rows. Numeric parameters come straight from the model's {@link ParamSpec}s
 * (label, unit, range, help) and are range-checked by {@link Params#check}, so the inspector
 * holds no parameter knowledge of its own.
 */
final class Fields {

    private Fields() {
    }

    /** One row per {@code @Param} component of {@code record}; {@code put} places the edited record in the project. */
    static <R extends Record> List<Field> params(String keyPrefix, R record, Function<R, Project> put) {
        List<Field> out = new ArrayList<>();
        @SuppressWarnings("unchecked")
        Class<R> type = (Class<R>) record.getClass();
        for (ParamSpec s : ParamSpec.of(type)) {
            String help = (s.help().isEmpty() ? "" : s.help() + "\n") + "Allowed: " + s.allowedText()
                    + (s.nestName().isEmpty() ? "" : "\nNEST: " + s.nestName());
            out.add(new Field(keyPrefix + s.name(), s.label(), s.unit(), help, Field.Kind.NUMBER,
                    ParamSpec.fmt(Params.get(record, s.name())), List.of(), text -> {
                        double v = number(text);
                        Params.check(s, v).ifPresent(p -> {
                            throw new Field.Refused(p.message());
                        });
                        try {
                            return put.apply(Params.with(record, s.name(), v));
                        } catch (IllegalArgumentException e) {
                            throw new Field.Refused(e.getMessage());
                        }
                    }, "Change " + (s.nestName().isEmpty() ? s.name() : s.nestName()), ""));
        }
        return out;
    }

    /** Parses a number as typed (accepts a decimal comma); refuses anything else. */
    static double number(String text) {
        String t = text.trim().replace(',', '.');
        try {
            double v = Double.parseDouble(t);
            if (!Double.isFinite(v)) {
                throw new Field.Refused("is not a finite number");
            }
            return v;
        } catch (NumberFormatException e) {
            throw new Field.Refused("is not a number");
        }
    }

    /** Parses a whole number; refuses fractions and text. */
    static long whole(String text) {
        double v = number(text);
        if (v != Math.rint(v) || Math.abs(v) > 9.0e15) {
            throw new Field.Refused("is not a whole number");
        }
        return (long) v;
    }

    static Field text(String key, String label, String value, String help, Function<String, Project> edit, String desc) {
        return new Field(key, label, "", help, Field.Kind.TEXT, value, List.of(), edit, desc, "");
    }

    static Field choice(String key, String label, String value, List<String> choices, String help,
                        Function<String, Project> edit, String desc) {
        return new Field(key, label, "", help, Field.Kind.CHOICE, value, choices, edit, desc, "");
    }

    static Field check(String key, String label, boolean value, String help, Function<Boolean, Project> edit, String desc) {
        return new Field(key, label, "", help, Field.Kind.CHECK, Boolean.toString(value), List.of(),
                t -> edit.apply(Boolean.parseBoolean(t)), desc, "");
    }

    /** Names of the distribution types, as the file calls them. */
    static final List<String> DISTRIBUTIONS = List.of("constant", "uniform", "normal");

    private static final List<String> OUTSIDE = List.of("redraw", "clip");

    /**
     * Rows for a distribution: its type and its numbers. Changing the type keeps the mean.
     *
     * @param key   field key ({@code weight})
     * @param label what it is ({@code Weight})
     * @param unit  its unit
     * @param d     the current distribution
     * @param put   places the edited distribution in the project
     */
    static List<Field> distribution(String key, String label, String unit, Distribution d,
                                    Function<Distribution, Project> put) {
        List<Field> out = new ArrayList<>();
        String type = d instanceof Distribution.Constant ? "constant" : d instanceof Distribution.Uniform ? "uniform" : "normal";
        out.add(choice(key, label, type, DISTRIBUTIONS, "How the value is drawn per neuron or synapse.",
                t -> put.apply(retype(d, t)), "Change " + key + " distribution"));
        if (d instanceof Distribution.Constant c) {
            out.add(num(key + ".value", "value", unit, c.value(), v -> put.apply(new Distribution.Constant(v)), key));
        } else if (d instanceof Distribution.Uniform u) {
            out.add(num(key + ".low", "low", unit, u.low(), v -> put.apply(new Distribution.Uniform(v, u.high())), key));
            out.add(num(key + ".high", "high", unit, u.high(), v -> put.apply(new Distribution.Uniform(u.low(), v)), key));
        } else if (d instanceof Distribution.Normal n) {
            out.add(num(key + ".mean", "mean", unit, n.mean(),
                    v -> put.apply(new Distribution.Normal(v, n.sd(), n.min(), n.max(), n.outside())), key));
            out.add(num(key + ".sd", "sd", unit, n.sd(),
                    v -> put.apply(new Distribution.Normal(n.mean(), v, n.min(), n.max(), n.outside())), key));
            out.add(optionalNum(key + ".min", "min", unit, n.min(), v -> put.apply(n.withBounds(v, n.max())), key));
            out.add(optionalNum(key + ".max", "max", unit, n.max(), v -> put.apply(n.withBounds(n.min(), v)), key));
            out.add(choice(key + ".outside", "  outside min/max", n.clipsToBounds() ? "clip" : "redraw", OUTSIDE,
                    "redraw: draw again until inside (NEST normal_clipped); clip: use the nearest bound "
                            + "(NEST normal_clipped_to_boundary, Brian2 clip()).",
                    t -> put.apply(new Distribution.Normal(n.mean(), n.sd(), n.min(), n.max(),
                            "clip".equals(t) ? Distribution.Outside.CLIP : null)), "Change " + key + " outside bounds"));
        }
        return out;
    }

    static Distribution retype(Distribution d, String type) {
        double m = d.mean();
        return switch (type) {
            case "constant" -> new Distribution.Constant(m);
            case "uniform" -> new Distribution.Uniform(m - Math.abs(m) * 0.1, m + Math.abs(m) * 0.1);
            case "normal" -> new Distribution.Normal(m, Math.abs(m) * 0.1, null, null);
            default -> throw new Field.Refused("is not a distribution (allowed: " + String.join(", ", DISTRIBUTIONS) + ")");
        };
    }

    private static Field num(String key, String label, String unit, double value, Function<Double, Project> put,
                             String what) {
        return new Field(key, "  " + label, unit, "", Field.Kind.NUMBER, ParamSpec.fmt(value), List.of(),
                t -> put.apply(number(t)), "Change " + what, "");
    }

    private static Field optionalNum(String key, String label, String unit, Double value, Function<Double, Project> put,
                                     String what) {
        return new Field(key, "  " + label, unit, "Leave empty for no bound.", Field.Kind.NUMBER,
                value == null ? "" : ParamSpec.fmt(value), List.of(),
                t -> put.apply(t.isBlank() ? null : number(t)), "Change " + what, "");
    }
}
