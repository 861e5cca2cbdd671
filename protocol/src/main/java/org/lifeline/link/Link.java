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

    /** Closes the link; a blocked {@link #read} returns -1. Idempotent. */
    @Override
    void close();
}
