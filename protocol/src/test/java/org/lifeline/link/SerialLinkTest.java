package org.lifeline.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Serial links over real socat pseudo-terminal pairs opened with jssc at 57600 baud: the bytes
 * a SiK radio pair would carry, and the radio going away and coming back.
 */
class SerialLinkTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final LinkOptions FAST = new LinkOptions(Duration.ofMillis(50), Duration.ofMillis(400), Duration.ofSeconds(2), true);

    @Test
    void tenKilobytesMoveBothWaysIntactIncludingEveryByteValue() throws Exception {
        byte[] aToB = randomBytes(10_240, 1);
        byte[] bToA = randomBytes(10_240, 2);
        try (SocatPtyPair pty = SocatPtyPair.start();
             Link a = Links.open(pty.uriA());
             Link b = Links.open(pty.uriB());
             LinkPump aIn = new LinkPump(a);
             LinkPump bIn = new LinkPump(b)) {
            Thread writerB = new Thread(() -> writeInFrames(b, bToA));
            writerB.start();
            writeInFrames(a, aToB);
            writerB.join(WAIT.toMillis());

            assertThat(bIn.take(aToB.length, WAIT)).isEqualTo(aToB);
            assertThat(aIn.take(bToA.length, WAIT)).isEqualTo(bToA);
            assertThat(a.stats()).isEqualTo(new LinkStats(bToA.length, aToB.length, 0, 0));
        }
    }

    @Test
    void bothEndsReopenAfterThePtyClosesAndCarryBytesAgain() throws Exception {
        List<String> events = new CopyOnWriteArrayList<>();
        try (SocatPtyPair pty = SocatPtyPair.start();
             SerialLink a = SerialLink.open(LinkUri.parse(pty.uriA()), FAST);
             SerialLink b = SerialLink.open(LinkUri.parse(pty.uriB()), FAST);
             LinkPump aIn = new LinkPump(a);
             LinkPump bIn = new LinkPump(b)) {
            a.addStateListener((uri, state, reason) -> events.add(state + ": " + reason));
            a.write(new byte[] {1, 2, 3}, 0, 3);
            assertThat(bIn.take(3, WAIT)).containsExactly(1, 2, 3);

            pty.stop();
            Await.until(() -> a.state() == LinkState.DOWN && b.state() == LinkState.DOWN, WAIT, "both ends noticed the pty closed");
            a.write(new byte[] {9}, 0, 1);
            assertThat(a.stats().droppedWrites()).isEqualTo(1);

            pty.restart();
            Await.until(() -> a.state() == LinkState.UP && b.state() == LinkState.UP, WAIT, "both ends reopened the pty");
            byte[] again = randomBytes(2048, 3);
            a.write(again, 0, again.length);
            b.write(new byte[] {4, 5}, 0, 2);
            assertThat(bIn.take(again.length, WAIT)).isEqualTo(again);
            assertThat(aIn.take(2, WAIT)).containsExactly(4, 5);

            assertThat(a.stats().reconnects()).isEqualTo(1);
            assertThat(b.stats().reconnects()).isEqualTo(1);
            assertThat(events).hasSize(2);
            assertThat(events.get(0)).isEqualTo("DOWN: device lost: Input/output error");
            assertThat(events.get(1)).startsWith("UP: reconnected after");
        }
    }

    @Test
    void closingUnblocksAReaderWaitingForBytes() throws Exception {
        try (SocatPtyPair pty = SocatPtyPair.start()) {
            Link a = Links.open(pty.uriA());
            LinkPump pump = new LinkPump(a);
            a.close();
            assertThat(pump.awaitEnd(WAIT)).isTrue();
            assertThat(a.state()).isEqualTo(LinkState.CLOSED);
            assertThat(a.read(new byte[4])).isEqualTo(-1);
        }
    }

    @Test
    void closingUnblocksAReaderWaitingForTheDeviceToComeBack() throws Exception {
        try (SocatPtyPair pty = SocatPtyPair.start()) {
            SerialLink a = SerialLink.open(LinkUri.parse(pty.uriA()), FAST);
            LinkPump pump = new LinkPump(a);
            pty.stop();
            Await.until(() -> a.state() == LinkState.DOWN, WAIT, "the link noticed the pty closed");
            a.close();
            assertThat(pump.awaitEnd(WAIT)).isTrue();
        }
    }

    @Test
    void interruptingTheReaderEndsItsReadButLeavesTheLinkUp() throws Exception {
        try (SocatPtyPair pty = SocatPtyPair.start(); Link a = Links.open(pty.uriA())) {
            AtomicReference<Throwable> thrown = new AtomicReference<>();
            Thread reader = new Thread(() -> {
                try {
                    a.read(new byte[16]);
                } catch (Throwable e) {
                    thrown.set(e);
                }
            });
            reader.start();
            Await.until(() -> reader.getState() == Thread.State.TIMED_WAITING, WAIT, "the reader is polling");
            reader.interrupt();
            reader.join(WAIT.toMillis());
            assertThat(reader.isAlive()).isFalse();
            assertThat(thrown.get()).isInstanceOf(InterruptedIOException.class);
            assertThat(a.state()).isEqualTo(LinkState.UP);
        }
    }

    @Test
    void openingAMissingDeviceFailsWithTheUriAndAHint(@TempDir Path dir) {
        String uri = "serial:" + dir.resolve("ttyUSB9") + "?baud=57600";
        assertThatThrownBy(() -> Links.open(uri)).isInstanceOf(IOException.class)
                .hasMessage("cannot open " + uri + ": no such device (is the radio plugged in? list ports with ls /dev/serial/by-id)");
    }

    @Test
    void openingAFileThatIsNotATerminalFails(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-tty"), "x");
        String uri = "serial:" + file;
        assertThatThrownBy(() -> Links.open(uri)).isInstanceOf(IOException.class)
                .hasMessage("cannot open " + uri + ": not a serial port");
    }

    private static void writeInFrames(Link link, byte[] data) {
        try {
            for (int off = 0; off < data.length; off += 280) {
                link.write(data, off, Math.min(280, data.length - off));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] randomBytes(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        for (int i = 0; i < 256 && i < n; i++) {
            b[i] = (byte) i;
        }
        return b;
    }
}
