package org.lifeline.tlog;

import io.dronefleet.mavlink.common.GlobalPositionInt;
import io.dronefleet.mavlink.common.Statustext;
import org.junit.jupiter.api.Test;
import org.lifeline.mavlink.frame.MessageRegistry;
import org.lifeline.mavlink.frame.PayloadCodec;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads the ArduCopter SITL delivery flight that pymavlink recorded (shared/data/README.md). */
class RealTlogTest {

    @Test
    void readsEveryRecordOfTheSitlDeliveryFlightRecordedByPymavlink() throws Exception {
        Path file = SharedData.require("sitl-delivery.tlog");
        PayloadCodec codec = new PayloadCodec(MessageRegistry.standard());
        Set<Integer> ids = new HashSet<>();
        List<String> texts = new ArrayList<>();
        long first = -1;
        long last = -1;
        long backwards = 0;
        GlobalPositionInt firstPosition = null;
        try (TlogReader reader = TlogReader.open(file)) {
            for (TlogRecord r : reader) {
                ids.add(r.frame().messageId());
                if (first < 0) {
                    first = r.epochMicros();
                }
                backwards += r.epochMicros() < last ? 1 : 0;
                last = r.epochMicros();
                int id = r.frame().messageId();
                if (id == 253) {
                    texts.add(((Statustext) codec.decode(r.frame()).orElseThrow()).text());
                } else if (id == 33 && firstPosition == null) {
                    GlobalPositionInt p = (GlobalPositionInt) codec.decode(r.frame()).orElseThrow();
                    firstPosition = p.lat() != 0 ? p : null; // zero until the GPS has a fix
                }
            }
            TlogSummary summary = reader.summary();
            assertThat(summary.clean()).as(summary.describe()).isTrue();
            assertThat(summary.records()).isEqualTo(87_014);
            assertThat(summary.unverifiedRecords()).isZero();
        }
        assertThat(ids).hasSize(42).contains(0, 1, 33, 36, 42, 46, 147, 253, 11030);
        assertThat(texts).contains("Gripper load released");
        assertThat(backwards).isZero();
        Instant start = Instant.ofEpochSecond(first / 1_000_000L);
        assertThat(start).isAfter(Instant.parse("2024-01-01T00:00:00Z")).isBefore(Instant.parse("2030-01-01T00:00:00Z"));
        Duration flight = Duration.ofNanos((last - first) * 1_000L);
        assertThat(flight).isBetween(Duration.ofSeconds(30), Duration.ofMinutes(10));
        // the first fix is at home, 34.0655 N, 114.4010 E
        assertThat(firstPosition).isNotNull();
        assertThat(firstPosition.lat() / 1e7).isCloseTo(34.0655, org.assertj.core.data.Offset.offset(0.01));
        assertThat(firstPosition.lon() / 1e7).isCloseTo(114.4010, org.assertj.core.data.Offset.offset(0.01));
    }
}
