package org.lifeline.agent.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * Reads typed values from properties, collecting every problem instead of stopping at the
 * first, each naming the file, the key, the value and what was expected. A key read here is
 * "known"; {@link #unknownKeys} reports the rest (a typo in a safety limit must not silently
 * leave the default in force).
 */
final class PropertyReader {

    private final Path file;
    private final Properties props;
    private final List<String> problems = new ArrayList<>();
    private final Set<String> known = new HashSet<>();

    PropertyReader(Path file, Properties props) {
        this.file = file;
        this.props = props;
    }

    List<String> problems() {
        return problems;
    }

    void problem(String key, String message) {
        problems.add(file + ": " + key + ": " + message);
    }

    Optional<String> optional(String key) {
        known.add(key);
        String v = props.getProperty(key);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
    }

    String required(String key, String expected) {
        Optional<String> v = optional(key);
        if (v.isEmpty()) {
            problem(key, "missing: expected " + expected);
            return "";
        }
        return v.get();
    }

    int integer(String key, int fallback, int min, int max) {
        Optional<String> v = optional(key);
        if (v.isEmpty()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.get());
            if (n < min || n > max) {
                problem(key, "\"" + v.get() + "\": expected a whole number from " + min + " to " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            problem(key, "\"" + v.get() + "\": expected a whole number from " + min + " to " + max);
            return fallback;
        }
    }

    double number(String key, double fallback, double min, double max) {
        Optional<String> v = optional(key);
        if (v.isEmpty()) {
            return fallback;
        }
        try {
            double d = Double.parseDouble(v.get());
            if (!(d >= min && d <= max)) {
                problem(key, "\"" + v.get() + "\": expected a number from " + fmt(min) + " to " + fmt(max));
            }
            return d;
        } catch (NumberFormatException e) {
            problem(key, "\"" + v.get() + "\": expected a number from " + fmt(min) + " to " + fmt(max));
            return fallback;
        }
    }

    boolean bool(String key, boolean fallback) {
        Optional<String> v = optional(key);
        if (v.isEmpty()) {
            return fallback;
        }
        return switch (v.get().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> {
                problem(key, "\"" + v.get() + "\": expected true or false");
                yield fallback;
            }
        };
    }

    <E extends Enum<E>> E choice(String key, Class<E> type, E fallback) {
        Optional<String> v = optional(key);
        if (v.isEmpty()) {
            return fallback;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(v.get())) {
                return e;
            }
        }
        List<String> names = java.util.Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(java.util.Locale.ROOT)).toList();
        problem(key, "\"" + v.get() + "\": expected one of " + String.join(", ", names));
        return fallback;
    }

    /** A path relative to the configuration file's directory when not absolute. */
    Optional<Path> path(String key) {
        return optional(key).map(this::resolve);
    }

    Path resolve(String value) {
        Path p = Path.of(value);
        Path base = file.toAbsolutePath().getParent();
        return p.isAbsolute() || base == null ? p : base.resolve(p);
    }

    /** The first line of a secret file, or empty with a problem noted. */
    Optional<String> secretFile(String key) {
        Optional<Path> p = path(key);
        if (p.isEmpty()) {
            return Optional.empty();
        }
        if (!Files.isReadable(p.get())) {
            problem(key, "file " + p.get() + " cannot be read: expected a readable file");
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(p.get());
            String first = lines.isEmpty() ? "" : lines.get(0).trim();
            if (first.isEmpty()) {
                problem(key, "file " + p.get() + " is empty: expected the secret on its first line");
                return Optional.empty();
            }
            return Optional.of(first);
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            problem(key, "file " + p.get() + " cannot be read: " + e.getMessage());
            return Optional.empty();
        }
    }

    List<String> unknownKeys() {
        return props.stringPropertyNames().stream().filter(k -> !known.contains(k)).sorted().toList();
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
