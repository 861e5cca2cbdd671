package org.lifeline.groundstation.logs.archive;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.fleet.DroneStatus;
import org.lifeline.fleet.EventType;
import org.lifeline.fleet.FleetEvent;
import org.lifeline.groundstation.dispatch.DispatchFixtures;
import org.lifeline.groundstation.dispatch.store.DeliveryStore;
import org.lifeline.groundstation.dispatch.store.WaveClaim;
import org.lifeline.groundstation.logs.SharedLogs;
import org.lifeline.groundstation.logs.report.AgentEvents;
import org.lifeline.groundstation.monitor.FlightMonitor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Filing a landed flight: the real SITL delivery tlog as the link's recording, a dispatch store
 * holding the drone's sortie, the agent's events from a log fed as the fleet bus would.
 */
class SortieFilerTest {

    @TempDir
    Path tmp;

    private static List<String> sortieOf(DeliveryStore store, String sortieId, String drone, int first, int count) {
        for (int i = first; i < first + count; i++) {
            store.add(DispatchFixtures.request(i), DeliveryStore.DEFAULT_DUPLICATE_WINDOW);
        }
        WaveClaim claim = store.claimQueued("test", count, Duration.ofMinutes(1));
        List<String> ids = claim.requests().stream().map(d -> d.id()).toList();
        assertThat(store.recordSortie(claim, sortieId, drone, ids, "test wave").ok()).isTrue();
        store.releaseClaim(claim);
        return ids;
    }

    @Test
    void aLandedFlightIsFiledOnceWithItsTlogPlanAgentEventsAndTheDeliveriesOfItsDispatchSortie() throws Exception {
        Path tlog = Files.copy(SharedLogs.require("sitl-delivery.tlog"), Files.createDirectories(tmp.resolve("logs")).resolve("flight.tlog"));
        Files.writeString(tmp.resolve("logs").resolve("other.tlog"), "not a tlog at all");
        Path plan = SharedLogs.require("sitl-delivery.waypoints");
        TlogSpan span = TlogSpan.of(tlog).orElseThrow();
        Instant armed = span.first().plusSeconds(20);
        Instant landed = span.last().minusSeconds(5);

        Path data = Files.createDirectories(tmp.resolve("data"));
        List<String> carried;
        List<String> earlier;
        try (DeliveryStore store = DeliveryStore.openSqlite(data, Clock.fixed(armed.minusSeconds(3600 * 3), ZoneOffset.UTC))) {
            earlier = sortieOf(store, "S-old", "drone-1", 1, 1);
            store.closeSortie("S-old", armed.minusSeconds(3600 * 2));
        }
        try (DeliveryStore store = DeliveryStore.openSqlite(data, Clock.fixed(armed.minusSeconds(600), ZoneOffset.UTC))) {
            carried = sortieOf(store, "S-now", "drone-1", 2, 2);
            sortieOf(store, "S-other", "drone-2", 4, 1);
        }

        AgentEventLog events = new AgentEventLog("drone-1");
        FleetEvent released = new FleetEvent("e2", "drone-1", 2, armed.plusSeconds(60).toEpochMilli(), EventType.RELEASED,
                Optional.of(carried.get(0)), "released");
        events.accept(new FleetEvent("e1", "drone-1", 1, armed.minusSeconds(3600).toEpochMilli(), EventType.LANDED, Optional.empty(), ""));
        events.accept(released);
        events.accept(new FleetEvent("x1", "drone-2", 1, armed.plusSeconds(60).toEpochMilli(), EventType.RELEASED, Optional.empty(), ""));
        events.accept(new DroneStatus("drone-1", DroneStatus.State.ONLINE, armed.toEpochMilli(), "1.0"));

        List<String> notes = new ArrayList<>();
        MutableClock clock = new MutableClock(armed);
        try (DeliveryStore store = DeliveryStore.openSqlite(data, Clock.systemUTC())) {
            SortieFiler filer = new SortieFiler(data.resolve("archive"), new StoreDeliverySource(store, notes::add), notes::add);
            ArchiveOnLanding landing = new ArchiveOnLanding(filer, clock, "drone-1")
                    .withPlan(() -> Optional.of(plan)).withTlogs(List.of(), List.of(tlog.getParent())).withEvents(events);
            landing.accept(new FlightMonitor.Moment(FlightMonitor.Moment.Kind.ARMED, "armed"));
            landing.accept(new FlightMonitor.Moment(FlightMonitor.Moment.Kind.TOOK_OFF, "took off"));
            clock.now = landed;
            landing.accept(new FlightMonitor.Moment(FlightMonitor.Moment.Kind.LANDED, "landed"));

            List<SortieEntry> filed = landing.fileLanded();
            assertThat(filed).hasSize(1);
            SortieEntry e = filed.get(0);
            assertThat(e.vehicle()).isEqualTo("drone-1");
            assertThat(e.start()).isEqualTo(armed.toString());
            assertThat(e.files()).containsExactly("flight.tlog", "sitl-delivery.waypoints", SortieFiler.AGENT_EVENTS,
                    "report.json", "report.html");
            assertThat(e.deliveries()).containsExactlyElementsOf(carried).doesNotContainAnyElementsOf(earlier);
            assertThat(e.outcome()).isIn("PASS", "WARN", "FAIL");
            assertThat(e.dropErrorMetres()).isGreaterThan(10); // the agent's release, a minute into the flight
            Path dir = data.resolve("archive").resolve("sorties").resolve(e.id());
            AgentEvents kept = AgentEvents.read(dir.resolve(SortieFiler.AGENT_EVENTS));
            assertThat(kept.events()).containsExactly(released);
            assertThat(kept.statuses()).hasSize(1);
            assertThat(Files.readString(dir.resolve("report.html"))).contains("<h2>Onboard agent</h2>").contains("RELEASED");
            assertThat(landing.fileLanded()).as("nothing new landed").isEmpty();

            // filed again (a second watcher, a retry): still one sortie, the same id and files
            SortieEntry again = filer.file(landing.flight(landing.landed().get(0)));
            assertThat(again.id()).isEqualTo(e.id());
            assertThat(again.files()).containsExactlyElementsOf(e.files());
            assertThat(filer.archive().list()).hasSize(1);
        }
        assertThat(notes).isEmpty();
    }

    @Test
    void armingAndDisarmingOnTheGroundIsNoSortie() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
        ArchiveOnLanding landing = new ArchiveOnLanding(new SortieFiler(tmp.resolve("archive"), DeliverySource.none(), n -> { }), clock, "sys1");
        landing.accept(new FlightMonitor.Moment(FlightMonitor.Moment.Kind.ARMED, "armed"));
        landing.accept(new FlightMonitor.Moment(FlightMonitor.Moment.Kind.LANDED, "disarmed"));
        assertThat(landing.landed()).isEmpty();
        assertThat(landing.fileLanded()).isEmpty();
        assertThat(tmp.resolve("archive")).doesNotExist();
    }

    @Test
    void aFlightWithoutAnyTlogIsStillFiledWithItsPlanAndSaysSo() throws Exception {
        List<String> notes = new ArrayList<>();
        Path plan = SharedLogs.require("sitl-delivery.waypoints");
        Instant t = Instant.parse("2026-12-01T10:00:00Z");
        SortieFiler filer = new SortieFiler(tmp.resolve("archive"), DeliverySource.none(), notes::add);
        SortieEntry e = filer.file(SortieFlight.of("sys1", t, t.plusSeconds(300), List.of()).withPlan(Optional.of(plan))
                .withVehicleProfile(Optional.of(tmp.resolve("missing.vehicle.json"))));
        assertThat(e.outcome()).isEqualTo("UNREPORTED");
        assertThat(e.files()).containsExactly("sitl-delivery.waypoints");
        assertThat(notes).anyMatch(n -> n.startsWith("vehicle profile " + tmp.resolve("missing.vehicle.json") + " left out: "))
                .anyMatch(n -> n.contains("no tlog covers the flight"));
    }

    @Test
    void filersRunningAtOnceLoseNoSortieFromTheIndex() throws Exception {
        Path archive = tmp.resolve("archive");
        Instant t0 = Instant.parse("2026-12-01T08:00:00Z");
        int threads = 4;
        int each = 6;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            List<java.util.concurrent.Future<SortieEntry>> filed = new ArrayList<>();
            for (int k = 0; k < threads; k++) {
                String vehicle = "drone-" + k;
                // a filer of its own per thread, as separate watches would have
                SortieFiler filer = new SortieFiler(archive, DeliverySource.none(), n -> { });
                for (int i = 0; i < each; i++) {
                    Instant armed = t0.plus(Duration.ofHours(i));
                    filed.add(pool.submit(() -> filer.file(SortieFlight.of(vehicle, armed, armed.plusSeconds(600), List.of()))));
                }
            }
            for (var f : filed) {
                f.get(60, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        List<SortieEntry> all = new SortieArchive(archive, DeliverySource.none()).list();
        assertThat(all).hasSize(threads * each);
        assertThat(all.stream().map(SortieEntry::id).distinct()).hasSize(threads * each);
    }

    @Test
    void aDroneOffOnItsNextSortieWithinTheSlackFilesTwoSortiesWhileTheSamePlanFiledAgainStaysOne() throws Exception {
        Path first = Files.copy(SharedLogs.require("sitl-delivery.waypoints"), tmp.resolve("S-1-drone-1.waypoints"));
        Path second = Files.copy(SharedLogs.require("sitl-delivery.waypoints"), tmp.resolve("S-2-drone-1.waypoints"));
        Instant t = Instant.parse("2026-12-01T10:00:00Z");
        SortieFiler filer = new SortieFiler(tmp.resolve("archive"), DeliverySource.none(), n -> { });
        SortieEntry a = filer.file(SortieFlight.of("drone-1", t, t.plusSeconds(90), List.of()).withPlan(Optional.of(first)));
        SortieEntry b = filer.file(SortieFlight.of("drone-1", t.plusSeconds(100), t.plusSeconds(190), List.of()).withPlan(Optional.of(second)));
        SortieEntry again = filer.file(SortieFlight.of("drone-1", t.plusSeconds(101), t.plusSeconds(190), List.of())
                .withPlan(Optional.of(second)));
        assertThat(b.id()).isNotEqualTo(a.id());
        assertThat(again.id()).isEqualTo(b.id());
        assertThat(filer.archive().list()).extracting(SortieEntry::files)
                .containsExactly(List.of("S-1-drone-1.waypoints"), List.of("S-2-drone-1.waypoints"));
    }

    @Test
    void theLastUploadedPlanOfAVehicleReplacesTheOneBefore() throws Exception {
        UploadedPlans uploads = new UploadedPlans(tmp);
        Path a = Files.writeString(tmp.resolve("a.plan"), "{}");
        Path b = Files.writeString(tmp.resolve("b.waypoints"), "QGC WPL 110\n");
        assertThat(uploads.latest("sys1")).isEmpty();
        uploads.record("sys1", a);
        assertThat(uploads.latest("sys1")).hasValue(tmp.resolve("uploaded").resolve("sys1.plan"));
        uploads.record("sys1", b);
        assertThat(uploads.latest("sys1")).hasValue(tmp.resolve("uploaded").resolve("sys1.waypoints"));
        assertThat(tmp.resolve("uploaded").resolve("sys1.plan")).doesNotExist();
        assertThat(uploads.latest("sys2")).isEmpty();
    }

    /** A clock the test moves. */
    static final class MutableClock extends Clock {
        volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
