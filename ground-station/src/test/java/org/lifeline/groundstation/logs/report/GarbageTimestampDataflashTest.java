package org.lifeline.groundstation.logs.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.groundstation.logs.dataflash.DataflashWriter;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A DataFlash message has no checksum: a damaged one can carry any TimeUS. A minute's log with a
 * position stamped thousands of years after boot and a battery reading stamped at boot keeps its
 * minute, its series in order, and says which messages' times it did not believe.
 */
class GarbageTimestampDataflashTest {

    private static final long GARBAGE = 0x5555_5555_5555L;

    @TempDir
    Path dir;

    @Test
    void garbageTimeUsNeitherStretchesTheFlightNorBreaksTheSeriesAndIsNamed() throws Exception {
        DataflashWriter w = new DataflashWriter()
                .declare(140, "POS", "QLLff", "TimeUS,Lat,Lng,Alt,RelHomeAlt")
                .declare(141, "BAT", "Qfff", "TimeUS,Volt,Curr,EnrgTot");
        for (int i = 0; i < 300; i++) {
            long t = 1_000_000L + i * 200_000L;
            w.write("POS", i == 100 ? GARBAGE : t, 340_655_000 + i * 10, 1_144_010_000, 50f, 20f);
            w.write("BAT", i == 200 ? 0L : t + 1_000, 16.0f - i * 0.001f, 10f, i * 0.01f);
        }
        FlightRecord f = DataflashFlight.read(Files.write(dir.resolve("flight.bin"), w.bytes()));

        assertThat(f.durationSeconds()).isCloseTo(60.8, within(0.01));
        for (Series s : new Series[] {f.track(), f.battery()}) {
            assertThat(s.size()).isEqualTo(300);
            for (int i = 1; i < s.size(); i++) {
                assertThat(s.time(i)).as("sample %d", i).isGreaterThanOrEqualTo(s.time(i - 1));
            }
        }
        assertThat(f.readClean).isFalse();
        assertThat(f.readSummary()).contains("flight.bin").contains("2 records carry timestamps that cannot be true")
                .contains("stamped TimeUS " + GARBAGE + ", placed at 20.8 s into the log")
                .contains("stamped TimeUS 0, placed at 41.0 s into the log");
    }

    @Test
    void aDamagedGpsFixWithAnotherWeekDoesNotSetTheLogsClock() throws Exception {
        java.time.Instant start = java.time.Instant.parse("2026-11-29T02:45:26Z");
        long[] gps = DeliveryFixture.gpsTime(start);
        DataflashWriter w = new DataflashWriter()
                .declare(152, "GPS", "QBIHBcLLeffffB", "TimeUS,Status,GMS,GWk,NSats,HDop,Lat,Lng,Alt,Spd,GCrs,VZ,Yaw,U");
        for (int i = 0; i < 50; i++) {
            long t = 1_000_000L + i * 200_000L;
            long week = i == 0 ? gps[0] + 5_000 : gps[0]; // the first fix's week is garbage
            w.write("GPS", t, 6, gps[1] + t / 1000, (int) week, 15, 80, 340_655_000, 1_144_010_000, 10_000, 0f, 0f, 0f, 0f, 1);
        }
        FlightRecord f = DataflashFlight.read(Files.write(dir.resolve("gps.bin"), w.bytes()));

        assertThat(f.absoluteTime()).isTrue();
        assertThat(f.epochMicros(0)).isEqualTo(start.toEpochMilli() * 1000);
    }
}
