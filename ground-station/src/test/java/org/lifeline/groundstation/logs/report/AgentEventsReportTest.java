package org.lifeline.groundstation.logs.report;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.fleet.DroneStatus;
import org.lifeline.fleet.EventType;
import org.lifeline.fleet.FleetEvent;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The onboard agent's events read into the report, on {@link DeliveryFixture} with real GPS time
 * (log time 0 is {@link #START}), so an event's wall-clock time maps onto the flight exactly.
 */
class AgentEventsReportTest {

    static final Instant START = Instant.parse("2026-12-01T10:00:00Z");

    @TempDir
    static Path tmp;

    private static FlightRecord flight;

    @BeforeAll
    static void readTheFixture() throws Exception {
        long[] gps = DeliveryFixture.gpsTime(START);
        Path bin = tmp.resolve("00000044.BIN");
        Files.write(bin, DeliveryFixture.bin(gps[0], gps[1]));
        flight = SortieReports.readLog(bin);
    }

    private static FleetEvent event(long seq, long logMicros, EventType type, String parcel, String message) {
        return new FleetEvent("drone-1-" + seq, "drone-1", seq, START.toEpochMilli() + logMicros / 1000, type,
                Optional.ofNullable(parcel), message);
    }

    private static SortieReport report(List<FleetEvent> events, List<DroneStatus> statuses) {
        SortieInputs in = SortieInputs.of(Optional.of(FixturePlan.plan()), "fixture.plan")
                .withAgentEvents(new AgentEvents(events, statuses, List.of()));
        return new SortieAnalysis(Thresholds.defaults()).analyse(flight, in);
    }

    private static Check check(SortieReport r, String name) {
        return r.checks().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theLogHasRealTimeSoEventsLandOnTheFlight() {
        assertThat(flight.absoluteTime()).isTrue();
        assertThat(flight.epochMicros(DeliveryFixture.RELEASE_US)).isEqualTo(START.toEpochMilli() * 1000 + DeliveryFixture.RELEASE_US);
    }

    @Test
    void theReleaseTimeAndPositionComeFromTheAgentsReleasedEvent() {
        long early = DeliveryFixture.RELEASE_US - 30_000_000L; // still flying the leg, far from the drop point
        SortieReport r = report(List.of(event(1, 1_000_000, EventType.ARMED, null, ""),
                event(2, early, EventType.RELEASED, "P-7", "released at item 3")), List.of());
        SortieReport.Drop d = r.drop().orElseThrow();
        assertThat(d.releaseSource()).isEqualTo("onboard agent event");
        assertThat(d.releaseMicros()).isEqualTo(early);
        assertThat(d.errorMetres()).isGreaterThan(10);
        assertThat(check(r, "Parcel release (onboard agent)").status()).isEqualTo(Check.Status.PASS);
        assertThat(check(r, "Parcel release (onboard agent)").value()).isEqualTo("released P-7");
        // at the autopilot's own release moment the drop is the fixture's 3.0 m
        SortieReport onTime = report(List.of(event(2, DeliveryFixture.RELEASE_US, EventType.RELEASED, "P-7", "")), List.of());
        assertThat(onTime.drop().orElseThrow().errorMetres()).isCloseTo(3.0, within(0.05));
    }

    @Test
    void aRefusedReleaseFailsSayingWhyAndIsOnTheTimeline() {
        SortieReport r = report(List.of(event(1, 1_000_000, EventType.ARMED, null, ""),
                event(2, 60_000_000, EventType.DROP_REFUSED, "P-7", "altitude 25.0 m is outside the drop window 8-20 m"),
                event(3, 72_000_000, EventType.PARCEL_STUCK, "P-8", "the bay sensor still sees the parcel")), List.of());
        Check c = check(r, "Parcel release (onboard agent)");
        assertThat(c.status()).isEqualTo(Check.Status.FAIL);
        assertThat(c.value()).isEqualTo("release refused: parcel P-7: altitude 25.0 m is outside the drop window 8-20 m; "
                + "parcel stuck after release: parcel P-8: the bay sensor still sees the parcel");
        // no RELEASED event: the drop falls back to the autopilot's message
        assertThat(r.drop().orElseThrow().releaseSource()).startsWith("autopilot message");
        String html = HtmlReport.render(r);
        assertThat(html).contains("<h2>Onboard agent</h2>").contains("<tr class=\"FAIL\"><td>60.0 s</td>")
                .contains("altitude 25.0 m is outside the drop window 8-20 m").contains("PARCEL_STUCK");
        assertThat(JsonReport.render(r)).contains("\"type\" : \"DROP_REFUSED\"");
    }

    @Test
    void theAgentGoingOfflineInFlightWarns() {
        SortieReport r = report(List.of(event(1, 1_000_000, EventType.ARMED, null, "")), List.of(
                new DroneStatus("drone-1", DroneStatus.State.ONLINE, START.toEpochMilli(), "1.0"),
                new DroneStatus("drone-1", DroneStatus.State.OFFLINE, START.toEpochMilli() + 40_000, "1.0")));
        Check c = check(r, "Onboard agent health");
        assertThat(c.status()).isEqualTo(Check.Status.WARN);
        assertThat(c.value()).isEqualTo("agent offline at 40.0 s");
        assertThat(HtmlReport.render(r)).contains("agent offline").contains("agent online");
    }

    @Test
    void withoutEventsTheAgentChecksAreNotApplicable() {
        SortieReport r = report(List.of(), List.of());
        assertThat(check(r, "Parcel release (onboard agent)").status()).isEqualTo(Check.Status.NOT_APPLICABLE);
        assertThat(HtmlReport.render(r)).contains("no agent events filed with this sortie");
    }

    @Test
    void anEventsFileIsReadBackAndABadLineIsNamedWhileTheRestIsRead() throws Exception {
        FleetEvent released = event(2, DeliveryFixture.RELEASE_US, EventType.RELEASED, "P-7", "");
        DroneStatus online = new DroneStatus("drone-1", DroneStatus.State.ONLINE, START.toEpochMilli(), "1.0");
        String good = AgentEvents.jsonLines(List.of(released), List.of(online));
        Path file = tmp.resolve("agent-events.jsonl");
        List<String> lines = good.lines().toList();
        Files.writeString(file, lines.get(0) + "\n{\"kind\":\"event\",\"droneId\":\"drone-1\"}\n" + lines.get(1) + "\n");
        AgentEvents read = AgentEvents.read(file);
        assertThat(read.events()).containsExactly(released);
        assertThat(read.statuses()).containsExactly(online);
        assertThat(read.problems()).hasSize(1).first().asString().startsWith("agent-events.jsonl:2: ");
    }
}
