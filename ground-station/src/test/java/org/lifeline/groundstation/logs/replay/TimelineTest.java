package org.lifeline.groundstation.logs.replay;

import org.junit.jupiter.api.Test;
import org.lifeline.mavlink.frame.Frame;
import org.lifeline.tlog.TlogRecord;

import static org.assertj.core.api.Assertions.assertThat;

/** Log times: garbage timestamps right after damage and clocks stepped back are not followed. */
class TimelineTest {

    private static final long T0 = 1_764_000_000_000_000L;
    /** Each record: 8 timestamp bytes + a 12-byte frame. */
    private static final int RECORD = 20;

    private static TlogRecord record(long micros, long offset) {
        return new TlogRecord(T0 + micros, offset, new Frame(new byte[12]), true);
    }

    @Test
    void undamagedRecordsKeepTheirTimesAndGapsAsRecorded() {
        Timeline t = new Timeline(T0, 0, -1);
        assertThat(t.at(record(0, 0))).isZero();
        assertThat(t.at(record(500_000, RECORD))).isEqualTo(500_000);
        assertThat(t.at(record(3_600_000_000L, 2 * RECORD))).as("an hour's gap between sessions").isEqualTo(3_600_000_000L);
        assertThat(t.trusted()).isTrue();
    }

    @Test
    void aFarJumpRightAfterDamageKeepsThePreviousTimeAndTheNextRecordIsTrustedAgain() {
        Timeline t = new Timeline(T0, 0, -1);
        t.at(record(0, 0));
        t.at(record(100_000, RECORD));
        // 700 damaged bytes, then a frame whose 8 "timestamp" bytes were part of the damage
        assertThat(t.at(record(0x5555_5555_5555L, 2 * RECORD + 700))).isEqualTo(100_000);
        assertThat(t.trusted()).isFalse();
        assertThat(t.at(record(300_000, 3 * RECORD + 700))).isEqualTo(300_000);
        assertThat(t.trusted()).isTrue();
        // a plausible time after damage is believed
        assertThat(t.at(record(2_000_000, 4 * RECORD + 900))).isEqualTo(2_000_000);
    }

    @Test
    void timeNeverRunsBackwards() {
        Timeline t = new Timeline(T0, 0, -1);
        t.at(record(5_000_000, 0));
        assertThat(t.at(record(4_000_000, RECORD))).isEqualTo(5_000_000);
        assertThat(t.at(record(-T0, 2 * RECORD))).isEqualTo(5_000_000);
    }

    @Test
    void aReaderStartedAtASeekPointContinuesFromItsTime() {
        Timeline t = new Timeline(T0, 10_000, 42_000_000);
        assertThat(t.at(record(42_000_000, 0))).isEqualTo(42_000_000);
        assertThat(t.at(record(0x5555_5555_5555L, RECORD + 3))).isEqualTo(42_000_000);
    }
}
