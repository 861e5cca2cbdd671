package org.lifeline.groundstation.logs;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.lifeline.groundstation.logs.dataflash.DataflashMessage;
import org.lifeline.groundstation.logs.dataflash.DataflashReader;
import org.lifeline.groundstation.logs.dataflash.DataflashSummary;
import org.lifeline.groundstation.logs.read.FieldValues;
import org.lifeline.groundstation.logs.read.TlogMessages;
import org.lifeline.tlog.TlogSummary;

import java.io.ByteArrayInputStream;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Fuzz tests for the two log readers: damaged or hostile files must never throw, never hang, and
 * every byte must be either in a message or counted as skipped. The normal test run replays the
 * seeds under {@code src/test/resources/org/lifeline/groundstation/logs/LogReaderFuzzTestInputs/};
 * {@code JAZZER_FUZZ=1} fuzzes. One class for the module, since each fuzzing JVM start is costly.
 */
class LogReaderFuzzTest {

    private static final Duration PER_INPUT = Duration.ofSeconds(5);
    private static final TlogMessages TLOG = TlogMessages.standard();

    @FuzzTest(maxDuration = "60s")
    void tlogDecodingNeverThrowsAndAccountsForEveryByte(byte[] input) {
        assertTimeoutPreemptively(PER_INPUT, () -> {
            long[] bytes = {0};
            TlogSummary s = TLOG.read(new ByteArrayInputStream(input), "fuzz.tlog", (record, values) -> {
                bytes[0] += 8 + record.frame().length();
                if (values != null) {
                    touch(values);
                }
            });
            assertThat(bytes[0] + s.skippedBytes() + s.truncatedTailBytes()).isEqualTo(input.length);
        });
    }

    @FuzzTest(maxDuration = "60s")
    void dataflashReadingNeverThrowsAndAccountsForEveryByte(byte[] input) {
        assertTimeoutPreemptively(PER_INPUT, () -> {
            long bytes = 0;
            try (DataflashReader r = new DataflashReader(new ByteArrayInputStream(input), "fuzz.bin")) {
                for (DataflashMessage m : r) {
                    bytes += m.format().length();
                    for (int i = 0; i < m.numbers().length; i++) {
                        m.value(i);
                    }
                }
                DataflashSummary s = r.summary();
                assertThat(bytes + s.skippedBytes() + s.truncatedTailBytes()).isEqualTo(input.length);
                assertThat(s.describe()).startsWith("fuzz.bin: ");
            }
        });
    }

    private static void touch(FieldValues values) {
        for (int i = 0; i < values.size(); i++) {
            values.value(i);
        }
    }
}
