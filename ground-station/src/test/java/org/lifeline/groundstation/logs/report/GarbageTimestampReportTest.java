package org.lifeline.groundstation.logs.report;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.groundstation.logs.DamagedTlog;
import org.lifeline.groundstation.logs.SharedLogs;

import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The SITL delivery flight's tlog with five records whose timestamps a damaged stretch turned to
 * garbage — the first record stamped 1970, a position stamped 138 years ahead, a battery report an
 * hour back, another at zero, and the last record 138 years ahead — still gives the flight's own
 * start, end and duration, a track and battery series in time order, the same energy and drop,
 * and says in its integrity line which records' times it did not trust.
 */
class GarbageTimestampReportTest {

    private static final long HOURS_1_209_165 = 1_209_165L * 3_600_000_000L;
    private static final int SYS_STATUS = 1;
    private static final int GLOBAL_POSITION_INT = 33;
    private static final int BATTERY_STATUS = 147;

    @TempDir
    static Path tmp;

    private static FlightRecord clean;
    private static FlightRecord damaged;
    private static DamagedTlog tlog;
    private static int[] stamped;

    @BeforeAll
    static void readBoth() throws Exception {
        Path original = SharedLogs.require("sitl-delivery.tlog");
        clean = TlogFlight.read(original);
        tlog = DamagedTlog.of(original);
        int last = tlog.places.size() - 1;
        int position = tlog.find(0.30, GLOBAL_POSITION_INT);
        int hourBack = tlog.find(0.55, SYS_STATUS);
        int zero = tlog.find(0.70, SYS_STATUS);
        long start = tlog.places.get(0).micros();
        tlog.stamp(0, 0);
        tlog.stamp(position, start + HOURS_1_209_165);
        tlog.stamp(hourBack, tlog.places.get(hourBack).micros() - 3_600_000_000L);
        tlog.stamp(zero, 0);
        tlog.stamp(last, start + HOURS_1_209_165);
        stamped = new int[] {0, position, hourBack, zero, last};
        damaged = TlogFlight.read(tlog.write(tmp.resolve("damaged.tlog")));
    }

    @Test
    void theFlightKeepsItsOwnStartEndAndDuration() {
        assertThat(damaged.durationSeconds()).isCloseTo(clean.durationSeconds(), within(1.0));
        assertThat(damaged.startEpochMicros()).isCloseTo(clean.startEpochMicros(), within(1_000_000L));
        assertThat(damaged.endEpochMicros()).isCloseTo(clean.endEpochMicros(), within(1_000_000L));
    }

    @Test
    void theTrackAndBatterySeriesStayInTimeOrderInsideTheFlight() {
        for (Series s : new Series[] {damaged.track(), damaged.battery()}) {
            assertThat(s.size()).isGreaterThan(100);
            for (int i = 1; i < s.size(); i++) {
                assertThat(s.time(i)).as("sample %d", i).isGreaterThanOrEqualTo(s.time(i - 1));
            }
            assertThat(s.time(0)).isGreaterThanOrEqualTo(damaged.startEpochMicros());
            assertThat(s.time(s.size() - 1)).isLessThanOrEqualTo(damaged.endEpochMicros());
        }
    }

    @Test
    void energyDistanceModesAndTheDropAreThoseOfTheUndamagedLog() throws Exception {
        assertThat(damaged.consumedWh()).isCloseTo(clean.consumedWh(), within(clean.consumedWh() * 0.01));
        assertThat(damaged.distanceMetres()).isCloseTo(clean.distanceMetres(), within(clean.distanceMetres() * 0.01));
        assertThat(damaged.modes()).extracting(FlightRecord.ModeChange::mode)
                .isEqualTo(clean.modes().stream().map(FlightRecord.ModeChange::mode).toList());
        Path plan = SharedLogs.require("sitl-delivery.waypoints");
        SortieReport a = new SortieAnalysis(Thresholds.defaults()).analyse(clean, SortieInputs.of(
                Optional.of(org.lifeline.plan.PlanFiles.read(plan)), "plan"));
        SortieReport b = new SortieAnalysis(Thresholds.defaults()).analyse(damaged, SortieInputs.of(
                Optional.of(org.lifeline.plan.PlanFiles.read(plan)), "plan"));
        assertThat(b.drop().orElseThrow().errorMetres()).isCloseTo(a.drop().orElseThrow().errorMetres(), within(0.5));
        assertThat(b.drop().orElseThrow().releaseMicros()).isEqualTo(a.drop().orElseThrow().releaseMicros());
    }

    @Test
    void withoutBatteryStatusTheEnergyIntegratedOverTimeIsThatOfTheUndamagedLog() throws Exception {
        Path original = DamagedTlog.of(SharedLogs.require("sitl-delivery.tlog"))
                .without(BATTERY_STATUS, tmp.resolve("no-battery-status.tlog"));
        FlightRecord undamaged = TlogFlight.read(original);
        DamagedTlog copy = DamagedTlog.of(original);
        int battery = copy.find(0.40, SYS_STATUS);
        copy.stamp(battery, copy.places.get(0).micros() + HOURS_1_209_165);
        FlightRecord read = TlogFlight.read(copy.write(tmp.resolve("no-battery-status-damaged.tlog")));
        assertThat(undamaged.consumedWh()).isPositive();
        // a voltage × current held for 138 years would be gigawatt-hours
        assertThat(read.consumedWh()).isCloseTo(undamaged.consumedWh(), within(undamaged.consumedWh() * 0.01));
    }

    @Test
    void theIntegrityLineNamesTheFileHowManyRecordsAndWhere() {
        String line = damaged.readSummary();
        assertThat(line).contains("damaged.tlog").contains("5 records").contains("timestamps")
                .contains("byte offset " + tlog.places.get(stamped[0]).offset());
        assertThat(damaged.readClean).isFalse();
        assertThat(new SortieAnalysis(Thresholds.defaults()).analyse(damaged, SortieInputs.of(Optional.empty(), "")).checks())
                .filteredOn(c -> c.name().equals("Log integrity")).singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo(Check.Status.WARN))
                .satisfies(c -> assertThat(c.value()).isEqualTo(line));
    }
}
