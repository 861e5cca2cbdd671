package org.lifeline.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;

/** A connected TCP socket as a {@link Connection}; Nagle is off so small MAVLink frames leave at once. */
final class SocketConnection implements Connection {

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final String endReason;

    SocketConnection(Socket socket, String endReason) throws IOException {
        this.socket = socket;
        socket.setTcpNoDelay(true);
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
        this.endReason = endReason;
    }

    @Override
    public int read(byte[] buffer) throws IOException {
        return in.read(buffer);
    }

    @Override
    public void write(byte[] data, int offset, int length) throws IOException {
        synchronized (out) {
            out.write(data, offset, length);
        }
    }

    @Override
    public String endOfStreamReason() {
        return endReason;
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing a socket we no longer use: nothing to recover
        }
    }

    /** The peer's address, for log lines. */
    String peer() {
        return String.valueOf(socket.getRemoteSocketAddress());
    }
}
