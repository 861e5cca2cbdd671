package org.lifeline.simulator.vehicle;

import io.dronefleet.mavlink.common.Attitude;
import io.dronefleet.mavlink.common.AutopilotVersion;
import io.dronefleet.mavlink.common.BatteryStatus;
import io.dronefleet.mavlink.common.GlobalPositionInt;
import io.dronefleet.mavlink.common.GpsFixType;
import io.dronefleet.mavlink.common.GpsRawInt;
import io.dronefleet.mavlink.common.HomePosition;
import io.dronefleet.mavlink.common.MavBatteryChargeState;
import io.dronefleet.mavlink.common.MavBatteryFunction;
import io.dronefleet.mavlink.common.MavBatteryType;
import io.dronefleet.mavlink.common.MavProtocolCapability;
import io.dronefleet.mavlink.common.MavSysStatusSensor;
import io.dronefleet.mavlink.common.MissionCurrent;
import io.dronefleet.mavlink.common.MissionState;
import io.dronefleet.mavlink.common.ServoOutputRaw;
import io.dronefleet.mavlink.common.SysStatus;
import io.dronefleet.mavlink.common.VfrHud;
import io.dronefleet.mavlink.minimal.Heartbeat;
import io.dronefleet.mavlink.minimal.MavAutopilot;
import io.dronefleet.mavlink.minimal.MavModeFlag;
import io.dronefleet.mavlink.minimal.MavState;
import io.dronefleet.mavlink.minimal.MavType;
import io.dronefleet.mavlink.util.EnumValue;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.lifeline.simulator.flight.Battery;
import org.lifeline.simulator.flight.FlightModel;
import org.lifeline.simulator.flight.GpsReceiver;

/**
 * Builds the telemetry messages ArduCopter streams, from the autopilot's state, in ArduPilot's
 * units (positions in degE7 and mm, speeds in cm/s, headings in cdeg, GLOBAL_POSITION_INT and
 * VFR_HUD altitude above mean sea level). GLOBAL_POSITION_INT is the EKF estimate (the true
 * position here); GPS_RAW_INT carries the receiver's noise and loses its fix with the GPS.
 */
@SuppressWarnings("deprecation") // legacy MAVLink messages (SET_MODE, MISSION_REQUEST, ...) are what ArduPilot still speaks
final class Telemetry {

    static final int HEARTBEAT = 0;
    static final int SYS_STATUS = 1;
    static final int GPS_RAW_INT = 24;
    static final int ATTITUDE = 30;
    static final int GLOBAL_POSITION_INT = 33;
    static final int SERVO_OUTPUT_RAW = 36;
    static final int MISSION_CURRENT = 42;
    static final int VFR_HUD = 74;
    static final int BATTERY_STATUS = 147;
    static final int AUTOPILOT_VERSION = 148;
    static final int HOME_POSITION = 242;
    static final int EXTENDED_SYS_STATE = 245;

    /** Gyro, accel, mag, baro, GPS, motor outputs, geofence, AHRS, battery, pre-arm check. */
    private static final int SENSORS = 1 | 2 | 4 | 8 | 32 | (1 << 15) | (1 << 20) | (1 << 21) | (1 << 25) | (1 << 28);
    private static final int GPS_BIT = 32;
    private static final int FENCE_BIT = 1 << 20;
    private static final int BATTERY_BIT = 1 << 25;
    private static final int PREARM_BIT = 1 << 28;

    private final Autopilot ap;
    private final org.lifeline.time.Scheduler clock;

    private final Behaviour behaviour;

    Telemetry(Autopilot ap, org.lifeline.time.Scheduler clock, Behaviour behaviour) {
        this.ap = ap;
        this.behaviour = behaviour;
        this.clock = clock;
    }

    /** The message with MAVLink id {@code id}, or null if the vehicle does not produce it. */
    Object build(int id) {
        return switch (id) {
            case HEARTBEAT -> heartbeat();
            case SYS_STATUS -> sysStatus();
            case GPS_RAW_INT -> gpsRaw();
            case ATTITUDE -> attitude();
            case GLOBAL_POSITION_INT -> globalPosition();
            case SERVO_OUTPUT_RAW -> servoOutput();
            case MISSION_CURRENT -> missionCurrent();
            case VFR_HUD -> vfrHud();
            case BATTERY_STATUS -> batteryStatus();
            case AUTOPILOT_VERSION -> autopilotVersion();
            case HOME_POSITION -> ap.homeSet() ? homePosition() : null;
            case EXTENDED_SYS_STATE -> LandedState.message(ap);
            default -> null;
        };
    }

    static boolean produces(int id) {
        return id == HEARTBEAT || id == SYS_STATUS || id == GPS_RAW_INT || id == ATTITUDE || id == GLOBAL_POSITION_INT
                || id == SERVO_OUTPUT_RAW || id == MISSION_CURRENT || id == VFR_HUD || id == BATTERY_STATUS
                || id == AUTOPILOT_VERSION || id == HOME_POSITION || id == EXTENDED_SYS_STATE;
    }

    private long bootMillis() {
        return Math.round(ap.bootSeconds() * 1000);
    }

    private long epochMicros() {
        return clock.epochMicros();
    }

    Heartbeat heartbeat() {
        int base = 1 | 16; // CUSTOM_MODE_ENABLED | STABILIZE_ENABLED, as ArduCopter sends
        CopterMode mode = ap.mode();
        if (mode == CopterMode.AUTO || mode == CopterMode.GUIDED || mode == CopterMode.RTL || mode == CopterMode.LAND) {
            base |= 8;
        }
        if (ap.armed()) {
            base |= 128;
        }
        // ArduPilot reports BOOT until its initialisation (mission storage included) is done
        MavState state = behaviour.ardupilot() && ap.bootSeconds() < MissionService.STORAGE_READY_SECONDS ? MavState.MAV_STATE_BOOT
                : !ap.armed() ? MavState.MAV_STATE_STANDBY
                : ap.failsafes().batteryLow() || ap.failsafes().gcsLost() ? MavState.MAV_STATE_CRITICAL : MavState.MAV_STATE_ACTIVE;
        return Heartbeat.builder().type(MavType.MAV_TYPE_QUADROTOR).autopilot(MavAutopilot.MAV_AUTOPILOT_ARDUPILOTMEGA)
                .baseMode(EnumValue.create(MavModeFlag.class, base)).customMode(mode.number())
                .systemStatus(state).mavlinkVersion(3).build();
    }

    private SysStatus sysStatus() {
        Battery b = ap.model().battery();
        int health = SENSORS;
        if (!ap.model().gps().hasFix(ap.bootSeconds())) {
            health &= ~GPS_BIT;
        }
        if (b.failed() || ap.failsafes().batteryLow()) {
            health &= ~BATTERY_BIT;
        }
        if (ap.failsafes().fenceBreached()) {
            health &= ~FENCE_BIT;
        }
        if (ap.prearmFailure().isPresent()) {
            health &= ~PREARM_BIT;
        }
        int enabled = ap.fenceEnabled() ? SENSORS : SENSORS & ~FENCE_BIT;
        return SysStatus.builder()
                .onboardControlSensorsPresent(EnumValue.create(MavSysStatusSensor.class, SENSORS))
                .onboardControlSensorsEnabled(EnumValue.create(MavSysStatusSensor.class, enabled))
                .onboardControlSensorsHealth(EnumValue.create(MavSysStatusSensor.class, health))
                .load(200).voltageBattery((int) Math.round(b.voltage() * 1000)).currentBattery((int) Math.round(b.current() * 100))
                .batteryRemaining(b.remainingPercent()).dropRateComm(0).errorsComm(0).build();
    }

    private GpsRawInt gpsRaw() {
        FlightModel m = ap.model();
        GpsReceiver gps = m.gps();
        boolean fix = gps.hasFix(ap.bootSeconds());
        double n = m.north() + gps.errorNorth();
        double e = m.east() + gps.errorEast();
        return GpsRawInt.builder().timeUsec(BigInteger.valueOf(epochMicros()))
                .fixType(fix ? GpsFixType.GPS_FIX_TYPE_3D_FIX : GpsFixType.GPS_FIX_TYPE_NO_FIX)
                .lat(fix ? e7(ap.frame().latitude(n)) : 0).lon(fix ? e7(ap.frame().longitude(e)) : 0)
                .alt(fix ? (int) Math.round((ap.home().altitude() + m.altitude() + gps.errorUp()) * 1000) : 0)
                .eph(fix ? 70 : 9999).epv(fix ? 120 : 9999).vel((int) Math.round(m.groundSpeed() * 100))
                .cog(m.groundSpeed() > 0.5 ? (int) Math.round(Math.toDegrees(Math.atan2(m.velocityEast(), m.velocityNorth())) * 100 + 36000) % 36000 : 0)
                .satellitesVisible(gps.satellites(ap.bootSeconds())).altEllipsoid(0).hAcc(fix ? 600 : 0).vAcc(fix ? 1200 : 0)
                .velAcc(fix ? 200 : 0).hdgAcc(0).yaw(0).build();
    }

    private Attitude attitude() {
        FlightModel m = ap.model();
        double yaw = Math.toRadians(m.heading() > 180 ? m.heading() - 360 : m.heading());
        return Attitude.builder().timeBootMs(bootMillis()).roll((float) m.roll()).pitch((float) m.pitch()).yaw((float) yaw)
                .rollspeed(0f).pitchspeed(0f).yawspeed((float) Math.toRadians(m.yawRateDegrees())).build();
    }

    private GlobalPositionInt globalPosition() {
        FlightModel m = ap.model();
        return GlobalPositionInt.builder().timeBootMs(bootMillis())
                .lat(e7(ap.frame().latitude(m.north()))).lon(e7(ap.frame().longitude(m.east())))
                .alt((int) Math.round((ap.home().altitude() + m.altitude()) * 1000)).relativeAlt((int) Math.round(m.altitude() * 1000))
                .vx((int) Math.round(m.velocityNorth() * 100)).vy((int) Math.round(m.velocityEast() * 100))
                .vz((int) Math.round(-m.climbRate() * 100)).hdg((int) Math.round(m.heading() * 100) % 36000).build();
    }

    private ServoOutputRaw servoOutput() {
        return ServoOutputRaw.builder().timeUsec(Math.round(ap.bootSeconds() * 1e6) & 0xFFFFFFFFL).port(0)
                .servo1Raw(ap.servo(1)).servo2Raw(ap.servo(2)).servo3Raw(ap.servo(3)).servo4Raw(ap.servo(4))
                .servo5Raw(ap.servo(5)).servo6Raw(ap.servo(6)).servo7Raw(ap.servo(7)).servo8Raw(ap.servo(8))
                .servo9Raw(ap.servo(9)).servo10Raw(ap.servo(10)).servo11Raw(ap.servo(11)).servo12Raw(ap.servo(12))
                .servo13Raw(ap.servo(13)).servo14Raw(ap.servo(14)).servo15Raw(ap.servo(15)).servo16Raw(ap.servo(16)).build();
    }

    MissionCurrent missionCurrent() {
        MissionRunner r = ap.runner();
        MissionState state = r.total() <= 1 ? MissionState.MISSION_STATE_NO_MISSION
                : r.step() == MissionRunner.Step.COMPLETE ? MissionState.MISSION_STATE_COMPLETE
                : r.running() ? (ap.mode() == CopterMode.AUTO ? MissionState.MISSION_STATE_ACTIVE : MissionState.MISSION_STATE_PAUSED)
                : MissionState.MISSION_STATE_NOT_STARTED;
        return MissionCurrent.builder().seq(r.current()).total(r.total()).missionState(state)
                .missionMode(ap.mode() == CopterMode.AUTO ? 1 : 0).build();
    }

    private VfrHud vfrHud() {
        FlightModel m = ap.model();
        return VfrHud.builder().airspeed((float) m.airspeed()).groundspeed((float) m.groundSpeed()).heading((int) Math.round(m.heading()) % 360)
                .throttle((int) Math.round(m.throttle() * 100)).alt((float) (ap.home().altitude() + m.altitude()))
                .climb((float) m.climbRate()).build();
    }

    private BatteryStatus batteryStatus() {
        Battery b = ap.model().battery();
        List<Integer> cells = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            cells.add(i < b.cells() ? (int) Math.round(b.voltage() / b.cells() * 1000) : 65535);
        }
        MavBatteryChargeState charge = b.failed() ? MavBatteryChargeState.MAV_BATTERY_CHARGE_STATE_FAILED
                : b.remainingMah() <= ap.params().value("BATT_CRT_MAH") ? MavBatteryChargeState.MAV_BATTERY_CHARGE_STATE_CRITICAL
                : b.remainingMah() <= ap.params().value("BATT_LOW_MAH") ? MavBatteryChargeState.MAV_BATTERY_CHARGE_STATE_LOW
                : MavBatteryChargeState.MAV_BATTERY_CHARGE_STATE_OK;
        int secondsLeft = b.current() > 0.5 ? (int) Math.round(b.remainingMah() / 1000.0 / b.current() * 3600) : 0;
        return BatteryStatus.builder().id(0).batteryFunction(MavBatteryFunction.MAV_BATTERY_FUNCTION_ALL)
                .type(MavBatteryType.MAV_BATTERY_TYPE_LIPO).temperature(32767).voltages(cells)
                .currentBattery((int) Math.round(b.current() * 100)).currentConsumed((int) Math.round(b.usedMah()))
                .energyConsumed((int) Math.round(b.energyWh() * 36)).batteryRemaining(b.remainingPercent())
                .timeRemaining(secondsLeft).chargeState(charge).voltagesExt(List.of(0, 0, 0, 0)).build();
    }

    private HomePosition homePosition() {
        return HomePosition.builder().latitude(e7(ap.home().latitude())).longitude(e7(ap.home().longitude()))
                .altitude((int) Math.round(ap.home().altitude() * 1000)).x(0f).y(0f).z(0f).q(List.of(1f, 0f, 0f, 0f))
                .approachX(0f).approachY(0f).approachZ(0f).timeUsec(BigInteger.valueOf(epochMicros())).build();
    }

    private AutopilotVersion autopilotVersion() {
        int caps = 0;
        for (MavProtocolCapability c : new MavProtocolCapability[] {MavProtocolCapability.MAV_PROTOCOL_CAPABILITY_MISSION_FLOAT,
                MavProtocolCapability.MAV_PROTOCOL_CAPABILITY_PARAM_FLOAT, MavProtocolCapability.MAV_PROTOCOL_CAPABILITY_MISSION_INT,
                MavProtocolCapability.MAV_PROTOCOL_CAPABILITY_COMMAND_INT, MavProtocolCapability.MAV_PROTOCOL_CAPABILITY_MAVLINK2,
                MavProtocolCapability.MAV_PROTOCOL_CAPABILITY_MISSION_FENCE, MavProtocolCapability.MAV_PROTOCOL_CAPABILITY_MISSION_RALLY}) {
            caps |= 1 << c.ordinal();
        }
        return AutopilotVersion.builder().capabilities(EnumValue.create(MavProtocolCapability.class, caps))
                .flightSwVersion((4L << 24) | (7L << 16)).middlewareSwVersion(0).osSwVersion(0).boardVersion(0)
                .flightCustomVersion(new byte[8]).middlewareCustomVersion(new byte[8]).osCustomVersion(new byte[8])
                .vendorId(0).productId(0).uid(BigInteger.valueOf(ap.params().value("MAV_SYSID") > 0 ? (long) ap.params().value("MAV_SYSID") : 1))
                .uid2(new byte[18]).build();
    }

    private static int e7(double degrees) {
        return (int) Math.round(degrees * 1e7);
    }
}
