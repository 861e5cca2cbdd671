package org.lifeline.groundstation.planning.route;

/**
 * The outcome of a planning query: the value found, or why there is none. Not finding a route
 * is an expected answer (a zone closes a street), so it is a result, not an exception.
 */
public sealed interface Planned<T> permits Planned.Found, Planned.Blocked {

    record Found<T>(T value) implements Planned<T> {
    }

    record Blocked<T>(Blockage blockage) implements Planned<T> {
    }

    static <T> Planned<T> found(T value) {
        return new Found<>(value);
    }

    static <T> Planned<T> blocked(String reason, java.util.List<String> zoneIds) {
        return new Blocked<>(new Blockage(reason, zoneIds));
    }

    static <T> Planned<T> blocked(Blockage blockage) {
        return new Blocked<>(blockage);
    }

    default boolean isFound() {
        return this instanceof Found;
    }

    /** The value, or a {@link NoRouteException} carrying the blockage. */
    default T orElseThrow() throws NoRouteException {
        if (this instanceof Found<T> f) {
            return f.value();
        }
        throw new NoRouteException(((Blocked<T>) this).blockage());
    }
}
