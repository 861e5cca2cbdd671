package org.lifeline.link;

import java.io.IOException;

/**
 * One established connection of a link: an open serial port or a connected socket. A link
 * that reconnects replaces its connection; the connection itself never comes back once closed.
 */
interface Connection {

    /** Reads at least one byte, blocking; -1 when the peer ended the stream or the connection was closed. */
    int read(byte[] buffer) throws IOException;

    /** Writes all bytes or throws; concurrent writes must not interleave. */
    void write(byte[] data, int offset, int length) throws IOException;

    /** What ending the stream means, for the log ("peer closed the connection"). */
    String endOfStreamReason();

    /** Closes; a blocked read returns -1 or throws. Idempotent, never throws. */
    void close();
}
