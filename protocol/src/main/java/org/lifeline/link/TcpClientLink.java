package org.lifeline.link;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import org.lifeline.time.Scheduler;
import org.lifeline.time.SystemScheduler;

/**
 * {@code tcp://HOST:PORT}: a TCP client, e.g. to ArduPilot SITL's port 5760 or a
 * mavlink-router TCP server. When the peer closes or the connection breaks, it reconnects with
 * backoff (see {@link ReconnectingLink}); reads wait meanwhile and writes are dropped.
 */
public final class TcpClientLink extends ReconnectingLink {

    private TcpClientLink(LinkUri uri, Scheduler scheduler, LinkOptions options, AutoCloseable owned) {
        super(uri.text(), () -> connect(uri, options), scheduler, options, owned);
    }

    /** Connects (see {@link LinkOptions#requireFirstConnection()}) with its own reconnect timer. */
    public static TcpClientLink open(LinkUri uri, LinkOptions options) throws IOException {
        SystemScheduler timer = new SystemScheduler("link-reconnect " + uri.text());
        return open(uri, options, timer, timer);
    }

    static TcpClientLink open(LinkUri uri, LinkOptions options, Scheduler scheduler, AutoCloseable owned) throws IOException {
        if (uri.scheme() != LinkScheme.TCP) {
            throw new IllegalArgumentException("\"" + uri.text() + "\" is not a tcp:// URI");
        }
        TcpClientLink link = new TcpClientLink(uri, scheduler, options, owned);
        link.start();
        return link;
    }

    private static Connection connect(LinkUri uri, LinkOptions options) throws IOException {
        InetSocketAddress target = new InetSocketAddress(uri.host(), uri.port());
        if (target.isUnresolved()) {
            throw new IOException("cannot connect to " + uri.text() + ": unknown host " + uri.host());
        }
        Socket socket = new Socket();
        try {
            socket.connect(target, (int) options.connectTimeout().toMillis());
            return new SocketConnection(socket, "peer " + target + " closed the connection");
        } catch (IOException e) {
            socket.close();
            throw new IOException("cannot connect to " + uri.text() + ": " + describe(e), e);
        }
    }
}
