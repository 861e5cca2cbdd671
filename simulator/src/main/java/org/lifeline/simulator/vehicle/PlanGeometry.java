package org.lifeline.simulator.vehicle;

import org.lifeline.plan.GeoPoint;
import org.lifeline.plan.RallyPoint;
import org.lifeline.simulator.flight.FenceGeometry;
import org.lifeline.simulator.flight.FlightModel;
import org.lifeline.simulator.flight.LocalFrame;

/**
 * What the stored fence and rally plans mean in the local frame: the fence the vehicle keeps
 * (rebuilt whenever a new plan is stored) and the point a return flies to (home or the nearest
 * rally point).
 */
final class PlanGeometry {

    private final StoredPlans plans;
    private final LocalFrame frame;
    private final Parameters params;
    private int planVersion = -1;
    private FenceGeometry fence;

    PlanGeometry(StoredPlans plans, LocalFrame frame, Parameters params) {
        this.plans = plans;
        this.frame = frame;
        this.params = params;
    }

    /** Power-on: the fence is rebuilt from the stored plans. */
    void boot() {
        planVersion = -1;
        refresh();
    }

    /** Rebuilds the fence when a plan was stored since the last call. */
    void refresh() {
        if (plans.version() != planVersion) {
            planVersion = plans.version();
            fence = new FenceGeometry(plans.geofence(), frame, params.value("FENCE_ALT_MAX"));
        }
    }

    FenceGeometry fence() {
        return fence;
    }

    /** FENCE_ENABLE is on and the stored fence has zones. */
    boolean fenceEnabled() {
        return params.value("FENCE_ENABLE") >= 1 && fence != null && fence.hasZones();
    }

    /** Starts {@code r} towards the nearest of {@code home} and the rally points, at RTL_ALT. */
    void startReturn(ReturnToLaunch r, FlightModel model, GeoPoint home) {
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
}
