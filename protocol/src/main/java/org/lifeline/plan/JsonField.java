package org.lifeline.plan;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A value in a JSON plan together with its path ({@code $.mission.items[3].params[4]}), so that
 * every refusal names the exact place and says what was expected and what was there. Missing
 * fields are represented by a null node; JSON {@code null} by Jackson's NullNode.
 */
record JsonField(String source, String path, JsonNode node) {

    static JsonField root(String source, JsonNode node) {
        return new JsonField(source, "$", node);
    }

    /** The named member (missing when this is not an object or has no such member). */
    JsonField get(String name) {
        JsonNode child = node != null && node.isObject() ? node.get(name) : null;
        return new JsonField(source, path + "." + name, child);
    }

    /** The element at an index of an array already checked with {@link #array}. */
    JsonField at(int index) {
        return new JsonField(source, path + "[" + index + "]", node.get(index));
    }

    boolean present() {
        return node != null;
    }

    boolean isNull() {
        return node != null && node.isNull();
    }

    /** Requires an object. */
    JsonField object(String expected) {
        if (node == null || !node.isObject()) {
            throw fail(expected);
        }
        return this;
    }

    /** Requires an array and returns its size. */
    int array(String expected) {
        if (node == null || !node.isArray()) {
            throw fail(expected);
        }
        return node.size();
    }

    /** Requires an array of exactly {@code size} elements. */
    void arrayOf(int size, String expected) {
        if (array(expected) != size) {
            throw fail(expected);
        }
    }

    String text(String expected) {
        if (node == null || !node.isTextual()) {
            throw fail(expected);
        }
        return node.textValue();
    }

    double number(String expected) {
        if (node == null || !node.isNumber()) {
            throw fail(expected);
        }
        return node.doubleValue();
    }

    /** A number, or NaN for JSON null (QGroundControl writes NaN params as null). */
    double numberOrNull(String expected) {
        return isNull() ? Double.NaN : number(expected);
    }

    /** An integral number within min..max ({@code 3} or {@code 3.0}). */
    int integer(long min, long max, String expected) {
        if (node == null || !node.isNumber()) {
            throw fail(expected);
        }
        double value = node.doubleValue();
        if (value != Math.rint(value) || value < min || value > max) {
            throw fail(expected);
        }
        return (int) value;
    }

    boolean bool(String expected) {
        if (node == null || !node.isBoolean()) {
            throw fail(expected);
        }
        return node.booleanValue();
    }

    /** Requires the member, when present, to be the integer {@code expected} (a format version). */
    void requireVersion(int expected) {
        if (integer(Integer.MIN_VALUE, Integer.MAX_VALUE, String.valueOf(expected)) != expected) {
            throw fail(String.valueOf(expected) + " (the only version Lifeline reads)");
        }
    }

    PlanFileException fail(String expected) {
        return new PlanFileException(source, path, "expected " + expected + ", got " + describe());
    }

    private String describe() {
        if (node == null) {
            return "nothing (the field is missing)";
        }
        if (node.isNull()) {
            return "null";
        }
        if (node.isTextual()) {
            return PlanFileException.quote(node.textValue());
        }
        if (node.isNumber() || node.isBoolean()) {
            return node.asText();
        }
        if (node.isArray()) {
            return "an array of " + node.size();
        }
        return "an object";
    }
}
