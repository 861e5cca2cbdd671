package org.lifeline.tlog;

import io.dronefleet.mavlink.common.SetupSigning;
import io.dronefleet.mavlink.common.Statustext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.mavlink.frame.Frame;
import org.lifeline.mavlink.frame.FrameWriter;
import org.lifeline.mavlink.frame.MessageRegistry;
import org.lifeline.mavlink.frame.PayloadCodec;
import org.lifeline.mavlink.frame.TestFrames;
import org.lifeline.mavlink.signing.FrameSigner;
import org.lifeline.mavlink.signing.SigningKey;
import org.lifeline.mavlink.signing.SigningTimestamps;
import org.lifeline.time.ManualScheduler;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TlogRoundTripTest {

    private static final long T0 = 1_795_920_326_048_344L;
    private static final PayloadCodec CODEC = new PayloadCodec(MessageRegistry.standard());

    @TempDir
    Path dir;

    private final FrameWriter plain = new FrameWriter(1, 1, CODEC, null);

    @Test
    void recordsReadBackWithTheirTimestamps() throws Exception {
        Path file = dir.resolve("flight.tlog");
        List<Frame> written = new ArrayList<>();
        try (TlogWriter writer = TlogWriter.create(file)) {
            for (int i = 0; i < 100; i++) {
                Frame f = plain.write(TestFrames.sampleMessages().get(i % 4));
                written.add(f);
                writer.record(T0 + i * 100_000L, f);
            }
        }
        List<TlogRecord> read = readAll(file);
        assertThat(read).extracting(TlogRecord::frame).containsExactlyElementsOf(written);
        assertThat(read.get(7).epochMicros()).isEqualTo(T0 + 700_000L);
        assertThat(read.get(7).offset()).isEqualTo(written.subList(0, 7).stream().mapToLong(f -> 8 + f.length()).sum());
        assertThat(read.get(0).time().toString()).startsWith("2026-11-29T02:45:26.048344");
    }

    @Test
    void signaturesAreStrippedAndSetupSigningIsNeverWritten() throws Exception {
        SigningKey key = SigningKey.fromPassphrase("secret");
        FrameWriter signing = new FrameWriter(255, 190, CODEC, new FrameSigner(key, 0, new SigningTimestamps(new ManualScheduler(T0))));
        Path file = dir.resolve("signed.tlog");
        Frame text = signing.write(Statustext.builder().text("signed text").build());
        Frame setup = signing.write(SetupSigning.builder().targetSystem(1).targetComponent(1).secretKey(key.bytes())
                .initialTimestamp(BigInteger.ONE).build());
        try (TlogWriter writer = TlogWriter.create(file)) {
            writer.record(T0, text);
            writer.record(T0 + 1, setup);
            assertThat(writer.records()).isEqualTo(1);
        }
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).hasSize(8 + text.length() - Frame.SIGNATURE_LENGTH);
        List<TlogRecord> read = readAll(file);
        assertThat(read).hasSize(1);
        assertThat(read.get(0).frame().isSigned()).isFalse();
        assertThat(read.get(0).verified()).isTrue();
        assertThat(((Statustext) CODEC.decode(read.get(0).frame()).orElseThrow()).text()).isEqualTo("signed text");
        assertThat(indexOf(bytes, Arrays.copyOf(key.bytes(), 8))).isEqualTo(-1);
    }

    @Test
    void anExistingLogIsNeverOverwritten() throws Exception {
        Path file = Files.writeString(dir.resolve("old.tlog"), "earlier flight");
        assertThatThrownBy(() -> TlogWriter.create(file)).isInstanceOf(FileAlreadyExistsException.class)
                .hasMessageContaining("old.tlog");
        assertThat(Files.readString(file)).isEqualTo("earlier flight");
    }

    @Test
    void aCrashLeavesWholeRecordsOnDisk() throws Exception {
        Path file = dir.resolve("crash.tlog");
        TlogWriter writer = TlogWriter.create(file, Duration.ofSeconds(1));
        for (int i = 0; i < 30; i++) {
            writer.record(T0 + i * 250_000L, plain.write(TestFrames.heartbeat()));
        }
        // no close(): the process "dies" here; whatever reached the file must read cleanly
        try (TlogReader reader = new TlogReader(new ByteArrayInputStream(Files.readAllBytes(file)), "crash.tlog", MessageRegistry.standard())) {
            long n = 0;
            for (TlogRecord ignored : reader) {
                n++;
            }
            assertThat(reader.summary().clean()).as(reader.summary().describe()).isTrue();
            assertThat(n).isBetween(25L, 29L);
        }
        writer.close();
        assertThat(readAll(file)).hasSize(30);
    }

    @Test
    void garbageInTheMiddleIsSkippedAndReported() throws Exception {
        byte[] a = record(T0, plain.write(TestFrames.heartbeat()));
        byte[] b = record(T0 + 1, plain.write(TestFrames.heartbeat()));
        byte[] corrupt = record(T0 + 2, plain.write(Statustext.builder().text("damaged").build()));
        corrupt[20] ^= 0x55;
        byte[] noise = {(byte) 0xFD, 1, 2, 3, (byte) 0xFE, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9};
        byte[] c = record(T0 + 3, plain.write(TestFrames.heartbeat()));
        TlogReader reader = reader(TestFrames.concat(a, noise, b, corrupt, c));
        List<TlogRecord> read = new ArrayList<>();
        reader.forEach(read::add);
        assertThat(read).extracting(TlogRecord::epochMicros).containsExactly(T0, T0 + 1, T0 + 3);
        TlogSummary summary = reader.summary();
        assertThat(summary.skippedBytes()).isEqualTo(noise.length + corrupt.length);
        assertThat(summary.skippedRegions()).isEqualTo(2);
        assertThat(summary.firstSkipOffset()).isEqualTo(a.length);
        assertThat(summary.describe()).contains("skipped " + (noise.length + corrupt.length) + " unreadable bytes in 2 places");
    }

    @Test
    void aTruncatedTailIsReportedNotThrown() throws Exception {
        byte[] a = record(T0, plain.write(TestFrames.heartbeat()));
        byte[] b = record(T0 + 1, plain.write(Statustext.builder().text("cut off").build()));
        byte[] cut = Arrays.copyOf(b, b.length - 5);
        TlogReader reader = reader(TestFrames.concat(a, cut));
        List<TlogRecord> read = new ArrayList<>();
        reader.forEach(read::add);
        assertThat(read).hasSize(1);
        assertThat(reader.summary().truncatedTailBytes()).isEqualTo(cut.length);
        assertThat(reader.summary().skippedBytes()).isZero();
        assertThat(reader.summary().describe()).contains("ends in the middle of a record");
    }

    @Test
    void unknownMessageIdsAreReadWhenTheNextRecordLinesUp() throws Exception {
        byte[] unknown = record(T0, new Frame(TestFrames.unknownV2(0x424242, new byte[]{1, 2, 3}, 0)));
        byte[] known = record(T0 + 1, plain.write(TestFrames.heartbeat()));
        TlogReader reader = reader(TestFrames.concat(unknown, known, unknown));
        List<TlogRecord> read = new ArrayList<>();
        reader.forEach(read::add);
        assertThat(read).extracting(TlogRecord::verified).containsExactly(false, true, false);
        assertThat(reader.summary().unverifiedRecords()).isEqualTo(2);
    }

    private static byte[] record(long micros, Frame frame) {
        byte[] out = new byte[8 + frame.length()];
        for (int i = 0; i < 8; i++) {
            out[i] = (byte) (micros >>> (56 - 8 * i));
        }
        System.arraycopy(frame.bytes(), 0, out, 8, frame.length());
        return out;
    }

    private static TlogReader reader(byte[] bytes) {
        return new TlogReader(new ByteArrayInputStream(bytes), "test.tlog", MessageRegistry.standard());
    }

    private static List<TlogRecord> readAll(Path file) throws Exception {
        List<TlogRecord> out = new ArrayList<>();
        try (TlogReader reader = TlogReader.open(file)) {
            reader.forEach(out::add);
            assertThat(reader.summary().clean()).as(reader.summary().describe()).isTrue();
        }
        return out;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
