package org.lifeline.mavlink;

import java.util.function.Consumer;

/**
 * What protocol state machines (mission transfer, commands) need from a MAVLink connection:
 * send a message, and hear every message received. The real implementation is the MAVLink
 * endpoint over a {@link org.lifeline.link.Link}; tests use an in-process simulated channel.
 * Listeners may be called from a reader thread; state machines synchronize themselves.
 */
public interface MessageChannel {

    /** Sends a MAVLink library message object (addressed by its own target fields). */
    void send(Object payload);

    /** Registers a listener for every received message; the handle removes it. */
    Subscription subscribe(Consumer<MavMessage> listener);

    /** Removes a listener. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
