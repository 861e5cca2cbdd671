package org.lifeline.plan;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Number text for plan files. Writers use Mission Planner's fixed decimals where those are
 * exact and fall back to the shortest exact form otherwise, so that every written value reads
 * back to the same bits; readers accept plain and scientific decimals and {@code nan}, and
 * nothing Java would additionally accept ({@code Infinity}, hex floats, a {@code f} suffix).
 */
final class PlanNumbers {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern NAN = Pattern.compile("[+-]?nan", Pattern.CASE_INSENSITIVE);
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,10}");

    /** From here on fixed decimals only add noise digits; the E notation is shorter and exact. */
    private static final double LARGE = 1e9;

    private PlanNumbers() {
    }

    /** A decimal number, or NaN for {@code nan}; null when the text is not a number. */
    static Double parseDecimal(String text) {
        if (NAN.matcher(text).matches()) {
            return Double.NaN;
        }
        if (!DECIMAL.matcher(text).matches()) {
            return null;
        }
        return Double.parseDouble(text);
    }

    /** A decimal integer that fits an {@code int}; null otherwise. */
    static Integer parseInteger(String text) {
        if (!INTEGER.matcher(text).matches()) {
            return null;
        }
        long value = Long.parseLong(text);
        return value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE ? (int) value : null;
    }

    /** A float with {@code decimals} fixed decimals when that reads back exactly, else its shortest exact text. */
    static String formatFloat(float value, int decimals) {
        if (Float.isNaN(value)) {
            return "nan";
        }
        if (Math.abs(value) >= LARGE) {
            return Float.toString(value);
        }
        String fixed = String.format(Locale.ROOT, "%." + decimals + "f", value);
        if (Float.compare((float) Double.parseDouble(fixed), value) == 0) {
            return fixed;
        }
        return Float.toString(value);
    }

    /** A double with {@code decimals} fixed decimals when that reads back exactly, else its shortest exact text. */
    static String formatDouble(double value, int decimals) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Math.abs(value) >= LARGE) {
            return Double.toString(value);
        }
        String fixed = String.format(Locale.ROOT, "%." + decimals + "f", value);
        if (Double.compare(Double.parseDouble(fixed), value) == 0) {
            return fixed;
        }
        return Double.toString(value);
    }

    /**
     * True when the double becomes a finite float (NaN counts as fitting). Rounding decides, not
     * a comparison with Float.MAX_VALUE: the shortest text of MAX_VALUE, 3.4028235E38, is a
     * double slightly above it that still rounds to it.
     */
    static boolean fitsFloat(double value) {
        return Double.isNaN(value) || (Double.isFinite(value) && !Float.isInfinite((float) value));
    }
}
