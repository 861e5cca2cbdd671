package org.lifeline.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** tcp:// against tcpin:// on loopback, including the client reconnecting after the server drops it. */
class TcpLinkTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final LinkOptions FAST = new LinkOptions(Duration.ofMillis(50), Duration.ofMillis(400), Duration.ofSeconds(2), true);

    @Test
    void aClientAndTheServerCarryBytesBothWays() throws Exception {
        try (TcpServerLink server = TcpServerLink.open(LinkUri.parse("tcpin://127.0.0.1:0"));
             LinkPump serverIn = new LinkPump(server);
             Link client = Links.open("tcp://127.0.0.1:" + server.localPort());
             LinkPump clientIn = new LinkPump(client)) {
            Await.until(() -> server.state() == LinkState.UP, WAIT, "the server has a client");

            send(client, "HEARTBEAT");
            assertThat(text(serverIn.take(9, WAIT))).isEqualTo("HEARTBEAT");
            send(server, "MISSION_ACK");
            assertThat(text(clientIn.take(11, WAIT))).isEqualTo("MISSION_ACK");
            assertThat(client.stats()).isEqualTo(new LinkStats(11, 9, 0, 0));
        }
    }

    @Test
    void theClientReconnectsAfterTheServerDropsItAndTellsItsListener() throws Exception {
        List<String> clientEvents = new CopyOnWriteArrayList<>();
        try (TcpServerLink server = TcpServerLink.open(LinkUri.parse("tcpin://127.0.0.1:0"));
             LinkPump serverIn = new LinkPump(server);
             TcpClientLink client = TcpClientLink.open(LinkUri.parse("tcp://127.0.0.1:" + server.localPort()), FAST);
             LinkPump clientIn = new LinkPump(client)) {
            client.addStateListener((uri, state, reason) -> clientEvents.add(state.name()));
            Await.until(() -> server.state() == LinkState.UP, WAIT, "the server has a client");

            server.dropClient();
            assertThat(server.state()).isEqualTo(LinkState.DOWN);
            send(server, "lost");
            assertThat(server.stats().droppedWrites()).isEqualTo(1);

            Await.until(() -> client.stats().reconnects() == 1 && server.state() == LinkState.UP, WAIT,
                    "the client reconnected");
            assertThat(clientEvents).containsExactly("DOWN", "UP");
            assertThat(client.state()).isEqualTo(LinkState.UP);

            send(server, "after");
            assertThat(text(clientIn.take(5, WAIT))).isEqualTo("after");
            send(client, "again");
            assertThat(text(serverIn.take(5, WAIT))).isEqualTo("again");
            assertThat(server.stats().reconnects()).isEqualTo(1);
        }
    }

    @Test
    void theClientComesBackWhenAServerIsRestartedOnTheSamePort() throws Exception {
        TcpServerLink first = TcpServerLink.open(LinkUri.parse("tcpin://127.0.0.1:0"));
        int port = first.localPort();
        try (TcpClientLink client = TcpClientLink.open(LinkUri.parse("tcp://127.0.0.1:" + port), FAST);
             LinkPump clientIn = new LinkPump(client)) {
            Await.until(() -> first.state() == LinkState.UP, WAIT, "the first server has the client");
            first.close();
            Await.until(() -> client.state() == LinkState.DOWN, WAIT, "the client noticed the loss");
            send(client, "dropped while down");
            assertThat(client.stats().droppedWrites()).isEqualTo(1);

            try (TcpServerLink second = TcpServerLink.open(LinkUri.parse("tcpin://127.0.0.1:" + port))) {
                Await.until(() -> second.state() == LinkState.UP, WAIT, "the restarted server has the client back");
                send(second, "back");
                assertThat(text(clientIn.take(4, WAIT))).isEqualTo("back");
            }
        }
    }

    @Test
    void aNewClientReplacesTheCurrentOne() throws Exception {
        try (TcpServerLink server = TcpServerLink.open(LinkUri.parse("tcpin://127.0.0.1:0"));
             LinkPump serverIn = new LinkPump(server);
             TcpClientLink stale = TcpClientLink.open(LinkUri.parse("tcp://127.0.0.1:" + server.localPort()),
                     FAST.withRequireFirstConnection(true))) {
            Await.until(() -> server.state() == LinkState.UP, WAIT, "the first client is served");
            try (TcpClientLink fresh = TcpClientLink.open(LinkUri.parse("tcp://127.0.0.1:" + server.localPort()), FAST)) {
                Await.until(() -> server.stats().reconnects() == 1, WAIT, "the second client took over");
                send(fresh, "fresh");
                assertThat(text(serverIn.take(5, WAIT))).isEqualTo("fresh");
            }
            stale.close();
        }
    }

    @Test
    void openingAClientFailsFastWhenNothingListensAndNamesTheUri() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String uri = "tcp://127.0.0.1:" + port;
        assertThatThrownBy(() -> Links.open(uri)).isInstanceOf(IOException.class)
                .hasMessageStartingWith("cannot connect to " + uri + ": Connection refused");
    }

    @Test
    void closingTheServerUnblocksItsReaderAndFreesThePort() throws Exception {
        TcpServerLink server = TcpServerLink.open(LinkUri.parse("tcpin://127.0.0.1:0"));
        int port = server.localPort();
        LinkPump pump = new LinkPump(server);
        Await.until(() -> pump.isWaiting(), WAIT, "the reader is waiting for a client");
        server.close();
        assertThat(pump.awaitEnd(WAIT)).isTrue();
        assertThat(server.state()).isEqualTo(LinkState.CLOSED);
        try (TcpServerLink again = TcpServerLink.open(LinkUri.parse("tcpin://127.0.0.1:" + port))) {
            assertThat(again.localPort()).isEqualTo(port);
        }
    }

    @Test
    void closingTheClientUnblocksItsReader() throws Exception {
        try (TcpServerLink server = TcpServerLink.open(LinkUri.parse("tcpin://127.0.0.1:0"))) {
            TcpClientLink client = TcpClientLink.open(LinkUri.parse("tcp://127.0.0.1:" + server.localPort()), FAST);
            LinkPump pump = new LinkPump(client);
            client.close();
            assertThat(pump.awaitEnd(WAIT)).isTrue();
            assertThat(client.state()).isEqualTo(LinkState.CLOSED);
        }
    }

    private static void send(Link link, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        link.write(b, 0, b.length);
    }

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.US_ASCII);
    }
}
