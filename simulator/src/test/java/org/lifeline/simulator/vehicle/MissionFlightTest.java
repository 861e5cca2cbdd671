package org.lifeline.simulator.vehicle;

import static org.assertj.core.api.Assertions.assertThat;

import io.dronefleet.mavlink.common.BatteryStatus;
import io.dronefleet.mavlink.common.MissionCurrent;
import io.dronefleet.mavlink.common.MissionItemReached;
import io.dronefleet.mavlink.common.ServoOutputRaw;
import io.dronefleet.mavlink.minimal.Heartbeat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lifeline.mission.MavCmd;
import org.lifeline.mission.MissionItem;
import org.lifeline.mission.MissionType;

/** Flies the whole delivery mission once, in fake time, and checks it from several sides. */
class MissionFlightTest {

    private static final List<MissionItem> MISSION = Fixture.deliveryMission();
    private static Fixture f;
    private static final Map<Integer, Double> arrival = new HashMap<>();
    private static final Map<Integer, double[]> positionAtReached = new HashMap<>();
    private static final List<Integer> batterySamples = new ArrayList<>();
    private static double flightSeconds;

    @BeforeAll
    static void flyTheMission() {
        f = new Fixture();
        assertThat(f.gcs.uploadAndWait(MissionType.MISSION, MISSION)).isEqualTo(Peer.accepted());
        f.armAndStart();
        double start = f.clock.seconds();
        f.companion.onReceive(m -> m.as(MissionItemReached.class).ifPresent(r -> {
            VehicleState s = f.vehicle.state();
            positionAtReached.put(r.seq(), new double[] {s.latitude(), s.longitude(), s.relativeAltitude(), s.timeSeconds()});
        }));
        f.clock.add(dt -> {
            VehicleState s = f.vehicle.state();
            int seq = s.missionSeq();
            if (seq >= 1 && seq < MISSION.size() && !arrival.containsKey(seq) && isWaypoint(seq)
                    && distance(s, MISSION.get(seq)) <= 2.0) {
                arrival.put(seq, s.timeSeconds());
            }
            if (Math.round(s.timeSeconds() * 100) % 1000 == 0) {
                batterySamples.add(s.batteryRemaining());
            }
        });
        boolean landed = f.clock.runUntil(() -> !f.vehicle.state().armed(), Duration.ofMinutes(10));
        assertThat(landed).as("mission ends landed and disarmed; texts " + f.vehicle.statusTexts()).isTrue();
        flightSeconds = f.clock.seconds() - start;
        f.clock.runFor(Duration.ofSeconds(1));
    }

    private static boolean isWaypoint(int seq) {
        return MISSION.get(seq).command() == MavCmd.NAV_WAYPOINT;
    }

    private static double distance(VehicleState s, MissionItem item) {
        double dn = Fixture.FRAME.north(s.latitude()) - Fixture.FRAME.north(item.latitude());
        double de = Fixture.FRAME.east(s.longitude()) - Fixture.FRAME.east(item.longitude());
        return Math.sqrt(dn * dn + de * de + Math.pow(s.relativeAltitude() - item.z(), 2));
    }

    @Test
    void everyNavigationItemIsReachedInOrder() {
        List<Integer> seqs = f.gcs.all(MissionItemReached.class).stream().map(MissionItemReached::seq).toList();
        assertThat(seqs).containsExactly(1, 2, 3, 4, 5, 7, 8, 9);
    }

    @Test
    void eachWaypointIsReachedWithinTheAcceptanceRadius() {
        for (int seq : List.of(2, 3, 4, 5, 7, 8)) {
            double[] p = positionAtReached.get(seq);
            MissionItem item = MISSION.get(seq);
            double dn = Fixture.FRAME.north(p[0]) - Fixture.FRAME.north(item.latitude());
            double de = Fixture.FRAME.east(p[1]) - Fixture.FRAME.east(item.longitude());
            double d = Math.sqrt(dn * dn + de * de + Math.pow(p[2] - item.z(), 2));
            assertThat(d).as("distance from waypoint %d when reached", seq).isLessThanOrEqualTo(2.0);
        }
    }

    @Test
    void theDropWaypointHoldsForItsEightSeconds() {
        double held = positionAtReached.get(5)[3] - arrival.get(5);
        assertThat(held).isBetween(8.0, 8.1);
        double plainWaypoint = positionAtReached.get(3)[3] - arrival.get(3);
        assertThat(plainWaypoint).isLessThan(0.05);
    }

    @Test
    void theGripperReleaseIsVisibleToTheCompanion() {
        List<Integer> servo8 = f.companion.all(ServoOutputRaw.class).stream().map(ServoOutputRaw::servo8Raw).distinct().toList();
        assertThat(servo8).containsExactly(1500, 1100);
        assertThat(f.companion.texts()).containsSubsequence("Gripper load releasing", "Gripper Released", "Gripper load released");
        double releasedAt = f.companion.timed(io.dronefleet.mavlink.common.Statustext.class).stream()
                .filter(r -> r.message().as(io.dronefleet.mavlink.common.Statustext.class).orElseThrow().text().equals("Gripper load released"))
                .findFirst().orElseThrow().time();
        assertThat(releasedAt).isGreaterThanOrEqualTo(positionAtReached.get(5)[3]).isLessThan(positionAtReached.get(7)[3]);
    }

    @Test
    void batteryDeclinesPlausibly() {
        BatteryStatus last = f.gcs.last(BatteryStatus.class).orElseThrow();
        double minutes = flightSeconds / 60;
        // ArduPilot SITL's default pack: about 30 A at 12.6 V in hover and cruise, i.e. ~500 mAh a minute (measured)
        assertThat(last.currentConsumed() / minutes).as("mAh per minute").isBetween(400.0, 600.0);
        for (int i = 1; i < batterySamples.size(); i++) {
            assertThat(batterySamples.get(i)).isLessThanOrEqualTo(batterySamples.get(i - 1));
        }
        assertThat(last.batteryRemaining()).isBetween(40, 95);
    }

    @Test
    void missionCurrentFollowsTheNavigationItems() {
        List<Integer> seqs = f.gcs.all(MissionCurrent.class).stream().map(MissionCurrent::seq).distinct().toList();
        assertThat(seqs).containsSubsequence(1, 2, 3, 4, 5, 7, 8, 9);
    }

    @Test
    void theVehicleLandsAtHomeAndDisarms() {
        VehicleState s = f.vehicle.state();
        assertThat(s.armed()).isFalse();
        assertThat(s.landed()).isTrue();
        assertThat(Math.hypot(Fixture.FRAME.north(s.latitude()), Fixture.FRAME.east(s.longitude()))).isLessThan(2.5);
        Heartbeat hb = f.gcs.last(Heartbeat.class).orElseThrow();
        assertThat(hb.customMode()).isEqualTo(CopterMode.AUTO.number());
    }

    @Test
    void heartbeatsArriveOncePerSecond() {
        List<Peer.Received> hbs = f.gcs.timed(Heartbeat.class);
        double span = hbs.get(hbs.size() - 1).time() - hbs.get(0).time();
        assertThat((hbs.size() - 1) / span).isBetween(0.99, 1.01);
    }
}
