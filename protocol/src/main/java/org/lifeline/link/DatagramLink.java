package org.lifeline.link;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The common part of the UDP links. Reads hand out datagram bytes as a stream: a datagram
 * larger than the caller's buffer is returned over several reads rather than truncated. UDP
 * has no connection to lose, so send errors (network unreachable while Wi-Fi reconnects) drop
 * the write and count it instead of failing the caller.
 */
abstract class DatagramLink extends StatusLink {

    private static final Logger LOG = LoggerFactory.getLogger(DatagramLink.class);
    private static final int MAX_DATAGRAM = 65_536;
    /**
     * Asked-for receive buffer: a burst (a log replayed at ×10, a parameter list) outlasts the
     * kernel's default 208 KiB while the reader's JVM pauses; the kernel caps it at rmem_max.
     */
    private static final int RECEIVE_BUFFER = 4 << 20;

    protected final DatagramSocket socket;
    private final DatagramPacket packet = new DatagramPacket(new byte[MAX_DATAGRAM], MAX_DATAGRAM);
    private int pendingOffset;
    private int pendingLength;

    DatagramLink(String uri, DatagramSocket socket, LinkState initial) {
        super(uri, initial);
        this.socket = socket;
        try {
            socket.setReceiveBufferSize(RECEIVE_BUFFER);
        } catch (java.net.SocketException e) {
            LOG.debug("{}: receive buffer left at the system's default: {}", uri, e.getMessage());
        }
    }

    /** Where writes go now, or null to drop them. */
    protected abstract InetSocketAddress target();

    /** Called for every datagram received, before its bytes are returned. */
    protected abstract void received(InetSocketAddress from);

    @Override
    public int read(byte[] buffer) throws IOException {
        if (buffer.length == 0) {
            return 0;
        }
        while (pendingLength == 0) {
            try {
                packet.setLength(MAX_DATAGRAM);
                socket.receive(packet);
            } catch (SocketException e) {
                if (status.isClosed()) {
                    return -1;
                }
                throw new IOException(uri + ": receive failed: " + ConnectedLink.describe(e), e);
            }
            received((InetSocketAddress) packet.getSocketAddress());
            pendingOffset = 0;
            pendingLength = packet.getLength();
        }
        int n = Math.min(buffer.length, pendingLength);
        System.arraycopy(packet.getData(), pendingOffset, buffer, 0, n);
        pendingOffset += n;
        pendingLength -= n;
        status.read(n);
        return n;
    }

    @Override
    public void write(byte[] data, int offset, int length) throws IOException {
        InetSocketAddress to = target();
        if (to == null || status.isClosed()) {
            status.dropped();
            return;
        }
        try {
            socket.send(new DatagramPacket(data, offset, length, to));
            status.wrote(length);
        } catch (IOException e) {
            status.dropped();
            LOG.debug("{}: datagram to {} dropped: {}", uri, to, ConnectedLink.describe(e));
        }
    }

    /** The local port datagrams are received on. */
    public int localPort() {
        return socket.getLocalPort();
    }

    @Override
    public void close() {
        if (status.moveTo(LinkState.CLOSED, "closed by its owner")) {
            socket.close();
        }
    }

    static InetSocketAddress resolve(LinkUri uri, String role) throws IOException {
        InetSocketAddress a = new InetSocketAddress(uri.host(), uri.port());
        if (a.isUnresolved()) {
            throw new IOException("cannot open " + uri.text() + ": unknown " + role + " " + uri.host());
        }
        return a;
    }
}
