package org.lifeline.groundstation.logs.report;

import org.lifeline.groundstation.geo.FenceMargin;
import org.lifeline.plan.FlightPlan;
import org.lifeline.plan.GeoPoint;
import org.lifeline.plan.Geofence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Holds a flight against its plan and judges it. The plan is a plan file when one is given, else
 * the mission the log recorded (without a geofence). Each check's threshold is stated beside its
 * verdict in the report, with the reason for it.
 */
public final class SortieAnalysis {

    private static final double AIRBORNE_METRES = 2.0;

    private final Thresholds limits;

    public SortieAnalysis(Thresholds limits) {
        this.limits = limits;
    }

    /**
     * @param plan          the plan flown, if known (otherwise the log's mission is used)
     * @param agentRelease  when the onboard agent reported the release (µs, the log's clock), if known
     */
    public SortieReport analyse(FlightRecord f, Optional<FlightPlan> plan, String planName, OptionalLong agentRelease) {
        return analyse(f, SortieInputs.of(plan, planName).withAgentRelease(agentRelease));
    }

    /** The flight against everything known about the sortie: plan, agent events, vehicle, airspace. */
    public SortieReport analyse(FlightRecord f, SortieInputs in) {
        Optional<FlightPlan> plan = in.plan();
        String planName = in.planName();
        OptionalLong agentRelease = agentRelease(f, in);
        PlannedRoute route;
        String routeSource;
        Geofence fence = Geofence.none();
        if (plan.isPresent()) {
            route = PlannedRoute.of(plan.get().plannedHome(), plan.get().mission());
            routeSource = "plan file " + planName;
            fence = plan.get().fence();
        } else if (!f.mission.isEmpty()) {
            var items = new ArrayList<>(f.mission.values());
            var home = items.remove(0);
            boolean homeKnown = (home.x() != 0 || home.y() != 0) && Math.abs(home.latitude()) <= 90 && Math.abs(home.longitude()) <= 180;
            // a mission uploaded with home at 0, 0 (pymavlink, many scripts): take where the flight started
            Optional<GeoPoint> h = homeKnown ? Optional.of(new GeoPoint(home.latitude(), home.longitude(), 0))
                    : f.track.isEmpty() ? Optional.empty() : Optional.of(new GeoPoint(f.track.value(0, 0), f.track.value(1, 0), 0));
            route = PlannedRoute.of(h, items);
            routeSource = "mission recorded in the log";
        } else {
            route = new PlannedRoute(List.of(), Optional.empty());
            routeSource = "none (no plan given and no mission in the log)";
        }
        SortieReport.CrossTrack xt = crossTrack(f, route.points());
        Optional<SortieReport.Drop> drop = route.dropPoint().flatMap(p -> drop(f, p, agentRelease));
        double margin = fence.isEmpty() ? Double.NaN : fenceMargin(f, fence);
        List<String> failsafes = new ArrayList<>();
        List<String> preArm = new ArrayList<>();
        for (FlightRecord.LogText t : f.texts) {
            String text = t.text() == null ? "" : t.text();
            if (text.toLowerCase(Locale.ROOT).contains("failsafe")) {
                failsafes.add(text);
            }
            if (text.startsWith("PreArm:")) {
                preArm.add(text);
            }
        }
        List<Check> checks = new ArrayList<>(new Checks(limits).all(f, route, xt, drop, margin, fence.isEmpty(), failsafes, preArm));
        Optional<EnergyComparison> energy = plan.isPresent() && in.vehicle().isPresent()
                ? EnergyComparison.of(f, plan.get(), in.vehicle().get()) : Optional.empty();
        ContextChecks context = new ContextChecks(limits);
        checks.add(context.energy(energy, plan.isPresent(), in.vehicle().isPresent()));
        checks.addAll(context.agent(f, in.agentEvents()));
        return new SortieReport(f, route.points(), routeSource, xt, drop, margin, failsafes, preArm, checks, in.agentEvents(),
                energy, in.airspace(), fence);
    }

    /** The release time the report uses: the one given, else the agent's first RELEASED event (in the log's clock). */
    private static OptionalLong agentRelease(FlightRecord f, SortieInputs in) {
        if (in.agentReleaseMicros().isPresent() || !f.absoluteTime) {
            return in.agentReleaseMicros();
        }
        return in.agentEvents().firstOf(org.lifeline.fleet.EventType.RELEASED)
                .map(e -> OptionalLong.of(f.logMicros(e.timeMillis() * 1000))).orElse(OptionalLong.empty());
    }

    /** The flight mode in force at {@code micros} ("" before the first heartbeat). */
    static String modeAt(FlightRecord f, long micros) {
        String mode = "";
        for (FlightRecord.ModeChange m : f.modes) {
            if (m.micros() > micros) {
                break;
            }
            mode = m.mode();
        }
        return mode;
    }

    static SortieReport.CrossTrack crossTrack(FlightRecord f, List<GeoPoint> route) {
        if (route.size() < 2 || f.track.isEmpty()) {
            return new SortieReport.CrossTrack(0, Double.NaN, Double.NaN, Double.NaN);
        }
        Geo geo = new Geo(route.get(0).latitude(), route.get(0).longitude());
        double[] xs = new double[route.size()];
        double[] ys = new double[route.size()];
        for (int i = 0; i < route.size(); i++) {
            xs[i] = geo.east(route.get(i).longitude());
            ys[i] = geo.north(route.get(i).latitude());
        }
        Series s = f.track;
        double[] errors = new double[s.size()];
        int n = 0;
        int modeIndex = 0;
        String mode = "";
        for (int i = 0; i < s.size(); i++) {
            long t = s.time(i);
            while (modeIndex < f.modes.size() && f.modes.get(modeIndex).micros() <= t) {
                mode = f.modes.get(modeIndex++).mode();
            }
            if (!mode.equals("AUTO") || !(s.value(2, i) > AIRBORNE_METRES)) {
                continue;
            }
            double px = geo.east(s.value(1, i));
            double py = geo.north(s.value(0, i));
            double best = Double.MAX_VALUE;
            for (int k = 0; k + 1 < xs.length; k++) {
                best = Math.min(best, Geo.toSegment(px, py, xs[k], ys[k], xs[k + 1], ys[k + 1]));
            }
            errors[n++] = best;
        }
        if (n == 0) {
            return new SortieReport.CrossTrack(0, Double.NaN, Double.NaN, Double.NaN);
        }
        double[] e = Arrays.copyOf(errors, n);
        Arrays.sort(e);
        double sum = 0;
        for (double v : e) {
            sum += v;
        }
        return new SortieReport.CrossTrack(n, sum / n, e[(int) Math.min(n - 1, Math.ceil(0.95 * n) - 1)], e[n - 1]);
    }

    /** The release: the agent's event, else STATUSTEXT "Gripper load released", else a servo (5 and up) moving while armed. */
    static Optional<SortieReport.Drop> drop(FlightRecord f, GeoPoint dropPoint, OptionalLong agentRelease) {
        long when = Long.MIN_VALUE;
        String source = null;
        if (agentRelease.isPresent()) {
            when = agentRelease.getAsLong();
            source = "onboard agent event";
        }
        for (FlightRecord.LogText t : f.texts) {
            if (source == null && t.text() != null && t.text().toLowerCase(Locale.ROOT).contains("gripper load released")) {
                when = t.micros();
                source = "autopilot message \"" + t.text() + "\"";
            }
        }
        for (FlightRecord.ServoChange c : f.servos) {
            if (source == null && c.channel() >= 5 && armedAt(f, c.micros())) {
                when = c.micros();
                source = "servo " + c.channel() + " output " + c.from() + " → " + c.to() + " µs";
            }
        }
        if (source == null || f.track.isEmpty()) {
            return Optional.empty();
        }
        double lat = f.track.at(0, when);
        double lon = f.track.at(1, when);
        GeoPoint release = new GeoPoint(lat, lon, f.track.at(2, when));
        Geo geo = new Geo(dropPoint.latitude(), dropPoint.longitude());
        double north = geo.north(lat);
        double east = geo.east(lon);
        return Optional.of(new SortieReport.Drop(dropPoint, source, when, release, Math.hypot(north, east), north, east,
                f.track.at(3, when)));
    }

    private static boolean armedAt(FlightRecord f, long micros) {
        boolean armed = f.arming.isEmpty(); // no arming record: assume armed
        for (FlightRecord.ArmChange a : f.arming) {
            if (a.micros() > micros) {
                break;
            }
            armed = a.armed();
        }
        return armed;
    }

    /** Smallest margin inside the fence over the track (negative: outside an inclusion or inside an exclusion). */
    static double fenceMargin(FlightRecord f, Geofence fence) {
        Series s = f.track;
        if (s.isEmpty()) {
            return Double.NaN;
        }
        FenceMargin margin = FenceMargin.of(fence);
        double worst = Double.POSITIVE_INFINITY;
        for (int i = 0; i < s.size(); i++) {
            worst = Math.min(worst, margin.at(s.value(0, i), s.value(1, i)));
        }
        return worst;
    }
}
