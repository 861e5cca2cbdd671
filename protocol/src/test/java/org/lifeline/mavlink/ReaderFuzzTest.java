package org.lifeline.mavlink;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.lifeline.mavlink.frame.FrameParser;
import org.lifeline.mavlink.frame.MessageRegistry;
import org.lifeline.mavlink.frame.PayloadCodec;
import org.lifeline.mavlink.frame.ParserStats;
import org.lifeline.tlog.TlogReader;
import org.lifeline.tlog.TlogRecord;
import org.lifeline.tlog.TlogSummary;

import java.io.ByteArrayInputStream;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Fuzz tests for everything that reads bytes from outside: the frame parser (radio noise, a
 * hostile peer) and the tlog reader (damaged files). In the normal test run Jazzer replays the
 * seeds under {@code src/test/resources/org/lifeline/mavlink/ReaderFuzzTestInputs/}; with
 * {@code JAZZER_FUZZ=1} it fuzzes. Both must never throw, never hang, and account for every byte.
 * One class per module, because each fuzz-test JVM start costs several seconds.
 */
class ReaderFuzzTest {

    private static final MessageRegistry REGISTRY = MessageRegistry.standard();
    private static final PayloadCodec CODEC = new PayloadCodec(REGISTRY);
    /**
     * A hang is a failure. Bounded per input rather than with JUnit's {@code @Timeout}, which in
     * fuzzing mode would cover the whole fuzzing session.
     */
    private static final Duration PER_INPUT = Duration.ofSeconds(5);

    @FuzzTest(maxDuration = "60s")
    void frameParserAccountsForEveryByteAndNeverThrows(byte[] input) {
        assertTimeoutPreemptively(PER_INPUT, () -> parse(input));
    }

    @FuzzTest(maxDuration = "60s")
    void tlogReaderAccountsForEveryByteAndNeverThrows(byte[] input) {
        assertTimeoutPreemptively(PER_INPUT, () -> read(input));
    }

    private static void parse(byte[] input) {
        long[] frameBytes = {0};
        FrameParser parser = new FrameParser(REGISTRY, (frame, spec) -> {
            frameBytes[0] += frame.length();
            assertThat(frame.length()).isGreaterThanOrEqualTo(frame.headerLength() + frame.payloadLength() + 2);
            if (spec != null) {
                CODEC.decode(frame, spec); // may be empty, must not throw
            }
        });
        int chunk = input.length == 0 ? 1 : 1 + (input[0] & 0x3F);
        for (int at = 0; at < input.length; at += chunk) {
            parser.feed(input, at, Math.min(chunk, input.length - at));
        }
        parser.endOfInput();
        ParserStats stats = parser.stats();
        assertThat(stats.bytes()).isEqualTo(input.length);
        assertThat(frameBytes[0] + stats.discardedBytes()).isEqualTo(input.length);
        assertThat(parser.pending()).isZero();
    }

    private static void read(byte[] input) throws Exception {
        long recordBytes = 0;
        try (TlogReader reader = new TlogReader(new ByteArrayInputStream(input), "fuzz.tlog", REGISTRY)) {
            for (TlogRecord r : reader) {
                recordBytes += 8 + r.frame().length();
                r.time();
            }
            TlogSummary summary = reader.summary();
            assertThat(summary.readError()).isNull();
            assertThat(recordBytes + summary.skippedBytes() + summary.truncatedTailBytes()).isEqualTo(input.length);
            assertThat(summary.describe()).startsWith("fuzz.tlog: ");
        }
    }
}
