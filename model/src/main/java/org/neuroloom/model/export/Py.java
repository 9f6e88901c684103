package org.neuroloom.model.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neuroloom.model.dist.Distribution;

/** Python source literals for the PyNN exporter. */
final class Py {

    private Py() {
    }

    /** Python source shipped beside this class (a resource of the model jar). */
    static String resource(String name) {
        try (InputStream in = Py.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " beside " + Py.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Python string literal. */
    static String str(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        b.append(String.format("\\x%02x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** A Python float literal; infinities become {@code float("inf")}. */
    static String num(double v) {
        if (Double.isNaN(v)) {
            return "float(\"nan\")";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "float(\"inf\")" : "-float(\"inf\")";
        }
        return Decimal.of(v);
    }

    /** {@code v × factor} as a Python float literal, exact for powers of ten. */
    static String scaled(double v, double factor) {
        if (!Double.isFinite(v)) {
            return num(v * Math.signum(factor));
        }
        return Decimal.scaled(v, factor);
    }

    /** Keyword arguments {@code a=1.0, b=2.0} in insertion order. */
    static String kwargs(Map<String, String> args) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, String> e : args.entrySet()) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(e.getKey()).append('=').append(e.getValue());
        }
        return b.toString();
    }

    /** A Python list of floats. */
    static String floats(List<Double> values, double factor) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                b.append(", ");
            }
            b.append(scaled(values.get(i), factor));
        }
        return b.append(']').toString();
    }

    /**
     * A value drawn per neuron or synapse: a constant or a {@code sim.RandomDistribution}
     * on the script's seeded {@code rng}, scaled by {@code factor} (a negative factor swaps
     * the bounds).
     */
    static String dist(Distribution d, double factor) {
        if (d instanceof Distribution.Constant c) {
            return scaled(c.value(), factor);
        }
        Map<String, String> a = new LinkedHashMap<>();
        if (d instanceof Distribution.Uniform u) {
            String lo = scaled(u.low(), factor);
            String hi = scaled(u.high(), factor);
            a.put("low", factor < 0 ? hi : lo);
            a.put("high", factor < 0 ? lo : hi);
            a.put("rng", "rng");
            return "sim.RandomDistribution(\"uniform\", " + kwargs(a) + ")";
        }
        Distribution.Normal n = (Distribution.Normal) d;
        a.put("mu", scaled(n.mean(), factor));
        a.put("sigma", scaled(n.sd(), Math.abs(factor)));
        if (n.min() == null && n.max() == null) {
            a.put("rng", "rng");
            return "sim.RandomDistribution(\"normal\", " + kwargs(a) + ")";
        }
        String lo = scaled(n.lowest(), factor);
        String hi = scaled(n.highest(), factor);
        a.put("low", factor < 0 ? hi : lo);
        a.put("high", factor < 0 ? lo : hi);
        a.put("rng", "rng");
        String name = n.clipsToBounds() ? "normal_clipped_to_boundary" : "normal_clipped";
        return "sim.RandomDistribution(\"" + name + "\", " + kwargs(a) + ")";
    }
}
