package org.lifeline.fleet;

import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads required and optional fields of one JSON object, naming the field in every error. */
final class JsonFields {

    private final JsonNode node;
    private final String what;

    JsonFields(JsonNode node, String what) {
        this.node = node;
        this.what = what;
    }

    private FleetMessageException bad(String field, String expected) {
        JsonNode v = node.get(field);
        String got = v == null || v.isMissingNode() ? "nothing" : v.toString();
        if (got.length() > 60) {
            got = got.substring(0, 57) + "...";
        }
        return new FleetMessageException(what + ": field \"" + field + "\": expected " + expected + ", got " + got);
    }

    String text(String field) throws FleetMessageException {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.asText().isEmpty()) {
            throw bad(field, "a non-empty string");
        }
        return v.asText();
    }

    Optional<String> optionalText(String field) throws FleetMessageException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isTextual()) {
            throw bad(field, "a string or null");
        }
        return Optional.of(v.asText());
    }

    double number(String field) throws FleetMessageException {
        JsonNode v = node.get(field);
        if (v == null || !v.isNumber()) {
            throw bad(field, "a number");
        }
        return v.asDouble();
    }

    double numberIn(String field, double min, double max) throws FleetMessageException {
        double d = number(field);
        if (!(d >= min && d <= max)) {
            throw bad(field, "a number from " + min + " to " + max);
        }
        return d;
    }

    long integer(String field) throws FleetMessageException {
        JsonNode v = node.get(field);
        if (v == null || !v.isIntegralNumber() || !v.canConvertToLong()) {
            throw bad(field, "an integer");
        }
        return v.asLong();
    }

    int smallInteger(String field) throws FleetMessageException {
        long l = integer(field);
        if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
            throw bad(field, "a 32-bit integer");
        }
        return (int) l;
    }

    boolean bool(String field) throws FleetMessageException {
        JsonNode v = node.get(field);
        if (v == null || !v.isBoolean()) {
            throw bad(field, "true or false");
        }
        return v.asBoolean();
    }

    <E extends Enum<E>> E enumValue(String field, Class<E> type) throws FleetMessageException {
        JsonNode v = node.get(field);
        if (v != null && v.isTextual()) {
            String s = v.asText().toUpperCase(Locale.ROOT);
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(s)) {
                    return e;
                }
            }
        }
        StringBuilder names = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            names.append(names.length() == 0 ? "" : " | ").append(e.name().toLowerCase(Locale.ROOT));
        }
        throw bad(field, "one of " + names);
    }

    JsonNode object(String field) throws FleetMessageException {
        JsonNode v = node.get(field);
        if (v == null || !v.isObject()) {
            throw bad(field, "an object");
        }
        return v;
    }
}
