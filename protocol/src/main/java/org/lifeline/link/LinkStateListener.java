package org.lifeline.link;

/**
 * Hears a link go up and down, e.g. to show "radio lost" to the pilot. Called on whichever
 * thread noticed the change (the reader, the reconnect timer or the acceptor), so it must return
 * quickly and must not call back into the link's {@code read}.
 */
@FunctionalInterface
public interface LinkStateListener {

    /**
     * @param uri    the link's URI as written
     * @param state  the new state
     * @param reason why, in words for a log line (e.g. "peer closed the connection")
     */
    void stateChanged(String uri, LinkState state, String reason);
}
