package org.lifeline.simulator.vehicle;

import io.dronefleet.mavlink.common.MavSeverity;
import java.util.Optional;
import org.lifeline.mission.MavCmd;
import org.lifeline.mission.MissionItem;
import org.lifeline.mission.MissionType;
import org.lifeline.plan.GeoPoint;
import org.lifeline.plan.RallyPoint;
import org.lifeline.simulator.flight.FenceGeometry;
import org.lifeline.simulator.flight.FlightModel;
import org.lifeline.simulator.flight.LocalFrame;
import org.lifeline.simulator.flight.Target;

/**
 * ArduCopter's flight logic over the flight model: arming and pre-arm checks, flight modes,
 * mission execution, RTL, landing and auto-disarm, servo outputs and the gripper. Failsafes are
 * in {@link Failsafes}. One {@link #step} per simulation time step.
 *
 * <pre>
 *            arm (pre-arm ok, mode armable)              takeoff / AUTO
 *  DISARMED ───────────────────────────────▶ ARMED_ON_GROUND ──────────▶ FLYING
 *     ▲   ◀── disarm / DISARM_DELAY elapsed ──┘                            │
 *     └──────────────── touchdown in LAND / RTL / AUTO landing ◀───────────┘
 *  Modes: STABILIZE, GUIDED, LOITER (hold), AUTO (mission), RTL, LAND; failsafes switch to RTL/LAND.
 * </pre>
 */
final class Autopilot {

    private static final double EKF_SETTLE_SECONDS = 3.0;

    private final FlightModel model;
    private final LocalFrame frame;
    private final Parameters params;
    private final StoredPlans plans;
    private final VehicleEvents events;
    private final MissionRunner runner = new MissionRunner(this);
    private final ReturnToLaunch rtl = new ReturnToLaunch();
    private final Failsafes failsafes;
    private final ServoOutputs servos = new ServoOutputs();
    private static final double SPOOL_UP_SECONDS = 1.5;
    private final Gripper gripper;
    private final double homeAltitudeAmsl;

    private CopterMode mode = CopterMode.STABILIZE;
    private boolean armed;
    private double bootTime;
    private double armedAt;
    private double takeoffTime = Double.NaN;
    private boolean airborneSinceArming;
    private GeoPoint home;
    private boolean homeSet;
    private Target guided = Target.hold();
    private Target lastTarget = Target.idle();
    private final Behaviour behaviour;
    private double takeoffAskedAt = Double.NaN;
    private double speedOverride = Double.NaN;
    private int planVersion = -1;
    private FenceGeometry fence;

    Autopilot(FlightModel model, LocalFrame frame, GeoPoint startAmsl, Parameters params, StoredPlans plans,
              VehicleEvents events, Failsafes.Triggers triggers, Behaviour behaviour) {
        this.model = model;
        this.gripper = new Gripper(behaviour, servos, events);
        this.behaviour = behaviour;
        this.frame = frame;
        this.params = params;
        this.plans = plans;
        this.events = events;
        this.homeAltitudeAmsl = startAmsl.altitude();
        this.home = startAmsl;
        this.failsafes = new Failsafes(this, triggers);
        boot();
    }

    /** Power-on state: disarmed, STABILIZE, gripper at neutral, home unknown until GPS lock. */
    void boot() {
        armed = false;
        mode = CopterMode.STABILIZE;
        bootTime = model.time();
        homeSet = false;
        takeoffTime = Double.NaN;
        airborneSinceArming = false;
        guided = Target.hold();
        speedOverride = Double.NaN;
        servos.boot((int) params.value("GRIP_NEUTRAL"));
        gripper.boot();
        planVersion = -1;
        failsafes.reset();
        refreshPlans();
        runner.load(plans.plan(MissionType.MISSION, home).items());
    }

    void step(double dt) {
        refreshPlans();
        Target target = !armed ? Target.idle() : switch (mode) {
            case AUTO -> runner.target();
            case RTL -> rtl.target(model, cruiseSpeed());
            case LAND -> Target.land();
            case GUIDED -> guided;
            case LOITER, STABILIZE -> Target.hold();
        };
        target = spoolUp(target);
        model.step(dt, target);
        lastTarget = target;
        double now = model.time();
        if (!homeSet && model.gps().hasFix(bootSeconds())) {
            setHomeHere();
        }
        if (armed && !model.landed() && !airborneSinceArming) {
            airborneSinceArming = true;
            takeoffTime = now;
        }
        if (armed && mode == CopterMode.AUTO) {
            runner.update();
        } else if (armed && mode == CopterMode.RTL) {
            rtl.update(model, now);
        }
        if (armed && model.landed()) {
            boolean landingMode = mode == CopterMode.LAND || mode == CopterMode.RTL
                    || (mode == CopterMode.AUTO && runner.step() == MissionRunner.Step.COMPLETE);
            double delay = params.value("DISARM_DELAY");
            if (airborneSinceArming && landingMode) {
                disarm("Land complete");
            } else if (!airborneSinceArming && delay > 0 && now - armedAt >= delay && mode != CopterMode.AUTO) {
                disarm("Auto disarmed after " + Math.round(delay) + " s on the ground");
            }
        }
        servos.motors(armed, model.landed(), model.throttle());
        gripper.step(now);
        failsafes.check(now);
    }

    private void refreshPlans() {
        if (plans.version() != planVersion) {
            planVersion = plans.version();
            fence = new FenceGeometry(plans.geofence(), frame, params.value("FENCE_ALT_MAX"));
        }
    }

    /** A new mission was stored. */
    void missionChanged() {
        runner.load(plans.plan(MissionType.MISSION, home).items());
        if (mode == CopterMode.AUTO && armed) {
            runner.startOrResume(1);
        }
    }

    // ---- arming -------------------------------------------------------------------------

    /** The first failing pre-arm check, as ArduPilot words it. */
    Optional<String> prearmFailure() {
        double boot = bootSeconds();
        if (!model.gps().hasFix(boot)) {
            return Optional.of("PreArm: Need 3D Fix");
        }
        if (boot < model.gps().lockDelaySeconds() + EKF_SETTLE_SECONDS) {
            return Optional.of("PreArm: EKF3 waiting for GPS config data");
        }
        if (model.battery().failed() || model.battery().remainingMah() < params.value("BATT_ARM_MAH")) {
            return Optional.of("PreArm: Battery 1 below minimum arming capacity");
        }
        if (fenceEnabled() && fence.breach(model.north(), model.east(), model.altitude()).isPresent()) {
            return Optional.of("PreArm: Vehicle breaching fence");
        }
        return Optional.empty();
    }

    /** Arms; returns the refusal text, or empty when armed. */
    Optional<String> arm(boolean force) {
        if (armed) {
            return Optional.empty();
        }
        if (!mode.armable()) {
            return Optional.of("Arm: Mode not armable");
        }
        if (!force) {
            Optional<String> failure = prearmFailure();
            if (failure.isPresent()) {
                return failure;
            }
        }
        armed = true;
        armedAt = model.time();
        airborneSinceArming = false;
        takeoffTime = Double.NaN;
        setHomeHere();
        return Optional.empty();
    }

    /** Disarms; refused in flight unless forced. */
    boolean disarm(boolean force) {
        if (!armed) {
            return true;
        }
        if (!model.landed() && !force) {
            return false;
        }
        disarm(force && !model.landed() ? "Disarmed in flight" : "Disarmed");
        return true;
    }

    private void disarm(String reason) {
        armed = false;
        events.statusText(MavSeverity.MAV_SEVERITY_INFO, reason);
        if (mode == CopterMode.AUTO && runner.step() == MissionRunner.Step.COMPLETE) {
            runner.load(plans.plan(MissionType.MISSION, home).items());
        }
    }

    // ---- modes --------------------------------------------------------------------------

    /** Changes mode; returns false when the mode cannot be entered now. */
    boolean setMode(CopterMode next) {
        if (next == CopterMode.AUTO && !runner.hasNavigation()) {
            events.statusText(MavSeverity.MAV_SEVERITY_WARNING, "Mode change to AUTO failed: no mission");
            return false;
        }
        if (next == CopterMode.AUTO && !model.gps().hasFix(bootSeconds())) {
            return false;
        }
        CopterMode previous = mode;
        mode = next;
        switch (next) {
            case AUTO -> {
                if (armed) {
                    runner.startOrResume(0);
                }
            }
            case RTL -> startReturn(rtl);
            case GUIDED -> guided = Target.hold();
            default -> {
            }
        }
        if (previous != next) {
            failsafes.modeChanged();
        }
        return true;
    }

    /** MAV_CMD_MISSION_START: AUTO, then start (or restart at {@code first}). */
    boolean missionStart(int first) {
        if (mode != CopterMode.AUTO && !setMode(CopterMode.AUTO)) {
            return false;
        }
        if (armed) {
            runner.startOrResume(first);
        }
        return true;
    }

    /** GUIDED takeoff (MAV_CMD_NAV_TAKEOFF). */
    boolean guidedTakeoff(double altitude) {
        if (mode != CopterMode.GUIDED || !armed || !model.landed() || !(altitude > 0)) {
            return false;
        }
        guided = Target.takeoff(altitude);
        return true;
    }

    /** GUIDED reposition to a global point (altitude relative to home). */
    boolean guidedGoTo(double lat, double lon, double relAlt) {
        if (mode != CopterMode.GUIDED || !armed) {
            return false;
        }
        guided = Target.goTo(frame.north(lat), frame.east(lon), relAlt, cruiseSpeed());
        return true;
    }

    /** Starts {@code r} towards the nearest of home and the rally points, at RTL_ALT. */
    void startReturn(ReturnToLaunch r) {
        double bestN = frame.north(home.latitude());
        double bestE = frame.east(home.longitude());
        double best = Math.hypot(model.north() - bestN, model.east() - bestE);
        for (RallyPoint p : plans.rallyPoints()) {
            double n = frame.north(p.position().latitude());
            double e = frame.east(p.position().longitude());
            double d = Math.hypot(model.north() - n, model.east() - e);
            if (d < best) {
                best = d;
                bestN = n;
                bestE = e;
            }
        }
        r.start(model, bestN, bestE, params.value("RTL_ALT") / 100.0);
    }

    // ---- actuators ----------------------------------------------------------------------

    /** Executes a mission "do" command (also reached from COMMAND_LONG). */
    void doCommand(MissionItem it) {
        switch (it.command()) {
            case MavCmd.DO_GRIPPER -> gripper(Math.round(it.param2()) == MavCmd.GRIPPER_ACTION_RELEASE);
            case MavCmd.DO_SET_SERVO -> setServo(Math.round(it.param1()), Math.round(it.param2()));
            case MavCmd.DO_CHANGE_SPEED -> changeSpeed(it.param2());
            default -> {
            }
        }
    }

    /** A mission's DO_GRIPPER. */
    void gripper(boolean release) {
        gripper(release, true);
    }

    /** DO_GRIPPER sent as a command (no mission message). */
    void gripperCommand(boolean release) {
        gripper(release, false);
    }

    private void gripper(boolean release, boolean fromMission) {
        if (params.value("GRIP_ENABLE") < 1) {
            return;
        }
        gripper.act(release, (int) params.value(release ? "GRIP_RELEASE" : "GRIP_GRAB"), fromMission, model.time());
    }

    boolean setServo(int servo, int pwm) {
        return servos.set(servo, pwm);
    }

    void changeSpeed(double speed) {
        if (speed > 0) {
            speedOverride = Math.min(speed, model.airframe().maxSpeed());
            runner.changeSpeed(speedOverride);
        }
    }


    // ---- state --------------------------------------------------------------------------

    private void setHomeHere() {
        home = new GeoPoint(frame.latitude(model.north()), frame.longitude(model.east()), homeAltitudeAmsl);
        homeSet = true;
        events.homeChanged();
    }

    double cruiseSpeed() {
        return Double.isNaN(speedOverride) ? params.value("WPNAV_SPEED") / 100.0 : speedOverride;
    }

    boolean fenceEnabled() {
        return params.value("FENCE_ENABLE") >= 1 && fence != null && fence.hasZones();
    }

    FenceGeometry fence() {
        return fence;
    }

    double bootSeconds() {
        return model.time() - bootTime;
    }

    double secondsSinceTakeoff() {
        return Double.isNaN(takeoffTime) ? Double.NaN : model.time() - takeoffTime;
    }

    FlightModel model() {
        return model;
    }

    LocalFrame frame() {
        return frame;
    }

    Parameters params() {
        return params;
    }

    VehicleEvents events() {
        return events;
    }

    GeoPoint home() {
        return home;
    }

    boolean homeSet() {
        return homeSet;
    }

    CopterMode mode() {
        return mode;
    }

    boolean armed() {
        return armed;
    }

    /**
     * ArduCopter leaves the ground about a second after a takeoff is asked for (motor spool-up
     * and the takeoff's run-up; measured on SITL: climbing starts 1.1-1.9 s after the takeoff began),
     * staying ON_GROUND meanwhile. Under LEGACY the climb starts at once.
     */
    private Target spoolUp(Target target) {
        if (!behaviour.ardupilot() || target.kind() != Target.Kind.TAKEOFF || !model.landed()) {
            takeoffAskedAt = Double.NaN;
            return target;
        }
        if (Double.isNaN(takeoffAskedAt)) {
            takeoffAskedAt = model.time();
        }
        return model.time() - takeoffAskedAt < SPOOL_UP_SECONDS ? Target.hold() : target;
    }

    /** What the vehicle was last steered to do (idle, hold, take off, go to, land). */
    Target.Kind targetKind() {
        return lastTarget.kind();
    }

    MissionRunner runner() {
        return runner;
    }

    Failsafes failsafes() {
        return failsafes;
    }

    int servo(int oneBased) {
        return servos.get(oneBased);
    }
}
