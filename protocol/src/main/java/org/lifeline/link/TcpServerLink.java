package org.lifeline.link;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code tcpin://ADDR:PORT}: listens and serves one client at a time, as an autopilot's TCP port
 * does (the simulator uses it for its ports). A new client replaces the current one: a ground
 * station that crashed without closing its socket would otherwise hold the port forever, and the
 * pilot reconnecting is always the one who should win.
 *
 * <pre>
 *   DOWN (no client) --accept--> UP --client leaves / dropClient()--> DOWN
 *   UP --another client connects--> UP (old client closed, reconnects++)
 *   any --close()--> CLOSED (listening socket closed, acceptor ends)
 * </pre>
 */
public final class TcpServerLink extends ConnectedLink {

    private static final Logger LOG = LoggerFactory.getLogger(TcpServerLink.class);

    private final ServerSocket server;
    private final Thread acceptor;
    private boolean hadClient;

    private TcpServerLink(LinkUri uri, ServerSocket server) {
        super(uri.text());
        this.server = server;
        this.acceptor = new Thread(this::acceptLoop, "link-accept " + uri.text());
        this.acceptor.setDaemon(true);
    }

    /** Binds {@code ADDR:PORT} (port 0 picks a free port, see {@link #localPort()}) and starts accepting. */
    public static TcpServerLink open(LinkUri uri) throws IOException {
        if (uri.scheme() != LinkScheme.TCPIN) {
            throw new IllegalArgumentException("\"" + uri.text() + "\" is not a tcpin:// URI");
        }
        InetSocketAddress bind = new InetSocketAddress(uri.host(), uri.port());
        if (bind.isUnresolved()) {
            throw new IOException("cannot listen on " + uri.text() + ": unknown address " + uri.host());
        }
        ServerSocket server = new ServerSocket();
        try {
            server.setReuseAddress(true);
            server.bind(bind, 1);
        } catch (IOException e) {
            server.close();
            throw new IOException("cannot listen on " + uri.text() + ": " + describe(e), e);
        }
        TcpServerLink link = new TcpServerLink(uri, server);
        LOG.info("{} listening on {}", uri.text(), server.getLocalSocketAddress());
        link.acceptor.start();
        return link;
    }

    /** The port actually listened on. */
    public int localPort() {
        return server.getLocalPort();
    }

    /**
     * Disconnects the current client, if any, and waits for the next one: frees the port for
     * another ground station, and lets tests and the simulator inject a link loss.
     */
    public void dropClient() {
        Connection c = current();
        if (c != null) {
            lost(c, "client dropped by this server");
        }
    }

    private void acceptLoop() {
        while (!isClosed()) {
            Socket s;
            try {
                s = server.accept();
            } catch (IOException e) {
                if (!isClosed()) {
                    LOG.warn("{}: accept failed, no longer listening: {}", uri, describe(e));
                    status.moveTo(LinkState.DOWN, "accept failed: " + describe(e));
                }
                return;
            }
            try {
                SocketConnection c = new SocketConnection(s, "client " + s.getRemoteSocketAddress() + " closed the connection");
                synchronized (this) {
                    if (hadClient) {
                        status.reconnected();
                    }
                    hadClient = true;
                }
                install(c, "client " + c.peer() + " connected");
            } catch (IOException e) {
                LOG.debug("{}: could not set up client {}: {}", uri, s.getRemoteSocketAddress(), describe(e));
                try {
                    s.close();
                } catch (IOException ignored) {
                    // the client is gone already
                }
            }
        }
    }

    @Override
    protected void onLost() {
        // Nothing to do: the acceptor is already waiting for the next client.
    }

    /**
     * Closes the listening socket and waits (up to a second) for the acceptor to leave
     * {@code accept()}: the JDK only releases the port once no thread is blocked on it, and a
     * simulator restarting on the same port must find it free when {@code close()} returns.
     */
    @Override
    protected void closeTransport() {
        try {
            server.close();
        } catch (IOException e) {
            LOG.debug("closing {}", uri, e);
        }
        if (Thread.currentThread() != acceptor) {
            try {
                acceptor.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
