package org.lifeline.plan;

/**
 * A plan file (or a set of mission items read from a vehicle) that Lifeline refuses, with the
 * place and the reason a pilot needs to fix it. {@link #getMessage()} is one printable line:
 * {@code SOURCE:LOCATION: DETAIL}, for example
 * {@code route.waypoints:7: field frame: expected an integer 0..255, got "3.5"} or
 * {@code mission.plan: $.mission.items[3]: type "ComplexItem" is not supported; expected "SimpleItem"}.
 *
 * <p>Unchecked on purpose: a plan is read in one place (the command line, the HTTP import, the
 * planner) that catches this one type and shows the message; nothing below it can recover.
 */
public final class PlanFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final int MAX_SHOWN = 40;

    private final String source;
    private final String location;
    private final String detail;

    /**
     * @param source   the file as the user named it, or a description such as "vehicle FENCE items"
     * @param location a line number, a JSON path ({@code $.mission.items[3]}) or "item 4"; may be
     *                 empty. A line number is joined as {@code file:12:}, anything else as
     *                 {@code file: item 4:}
     * @param detail   what was wrong: what was expected and what was found
     */
    public PlanFileException(String source, String location, String detail) {
        this(source, location, detail, null);
    }

    public PlanFileException(String source, String location, String detail, Throwable cause) {
        super(compose(source, location, detail), cause);
        this.source = source;
        this.location = location;
        this.detail = detail;
    }

    /** A refusal of one named field: {@code field NAME: expected EXPECTED, got GOT}. */
    public static PlanFileException field(String source, String location, String field, String expected, String got) {
        return new PlanFileException(source, location, "field " + field + ": expected " + expected + ", got " + got);
    }

    /** The file or item set the problem was found in. */
    public String source() {
        return source;
    }

    /** Line number, JSON path or item index; empty when the problem concerns the whole file. */
    public String location() {
        return location;
    }

    /** The reason, without source and location. */
    public String detail() {
        return detail;
    }

    /**
     * Quotes a value found in the input for a message: control characters escaped and long
     * values shortened, so the message stays on one line whatever the file contained.
     */
    public static String quote(String found) {
        if (found == null) {
            return "nothing";
        }
        StringBuilder out = new StringBuilder("\"");
        int limit = Math.min(found.length(), MAX_SHOWN);
        for (int i = 0; i < limit; i++) {
            char c = found.charAt(i);
            switch (c) {
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                case '\n' -> out.append("\\n");
                case '"' -> out.append("\\\"");
                default -> {
                    if (Character.isISOControl(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        if (found.length() > MAX_SHOWN) {
            out.append("…");
        }
        return out.append('"').toString();
    }

    private static String compose(String source, String location, String detail) {
        String oneLine = detail.replace('\n', ' ').replace('\r', ' ');
        if (location == null || location.isEmpty()) {
            return source + ": " + oneLine;
        }
        // compiler style for line numbers (file:12:), a space before paths and item names
        boolean lineNumber = location.chars().allMatch(Character::isDigit);
        return source + (lineNumber ? ":" : ": ") + location + ": " + oneLine;
    }
}
