package org.lifeline.simulator.vehicle;

import static org.assertj.core.api.Assertions.assertThat;

import io.dronefleet.mavlink.common.BatteryStatus;
import io.dronefleet.mavlink.common.ExtendedSysState;
import io.dronefleet.mavlink.common.GlobalPositionInt;
import io.dronefleet.mavlink.common.MavResult;
import io.dronefleet.mavlink.common.MissionAck;
import io.dronefleet.mavlink.common.MissionCount;
import io.dronefleet.mavlink.common.MissionItemInt;
import io.dronefleet.mavlink.common.MissionItemReached;
import io.dronefleet.mavlink.common.MissionRequest;
import io.dronefleet.mavlink.common.MissionRequestInt;
import io.dronefleet.mavlink.common.SysStatus;
import io.dronefleet.mavlink.common.Timesync;
import io.dronefleet.mavlink.minimal.Heartbeat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lifeline.mission.MavCmd;
import org.lifeline.mission.MavFrame;
import org.lifeline.mission.MissionItem;
import org.lifeline.mission.MissionType;

/**
 * The simulator against what ArduCopter SITL V4.7.0-dev was measured doing (docs/simulator.md):
 * each test is one measured behaviour.
 */
class ArduPilotBehaviourTest {

    private static final int NO_SPACE = 4;
    private static final int INVALID_SEQUENCE = 13;
    private static final int OPERATION_CANCELLED = 15;

    private static MissionItem item(int command, int frame, double north, double east, float z) {
        MissionItem at = Fixture.at(command, north, east, z, 0);
        return new MissionItem(command, frame, false, true, 0, 0, 0, 0, at.x(), at.y(), z);
    }

    private static List<MissionItemInt> download(Fixture f, MissionType type, int count) {
        List<MissionItemInt> out = new ArrayList<>();
        for (int seq = 0; seq < count; seq++) {
            int before = f.gcs.all(MissionItemInt.class).size();
            f.gcs.send(MissionRequestInt.builder().targetSystem(1).targetComponent(1).seq(seq).missionType(Wire.missionType(type)).build());
            f.clock.runUntil(() -> f.gcs.all(MissionItemInt.class).size() > before, Duration.ofSeconds(2));
            out.add(f.gcs.all(MissionItemInt.class).get(before));
        }
        return out;
    }

    private static List<Integer> frames(List<MissionItemInt> items) {
        return items.stream().map(i -> Wire.value(i.frame())).toList();
    }

    @Test
    void missionFenceAndRallyComeBackInTheFramesArduPilotStores() {
        Fixture f = new Fixture();
        List<MissionItem> mission = List.of(item(MavCmd.NAV_WAYPOINT, MavFrame.GLOBAL, 0, 0, 48),
                new MissionItem(MavCmd.NAV_TAKEOFF, MavFrame.GLOBAL_RELATIVE_ALT, false, true, 0, 0, 0, 0, 0, 0, 30f),
                item(MavCmd.NAV_WAYPOINT, MavFrame.GLOBAL_RELATIVE_ALT_INT, 100, 0, 30),
                item(MavCmd.NAV_WAYPOINT, MavFrame.GLOBAL_INT, 200, 0, 80),
                new MissionItem(MavCmd.DO_GRIPPER, MavFrame.MISSION, false, true, 1, 0, 0, 0, 0, 0, 0),
                new MissionItem(MavCmd.NAV_RETURN_TO_LAUNCH, MavFrame.MISSION, false, true, 0, 0, 0, 0, 0, 0, 0));
        assertThat(f.gcs.uploadAndWait(MissionType.MISSION, mission)).isZero();
        assertThat(frames(download(f, MissionType.MISSION, mission.size()))).containsExactly(0, 3, 3, 0, 0, 0);

        List<MissionItem> fence = List.of(item(MavCmd.NAV_FENCE_POLYGON_VERTEX_INCLUSION, MavFrame.GLOBAL_INT, -500, -500, 0),
                item(MavCmd.NAV_FENCE_POLYGON_VERTEX_INCLUSION, MavFrame.GLOBAL_INT, 500, -500, 0),
                item(MavCmd.NAV_FENCE_POLYGON_VERTEX_INCLUSION, MavFrame.GLOBAL_INT, 0, 500, 0),
                item(MavCmd.NAV_FENCE_RETURN_POINT, MavFrame.GLOBAL_RELATIVE_ALT_INT, 0, 0, 30));
        fence = fence.stream().map(i -> i.command() == MavCmd.NAV_FENCE_RETURN_POINT ? i
                : new MissionItem(i.command(), i.frame(), false, true, 3, 0, 0, 0, i.x(), i.y(), 0)).toList();
        assertThat(f.gcs.uploadAndWait(MissionType.FENCE, fence)).isZero();
        List<MissionItemInt> fenceBack = download(f, MissionType.FENCE, fence.size());
        assertThat(frames(fenceBack)).containsOnly(0);
        assertThat(fenceBack.get(3).z()).as("the return point loses its altitude").isZero();

        List<MissionItem> rally = List.of(item(MavCmd.NAV_RALLY_POINT, MavFrame.GLOBAL_RELATIVE_ALT_INT, 50, 50, 25),
                item(MavCmd.NAV_RALLY_POINT, MavFrame.GLOBAL_RELATIVE_ALT, -50, 0, 25));
        assertThat(f.gcs.uploadAndWait(MissionType.RALLY, rally)).isZero();
        assertThat(frames(download(f, MissionType.RALLY, rally.size()))).containsOnly(3);
    }

    @Test
    void underLegacyBehaviourFramesComeBackAsUploaded() {
        Fixture f = new Fixture(SimulatedVehicle.builder().behaviour(Behaviour.LEGACY));
        List<MissionItem> mission = List.of(item(MavCmd.NAV_WAYPOINT, MavFrame.GLOBAL, 0, 0, 48),
                item(MavCmd.NAV_WAYPOINT, MavFrame.GLOBAL_RELATIVE_ALT_INT, 100, 0, 30),
                new MissionItem(MavCmd.NAV_RETURN_TO_LAUNCH, MavFrame.MISSION, false, true, 0, 0, 0, 0, 0, 0, 0));
        assertThat(f.gcs.uploadAndWait(MissionType.MISSION, mission)).isZero();
        assertThat(frames(download(f, MissionType.MISSION, mission.size()))).containsExactly(0, 6, 2);
    }

    @Test
    void aMissionCountRightAfterBootIsAnsweredNoSpaceWhileTheHeartbeatSaysBoot() {
        Fixture f = new Fixture();
        f.clock.runFor(Duration.ofMillis(300));
        assertThat(Wire.value(f.gcs.last(Heartbeat.class).orElseThrow().systemStatus())).as("MAV_STATE_BOOT").isEqualTo(1);
        f.gcs.send(MissionCount.builder().targetSystem(1).targetComponent(1).count(3).missionType(Wire.missionType(MissionType.MISSION)).build());
        f.clock.runFor(Duration.ofMillis(100));
        assertThat(Wire.value(f.gcs.last(MissionAck.class).orElseThrow().type())).isEqualTo(NO_SPACE);
        assertThat(f.gcs.texts()).contains("Only 0 items are supported");

        f.clock.runFor(Duration.ofMillis(2000));
        assertThat(f.gcs.texts()).contains("ArduPilot Ready");
        assertThat(Wire.value(f.gcs.last(Heartbeat.class).orElseThrow().systemStatus())).as("MAV_STATE_STANDBY").isEqualTo(3);
        f.gcs.send(MissionCount.builder().targetSystem(1).targetComponent(1).count(3).missionType(Wire.missionType(MissionType.MISSION)).build());
        f.clock.runFor(Duration.ofMillis(100));
        assertThat(f.gcs.last(MissionRequest.class)).isPresent();
    }

    @Test
    void anItemOtherThanTheRequestedOneIsAnsweredInvalidSequenceAndTheUploadCarriesOn() {
        Fixture f = new Fixture();
        f.clock.runFor(Duration.ofSeconds(2));
        List<MissionItem> mission = Fixture.deliveryMission().subList(0, 4);
        f.gcs.send(MissionCount.builder().targetSystem(1).targetComponent(1).count(4).missionType(Wire.missionType(MissionType.MISSION)).build());
        f.clock.runFor(Duration.ofMillis(50));
        f.gcs.send(Wire.toInt(mission.get(0), 0, MissionType.MISSION, 1, 1));
        f.clock.runFor(Duration.ofMillis(50));
        f.gcs.send(Wire.toInt(mission.get(0), 0, MissionType.MISSION, 1, 1)); // a duplicate
        f.gcs.send(Wire.toInt(mission.get(3), 3, MissionType.MISSION, 1, 1)); // one from the future
        f.clock.runFor(Duration.ofMillis(50));
        assertThat(f.gcs.all(MissionAck.class)).extracting(a -> Wire.value(a.type())).containsExactly(INVALID_SEQUENCE, INVALID_SEQUENCE);
        for (int seq = 1; seq < 4; seq++) {
            f.gcs.send(Wire.toInt(mission.get(seq), seq, MissionType.MISSION, 1, 1));
            f.clock.runFor(Duration.ofMillis(50));
        }
        assertThat(f.gcs.all(MissionAck.class)).extracting(a -> Wire.value(a.type())).containsExactly(INVALID_SEQUENCE, INVALID_SEQUENCE, 0);
    }

    @Test
    void theVehicleAsksAgainEverySecondAndAbandonsTheUploadAfterEightSecondsOfSilence() {
        Fixture f = new Fixture();
        f.clock.runFor(Duration.ofSeconds(2));
        f.gcs.send(MissionCount.builder().targetSystem(1).targetComponent(1).count(3).missionType(Wire.missionType(MissionType.RALLY)).build());
        f.clock.runFor(Duration.ofSeconds(10));
        List<Double> asked = f.gcs.timed(MissionRequest.class).stream().map(Peer.Received::time).toList();
        assertThat(asked).hasSize(8);
        for (int i = 1; i < asked.size(); i++) {
            assertThat(asked.get(i) - asked.get(i - 1)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.05));
        }
        Peer.Received cancel = f.gcs.timed(MissionAck.class).get(0);
        assertThat(Wire.value(cancel.message().as(MissionAck.class).orElseThrow().type())).isEqualTo(OPERATION_CANCELLED);
        assertThat(cancel.time() - asked.get(0)).isCloseTo(8.0, org.assertj.core.data.Offset.offset(0.05));
    }

    @Test
    void timesyncIsAnsweredFromTheBootClockInNanosecondsAndTheVehicleAsksItself() {
        Fixture f = new Fixture();
        f.clock.runFor(Duration.ofSeconds(4));
        f.gcs.send(Timesync.builder().tc1(0).ts1(123_456_789L).build());
        f.clock.runFor(Duration.ofMillis(50));
        Timesync answer = f.gcs.all(Timesync.class).stream().filter(t -> t.ts1() == 123_456_789L).findFirst().orElseThrow();
        assertThat(answer.tc1()).isBetween(4_000_000_000L, 4_100_000_000L);
        f.clock.runFor(Duration.ofSeconds(7));
        assertThat(f.gcs.all(Timesync.class)).anyMatch(t -> t.tc1() == 0 && t.ts1() > 9_900_000_000L);
    }

    @Test
    void setMessageIntervalForTheHeartbeatIsAcceptedAndTakesEffect() {
        Fixture f = new Fixture();
        assertThat(f.gcs.commandAndWait(CommandHandler.CMD_SET_MESSAGE_INTERVAL, 0, 500_000)).isEqualTo(MavResult.MAV_RESULT_ACCEPTED.ordinal());
        int before = f.gcs.all(Heartbeat.class).size();
        f.clock.runFor(Duration.ofSeconds(5));
        assertThat(f.gcs.all(Heartbeat.class).size() - before).isBetween(9, 11);
        assertThat(f.gcs.acks(CommandHandler.CMD_SET_MESSAGE_INTERVAL)).extracting(a -> Wire.value(a.result()))
                .containsOnly(MavResult.MAV_RESULT_ACCEPTED.ordinal());
    }

    @Test
    void aDeliveryFlightClimbsLikeArduPilotAndReportsItsLandedStateOnTheSitlBattery() {
        Fixture f = new Fixture();
        assertThat(f.gcs.uploadAndWait(MissionType.MISSION, Fixture.deliveryMission())).isZero();
        f.armAndStart();
        double start = f.clock.seconds();
        assertThat(f.clock.runUntil(() -> f.vehicle.state().relativeAltitude() >= 29.5, Duration.ofMinutes(1))).isTrue();
        // measured on SITL: 30 m about 14-15 s after MISSION_START, 40 m at 20 s
        assertThat(f.clock.seconds() - start).isBetween(12.0, 17.0);
        assertThat(f.clock.runUntil(() -> !f.vehicle.state().armed(), Duration.ofMinutes(15))).isTrue();
        f.clock.runFor(Duration.ofSeconds(2));

        List<Integer> landed = new ArrayList<>();
        for (ExtendedSysState s : f.gcs.all(ExtendedSysState.class)) {
            int v = Wire.value(s.landedState());
            if (landed.isEmpty() || landed.get(landed.size() - 1) != v) {
                landed.add(v);
            }
        }
        // ON_GROUND, TAKEOFF, IN_AIR, LANDING (RTL's descent), ON_GROUND
        assertThat(landed).containsExactly(1, 3, 2, 4, 1);
        assertThat(f.gcs.all(MissionItemReached.class)).isNotEmpty();

        SysStatus status = f.gcs.last(SysStatus.class).orElseThrow();
        assertThat(status.voltageBattery()).isEqualTo(12600);
        BatteryStatus battery = f.gcs.last(BatteryStatus.class).orElseThrow();
        assertThat(f.vehicle.parameter("BATT_CAPACITY")).isEqualTo(3300);
        double minutes = f.clock.seconds() / 60;
        assertThat(battery.currentConsumed() / minutes).as("mAh per minute, SITL about 500").isBetween(350.0, 600.0);
        assertThat(f.gcs.all(GlobalPositionInt.class)).isNotEmpty();
    }
}
