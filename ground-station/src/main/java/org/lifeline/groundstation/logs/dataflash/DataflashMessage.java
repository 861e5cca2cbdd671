package org.lifeline.groundstation.logs.dataflash;

/**
 * One DataFlash message with its fields decoded as pymavlink's DFReader does: integer and float
 * fields as numbers, {@code c C e E} divided by 100, {@code L} (lat/lon) multiplied by 1e-7,
 * text fields as strings cut at the first NUL.
 *
 * @param format  its declared format
 * @param offset  byte offset in the file
 * @param numbers numeric values by field (NaN for text fields)
 * @param texts   text values by field (null for numeric fields)
 */
public record DataflashMessage(DataflashFormat format, long offset, double[] numbers, String[] texts) {

    public String name() {
        return format.name();
    }

    /** A numeric field by label, or NaN when the message has no such field. */
    public double get(String label) {
        int i = format.indexOf(label);
        return i < 0 ? Double.NaN : numbers[i];
    }

    /** A text field by label, or null. */
    public String text(String label) {
        int i = format.indexOf(label);
        return i < 0 ? null : texts[i];
    }

    /** TimeUS, the autopilot's microseconds since boot (NaN when absent). */
    public double timeUs() {
        return get("TimeUS");
    }

    /** The value as pymavlink holds it (Long for integers, Double for reals and scaled, String). */
    public Object value(int i) {
        if (texts[i] != null) {
            return texts[i];
        }
        char c = format.format().charAt(i);
        return switch (c) {
            case 'f', 'd', 'c', 'C', 'e', 'E', 'L' -> numbers[i];
            default -> (long) numbers[i];
        };
    }
}
