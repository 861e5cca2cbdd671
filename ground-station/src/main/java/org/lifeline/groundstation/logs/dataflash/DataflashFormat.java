package org.lifeline.groundstation.logs.dataflash;

import java.util.Arrays;
import java.util.List;

/**
 * One message format declared by an FMT record.
 *
 * @param type    the message type byte
 * @param length  the whole message length, 3-byte header included
 * @param name    the message name ({@code GPS})
 * @param format  one type character per field ({@code QBBIHBcLLeffffB})
 * @param labels  field names ({@code TimeUS,Status,...})
 * @param units   per field unit label (from FMTU/UNIT) or "" when undeclared
 * @param multipliers per field multiplier (from FMTU/MULT) or NaN when undeclared
 */
public record DataflashFormat(int type, int length, String name, String format, List<String> labels,
                              List<String> units, double[] multipliers) {

    public DataflashFormat {
        labels = List.copyOf(labels);
        units = List.copyOf(units);
    }

    /** The bytes one field type character takes, or -1 for an unknown character. */
    public static int size(char c) {
        return switch (c) {
            case 'b', 'B', 'M' -> 1;
            case 'h', 'H', 'c', 'C' -> 2;
            case 'i', 'I', 'f', 'e', 'E', 'L', 'n' -> 4;
            case 'd', 'q', 'Q' -> 8;
            case 'N' -> 16;
            case 'Z', 'a' -> 64;
            default -> -1;
        };
    }

    /** Whether field {@code i} holds text (n, N, Z) or an array ('a'). */
    public boolean isText(int i) {
        char c = format.charAt(i);
        return c == 'n' || c == 'N' || c == 'Z' || c == 'a';
    }

    /** The index of a label, or -1. */
    public int indexOf(String label) {
        return labels.indexOf(label);
    }

    /** This format with units and multipliers attached. */
    DataflashFormat withUnits(List<String> u, double[] m) {
        return new DataflashFormat(type, length, name, format, labels, u, m);
    }

    static double[] noMultipliers(int n) {
        double[] m = new double[n];
        Arrays.fill(m, Double.NaN);
        return m;
    }
}
