package org.neuroloom.app.views;

import java.util.Locale;

/** Tick spacing and labels for plot axes. */
public final class Axes {
    private Axes() {
    }

    /** A 1-2-5 step giving about {@code ticks} ticks over {@code span}. */
    public static double niceStep(double span, int ticks) {
        if (!(span > 0)) {
            return 1;
        }
        double raw = span / Math.max(1, ticks);
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / mag;
        return (f < 1.5 ? 1 : f < 3.5 ? 2 : f < 7.5 ? 5 : 10) * mag;
    }

    /** How many time ticks fit in {@code widthPx} with room for their labels. */
    public static int ticksFor(double widthPx) {
        return (int) Math.max(1, Math.min(8, widthPx / 110));
    }

    /** A compact label: no trailing zeros, engineering-friendly. */
    public static String label(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e7) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.0f" : Math.abs(v) >= 1 ? "%.1f" : "%.3g", v);
    }

    /** A number as a person types it: {@code 400} rather than {@code 400.0}, {@code 0.4} rather than {@code 0.400}. */
    public static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /** A view's time window as its window choice reads: "0.4 s", "1 s". */
    static String window(double ms) {
        return plain(ms / 1000) + " s";
    }

    /** Shows {@code windowMs} in a view's window choice when it shows another (a lesson set the window). */
    static void showWindow(javafx.scene.control.ComboBox<String> box, double windowMs) {
        String shown = window(windowMs);
        if (!shown.equals(box.getValue())) {
            box.setValue(shown);
        }
    }

    /** A time label in ms below 10 s, in s above. */
    public static String time(double ms) {
        return Math.abs(ms) >= 10_000 ? label(ms / 1000) + " s" : label(ms) + " ms";
    }

    /** A quantity with an SI prefix, e.g. {@code 1.2 k}, {@code 3.4 m}. */
    public static String si(double v, String unit) {
        if (Double.isNaN(v)) {
            return "–";
        }
        double a = Math.abs(v);
        String[] prefixes = {"p", "n", "µ", "m", "", "k", "M", "G", "T"};
        int i = 4;
        while (a >= 1000 && i < prefixes.length - 1) {
            a /= 1000;
            v /= 1000;
            i++;
        }
        while (a != 0 && a < 1 && i > 0) {
            a *= 1000;
            v *= 1000;
            i--;
        }
        return String.format(Locale.ROOT, "%.3g %s%s", v, prefixes[i], unit);
    }
}
