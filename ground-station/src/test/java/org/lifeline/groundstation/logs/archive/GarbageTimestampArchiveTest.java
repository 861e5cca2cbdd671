package org.lifeline.groundstation.logs.archive;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.groundstation.logs.DamagedTlog;
import org.lifeline.groundstation.logs.SharedLogs;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The archive learns a sortie's span from its tlog: the SITL delivery log whose first record is
 * stamped 1970 and last record 138 years ahead is filed with the flight's own minute, on its own
 * day, and a tlog's span (which flights it covers) is the flight's too. A sortie filed before
 * with such a span matches no later flight.
 */
class GarbageTimestampArchiveTest {

    @TempDir
    Path dir;

    @Test
    void aDamagedTlogIsFiledWithTheFlightsOwnSpanAndDay() throws Exception {
        Path original = SharedLogs.require("sitl-delivery.tlog");
        DamagedTlog tlog = DamagedTlog.of(original);
        int last = tlog.places.size() - 1;
        Instant first = micros(tlog.places.get(0).micros());
        Instant end = micros(tlog.places.get(last).micros());
        tlog.stamp(0, 0);
        tlog.stamp(last, tlog.places.get(0).micros() + 1_209_165L * 3_600_000_000L);
        Path damaged = tlog.write(dir.resolve("damaged.tlog"));

        TlogSpan span = TlogSpan.of(damaged).orElseThrow();
        assertThat(Duration.between(first, span.first()).abs()).isLessThan(Duration.ofSeconds(1));
        assertThat(Duration.between(end, span.last()).abs()).isLessThan(Duration.ofSeconds(1));

        SortieEntry entry = new SortieArchive(dir.resolve("archive"), DeliverySource.none()).importLog(damaged, null, null, "drone-1");
        assertThat(Duration.between(Instant.parse(entry.start()), Instant.parse(entry.end())))
                .isBetween(Duration.ofSeconds(60), Duration.ofSeconds(70));
        assertThat(entry.day()).isEqualTo(first.toString().substring(0, 10));
    }

    @Test
    void aSortieFiledEarlierWithAGarbageSpanDoesNotSwallowTheNextFlight() throws Exception {
        SortieArchive archive = new SortieArchive(dir.resolve("archive"), DeliverySource.none());
        SortieEntry garbage = new SortieEntry("1970-01-01T000000Z-drone-1", "drone-1", "1970-01-01T00:00:00Z",
                "2164-11-06T23:45:26Z", "WARN", 0, -1, -1, -1, List.of(), List.of(), List.of("damaged.tlog"));
        archive.put(archive.list(), garbage);

        SortieEntry entry = archive.importLog(SharedLogs.require("sitl-delivery.tlog"), null, null, "drone-1");

        assertThat(entry.id()).isNotEqualTo(garbage.id());
        assertThat(entry.start()).startsWith("2026-");
        assertThat(archive.list()).hasSize(2);
    }

    private static Instant micros(long us) {
        return SortieArchive.micros(us);
    }
}
