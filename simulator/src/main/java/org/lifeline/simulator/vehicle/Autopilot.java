package org.lifeline.simulator.vehicle;

import io.dronefleet.mavlink.common.MavSeverity;
import java.util.Optional;
import org.lifeline.mission.MissionItem;
import org.lifeline.mission.MissionType;
import org.lifeline.plan.GeoPoint;
import org.lifeline.simulator.flight.FenceGeometry;
import org.lifeline.simulator.flight.FlightModel;
import org.lifeline.simulator.flight.LocalFrame;
import org.lifeline.simulator.flight.Target;

/**
 * ArduCopter's flight logic over the flight model: arming and pre-arm checks, flight modes,
 * mission execution, RTL, landing and auto-disarm. It delegates the rest to one class each:
 * {@link Home}, the stored fence and return points ({@link PlanGeometry}), {@link PrearmChecks},
 * the takeoff spool-up ({@link TakeoffSpoolUp}), the do-commands with servos and gripper
 * ({@link DoCommands}) and {@link Failsafes}. One {@link #step} per simulation time step.
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

    private final FlightModel model;
    private final LocalFrame frame;
    private final Parameters params;
    private final StoredPlans plans;
    private final VehicleEvents events;
    private final MissionRunner runner = new MissionRunner(this);
    private final ReturnToLaunch rtl = new ReturnToLaunch();
    private final Failsafes failsafes;
    private final Home home;
    private final PlanGeometry geometry;
    private final PrearmChecks prearm;
    private final TakeoffSpoolUp spoolUp;
    private final DoCommands doCommands;

    private CopterMode mode = CopterMode.STABILIZE;
    private final ArmingState arming = new ArmingState();
    private double bootTime;
    private Target guided = Target.hold();
    private Target lastTarget = Target.idle();

    Autopilot(FlightModel model, LocalFrame frame, GeoPoint startAmsl, Parameters params, StoredPlans plans,
              VehicleEvents events, Failsafes.Triggers triggers, Behaviour behaviour) {
        this.model = model;
        this.frame = frame;
        this.params = params;
        this.plans = plans;
        this.events = events;
        this.home = new Home(model, frame, events, startAmsl);
        this.geometry = new PlanGeometry(plans, frame, params);
        this.prearm = new PrearmChecks(model, params, geometry);
        this.spoolUp = new TakeoffSpoolUp(behaviour);
        this.doCommands = new DoCommands(model, params, runner, events, behaviour);
        this.failsafes = new Failsafes(this, triggers);
        boot();
    }

    /** Power-on state: disarmed, STABILIZE, gripper at neutral, home unknown until GPS lock. */
    void boot() {
        arming.boot();
        mode = CopterMode.STABILIZE;
        bootTime = model.time();
        home.boot();
        guided = Target.hold();
        doCommands.boot();
        failsafes.reset();
        geometry.boot();
        runner.load(plans.plan(MissionType.MISSION, home()).items());
    }

    void step(double dt) {
        geometry.refresh();
        Target target = !arming.armed() ? Target.idle() : switch (mode) {
            case AUTO -> runner.target();
            case RTL -> rtl.target(model, cruiseSpeed());
            case LAND -> Target.land();
            case GUIDED -> guided;
            case LOITER, STABILIZE -> Target.hold();
        };
        target = spoolUp.apply(target, model);
        model.step(dt, target);
        lastTarget = target;
        double now = model.time();
        if (!home.isSet() && model.gps().hasFix(bootSeconds())) {
            home.setHere();
        }
        arming.step(now, model.landed());
        if (arming.armed() && mode == CopterMode.AUTO) {
            runner.update();
        } else if (arming.armed() && mode == CopterMode.RTL) {
            rtl.update(model, now);
        }
        if (arming.armed() && model.landed()) {
            boolean landingMode = mode == CopterMode.LAND || mode == CopterMode.RTL
                    || (mode == CopterMode.AUTO && runner.step() == MissionRunner.Step.COMPLETE);
            arming.autoDisarm(now, landingMode, mode == CopterMode.AUTO, params.value("DISARM_DELAY")).ifPresent(this::disarm);
        }
        doCommands.step(arming.armed(), now);
        failsafes.check(now);
    }

    /** A new mission was stored. */
    void missionChanged() {
        runner.load(plans.plan(MissionType.MISSION, home()).items());
        if (mode == CopterMode.AUTO && arming.armed()) {
            runner.startOrResume(1);
        }
    }

    // ---- arming -------------------------------------------------------------------------

    /** The first failing pre-arm check, as ArduPilot words it. */
    Optional<String> prearmFailure() {
        return prearm.firstFailure(bootSeconds());
    }

    /** Arms; returns the refusal text, or empty when armed. */
    Optional<String> arm(boolean force) {
        if (arming.armed()) {
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
        arming.arm(model.time());
        home.setHere();
        return Optional.empty();
    }

    /** Disarms; refused in flight unless forced. */
    boolean disarm(boolean force) {
        if (!arming.armed()) {
            return true;
        }
        if (!model.landed() && !force) {
            return false;
        }
        disarm(force && !model.landed() ? "Disarmed in flight" : "Disarmed");
        return true;
    }

    private void disarm(String reason) {
        arming.disarm();
        events.statusText(MavSeverity.MAV_SEVERITY_INFO, reason);
        if (mode == CopterMode.AUTO && runner.step() == MissionRunner.Step.COMPLETE) {
            runner.load(plans.plan(MissionType.MISSION, home()).items());
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
                if (arming.armed()) {
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
        if (arming.armed()) {
            runner.startOrResume(first);
        }
        return true;
    }

    /** GUIDED takeoff (MAV_CMD_NAV_TAKEOFF). */
    boolean guidedTakeoff(double altitude) {
        if (mode != CopterMode.GUIDED || !arming.armed() || !model.landed() || !(altitude > 0)) {
            return false;
        }
        guided = Target.takeoff(altitude);
        return true;
    }

    /** GUIDED reposition to a global point (altitude relative to home). */
    boolean guidedGoTo(double lat, double lon, double relAlt) {
        if (mode != CopterMode.GUIDED || !arming.armed()) {
            return false;
        }
        guided = Target.goTo(frame.north(lat), frame.east(lon), relAlt, cruiseSpeed());
        return true;
    }

    /** Starts {@code r} towards the nearest of home and the rally points, at RTL_ALT. */
    void startReturn(ReturnToLaunch r) {
        geometry.startReturn(r, model, home());
    }

    // ---- actuators ----------------------------------------------------------------------

    /** Executes a mission "do" command (also reached from COMMAND_LONG). */
    void doCommand(MissionItem it) {
        doCommands.execute(it);
    }

    /** DO_GRIPPER sent as a command (no mission message). */
    void gripperCommand(boolean release) {
        doCommands.gripper(release, false);
    }

    boolean setServo(int servo, int pwm) {
        return doCommands.setServo(servo, pwm);
    }

    int servo(int oneBased) {
        return doCommands.servo(oneBased);
    }

    // ---- state --------------------------------------------------------------------------

    double cruiseSpeed() {
        return doCommands.cruiseSpeed();
    }

    boolean fenceEnabled() {
        return geometry.fenceEnabled();
    }

    FenceGeometry fence() {
        return geometry.fence();
    }

    double bootSeconds() {
        return model.time() - bootTime;
    }

    double secondsSinceTakeoff() {
        return arming.secondsSinceTakeoff(model.time());
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
        return home.position();
    }

    boolean homeSet() {
        return home.isSet();
    }

    CopterMode mode() {
        return mode;
    }

    boolean armed() {
        return arming.armed();
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
}
