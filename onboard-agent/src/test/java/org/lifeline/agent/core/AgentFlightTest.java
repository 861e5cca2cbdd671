package org.lifeline.agent.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lifeline.agent.core.AgentFixture.DROP_LAT;
import static org.lifeline.agent.core.AgentFixture.DROP_LON;
import static org.lifeline.agent.fc.FakeAutopilot.current;
import static org.lifeline.agent.fc.FakeAutopilot.heartbeat;
import static org.lifeline.agent.fc.FakeAutopilot.reached;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lifeline.agent.release.Interlock;
import org.lifeline.fleet.CommandAck;
import org.lifeline.fleet.CommandType;
import org.lifeline.fleet.EventType;

/** Scripted flights on fake time: the parcel leaves exactly when every interlock holds at the drop. */
class AgentFlightTest {

    private static final int AUTO = 3;
    private static final int LOITER = 5;

    @TempDir
    Path dir;

    /** One way a flight over the drop breaks an interlock. */
    enum Violation {
        ARMED, AUTO_MODE, IN_DROP_ZONE, ALTITUDE_WINDOW, GROUND_SPEED, VERTICAL_SPEED, FRESH_TELEMETRY
    }

    private static void holdOverDrop(AgentFixture f, Violation v, int steps) {
        for (int i = 0; i < steps; i++) {
            boolean armed = v != Violation.ARMED;
            int mode = v == Violation.AUTO_MODE ? LOITER : AUTO;
            double lat = v == Violation.IN_DROP_ZONE ? DROP_LAT + 0.0002 : DROP_LAT;
            double alt = v == Violation.ALTITUDE_WINDOW ? 25 : 12;
            double speed = v == Violation.GROUND_SPEED ? 2.5 : 0.2;
            // bobbing through the window, never holding: sinking and climbing back at 0.8 m/s
            double climb = v == Violation.VERTICAL_SPEED ? (i % 20 < 10 ? -0.8 : 0.8) : 0.02;
            if (v == Violation.FRESH_TELEMETRY) {
                // the position stream died on the way: the vehicle reports the item reached, nothing more
                f.fc.deliver(heartbeat(armed, mode));
                f.clock.advance(Duration.ofMillis(100));
            } else {
                f.tick(armed, mode, lat, DROP_LON, alt, speed, climb);
            }
            if (i == 0) {
                f.fc.deliver(reached(2));
            }
        }
    }

    @Test
    void theParcelLeavesOnceOverTheDropWhenEveryInterlockHolds() throws Exception {
        try (AgentFixture f = new AgentFixture(dir.resolve("releases.journal"))) {
            f.agent.onCommand(f.signed(CommandType.SET_DROP_PLAN, AgentFixture.planArgs("P-9", 2, DROP_LAT, DROP_LON)));
            f.flyToDropItem();
            assertThat(f.opened).hasValue(0);
            holdOverDrop(f, null, 40);
            assertThat(f.opened).as("actuator openings").hasValue(1);
            assertThat(f.out.events(EventType.REACHED_DROP)).singleElement().satisfies(e -> assertThat(e.parcelId()).contains("P-9"));
            assertThat(f.out.events(EventType.RELEASED)).singleElement().satisfies(e -> assertThat(e.parcelId()).contains("P-9"));
            assertThat(f.out.events(EventType.DROP_REFUSED)).isEmpty();
            assertThat(f.out.events(EventType.PARCEL_STUCK)).isEmpty();
            assertThat(f.journal.released("P-9")).isTrue();
            f.fc.deliver(current(4, 5));
            holdOverDrop(f, null, 5);
            assertThat(f.opened).hasValue(1);
        }
    }

    /**
     * ArduCopter SITL's own descent onto a drop hold at 12 m (the shared sitl-delivery.tlog, item 5,
     * GLOBAL_POSITION_INT at 10 Hz from 13.85 m down): relative altitude and vertical speed. It
     * enters the ground station's window (hold ± 1 m) still sinking at 1.35 m/s with no ground speed.
     */
    private static final double[][] SITL_DESCENT_ONTO_THE_HOLD = {
            {13.85, -1.50}, {13.71, -1.50}, {13.56, -1.49}, {13.41, -1.47}, {13.26, -1.44}, {13.12, -1.40},
            {12.98, -1.35}, {12.85, -1.29}, {12.73, -1.21}, {12.61, -1.13}, {12.50, -1.03}, {12.40, -0.93},
            {12.31, -0.82}, {12.23, -0.71}, {12.16, -0.60}, {12.11, -0.49}, {12.06, -0.39}, {12.03, -0.29},
            {12.00, -0.20}, {11.98, -0.12}, {11.97, -0.06}, {11.97, 0.00}, {11.97, 0.03}, {11.98, 0.07}};

    @Test
    void aDroneSinkingStraightOntoTheDropIsReleasedOnlyOnceItHoldsNotWhileItDescendsThroughTheWindow() throws Exception {
        try (AgentFixture f = new AgentFixture(dir.resolve("releases.journal"))) {
            Map<String, String> plan = new java.util.HashMap<>(AgentFixture.planArgs("P-9", 2, DROP_LAT, DROP_LON));
            plan.put("minAlt", "11");
            plan.put("maxAlt", "13");
            f.agent.onCommand(f.signed(CommandType.SET_DROP_PLAN, plan));
            f.flyToDropItem();
            for (double alt = 20; alt > 14; alt -= 0.15) {
                f.tick(true, AUTO, DROP_LAT, DROP_LON, alt, 0.0, -1.5);
            }
            for (double[] sample : SITL_DESCENT_ONTO_THE_HOLD) {
                f.tick(true, AUTO, DROP_LAT, DROP_LON, sample[0], 0.0, sample[1]);
            }
            assertThat(f.out.events(EventType.REACHED_DROP)).as("arrived on entering the window at 12.98 m").hasSize(1);
            assertThat(f.openedAt).as("released once").singleElement().satisfies(s -> {
                assertThat(s.climbRate()).as("vertical speed at the release").isEqualTo(-0.29);
                assertThat(s.relativeAltitude()).isEqualTo(12.03);
            });
            assertThat(f.out.events(EventType.DROP_REFUSED)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Violation.class)
    void aBrokenInterlockOverTheDropMeansNoReleaseAndARefusalNamingIt(Violation v) throws Exception {
        try (AgentFixture f = new AgentFixture(dir.resolve("releases.journal"))) {
            f.agent.onCommand(f.signed(CommandType.SET_DROP_PLAN, AgentFixture.planArgs("P-9", 2, DROP_LAT, DROP_LON)));
            f.flyToDropItem();
            holdOverDrop(f, v, 40);
            assertThat(f.opened).as("actuator openings").hasValue(0);
            assertThat(f.out.events(EventType.RELEASED)).isEmpty();
            assertThat(f.out.events(EventType.DROP_REFUSED)).singleElement().satisfies(e -> {
                assertThat(e.parcelId()).contains("P-9");
                assertThat(e.message()).contains(Interlock.valueOf(v.name()).name());
            });
            assertThat(f.journal.released("P-9")).isFalse();
        }
    }

    @Test
    void aManualReleaseAwayFromTheDropItemIsRefusedAndNamesTheItem() throws Exception {
        try (AgentFixture f = new AgentFixture(dir.resolve("releases.journal"))) {
            f.agent.onCommand(f.signed(CommandType.SET_DROP_PLAN, AgentFixture.planArgs("P-9", 2, DROP_LAT, DROP_LON)));
            f.flyToDropItem();
            f.fc.deliver(current(1, 5));
            f.tick(true, AUTO, DROP_LAT, DROP_LON, 12, 0.1);
            f.agent.onCommand(f.signed(CommandType.RELEASE, Map.of("parcelId", "P-9")));
            assertThat(f.opened).hasValue(0);
            assertThat(f.out.acks).last().satisfies(a -> {
                assertThat(a.result()).isEqualTo(CommandAck.Result.FAILED);
                assertThat(a.reason()).contains(Interlock.AT_DROP_ITEM.name());
            });
            assertThat(f.out.events(EventType.DROP_REFUSED)).singleElement()
                    .satisfies(e -> assertThat(e.message()).contains("AT_DROP_ITEM"));
        }
    }

    @Test
    void aManualReleaseAfterARefusalReleasesOnceTheInterlocksHoldAndOnlyOnce() throws Exception {
        try (AgentFixture f = new AgentFixture(dir.resolve("releases.journal"))) {
            f.flyToDropItem();
            holdOverDrop(f, Violation.GROUND_SPEED, 30);
            assertThat(f.out.events(EventType.DROP_REFUSED)).hasSize(1);
            holdOverDrop(f, null, 5);
            assertThat(f.opened).as("a settled refusal is not retried by itself").hasValue(0);
            f.agent.onCommand(f.signed(CommandType.RELEASE, Map.of("parcelId", "drop-2-f1")));
            assertThat(f.out.acks).last().extracting(CommandAck::result).isEqualTo(CommandAck.Result.ACCEPTED);
            f.agent.onCommand(f.signed(CommandType.RELEASE, Map.of("parcelId", "drop-2-f1")));
            assertThat(f.out.acks).last().satisfies(a -> assertThat(a.reason()).contains("NOT_ALREADY_RELEASED"));
            holdOverDrop(f, null, 30);
            assertThat(f.opened).hasValue(1);
            assertThat(f.out.events(EventType.RELEASED)).hasSize(1);
        }
    }

    @Test
    void anAgentRestartedAfterAReleaseNeverReleasesTheParcelAgain() throws Exception {
        Path journal = dir.resolve("releases.journal");
        try (AgentFixture f = new AgentFixture(journal)) {
            f.agent.onCommand(f.signed(CommandType.SET_DROP_PLAN, AgentFixture.planArgs("P-9", 2, DROP_LAT, DROP_LON)));
            f.flyToDropItem();
            holdOverDrop(f, null, 20);
            assertThat(f.opened).hasValue(1);
        }
        try (AgentFixture again = new AgentFixture(journal)) {
            again.agent.onCommand(again.signed(CommandType.SET_DROP_PLAN, AgentFixture.planArgs("P-9", 2, DROP_LAT, DROP_LON)));
            again.flyToDropItem();
            holdOverDrop(again, null, 40);
            assertThat(again.opened).as("openings after the restart").hasValue(0);
            assertThat(again.out.events(EventType.DROP_REFUSED)).singleElement()
                    .satisfies(e -> assertThat(e.message()).contains("NOT_ALREADY_RELEASED"));
        }
    }

    @Test
    void anAgentRestartedInTheAirKnowsTheGroundStationsParcelsAndDoesNotReleaseAgain() throws Exception {
        Path journal = dir.resolve("releases.journal");
        org.lifeline.time.ManualScheduler clock = new org.lifeline.time.ManualScheduler();
        try (AgentStores stores = AgentStores.open(dir); AgentFixture f = new AgentFixture(journal, clock, stores)) {
            f.agent.onCommand(f.signed(CommandType.SET_DROP_PLAN, AgentFixture.planArgs("P-9", 2, DROP_LAT, DROP_LON)));
            f.flyToDropItem();
            holdOverDrop(f, null, 20);
            assertThat(f.opened).hasValue(1);
        }
        try (AgentStores stores = AgentStores.open(dir); AgentFixture again = new AgentFixture(journal, clock, stores)) {
            again.fc.deliver(org.lifeline.agent.fc.FakeAutopilot.gps(3, 12));
            again.fc.deliver(current(2, 5));
            holdOverDrop(again, null, 40); // still hovering over the drop, armed, as the restarted agent first hears it
            assertThat(again.opened).as("openings after the restart").hasValue(0);
            assertThat(again.out.events(EventType.DROP_REFUSED)).singleElement().satisfies(e -> {
                assertThat(e.parcelId()).contains("P-9");
                assertThat(e.message()).contains("NOT_ALREADY_RELEASED");
            });
        }
    }

    @Test
    void aMissionOnlyDropIsNamedPerFlightSoARestartInTheAirKeepsItAndTheNextFlightCarriesANewParcel() throws Exception {
        Path journal = dir.resolve("releases.journal");
        org.lifeline.time.ManualScheduler clock = new org.lifeline.time.ManualScheduler();
        try (AgentStores stores = AgentStores.open(dir); AgentFixture f = new AgentFixture(journal, clock, stores)) {
            f.flyToDropItem();
            holdOverDrop(f, null, 20);
            assertThat(f.out.events(EventType.RELEASED)).singleElement().satisfies(e -> assertThat(e.parcelId()).contains("drop-2-f1"));
        }
        try (AgentStores stores = AgentStores.open(dir); AgentFixture again = new AgentFixture(journal, clock, stores)) {
            again.fc.deliver(org.lifeline.agent.fc.FakeAutopilot.gps(3, 12));
            again.fc.deliver(current(2, 5));
            holdOverDrop(again, null, 40);
            assertThat(again.opened).as("restarted in the air: same flight, same parcel").hasValue(0);
            assertThat(again.out.events(EventType.DROP_REFUSED)).singleElement()
                    .satisfies(e -> assertThat(e.message()).contains("drop-2-f1").contains("NOT_ALREADY_RELEASED"));
            again.tick(false, 9, DROP_LAT, DROP_LON, 0, 0); // landed and disarmed
            again.flyToDropItem();
            holdOverDrop(again, null, 20);
            assertThat(again.opened).as("the next flight's parcel").hasValue(1);
            assertThat(again.out.events(EventType.RELEASED)).singleElement().satisfies(e -> assertThat(e.parcelId()).contains("drop-2-f2"));
        }
    }

    @Test
    void aParcelTheSensorStillSeesAfterTheReleaseIsReportedStuck() throws Exception {
        try (AgentFixture f = new AgentFixture(dir.resolve("releases.journal"))) {
            f.flyToDropItem();
            f.parcelPresent = true;
            holdOverDrop(f, null, 3);
            assertThat(f.opened).hasValue(1);
            f.parcelPresent = true;
            holdOverDrop(f, null, 20);
            assertThat(f.out.events(EventType.PARCEL_STUCK)).singleElement().satisfies(e -> assertThat(e.parcelId()).contains("drop-2-f1"));
        }
    }

    @Test
    void aDescentOntoTheDropFromStraightAboveArrivesOnlyInTheWindowAndThenReleases() throws Exception {
        try (AgentFixture f = new AgentFixture(dir.resolve("releases.journal"))) {
            f.flyToDropItem();
            for (double alt = 40; alt > 12; alt -= 0.15) {
                f.tick(true, AUTO, DROP_LAT, DROP_LON, alt, 0.1);
                if (alt > 14) {
                    assertThat(f.out.events(EventType.REACHED_DROP)).as("at %.1f m", alt).isEmpty();
                }
            }
            holdOverDrop(f, null, 10);
            assertThat(f.out.events(EventType.DROP_REFUSED)).isEmpty();
            assertThat(f.opened).hasValue(1);
        }
    }

    @Test
    void aMissionDropWithoutAGroundPlanIsReleasedUnderTheDefaultLimits() throws Exception {
        try (AgentFixture f = new AgentFixture(dir.resolve("releases.journal"))) {
            f.flyToDropItem();
            holdOverDrop(f, null, 20);
            assertThat(f.out.events(EventType.RELEASED)).singleElement().satisfies(e -> assertThat(e.parcelId()).contains("drop-2-f1"));
            assertThat(f.out.events(EventType.MISSION_CHANGED)).singleElement()
                    .satisfies(e -> assertThat(e.message()).contains("drops at items [2]"));
        }
    }

    @Test
    void aCancelledDropIsFlownOverWithTheParcelKept() throws Exception {
        try (AgentFixture f = new AgentFixture(dir.resolve("releases.journal"))) {
            f.agent.onCommand(f.signed(CommandType.SET_DROP_PLAN, AgentFixture.planArgs("P-9", 2, DROP_LAT, DROP_LON)));
            f.agent.onCommand(f.signed(CommandType.CANCEL_DROP, Map.of("parcelId", "P-9")));
            f.flyToDropItem();
            holdOverDrop(f, null, 30);
            assertThat(f.opened).hasValue(0);
            assertThat(f.out.events(EventType.REACHED_DROP)).isEmpty();
        }
    }

    @Test
    void telemetryFollowsTheVehicleAtTheConfiguredRate() throws Exception {
        try (AgentFixture f = new AgentFixture(dir.resolve("releases.journal"))) {
            f.flyToDropItem();
            int before = f.out.telemetry.size();
            for (int i = 0; i < 50; i++) {
                f.tick(true, AUTO, DROP_LAT, DROP_LON, 12, 0.2);
            }
            assertThat(f.out.telemetry.size() - before).as("2 Hz over 5 s").isBetween(9, 11);
            assertThat(f.out.telemetry).last().satisfies(t -> {
                assertThat(t.droneId()).isEqualTo("d1");
                assertThat(t.mode()).isEqualTo("AUTO");
                assertThat(t.armed()).isTrue();
                assertThat(t.currentSeq()).isEqualTo(2);
                assertThat(t.relativeAltitude()).isEqualTo(12.0);
            });
        }
    }
}
