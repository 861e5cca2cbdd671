package org.lifeline.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.lifeline.time.ManualScheduler;

/**
 * The reconnect state machine on fake time and in-memory connections: no sockets, no devices,
 * no sleeps. Losses are injected through writes on the test thread, so the scheduler is only
 * ever touched by one thread.
 */
class ReconnectingLinkTest {

    private static final LinkOptions OPTIONS =
            new LinkOptions(Duration.ofMillis(200), Duration.ofSeconds(1), Duration.ofSeconds(1), true);

    private final ManualScheduler scheduler = new ManualScheduler();
    private final FakeConnector connector = new FakeConnector();
    private final List<String> events = new ArrayList<>();

    private ReconnectingLink openLink(LinkOptions options) throws IOException {
        ReconnectingLink link = new ReconnectingLink("fake:link", connector, scheduler, options, null);
        link.addStateListener((uri, state, reason) -> events.add(state + " " + reason));
        link.start();
        return link;
    }

    @Test
    void firstConnectionGoesUpAndCarriesWrites() throws IOException {
        FakeConnection c = connector.willSucceed();
        ReconnectingLink link = openLink(OPTIONS);
        link.write(new byte[] {1, 2, 3}, 0, 3);
        assertThat(link.state()).isEqualTo(LinkState.UP);
        assertThat(c.written).containsExactly((byte) 1, (byte) 2, (byte) 3);
        assertThat(link.stats()).isEqualTo(new LinkStats(0, 3, 0, 0));
        assertThat(events).containsExactly("UP connected");
    }

    @Test
    void openFailsWhenTheFirstConnectionIsRequiredAndCannotBeMade() {
        connector.willFail("no such device");
        assertThatThrownBy(() -> openLink(OPTIONS)).isInstanceOf(IOException.class).hasMessage("no such device");
        scheduler.advance(Duration.ofSeconds(10));
        assertThat(connector.attemptTimesMillis).containsExactly(0L);
    }

    @Test
    void openWithoutRequiringTheFirstConnectionStartsDownAndKeepsTrying() throws IOException {
        connector.willFail("no such device");
        connector.willFail("no such device");
        connector.willSucceed();
        ReconnectingLink link = openLink(OPTIONS.withRequireFirstConnection(false));
        assertThat(link.state()).isEqualTo(LinkState.DOWN);
        scheduler.advance(Duration.ofMillis(600));
        assertThat(connector.attemptTimesMillis).containsExactly(0L, 200L, 600L);
        assertThat(link.state()).isEqualTo(LinkState.UP);
    }

    @Test
    void aFailedWriteTakesTheLinkDownAndLaterWritesAreDroppedAndCounted() throws IOException {
        FakeConnection c = connector.willSucceed();
        ReconnectingLink link = openLink(OPTIONS);
        c.broken = true;
        link.write(new byte[] {1}, 0, 1);
        link.write(new byte[] {2}, 0, 1);
        link.write(new byte[] {3}, 0, 1);
        assertThat(link.state()).isEqualTo(LinkState.DOWN);
        assertThat(link.stats().droppedWrites()).isEqualTo(3);
        assertThat(c.closed).isTrue();
        assertThat(events).containsExactly("UP connected", "DOWN device lost: Input/output error");
    }

    @Test
    void reconnectAttemptsBackOffByDoublingUpToTheBoundAndResetAfterSuccess() throws IOException {
        FakeConnection first = connector.willSucceed();
        ReconnectingLink link = openLink(OPTIONS);
        for (int i = 0; i < 5; i++) {
            connector.willFail("no such device");
        }
        FakeConnection second = connector.willSucceed();
        first.broken = true;
        link.write(new byte[] {1}, 0, 1);

        scheduler.advance(Duration.ofSeconds(10));

        // loss at t=0; waits 200, 400, 800, then the 1 s bound
        assertThat(connector.attemptTimesMillis).containsExactly(0L, 200L, 600L, 1400L, 2400L, 3400L, 4400L);
        assertThat(link.state()).isEqualTo(LinkState.UP);
        assertThat(link.stats().reconnects()).isEqualTo(1);
        assertThat(events).last().isEqualTo("UP reconnected after 6 attempts");

        connector.willSucceed();
        second.broken = true;
        long lostAt = scheduler.millis();
        link.write(new byte[] {1}, 0, 1);
        scheduler.advance(Duration.ofSeconds(1));
        assertThat(connector.attemptTimesMillis).last().isEqualTo(lostAt + 200);
        assertThat(link.stats().reconnects()).isEqualTo(2);
    }

    @Test
    void closingCancelsThePendingAttemptAndIsFinal() throws IOException {
        FakeConnection c = connector.willSucceed();
        ReconnectingLink link = openLink(OPTIONS);
        connector.willSucceed();
        c.broken = true;
        link.write(new byte[] {1}, 0, 1);
        link.close();
        link.close();
        scheduler.advance(Duration.ofSeconds(10));
        assertThat(connector.attemptTimesMillis).containsExactly(0L);
        assertThat(link.state()).isEqualTo(LinkState.CLOSED);
        assertThat(events).containsExactly("UP connected", "DOWN device lost: Input/output error", "CLOSED closed by its owner");
        assertThat(link.read(new byte[8])).isEqualTo(-1);
    }

    @Test
    void aBlockedReadWaitsWhileDownAndReturnsTheNextConnectionsBytes() throws Exception {
        FakeConnection first = connector.willSucceed();
        ReconnectingLink link = openLink(OPTIONS);
        FakeConnection second = connector.willSucceed();
        first.broken = true;
        link.write(new byte[] {1}, 0, 1);

        CompletableFuture<byte[]> read = readInBackground(link);
        assertThat(read).isNotDone();
        second.incoming.add(new byte[] {42, 43});
        scheduler.advance(Duration.ofMillis(200));

        assertThat(read.get(5, TimeUnit.SECONDS)).containsExactly(42, 43);
        assertThat(link.stats().bytesIn()).isEqualTo(2);
    }

    @Test
    void closingUnblocksAReadThatWaitsForTheLinkToComeBack() throws Exception {
        FakeConnection c = connector.willSucceed();
        ReconnectingLink link = openLink(OPTIONS);
        c.broken = true;
        link.write(new byte[] {1}, 0, 1);
        CompletableFuture<Integer> n = CompletableFuture.supplyAsync(() -> {
            try {
                return link.read(new byte[8]);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(n).isNotDone();
        link.close();
        assertThat(n.get(5, TimeUnit.SECONDS)).isEqualTo(-1);
    }

    private static CompletableFuture<byte[]> readInBackground(Link link) {
        return CompletableFuture.supplyAsync(() -> {
            byte[] buf = new byte[16];
            try {
                int n = link.read(buf);
                return java.util.Arrays.copyOf(buf, n);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Hands out scripted outcomes and records when each attempt was made (fake milliseconds). */
    private final class FakeConnector implements ReconnectingLink.Connector {
        final Deque<Object> outcomes = new ArrayDeque<>();
        final List<Long> attemptTimesMillis = new ArrayList<>();

        FakeConnection willSucceed() {
            FakeConnection c = new FakeConnection();
            outcomes.add(c);
            return c;
        }

        void willFail(String message) {
            outcomes.add(new IOException(message));
        }

        @Override
        public Connection connect() throws IOException {
            attemptTimesMillis.add(scheduler.millis());
            Object next = outcomes.poll();
            if (next instanceof FakeConnection c) {
                return c;
            }
            throw next == null ? new IOException("no outcome scripted") : (IOException) next;
        }
    }

    private static final class FakeConnection implements Connection {
        final List<Byte> written = new ArrayList<>();
        final LinkedBlockingQueue<byte[]> incoming = new LinkedBlockingQueue<>();
        volatile boolean broken;
        volatile boolean closed;

        @Override
        public int read(byte[] buffer) throws IOException {
            try {
                byte[] b = incoming.take();
                System.arraycopy(b, 0, buffer, 0, b.length);
                return b.length;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException();
            }
        }

        @Override
        public void write(byte[] data, int offset, int length) throws IOException {
            if (broken) {
                throw new IOException("device lost: Input/output error");
            }
            for (int i = 0; i < length; i++) {
                written.add(data[offset + i]);
            }
        }

        @Override
        public String endOfStreamReason() {
            return "ended";
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
