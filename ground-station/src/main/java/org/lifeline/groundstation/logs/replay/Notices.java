package org.lifeline.groundstation.logs.replay;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * What the replay tells the terminal about its ground station's requests: each kind once (a
 * ground station re-sends a refused command every second; the operator needs to read it once).
 * Thread-safe.
 */
public final class Notices {

    private final Consumer<String> sink;
    private final Set<String> said = ConcurrentHashMap.newKeySet();

    public Notices(Consumer<String> sink) {
        this.sink = sink;
    }

    /** Says {@code text} unless something of {@code kind} was said before; returns whether it was said. */
    public boolean once(String kind, String text) {
        if (said.add(kind)) {
            sink.accept(text);
            return true;
        }
        return false;
    }

    /** The kinds said so far. */
    public Set<String> kinds() {
        return Set.copyOf(said);
    }
}
