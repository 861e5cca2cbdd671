package org.lifeline.groundstation.logs.replay;

import io.dronefleet.mavlink.common.AutopilotVersion;
import io.dronefleet.mavlink.common.CommandAck;
import io.dronefleet.mavlink.common.GlobalPositionInt;
import io.dronefleet.mavlink.common.MavCmd;
import io.dronefleet.mavlink.common.MavMissionResult;
import io.dronefleet.mavlink.common.MavMissionType;
import io.dronefleet.mavlink.common.MavParamType;
import io.dronefleet.mavlink.common.MavResult;
import io.dronefleet.mavlink.common.MissionAck;
import io.dronefleet.mavlink.common.MissionCount;
import io.dronefleet.mavlink.common.MissionItemInt;
import io.dronefleet.mavlink.common.MissionRequestInt;
import io.dronefleet.mavlink.common.ParamValue;
import io.dronefleet.mavlink.minimal.Heartbeat;
import io.dronefleet.mavlink.minimal.MavAutopilot;
import io.dronefleet.mavlink.minimal.MavType;
import io.dronefleet.mavlink.util.EnumValue;
import org.lifeline.mavlink.frame.Frame;
import org.lifeline.mavlink.frame.FrameWriter;
import org.lifeline.mavlink.frame.MessageRegistry;
import org.lifeline.mavlink.frame.PayloadCodec;
import org.lifeline.mission.MissionItem;
import org.lifeline.tlog.TlogWriter;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.List;

/**
 * A two-minute flight log written with Lifeline's own tlog writer, with known contents: vehicle
 * 1/1 (ArduPilot quadcopter) sends GLOBAL_POSITION_INT at 10 Hz (first, at whole tenths of a second) and a HEARTBEAT every second, the last at 120 s,
 * whose {@code time_boot_ms} is the record's time in the log (so a test can tell which moment a
 * frame is from); ground station 255/190 sends heartbeats and, at 5 s, uploads {@link #MISSION}
 * (its COUNT and items, the vehicle's requests and ACK); at 6 s the vehicle sends three of its
 * 500 parameters; at 7 s a COMMAND_ACK; at 1 s its AUTOPILOT_VERSION.
 */
final class ReplayFixture {

    static final long START_MICROS = 1_764_000_000_000_000L;
    static final int SECONDS = 120;
    static final List<MissionItem> MISSION = List.of(
            MissionItem.waypoint(34.0655, 114.4010, 0),
            MissionItem.command(22, 0, 0, 0, 0).withCurrent(false),
            MissionItem.waypoint(34.0665, 114.4020, 30));
    static final int POSITION_ID = 33;

    private ReplayFixture() {
    }

    static Path write(Path file) throws IOException {
        PayloadCodec codec = new PayloadCodec(MessageRegistry.standard());
        FrameWriter vehicle = new FrameWriter(1, 1, codec, null);
        FrameWriter ground = new FrameWriter(255, 190, codec, null);
        try (TlogWriter w = TlogWriter.create(file)) {
            for (int ms = 0; ms < SECONDS * 1000; ms += 100) {
                long at = START_MICROS + ms * 1000L;
                w.record(at, vehicle.write(GlobalPositionInt.builder().timeBootMs(ms).lat(340655000 + ms).lon(1144010000)
                        .relativeAlt(30_000).build()));
                if (ms % 1000 == 0) {
                    w.record(at + 5, vehicle.write(heartbeat()));
                    w.record(at + 10, ground.write(Heartbeat.builder().type(EnumValue.of(MavType.MAV_TYPE_GCS))
                            .autopilot(EnumValue.of(MavAutopilot.MAV_AUTOPILOT_INVALID)).mavlinkVersion(3).build()));
                }
                if (ms == 1000) {
                    w.record(at + 30, vehicle.write(AutopilotVersion.builder().flightSwVersion(0x040700FF).build()));
                }
                if (ms == 5000) {
                    upload(w, at + 40, vehicle, ground);
                }
                if (ms == 6000) {
                    w.record(at + 50, vehicle.write(param("WPNAV_SPEED", 500, 10)));
                    w.record(at + 51, vehicle.write(param("RTL_ALT", 1500, 20)));
                    w.record(at + 52, vehicle.write(param("GRIP_ENABLE", 1, 30)));
                }
                if (ms == 7000) {
                    w.record(at + 60, vehicle.write(CommandAck.builder().command(EnumValue.of(MavCmd.MAV_CMD_COMPONENT_ARM_DISARM))
                            .result(EnumValue.of(MavResult.MAV_RESULT_ACCEPTED)).targetSystem(255).targetComponent(190).build()));
                }
            }
            w.record(START_MICROS + SECONDS * 1_000_000L, vehicle.write(heartbeat()));
        }
        return file;
    }

    private static void upload(TlogWriter w, long at, FrameWriter vehicle, FrameWriter ground) {
        EnumValue<MavMissionType> mission = EnumValue.of(MavMissionType.MAV_MISSION_TYPE_MISSION);
        w.record(at, ground.write(MissionCount.builder().targetSystem(1).targetComponent(1).count(MISSION.size()).missionType(mission).build()));
        for (int seq = 0; seq < MISSION.size(); seq++) {
            w.record(at + 1 + 2L * seq, vehicle.write(MissionRequestInt.builder().targetSystem(255).targetComponent(190).seq(seq)
                    .missionType(mission).build()));
            MissionItem i = MISSION.get(seq);
            w.record(at + 2 + 2L * seq, ground.write(MissionItemInt.builder().targetSystem(1).targetComponent(1).seq(seq)
                    .frame(EnumValue.create(i.frame())).command(EnumValue.create(i.command())).current(i.current() ? 1 : 0)
                    .autocontinue(i.autocontinue() ? 1 : 0).param1(i.param1()).param2(i.param2()).param3(i.param3())
                    .param4(i.param4()).x(i.x()).y(i.y()).z(i.z()).missionType(mission).build()));
        }
        w.record(at + 9, vehicle.write(MissionAck.builder().targetSystem(255).targetComponent(190)
                .type(EnumValue.of(MavMissionResult.MAV_MISSION_ACCEPTED)).missionType(mission).build()));
    }

    private static Heartbeat heartbeat() {
        return Heartbeat.builder().type(EnumValue.of(MavType.MAV_TYPE_QUADROTOR))
                .autopilot(EnumValue.of(MavAutopilot.MAV_AUTOPILOT_ARDUPILOTMEGA)).customMode(5).mavlinkVersion(3).build();
    }

    private static ParamValue param(String name, float value, int index) {
        return ParamValue.builder().paramId(name).paramValue(value).paramType(EnumValue.of(MavParamType.MAV_PARAM_TYPE_REAL32))
                .paramIndex(index).paramCount(500).build();
    }

    /** The log time (ms) of the last GLOBAL_POSITION_INT in {@code sent}: the fixture writes it into time_boot_ms (-1: none). */
    static long lastPositionMs(List<Frame> sent) {
        for (int i = sent.size() - 1; i >= 0; i--) {
            Frame f = sent.get(i);
            if (f.messageId() == POSITION_ID) {
                return ByteBuffer.wrap(f.payload()).order(ByteOrder.LITTLE_ENDIAN).getInt(0) & 0xFFFFFFFFL;
            }
        }
        return -1;
    }
}
