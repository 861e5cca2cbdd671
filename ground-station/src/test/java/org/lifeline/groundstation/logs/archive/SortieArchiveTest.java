package org.lifeline.groundstation.logs.archive;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.groundstation.logs.SharedLogs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SortieArchiveTest {

    @TempDir
    Path tmp;

    @Test
    void aLogIsFiledWithItsPlanAndASecondLogOfTheSameVehicleAndTimeJoinsTheSameSortie() throws Exception {
        Path log = SharedLogs.require("sitl-delivery.tlog");
        Path plan = SharedLogs.require("sitl-delivery.waypoints");
        Path archiveDir = tmp.resolve("archive");
        SortieArchive archive = new SortieArchive(archiveDir,
                (vehicle, from, to) -> vehicle.equals("sys1") ? List.of("D-1001") : List.of());

        SortieEntry first = archive.importLog(log, plan, null, null);
        assertThat(first.vehicle()).isEqualTo("sys1");
        assertThat(first.outcome()).isEqualTo("WARN");
        assertThat(first.files()).containsExactly("sitl-delivery.tlog", "sitl-delivery.waypoints", "report.json");
        assertThat(first.deliveries()).containsExactly("D-1001");
        assertThat(first.dropErrorMetres()).isBetween(0.0, 2.0);
        assertThat(first.start()).startsWith("2026-11-29T");

        Path second = Files.copy(log, tmp.resolve("second-radio.tlog"));
        SortieEntry joined = archive.importLog(second, null, null, null);
        assertThat(joined.id()).isEqualTo(first.id());
        assertThat(joined.files()).contains("second-radio.tlog", "sitl-delivery.tlog", "sitl-delivery.waypoints");
        assertThat(archive.list()).hasSize(1);
        assertThat(Files.exists(archiveDir.resolve("sorties").resolve(first.id()).resolve("second-radio.tlog"))).isTrue();

        SortieEntry other = archive.importLog(second, null, null, "drone-7");
        assertThat(other.id()).isNotEqualTo(first.id());
        assertThat(archive.list()).hasSize(2);
        // a fresh archive object reads the same index back
        assertThat(new SortieArchive(archiveDir, DeliverySource.none()).list()).containsExactlyElementsOf(archive.list());
    }

    @Test
    void theFleetSummaryAddsUpSortiesPerDayAndVehicle() {
        SortieEntry a = entry("a", "drone-1", "2026-11-29T08:00:00Z", 2000, 40, 3.5);
        SortieEntry b = entry("b", "drone-1", "2026-11-29T10:00:00Z", 3000, 60, 1.5);
        SortieEntry c = entry("c", "drone-2", "2026-11-29T09:00:00Z", 1000, 30, -1);
        SortieEntry d = entry("d", "drone-1", "2026-11-30T09:00:00Z", 1000, 25, 9.0);
        List<FleetSummary.Row> rows = FleetSummary.rows(List.of(a, b, c, d));
        assertThat(rows).hasSize(3);
        FleetSummary.Row first = rows.get(0);
        assertThat(first.vehicle()).isEqualTo("drone-1");
        assertThat(first.sorties()).isEqualTo(2);
        assertThat(first.km()).isCloseTo(5.0, within(1e-9));
        assertThat(first.whPerKm()).isCloseTo(20.0, within(1e-9));
        assertThat(first.drops()).isEqualTo(2);
        assertThat(first.dropMedianMetres()).isCloseTo(2.5, within(1e-9));
        assertThat(first.dropWorstMetres()).isCloseTo(3.5, within(1e-9));
        assertThat(rows.get(1).drops()).isZero();
        assertThat(FleetSummary.csv(rows).lines().toList()).first().isEqualTo(
                "day,vehicle,sorties,km,deliveries,drops,drop_median_m,drop_worst_m,wh_per_km,min_cell_volts,incidents");
        assertThat(FleetSummary.csv(rows)).contains("2026-11-29,drone-1,2,5.000,0,2,2.5,3.5,20.00,3.70,1");
        assertThat(FleetSummary.html(rows)).contains("<table").contains("drone-2");
    }

    private static SortieEntry entry(String id, String vehicle, String start, double metres, double wh, double drop) {
        return new SortieEntry(id, vehicle, start, Instant.parse(start).plusSeconds(600).toString(), "PASS", metres, wh, 3.7,
                drop, id.equals("a") ? List.of("Failsafes") : List.of(), List.of(), List.of());
    }
}
