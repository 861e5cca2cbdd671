package org.lifeline.link;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketException;

/**
 * {@code udp://HOST:PORT}: sends to a fixed peer from an ephemeral local port and reads whatever
 * comes back to that port (MAVProxy's {@code udpout}). Use it to reach a {@code udpin} listener:
 * mavlink-router's UDP server endpoint, SITL's {@code --out} port, another ground station.
 * Broadcast addresses are allowed. It is UP from the start: UDP cannot tell whether the peer
 * is there.
 */
public final class UdpLink extends DatagramLink {

    private final InetSocketAddress peer;

    private UdpLink(LinkUri uri, DatagramSocket socket, InetSocketAddress peer) {
        super(uri.text(), socket, LinkState.UP);
        this.peer = peer;
    }

    /** Resolves the peer and binds an ephemeral local port. */
    public static UdpLink open(LinkUri uri) throws IOException {
        if (uri.scheme() != LinkScheme.UDP) {
            throw new IllegalArgumentException("\"" + uri.text() + "\" is not a udp:// URI");
        }
        InetSocketAddress peer = resolve(uri, "host");
        try {
            DatagramSocket socket = new DatagramSocket();
            socket.setBroadcast(true);
            return new UdpLink(uri, socket, peer);
        } catch (SocketException e) {
            throw new IOException("cannot open " + uri.text() + ": " + ConnectedLink.describe(e), e);
        }
    }

    @Override
    protected InetSocketAddress target() {
        return peer;
    }

    @Override
    protected void received(InetSocketAddress from) {
        // Replies may come from any address (a router answering from another interface).
    }
}
