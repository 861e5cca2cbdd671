package org.lifeline.link;

import java.io.IOException;

/**
 * A bidirectional byte transport. One reader thread calls {@link #read}; any thread may call
 * {@link #write}, which sends its bytes as one unit (one datagram on UDP), so callers write
 * whole MAVLink frames. Implementations that reconnect (serial, TCP) hide the reconnection:
 * {@code read} blocks until the link is back, {@code write} drops the bytes while it is down.
 */
public interface Link extends AutoCloseable {

    /**
     * Reads at least one byte into {@code buffer}, blocking until bytes arrive.
     *
     * @return the number of bytes read, or -1 once the link is closed
     */
    int read(byte[] buffer) throws IOException;

    /** Sends {@code length} bytes of {@code data} from {@code offset} as one unit. */
    void write(byte[] data, int offset, int length) throws IOException;

    /** The URI this link was opened from, for logs and messages. */
    String uri();

    /**
     * Whether the link can carry bytes now. Links that cannot go down (in-memory test links)
     * keep this default.
     */
    default LinkState state() {
        return LinkState.UP;
    }

    /** Counters since the link was opened; links that do not count return {@link LinkStats#ZERO}. */
    default LinkStats stats() {
        return LinkStats.ZERO;
    }

    /** Registers a listener for UP / DOWN / CLOSED transitions (none by default: such links never change). */
    default void addStateListener(LinkStateListener listener) {
    }

    /** Removes a listener added with {@link #addStateListener}. */
    default void removeStateListener(LinkStateListener listener) {
    }

    /** Closes the link; a blocked {@link #read} returns -1. Idempotent. */
    @Override
    void close();
}
