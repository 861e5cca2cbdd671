package org.lifeline.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** udp:// and udpin:// over the loopback interface, on ports the OS picks. */
class UdpLinkTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    @Test
    void udpAndUdpinCarryBytesBothWaysAndTheListenerRepliesToTheSender() throws Exception {
        try (UdpInLink server = UdpInLink.open(LinkUri.parse("udpin://127.0.0.1:0"));
             LinkPump serverIn = new LinkPump(server);
             Link client = Links.open("udp://127.0.0.1:" + server.localPort());
             LinkPump clientIn = new LinkPump(client)) {
            assertThat(server.state()).isEqualTo(LinkState.DOWN);

            send(client, "ping");
            assertThat(text(serverIn.take(4, WAIT))).isEqualTo("ping");
            assertThat(server.state()).isEqualTo(LinkState.UP);
            assertThat(server.peer().getPort()).isEqualTo(((UdpLink) client).localPort());

            send(server, "pong");
            assertThat(text(clientIn.take(4, WAIT))).isEqualTo("pong");
            assertThat(client.stats()).isEqualTo(new LinkStats(4, 4, 0, 0));
            assertThat(server.stats()).isEqualTo(new LinkStats(4, 4, 0, 0));
        }
    }

    @Test
    void udpinDropsAndCountsWritesUntilAPeerHasSpoken() throws IOException {
        try (UdpInLink server = UdpInLink.open(LinkUri.parse("udpin://127.0.0.1:0"))) {
            send(server, "nobody hears this");
            assertThat(server.stats().droppedWrites()).isEqualTo(1);
            assertThat(server.stats().bytesOut()).isZero();
        }
    }

    @Test
    void udpinRepliesFollowANewPeerAndCountItAsAReconnect() throws Exception {
        try (UdpInLink server = UdpInLink.open(LinkUri.parse("udpin://127.0.0.1:0"));
             LinkPump serverIn = new LinkPump(server);
             UdpLink first = UdpLink.open(LinkUri.parse("udp://127.0.0.1:" + server.localPort()));
             UdpLink second = UdpLink.open(LinkUri.parse("udp://127.0.0.1:" + server.localPort()));
             LinkPump secondIn = new LinkPump(second)) {
            send(first, "a");
            serverIn.take(1, WAIT);
            send(second, "b");
            serverIn.take(1, WAIT);

            send(server, "to-second");
            assertThat(text(secondIn.take(9, WAIT))).isEqualTo("to-second");
            assertThat(server.peer().getPort()).isEqualTo(second.localPort());
            assertThat(server.stats().reconnects()).isEqualTo(1);
        }
    }

    @Test
    void aDatagramLargerThanTheReadBufferIsReturnedOverSeveralReadsNotTruncated() throws Exception {
        byte[] big = new byte[1400];
        new Random(7).nextBytes(big);
        try (UdpInLink server = UdpInLink.open(LinkUri.parse("udpin://127.0.0.1:0"));
             UdpLink client = UdpLink.open(LinkUri.parse("udp://127.0.0.1:" + server.localPort()))) {
            client.write(big, 0, big.length);
            byte[] small = new byte[100];
            byte[] got = new byte[big.length];
            int total = 0;
            while (total < big.length) {
                int n = server.read(small);
                assertThat(n).isBetween(1, 100);
                System.arraycopy(small, 0, got, total, n);
                total += n;
            }
            assertThat(got).isEqualTo(big);
        }
    }

    @Test
    void closingUnblocksABlockedReadAndFreesThePortOnceTheReaderLeft() throws Exception {
        UdpInLink server = UdpInLink.open(LinkUri.parse("udpin://127.0.0.1:0"));
        int port = server.localPort();
        LinkPump pump = new LinkPump(server);
        server.close();
        // The JDK releases a datagram socket's port only when the thread blocked in receive has
        // left it, which close() signals but does not wait for.
        assertThat(pump.awaitEnd(WAIT)).isTrue();
        try (UdpInLink again = UdpInLink.open(LinkUri.parse("udpin://127.0.0.1:" + port))) {
            assertThat(again.localPort()).isEqualTo(port);
        }
        assertThat(server.state()).isEqualTo(LinkState.CLOSED);
        assertThat(server.read(new byte[4])).isEqualTo(-1);
    }

    @Test
    void listeningOnAPortInUseFailsWithTheUriInTheMessage() throws IOException {
        try (UdpInLink first = UdpInLink.open(LinkUri.parse("udpin://127.0.0.1:0"))) {
            String uri = "udpin://127.0.0.1:" + first.localPort();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Links.open(uri))
                    .isInstanceOf(IOException.class)
                    .hasMessageStartingWith("cannot listen on " + uri + ": ");
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
