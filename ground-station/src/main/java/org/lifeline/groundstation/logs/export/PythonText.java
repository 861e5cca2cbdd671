package org.lifeline.groundstation.logs.export;

import java.math.BigDecimal;
import java.util.List;

/**
 * Values written the way Python's {@code str()} writes them, so CSV cells match pymavlink's:
 * {@code 3.0}, {@code 0.1}, {@code 1e-05}, {@code 1.5e+16}, {@code nan}, lists as {@code [1, 2]}.
 */
final class PythonText {

    private PythonText() {
    }

    static String of(Object v) {
        if (v instanceof Double d) {
            return real(d);
        }
        if (v instanceof Float fl) {
            return real(fl.doubleValue());
        }
        if (v instanceof List<?> list) {
            StringBuilder s = new StringBuilder("[");
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    s.append(", ");
                }
                Object e = list.get(i);
                s.append(e instanceof String str ? "'" + str + "'" : of(e));
            }
            return s.append(']').toString();
        }
        return String.valueOf(v);
    }

    /** Python's repr of a float: shortest digits, positional for exponents -4..15, else d.ddde±XX. */
    static String real(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return 1 / d < 0 ? "-0.0" : "0.0";
        }
        BigDecimal b = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        String digits = b.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - b.scale(); // d = 0.digits... × 10^(exponent+1)
        String sign = d < 0 ? "-" : "";
        if (exponent >= -4 && exponent < 16) {
            if (exponent < 0) {
                return sign + "0." + "0".repeat(-exponent - 1) + digits;
            }
            if (digits.length() <= exponent + 1) {
                return sign + digits + "0".repeat(exponent + 1 - digits.length()) + ".0";
            }
            return sign + digits.substring(0, exponent + 1) + "." + digits.substring(exponent + 1);
        }
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + (Math.abs(exponent) < 10 ? "0" : "") + Math.abs(exponent);
    }
}
