package org.lifeline.simulator.vehicle;

import static org.assertj.core.api.Assertions.assertThat;

import io.dronefleet.mavlink.common.CommandAck;
import io.dronefleet.mavlink.common.GlobalPositionInt;
import io.dronefleet.mavlink.common.MavResult;
import io.dronefleet.mavlink.common.ParamRequestRead;
import io.dronefleet.mavlink.common.ParamSet;
import io.dronefleet.mavlink.common.ParamValue;
import io.dronefleet.mavlink.common.ParamRequestList;
import io.dronefleet.mavlink.common.SetMode;
import io.dronefleet.mavlink.common.MavMode;
import io.dronefleet.mavlink.minimal.Heartbeat;
import io.dronefleet.mavlink.minimal.MavAutopilot;
import io.dronefleet.mavlink.minimal.MavType;
import io.dronefleet.mavlink.util.EnumValue;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lifeline.mission.MissionType;

class AutopilotBehaviourTest {

    private static final int ACCEPTED = MavResult.MAV_RESULT_ACCEPTED.ordinal();
    private static final int FAILED = MavResult.MAV_RESULT_FAILED.ordinal();

    @Test
    void heartbeatIdentifiesAnArduPilotQuadrotorInStabilize() {
        Fixture f = new Fixture();
        f.clock.runFor(Duration.ofSeconds(2));
        Heartbeat hb = f.gcs.last(Heartbeat.class).orElseThrow();
        assertThat(hb.autopilot().entry()).isEqualTo(MavAutopilot.MAV_AUTOPILOT_ARDUPILOTMEGA);
        assertThat(hb.type().entry()).isEqualTo(MavType.MAV_TYPE_QUADROTOR);
        assertThat(hb.customMode()).isEqualTo(0);
        assertThat(f.companion.all(Heartbeat.class)).hasSize(f.gcs.all(Heartbeat.class).size());
    }

    @Test
    void armingFailsWithAPreArmMessageUntilTheGpsHasSettled() {
        Fixture f = new Fixture();
        f.clock.runFor(Duration.ofSeconds(1));
        assertThat(f.gcs.commandAndWait(CommandHandler.CMD_ARM_DISARM, 1)).isEqualTo(FAILED);
        assertThat(f.gcs.texts()).contains("PreArm: Need 3D Fix");
        f.clock.runFor(Duration.ofSeconds(5));
        assertThat(f.gcs.commandAndWait(CommandHandler.CMD_ARM_DISARM, 1)).isEqualTo(FAILED);
        assertThat(f.gcs.texts()).contains("PreArm: EKF3 waiting for GPS config data");
        f.clock.runFor(Duration.ofSeconds(3));
        assertThat(f.gcs.commandAndWait(CommandHandler.CMD_ARM_DISARM, 1)).isEqualTo(ACCEPTED);
        assertThat(f.vehicle.state().armed()).isTrue();
    }

    @Test
    void armingIsRefusedInAuto() {
        Fixture f = new Fixture();
        f.gcs.uploadAndWait(MissionType.MISSION, Fixture.deliveryMission());
        f.clock.runFor(Duration.ofSeconds(10));
        assertThat(f.gcs.commandAndWait(CommandHandler.CMD_DO_SET_MODE, 1, CopterMode.AUTO.number())).isEqualTo(ACCEPTED);
        assertThat(f.gcs.commandAndWait(CommandHandler.CMD_ARM_DISARM, 1)).isEqualTo(FAILED);
        assertThat(f.gcs.texts()).contains("Arm: Mode not armable");
    }

    @Test
    void setModeMessageChangesModeAndIsAcknowledgedLikeArduPilot() {
        Fixture f = new Fixture();
        f.clock.runFor(Duration.ofSeconds(1));
        f.gcs.send(SetMode.builder().targetSystem(1).baseMode(EnumValue.create(MavMode.class, 1)).customMode(CopterMode.LOITER.number()).build());
        f.clock.runFor(Duration.ofSeconds(2));
        CommandAck ack = f.gcs.acks(11).get(0);
        assertThat(ack.result().entry()).isEqualTo(MavResult.MAV_RESULT_ACCEPTED);
        assertThat(f.gcs.last(Heartbeat.class).orElseThrow().customMode()).isEqualTo(5);
        assertThat(f.gcs.commandAndWait(CommandHandler.CMD_DO_SET_MODE, 1, 99)).isEqualTo(MavResult.MAV_RESULT_UNSUPPORTED.ordinal());
    }

    @Test
    void guidedTakeoffClimbsAndLandModeLandsAndDisarms() {
        Fixture f = new Fixture();
        f.clock.runFor(Duration.ofSeconds(9));
        f.gcs.commandAndWait(CommandHandler.CMD_DO_SET_MODE, 1, CopterMode.GUIDED.number());
        f.gcs.commandAndWait(CommandHandler.CMD_ARM_DISARM, 1);
        assertThat(f.gcs.commandAndWait(22, 0, 0, 0, 0, 0, 0, 20)).isEqualTo(ACCEPTED);
        f.clock.runFor(Duration.ofSeconds(15));
        assertThat(f.vehicle.state().relativeAltitude()).isBetween(19.0, 20.5);
        assertThat(f.gcs.last(GlobalPositionInt.class).orElseThrow().relativeAlt()).isBetween(19_000, 20_500);
        assertThat(f.gcs.commandAndWait(21)).isEqualTo(ACCEPTED);
        assertThat(f.clock.runUntil(() -> !f.vehicle.state().armed(), Duration.ofSeconds(60))).isTrue();
        assertThat(f.vehicle.state().landed()).isTrue();
    }

    @Test
    void unarmedAutoDisarmsAfterTheDisarmDelay() {
        Fixture f = new Fixture();
        f.clock.runFor(Duration.ofSeconds(9));
        f.gcs.commandAndWait(CommandHandler.CMD_DO_SET_MODE, 1, CopterMode.GUIDED.number());
        f.gcs.commandAndWait(CommandHandler.CMD_ARM_DISARM, 1);
        f.clock.runFor(Duration.ofSeconds(9));
        assertThat(f.vehicle.state().armed()).isTrue();
        f.clock.runFor(Duration.ofSeconds(2));
        assertThat(f.vehicle.state().armed()).isFalse();
    }

    @Test
    void setMessageIntervalChangesTheRateOnThatPortOnly() {
        Fixture f = new Fixture();
        assertThat(f.gcs.commandAndWait(CommandHandler.CMD_SET_MESSAGE_INTERVAL, 33, 100_000)).isEqualTo(ACCEPTED);
        f.gcs.clear();
        f.companion.clear();
        f.clock.runFor(Duration.ofSeconds(10));
        assertThat(f.gcs.all(GlobalPositionInt.class).size()).isBetween(99, 101);
        assertThat(f.companion.all(GlobalPositionInt.class).size()).isBetween(39, 41);
        f.gcs.commandAndWait(CommandHandler.CMD_SET_MESSAGE_INTERVAL, 33, -1);
        f.gcs.clear();
        f.clock.runFor(Duration.ofSeconds(3));
        assertThat(f.gcs.all(GlobalPositionInt.class)).isEmpty();
        assertThat(f.gcs.commandAndWait(CommandHandler.CMD_SET_MESSAGE_INTERVAL, 9999, 100_000)).isEqualTo(MavResult.MAV_RESULT_DENIED.ordinal());
    }

    @Test
    void requestMessageSendsHomeAndAutopilotVersionOnce() {
        Fixture f = new Fixture();
        f.clock.runFor(Duration.ofSeconds(6));
        f.gcs.clear();
        assertThat(f.gcs.commandAndWait(CommandHandler.CMD_REQUEST_MESSAGE, 242)).isEqualTo(ACCEPTED);
        assertThat(f.gcs.all(io.dronefleet.mavlink.common.HomePosition.class)).hasSize(1);
        assertThat(f.gcs.commandAndWait(CommandHandler.CMD_REQUEST_MESSAGE, 148)).isEqualTo(ACCEPTED);
        assertThat(f.gcs.all(io.dronefleet.mavlink.common.AutopilotVersion.class)).hasSize(1);
    }

    @Test
    void parametersAreReadSetListedAndUnknownNamesGetNoReply() {
        Fixture f = new Fixture();
        f.gcs.send(ParamRequestRead.builder().targetSystem(1).targetComponent(1).paramId("MAV_SYSID").paramIndex(-1).build());
        f.gcs.send(ParamRequestRead.builder().targetSystem(1).targetComponent(1).paramId("SYSID_THISMAV").paramIndex(-1).build());
        f.clock.runFor(Duration.ofSeconds(1));
        List<ParamValue> values = f.gcs.all(ParamValue.class);
        assertThat(values).extracting(ParamValue::paramId).containsExactly("MAV_SYSID");
        assertThat(values.get(0).paramValue()).isEqualTo(1f);
        f.gcs.send(ParamSet.builder().targetSystem(1).targetComponent(1).paramId("WPNAV_SPEED").paramValue(800f).build());
        f.clock.runFor(Duration.ofSeconds(1));
        assertThat(f.companion.last(ParamValue.class).orElseThrow().paramValue()).isEqualTo(800f);
        assertThat(f.vehicle.parameter("WPNAV_SPEED")).isEqualTo(800.0);
        f.gcs.clear();
        f.gcs.send(ParamRequestList.builder().targetSystem(1).targetComponent(1).build());
        f.clock.runFor(Duration.ofSeconds(1));
        assertThat(f.gcs.all(ParamValue.class)).hasSize(Parameters.definitions().size());
    }

    @Test
    void messagesForAnotherSystemAreIgnored() {
        Fixture f = new Fixture();
        f.gcs.send(ParamRequestRead.builder().targetSystem(7).targetComponent(1).paramId("MAV_SYSID").paramIndex(-1).build());
        f.clock.runFor(Duration.ofSeconds(1));
        assertThat(f.gcs.all(ParamValue.class)).isEmpty();
    }

    @Test
    void missionDownloadReturnsHomeAsItemZeroAndTheUploadedItems() {
        Fixture f = new Fixture();
        f.clock.runFor(Duration.ofSeconds(6));
        assertThat(f.gcs.uploadAndWait(MissionType.MISSION, Fixture.deliveryMission())).isEqualTo(Peer.accepted());
        f.gcs.send(io.dronefleet.mavlink.common.MissionRequestList.builder().targetSystem(1).targetComponent(1)
                .missionType(Wire.missionType(MissionType.MISSION)).build());
        f.clock.runFor(Duration.ofMillis(100));
        assertThat(f.gcs.last(io.dronefleet.mavlink.common.MissionCount.class).orElseThrow().count()).isEqualTo(Fixture.deliveryMission().size());
        f.gcs.send(io.dronefleet.mavlink.common.MissionRequestInt.builder().targetSystem(1).targetComponent(1).seq(0)
                .missionType(Wire.missionType(MissionType.MISSION)).build());
        f.gcs.send(io.dronefleet.mavlink.common.MissionRequest.builder().targetSystem(1).targetComponent(1).seq(3)
                .missionType(Wire.missionType(MissionType.MISSION)).build());
        f.clock.runFor(Duration.ofMillis(100));
        io.dronefleet.mavlink.common.MissionItemInt home = f.gcs.last(io.dronefleet.mavlink.common.MissionItemInt.class).orElseThrow();
        assertThat(home.seq()).isZero();
        assertThat(home.x()).isEqualTo(340655000);
        assertThat(home.z()).isEqualTo(48f);
        io.dronefleet.mavlink.common.MissionItem legacy = f.gcs.last(io.dronefleet.mavlink.common.MissionItem.class).orElseThrow();
        assertThat(legacy.seq()).isEqualTo(3);
        assertThat((double) legacy.x()).isCloseTo(Fixture.deliveryMission().get(3).latitude(), org.assertj.core.api.Assertions.within(1e-5));
    }

    @Test
    void uploadsAreRequestedWithLegacyMissionRequest() {
        Fixture f = new Fixture();
        f.gcs.uploadAndWait(MissionType.FENCE, List.of());
        f.gcs.uploadAndWait(MissionType.MISSION, Fixture.deliveryMission());
        assertThat(f.gcs.all(io.dronefleet.mavlink.common.MissionRequest.class)).hasSize(Fixture.deliveryMission().size());
        assertThat(f.gcs.all(io.dronefleet.mavlink.common.MissionRequestInt.class)).isEmpty();
    }
}
