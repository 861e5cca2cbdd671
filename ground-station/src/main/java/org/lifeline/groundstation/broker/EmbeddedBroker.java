package org.lifeline.groundstation.broker;

import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Properties;

/**
 * An MQTT broker inside this process, for the demo and for a laptop without Mosquitto.
 *
 * <p>Moquette's defaults are wrong for us in three ways, each fixed here: it binds every
 * interface (we bind {@code 127.0.0.1} unless a host is given), it reports usage to its authors
 * ({@code telemetry_enabled=false}), and it may answer {@link Server#getPort()} with 0 right after
 * start (we choose the free port ourselves and keep it). Its classes stay behind this adapter.
 */
public final class EmbeddedBroker implements AutoCloseable {

    private final Server server;
    private final String host;
    private final int port;

    private EmbeddedBroker(Server server, String host, int port) {
        this.server = server;
        this.host = host;
        this.port = port;
    }

    /** Starts a broker on a free loopback port. */
    public static EmbeddedBroker startOnLoopback() {
        return start("127.0.0.1", 0);
    }

    /**
     * Starts a broker on {@code host:port}; port 0 picks a free one.
     *
     * @throws IllegalArgumentException when the host is not an address of this machine
     * @throws UncheckedIOException when the port cannot be bound (in use, not permitted)
     */
    public static EmbeddedBroker start(String host, int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("broker port " + port + " is not a TCP port (expected 0-65535)");
        }
        int chosen = port == 0 ? freePort(host) : port;
        Properties p = new Properties();
        p.setProperty("host", host);
        p.setProperty("port", Integer.toString(chosen));
        p.setProperty("websocket_port", "disabled");
        p.setProperty("allow_anonymous", "true");
        p.setProperty("telemetry_enabled", "false");
        p.setProperty("use_metrics", "false");
        p.setProperty("use_bugsnag", "false");
        p.setProperty("persistence_enabled", "false");
        p.setProperty("netty.tcp_nodelay", "true");
        p.setProperty("netty.mqtt.message_size", Integer.toString(256 * 1024));
        Server server = new Server();
        try {
            server.startServer(new MemoryConfig(p));
        } catch (IOException | RuntimeException e) {
            server.stopServer();
            throw new UncheckedIOException("the embedded MQTT broker could not listen on " + host + ":" + chosen
                    + ": " + e.getMessage(), e instanceof IOException io ? io : new IOException(e));
        }
        return new EmbeddedBroker(server, host, chosen);
    }

    /** The URI that clients connect to, e.g. {@code tcp://127.0.0.1:41883}. */
    public String uri() {
        return "tcp://" + host + ":" + port;
    }

    public int port() {
        return port;
    }

    /** Number of clients connected now. */
    public int connectedClients() {
        return server.listConnectedClients().size();
    }

    @Override
    public void close() {
        server.stopServer();
    }

    private static int freePort(String host) {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(false);
            s.bind(new InetSocketAddress(InetAddress.getByName(host), 0));
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot bind a port on " + host + ": " + e.getMessage(), e);
        }
    }
}
