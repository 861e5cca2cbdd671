package org.lifeline.link;

import java.io.IOException;
import java.io.InterruptedIOException;

/**
 * A link carried by one replaceable {@link Connection}: reads block while there is none,
 * writes are dropped and counted, and a failed connection is handed to {@link #onLost()} so the
 * subclass can reconnect (serial, TCP client) or wait for the next client (TCP server).
 *
 * <pre>
 *   DOWN --install--> UP --read/write fails, EOF--> DOWN --install--> UP ...
 *   any --close()--> CLOSED (final; blocked reads return -1)
 * </pre>
 */
abstract class ConnectedLink extends StatusLink {

    private Connection current;
    private boolean closed;

    ConnectedLink(String uri) {
        super(uri, LinkState.DOWN);
    }

    @Override
    public int read(byte[] buffer) throws IOException {
        if (buffer.length == 0) {
            return 0;
        }
        while (true) {
            Connection c = awaitConnection();
            if (c == null) {
                return -1;
            }
            int n;
            try {
                n = c.read(buffer);
            } catch (IOException e) {
                if (e instanceof InterruptedIOException && Thread.currentThread().isInterrupted()) {
                    throw e; // the caller's thread is being stopped; the connection is fine
                }
                if (isClosed()) {
                    return -1;
                }
                lost(c, describe(e));
                continue;
            }
            if (n > 0) {
                status.read(n);
                return n;
            }
            if (isClosed()) {
                return -1;
            }
            lost(c, c.endOfStreamReason());
        }
    }

    @Override
    public void write(byte[] data, int offset, int length) throws IOException {
        Connection c = current();
        if (c == null) {
            status.dropped();
            return;
        }
        try {
            c.write(data, offset, length);
            status.wrote(length);
        } catch (IOException e) {
            status.dropped();
            if (!isClosed()) {
                lost(c, describe(e));
            }
        }
    }

    @Override
    public void close() {
        Connection c;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            c = current;
            current = null;
            notifyAll();
        }
        closeTransport();
        if (c != null) {
            c.close();
        }
        status.moveTo(LinkState.CLOSED, "closed by its owner");
    }

    /** Makes {@code c} the live connection, closing any previous one, and goes UP. */
    protected void install(Connection c, String reason) {
        Connection old;
        synchronized (this) {
            if (closed) {
                c.close();
                return;
            }
            old = current;
            current = c;
            notifyAll();
            status.moveTo(LinkState.UP, reason);
        }
        if (old != null) {
            old.close();
        }
    }

    /** Drops {@code c} if it is still the live connection, goes DOWN and calls {@link #onLost()}. */
    protected void lost(Connection c, String reason) {
        synchronized (this) {
            if (current != c || closed) {
                return;
            }
            current = null;
            status.moveTo(LinkState.DOWN, reason);
        }
        c.close();
        onLost();
    }

    /** The connection was lost; reconnect or wait. Called without locks held. */
    protected abstract void onLost();

    /** Releases what the subclass holds besides the connection (timers, server socket). */
    protected abstract void closeTransport();

    protected synchronized Connection current() {
        return current;
    }

    protected synchronized boolean isClosed() {
        return closed;
    }

    private synchronized Connection awaitConnection() throws InterruptedIOException {
        while (current == null && !closed) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting for " + uri + " to come back");
            }
        }
        return closed ? null : current;
    }

    static String describe(IOException e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
