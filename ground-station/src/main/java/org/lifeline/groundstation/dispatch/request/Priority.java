package org.lifeline.groundstation.dispatch.request;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Priority classes, most urgent first: a wave takes queued requests in this order. */
public enum Priority {
    URGENT_MEDICINE,
    MEDICINE,
    INFANT,
    FOOD,
    OTHER;

    /** 0 for the most urgent class. */
    public int rank() {
        return ordinal();
    }

    /** Parses a class name, case-insensitively, with '-' or '_' between words. */
    public static Optional<Priority> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String n = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return Arrays.stream(values()).filter(p -> p.name().equals(n)).findFirst();
    }

    /** The accepted names, for error messages. */
    public static String names() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
