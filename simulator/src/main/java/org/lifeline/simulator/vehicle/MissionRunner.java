package org.lifeline.simulator.vehicle;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lifeline.mission.MavCmd;
import org.lifeline.mission.MavFrame;
import org.lifeline.mission.MissionItem;
import org.lifeline.simulator.flight.FlightModel;
import org.lifeline.simulator.flight.Target;

/**
 * Executes the stored mission in AUTO the way ArduCopter does: one navigation command at a
 * time (item 0 is home and is skipped), the "do" commands that follow a navigation command run
 * when it completes, MISSION_ITEM_REACHED is sent when a navigation command completes (after its
 * hold time), and at the end the vehicle holds position (or has landed and disarmed).
 *
 * <pre>
 *   IDLE ──start──▶ FLYING ──within radius──▶ HOLDING ──hold elapsed──▶ (next nav) FLYING …
 *                     │ TAKEOFF: altitude reached ──────────────────────▶ (next nav)
 *                     │ LAND: LANDING ──touchdown──▶ COMPLETE
 *                     │ RTL:  RETURNING ──touchdown──▶ COMPLETE
 *                     └ NAV_DELAY: WAITING ──delay elapsed──▶ (next nav)
 *   no further nav item ──▶ COMPLETE (hold position)
 * </pre>
 */
final class MissionRunner {

    /** Execution state of the current navigation command. */
    enum Step { IDLE, FLYING, HOLDING, LANDING, RETURNING, WAITING, COMPLETE }

    private final Autopilot ap;
    private List<MissionItem> items = List.of();
    private Step step = Step.IDLE;
    private int current;
    private double targetNorth;
    private double targetEast;
    private double targetAltitude;
    private double holdUntil;
    private double speedOverride = Double.NaN;
    private final Map<Integer, Integer> jumps = new HashMap<>();
    private final ReturnToLaunch rtl = new ReturnToLaunch();

    MissionRunner(Autopilot ap) {
        this.ap = ap;
    }

    /** A new mission was stored: execution restarts from the first item next time. */
    void load(List<MissionItem> mission) {
        items = mission;
        step = Step.IDLE;
        current = 0;
        jumps.clear();
    }

    boolean hasNavigation() {
        for (int i = 1; i < items.size(); i++) {
            if (isNav(items.get(i).command())) {
                return true;
            }
        }
        return false;
    }

    /** Starts at {@code first} (0 or 1 = the first item), or resumes where it stopped. */
    void startOrResume(int first) {
        if (first > 0 && first < items.size()) {
            current = first;
            step = Step.IDLE;
        }
        if (step == Step.FLYING || step == Step.HOLDING || step == Step.LANDING || step == Step.RETURNING || step == Step.WAITING) {
            return;
        }
        if (step == Step.COMPLETE || current < 1) {
            current = 1;
            jumps.clear();
            speedOverride = Double.NaN;
        }
        runFrom(current);
    }

    /** Jumps to {@code seq} (MISSION_SET_CURRENT); takes effect at once when running. */
    boolean setCurrent(int seq, boolean running) {
        if (seq < 1 || seq >= items.size()) {
            return false;
        }
        current = seq;
        if (running) {
            runFrom(seq);
        } else {
            step = Step.IDLE;
            ap.events().missionCurrentChanged(seq);
        }
        return true;
    }

    /** Runs do-commands from {@code seq} up to the next navigation command, which it begins. */
    private void runFrom(int seq) {
        int i = seq;
        int guard = 0;
        while (i < items.size() && guard++ < 1000) {
            MissionItem it = items.get(i);
            if (isNav(it.command())) {
                begin(i);
                return;
            }
            if (it.command() == MavCmd.DO_JUMP) {
                int target = Math.round(it.param1());
                int repeats = Math.round(it.param2());
                int done = jumps.getOrDefault(i, 0);
                if (target >= 1 && target < items.size() && (repeats < 0 || done < repeats)) {
                    jumps.put(i, done + 1);
                    i = target;
                    continue;
                }
            } else {
                ap.doCommand(it);
            }
            i++;
        }
        step = Step.COMPLETE;
    }

    private void begin(int seq) {
        current = seq;
        MissionItem it = items.get(seq);
        FlightModel m = ap.model();
        boolean noPosition = it.x() == 0 && it.y() == 0;
        targetNorth = noPosition || !MavFrame.isGlobal(it.frame()) ? m.north() : ap.frame().north(it.latitude());
        targetEast = noPosition || !MavFrame.isGlobal(it.frame()) ? m.east() : ap.frame().east(it.longitude());
        targetAltitude = relativeAltitude(it);
        switch (it.command()) {
            case MavCmd.NAV_TAKEOFF -> {
                targetNorth = m.north();
                targetEast = m.east();
                step = Step.FLYING;
            }
            case MavCmd.NAV_LAND -> {
                targetAltitude = m.altitude();
                step = noPosition ? Step.LANDING : Step.FLYING;
            }
            case MavCmd.NAV_RETURN_TO_LAUNCH -> {
                ap.startReturn(rtl);
                step = Step.RETURNING;
            }
            case MavCmd.NAV_DELAY -> {
                holdUntil = m.time() + Math.max(0, it.param1());
                step = Step.WAITING;
            }
            default -> step = Step.FLYING;
        }
        ap.events().missionCurrentChanged(seq);
    }

    private double relativeAltitude(MissionItem it) {
        if (it.frame() == MavFrame.GLOBAL || it.frame() == MavFrame.GLOBAL_INT) {
            return it.z() - ap.home().altitude();
        }
        return it.z();
    }

    /** The guidance target for this step. */
    Target target() {
        FlightModel m = ap.model();
        double speed = Double.isNaN(speedOverride) ? ap.cruiseSpeed() : speedOverride;
        return switch (step) {
            case FLYING -> items.get(current).command() == MavCmd.NAV_TAKEOFF
                    ? Target.takeoff(targetAltitude)
                    : Target.goTo(targetNorth, targetEast, targetAltitude, speed);
            case HOLDING -> Target.goTo(targetNorth, targetEast, targetAltitude, speed);
            case LANDING -> Target.land();
            case RETURNING -> rtl.target(m, speed);
            case WAITING, COMPLETE, IDLE -> m.landed() ? Target.idle() : Target.hold();
        };
    }

    /** Checks progress after a model step. */
    void update() {
        FlightModel m = ap.model();
        double now = m.time();
        MissionItem it = step == Step.IDLE || step == Step.COMPLETE ? null : items.get(current);
        switch (step) {
            case FLYING -> {
                if (it.command() == MavCmd.NAV_TAKEOFF) {
                    if (m.altitude() >= targetAltitude - 0.5) {
                        reached();
                    }
                } else if (it.command() == MavCmd.NAV_LAND) {
                    if (Math.hypot(m.north() - targetNorth, m.east() - targetEast) <= 1.0) {
                        step = Step.LANDING;
                    }
                } else if (distance3d(m) <= acceptanceRadius(it)) {
                    if (it.command() == MavCmd.NAV_LOITER_UNLIM) {
                        step = Step.HOLDING;
                        holdUntil = Double.POSITIVE_INFINITY;
                    } else {
                        step = Step.HOLDING;
                        holdUntil = now + Math.max(0, it.param1());
                    }
                }
            }
            case HOLDING, WAITING -> {
                if (now >= holdUntil) {
                    reached();
                }
            }
            case LANDING -> {
                if (m.landed()) {
                    ap.events().missionItemReached(current);
                    step = Step.COMPLETE;
                }
            }
            case RETURNING -> {
                rtl.update(m, now);
                if (rtl.done()) {
                    ap.events().missionItemReached(current);
                    step = Step.COMPLETE;
                }
            }
            default -> {
            }
        }
    }

    private void reached() {
        ap.events().missionItemReached(current);
        runFrom(current + 1);
    }

    private double acceptanceRadius(MissionItem it) {
        double r = it.command() == MavCmd.NAV_WAYPOINT && it.param2() > 0 ? it.param2() : ap.params().value("WPNAV_RADIUS") / 100.0;
        return Math.max(0.5, r);
    }

    private double distance3d(FlightModel m) {
        double dn = m.north() - targetNorth;
        double de = m.east() - targetEast;
        double dz = m.altitude() - targetAltitude;
        return Math.sqrt(dn * dn + de * de + dz * dz);
    }

    void changeSpeed(double speed) {
        speedOverride = speed;
    }

    static boolean isNav(int command) {
        return command == MavCmd.NAV_WAYPOINT || command == MavCmd.NAV_TAKEOFF || command == MavCmd.NAV_LAND
                || command == MavCmd.NAV_RETURN_TO_LAUNCH || command == MavCmd.NAV_LOITER_TIME
                || command == MavCmd.NAV_LOITER_UNLIM || command == MavCmd.NAV_DELAY || command == MavCmd.NAV_SPLINE_WAYPOINT;
    }

    Step step() {
        return step;
    }

    int current() {
        return current;
    }

    int total() {
        return items.size();
    }

    boolean running() {
        return step != Step.IDLE && step != Step.COMPLETE;
    }
}
