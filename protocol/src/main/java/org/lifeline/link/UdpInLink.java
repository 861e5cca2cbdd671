package org.lifeline.link;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code udpin://ADDR:PORT}: listens and replies to the last peer that sent a datagram, like
 * MAVProxy's {@code udpin} and QGroundControl's UDP link on 14550. Until the first datagram
 * arrives there is nobody to write to: the link is DOWN and writes are dropped. When a different
 * peer starts sending (the vehicle's companion restarted on a new port), replies follow it.
 *
 * <pre>
 *   DOWN (no peer yet) --first datagram--> UP --datagram from another peer--> UP (reconnects++)
 *   any --close()--> CLOSED
 * </pre>
 */
public final class UdpInLink extends DatagramLink {

    private static final Logger LOG = LoggerFactory.getLogger(UdpInLink.class);

    private volatile InetSocketAddress peer;

    private UdpInLink(LinkUri uri, DatagramSocket socket) {
        super(uri.text(), socket, LinkState.DOWN);
    }

    /** Binds {@code ADDR:PORT}; port 0 picks a free port (see {@link #localPort()}). */
    public static UdpInLink open(LinkUri uri) throws IOException {
        if (uri.scheme() != LinkScheme.UDPIN) {
            throw new IllegalArgumentException("\"" + uri.text() + "\" is not a udpin:// URI");
        }
        InetSocketAddress bind = resolve(uri, "address");
        try {
            DatagramSocket socket = new DatagramSocket(bind);
            return new UdpInLink(uri, socket);
        } catch (SocketException e) {
            throw new IOException("cannot listen on " + uri.text() + ": " + ConnectedLink.describe(e), e);
        }
    }

    /** The peer replies go to, or null before the first datagram. */
    public InetSocketAddress peer() {
        return peer;
    }

    @Override
    protected InetSocketAddress target() {
        return peer;
    }

    @Override
    protected void received(InetSocketAddress from) {
        InetSocketAddress previous = peer;
        if (from.equals(previous)) {
            return;
        }
        peer = from;
        if (previous == null) {
            status.moveTo(LinkState.UP, "first datagram from " + from);
        } else {
            status.reconnected();
            LOG.info("{}: replies now go to {} (was {})", uri, from, previous);
            status.moveTo(LinkState.UP, "peer moved from " + previous + " to " + from);
        }
    }
}
