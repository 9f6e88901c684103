package org.neuroloom.model.export;

import java.math.BigDecimal;

/**
 * Number formatting for exported documents. Unit changes by powers of ten (pA to nA, nS to µS,
 * pF to nF) are done on the decimal representation, so {@code 281 pF} becomes exactly
 * {@code 0.281} and not {@code 0.28100000000000003}.
 */
final class Decimal {

    private Decimal() {
    }

    /** The shortest decimal text that reads back as {@code v}; {@code 20.0} rather than {@code 20}. */
    static String of(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("not a finite number: " + v);
        }
        if (v == 0) {
            return "0.0";
        }
        return text(new BigDecimal(Double.toString(v)));
    }

    /** {@code v × 10^-3}, exact in decimal. */
    static String milli(double v) {
        return shifted(v, -3);
    }

    /** {@code v × 10^exponent}, exact in decimal. */
    static String shifted(double v, int exponent) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("not a finite number: " + v);
        }
        if (v == 0) {
            return "0.0";
        }
        return text(new BigDecimal(Double.toString(v)).movePointRight(exponent));
    }

    /** {@code v × factor}: exact when the factor is a power of ten, rounded once otherwise. */
    static String scaled(double v, double factor) {
        if (factor == 1) {
            return of(v);
        }
        int exponent = (int) Math.round(Math.log10(Math.abs(factor)));
        if (factor > 0 && Math.pow(10, exponent) == factor) {
            return shifted(v, exponent);
        }
        return of(v * factor);
    }

    /**
     * Plain text for ordinary magnitudes ({@code 0.281}, {@code 1000000000.0}), otherwise
     * {@code 1.5e-12} (no '+' in the exponent, which XML schema number patterns reject).
     */
    private static String text(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        int magnitude = s.precision() - s.scale() - 1;
        String t;
        if (magnitude >= -6 && magnitude < 16) {
            t = s.toPlainString();
            return t.indexOf('.') < 0 ? t + ".0" : t;
        }
        t = s.toString().replace("E+", "e").replace('E', 'e');
        return t;
    }
}
