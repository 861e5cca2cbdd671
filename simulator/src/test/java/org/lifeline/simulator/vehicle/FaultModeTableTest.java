package org.lifeline.simulator.vehicle;

import static org.assertj.core.api.Assertions.assertThat;

import io.dronefleet.mavlink.common.GlobalPositionInt;
import io.dronefleet.mavlink.common.GpsRawInt;
import io.dronefleet.mavlink.common.MavMissionResult;
import io.dronefleet.mavlink.common.MissionAck;
import io.dronefleet.mavlink.common.MissionRequest;
import io.dronefleet.mavlink.common.ParamRequestRead;
import io.dronefleet.mavlink.common.ParamValue;
import io.dronefleet.mavlink.common.GpsFixType;
import io.dronefleet.mavlink.minimal.Heartbeat;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lifeline.mission.MissionType;
import org.lifeline.simulator.fault.Fault;
import org.lifeline.simulator.fault.FaultMode;
import org.lifeline.simulator.fault.FaultPlan;

/**
 * One scenario per {@link FaultMode}: the switch is exhaustive, so a new mode does not compile
 * until it has a test here. Byte-only modes (corrupt, bandwidth) are exercised on a real
 * {@link org.lifeline.link.Link} in {@code FaultyLinkTest}; here their in-process effect is checked.
 */
class FaultModeTableTest {

    @ParameterizedTest
    @EnumSource(FaultMode.class)
    void eachFaultModeHasTheDocumentedEffect(FaultMode mode) {
        switch (mode) {
            case DROP_OUT -> {
                Fixture f = faulty("drop-out=0.3");
                f.clock.runFor(Duration.ofSeconds(200));
                assertThat(f.gcs.all(Heartbeat.class).size()).isBetween(115, 165);
            }
            case DROP_IN -> {
                Fixture f = faulty("drop-in=0.3");
                for (int i = 0; i < 200; i++) {
                    readParam(f, "MAV_SYSID");
                    f.clock.runFor(Duration.ofMillis(20));
                }
                assertThat(f.gcs.all(ParamValue.class).size()).isBetween(115, 165);
            }
            case DUPLICATE_OUT -> {
                Fixture f = faulty("duplicate-out=1");
                f.clock.runFor(Duration.ofMillis(10_005));
                assertThat(f.gcs.all(Heartbeat.class)).hasSize(20);
            }
            case DUPLICATE_IN -> {
                Fixture f = faulty("duplicate-in=1");
                readParam(f, "MAV_SYSID");
                f.clock.runFor(Duration.ofSeconds(1));
                assertThat(f.gcs.all(ParamValue.class)).hasSize(2);
            }
            case REORDER_OUT -> {
                Fixture f = faulty("reorder-out=0.5");
                f.clock.runFor(Duration.ofSeconds(20));
                List<Long> times = f.gcs.timed(Object.class).stream().map(r -> r.message().payload())
                        .map(p -> p instanceof GlobalPositionInt g ? g.timeBootMs()
                                : p instanceof io.dronefleet.mavlink.common.Attitude a ? a.timeBootMs() : -1L)
                        .filter(t -> t >= 0).toList();
                assertThat(times).as("stamped messages arrive out of order").isNotEqualTo(times.stream().sorted().toList());
                assertThat(f.gcs.all(GlobalPositionInt.class).size()).as("but none is lost").isBetween(79, 80);
            }
            case REORDER_IN -> {
                Fixture f = faulty("reorder-in=1");
                readParam(f, "WPNAV_SPEED");
                readParam(f, "RTL_ALT");
                f.clock.runFor(Duration.ofSeconds(1));
                assertThat(f.gcs.all(ParamValue.class)).extracting(ParamValue::paramId).containsExactly("RTL_ALT", "WPNAV_SPEED");
            }
            case CORRUPT_OUT -> {
                Fixture f = faulty("corrupt-out=1");
                f.clock.runFor(Duration.ofSeconds(5));
                assertThat(f.gcs.all(Heartbeat.class)).as("a corrupted frame fails its CRC: nothing arrives").isEmpty();
            }
            case CORRUPT_IN -> {
                Fixture f = faulty("corrupt-in=1");
                readParam(f, "MAV_SYSID");
                f.clock.runFor(Duration.ofSeconds(1));
                assertThat(f.gcs.all(ParamValue.class)).isEmpty();
                assertThat(f.gcs.all(Heartbeat.class)).isNotEmpty();
            }
            case LATENCY -> {
                Fixture f = faulty("latency=200");
                readParam(f, "MAV_SYSID");
                double sent = f.clock.seconds();
                f.clock.runUntil(() -> !f.gcs.all(ParamValue.class).isEmpty(), Duration.ofSeconds(2));
                assertThat(f.gcs.timed(ParamValue.class).get(0).time() - sent).isBetween(0.40, 0.43);
            }
            case BANDWIDTH -> {
                Fixture f = faulty("bandwidth=57600");
                f.clock.runFor(Duration.ofSeconds(3));
                assertThat(f.gcs.all(Heartbeat.class)).as("in-process ports carry no bytes: bandwidth is a link fault").hasSize(3);
            }
            case MISSION_SILENT -> {
                Fixture f = faulty("mission-silent");
                f.gcs.upload(MissionType.MISSION, Fixture.deliveryMission());
                f.clock.runFor(Duration.ofSeconds(15));
                assertThat(f.gcs.all(MissionRequest.class)).isEmpty();
                assertThat(f.gcs.all(MissionAck.class)).isEmpty();
            }
            case MISSION_REJECT_ITEM -> {
                Fixture f = faulty("mission-reject-item=3:MAV_MISSION_INVALID_SEQUENCE");
                int result = f.gcs.uploadAndWait(MissionType.MISSION, Fixture.deliveryMission());
                assertThat(result).isEqualTo(MavMissionResult.MAV_MISSION_INVALID_SEQUENCE.ordinal());
                assertThat(f.gcs.all(MissionRequest.class)).extracting(MissionRequest::seq).containsExactly(0, 1, 2, 3);
            }
            case REBOOT -> {
                Fixture f = flying("reboot=20");
                f.clock.runUntil(f.vehicle::rebooting, Duration.ofSeconds(40));
                assertThat(f.vehicle.rebooting()).isTrue();
                f.gcs.clear();
                f.clock.runFor(Duration.ofMillis(2900));
                assertThat(f.gcs.all(Heartbeat.class)).isEmpty();
                f.clock.runFor(Duration.ofSeconds(2));
                Heartbeat hb = f.gcs.last(Heartbeat.class).orElseThrow();
                assertThat(hb.customMode()).isEqualTo(CopterMode.STABILIZE.number());
                assertThat(hb.baseMode().value() & 128).isZero();
                assertThat(f.gcs.texts()).contains("ArduCopter V4.7.0-dev (simulated)");
                assertThat(f.vehicle.state().landed()).isTrue();
            }
            case GPS_LOSS -> {
                Fixture f = flying("gps-loss=20");
                f.clock.runFor(Duration.ofSeconds(21));
                assertThat(f.vehicle.state().mode()).isEqualTo(CopterMode.LAND);
                assertThat(f.vehicle.statusTexts()).contains("EKF Failsafe: changed to LAND Mode");
                f.clock.runFor(Duration.ofSeconds(1));
                assertThat(f.gcs.last(GpsRawInt.class).orElseThrow().fixType().entry()).isEqualTo(GpsFixType.GPS_FIX_TYPE_NO_FIX);
                assertThat(f.clock.runUntil(() -> !f.vehicle.state().armed(), Duration.ofMinutes(2))).isTrue();
            }
            case BATTERY_FAILURE -> {
                Fixture f = flying("battery-failure=20");
                f.clock.runFor(Duration.ofSeconds(21));
                assertThat(f.vehicle.state().mode()).isEqualTo(CopterMode.LAND);
                assertThat(f.vehicle.statusTexts()).anyMatch(t -> t.startsWith("Battery 1 is critical"));
            }
        }
    }

    private static Fixture faulty(String spec) {
        // the battery failsafe actions as an operator sets them (ArduPilot ships them off): low → RTL, critical → LAND
        return new Fixture(SimulatedVehicle.builder().faults(FaultPlan.of(List.of(Fault.parse(spec))))
                .parameter("BATT_FS_LOW_ACT", 2).parameter("BATT_FS_CRT_ACT", 1));
    }

    private static Fixture flying(String spec) {
        Fixture f = faulty(spec);
        f.gcs.uploadAndWait(MissionType.MISSION, Fixture.deliveryMission());
        f.armAndStart();
        return f;
    }

    private static void readParam(Fixture f, String name) {
        f.gcs.send(ParamRequestRead.builder().targetSystem(1).targetComponent(1).paramId(name).paramIndex(-1).build());
    }
}
