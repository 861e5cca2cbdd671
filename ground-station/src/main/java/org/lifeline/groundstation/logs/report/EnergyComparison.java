package org.lifeline.groundstation.logs.report;

import org.lifeline.groundstation.planning.energy.EnergyEstimate;
import org.lifeline.groundstation.planning.energy.EnergyEstimator;
import org.lifeline.groundstation.planning.energy.PhaseEstimate;
import org.lifeline.groundstation.planning.mission.BuiltMission;
import org.lifeline.groundstation.planning.vehicle.VehicleProfile;
import org.lifeline.mission.MissionItem;
import org.lifeline.plan.FlightPlan;
import org.lifeline.plan.GeoPoint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The energy a sortie used against what the planner predicted for its plan. The prediction is the
 * planner's own ({@link EnergyEstimator}, the model {@code lifeline plan} prints and refuses on),
 * run over the plan's mission with the vehicle's figures; its curve starts when the vehicle armed.
 *
 * @param vehicle       the vehicle profile's name
 * @param predictedWh   the planner's total for the mission
 * @param batteryWh     usable battery energy at takeoff (vehicle profile)
 * @param reserveWh     energy that must remain on landing (vehicle profile)
 * @param consumedWh    what the log says was used, NaN when it has no battery data
 * @param startMicros   when the predicted curve starts (arming, in the log's clock)
 * @param curveSeconds  predicted curve: seconds from {@code startMicros} at the end of each phase
 * @param curveWh       predicted curve: cumulative Wh at those times
 */
public record EnergyComparison(String vehicle, double predictedWh, double batteryWh, double reserveWh, double consumedWh,
                               long startMicros, List<Double> curveSeconds, List<Double> curveWh) {

    public EnergyComparison {
        curveSeconds = List.copyOf(curveSeconds);
        curveWh = List.copyOf(curveWh);
    }

    /** Consumed above the prediction, in percent of the prediction (negative: less). NaN when unknown. */
    public double overrunPercent() {
        return predictedWh > 0 ? 100.0 * (consumedWh / predictedWh - 1) : Double.NaN;
    }

    /** Energy left on landing by the log. */
    public double remainingWh() {
        return batteryWh - consumedWh;
    }

    /** Whether the landing ate into the reserve. */
    public boolean reserveBreached() {
        return remainingWh() < reserveWh;
    }

    /** The prediction for {@code plan} flown by {@code vehicle}; empty when the plan has no mission or no home. */
    public static Optional<EnergyComparison> of(FlightRecord f, FlightPlan plan, VehicleProfile vehicle) {
        if (plan.mission().isEmpty()) {
            return Optional.empty();
        }
        Optional<GeoPoint> home = plan.plannedHome().or(() -> f.track.isEmpty() ? Optional.empty()
                : Optional.of(new GeoPoint(f.track.value(0, 0), f.track.value(1, 0), 0)));
        if (home.isEmpty()) {
            return Optional.empty();
        }
        List<MissionItem> items = new ArrayList<>();
        List<String> legs = new ArrayList<>();
        items.add(MissionItem.waypoint(home.get().latitude(), home.get().longitude(), 0));
        legs.add("home");
        for (int i = 0; i < plan.mission().size(); i++) {
            items.add(plan.mission().get(i));
            legs.add("item " + (i + 1));
        }
        EnergyEstimate estimate = new EnergyEstimator(vehicle).estimate(new BuiltMission(home.get(), items, legs));
        List<Double> seconds = new ArrayList<>(List.of(0.0));
        List<Double> wh = new ArrayList<>(List.of(0.0));
        for (PhaseEstimate p : estimate.phases()) {
            seconds.add(seconds.get(seconds.size() - 1) + p.seconds());
            wh.add(wh.get(wh.size() - 1) + p.wattHours());
        }
        return Optional.of(new EnergyComparison(vehicle.name(), estimate.wattHours(), estimate.batteryWh(), estimate.reserveWh(),
                f.consumedWh, start(f), seconds, wh));
    }

    /** The first arming, else the first position above 1 m, else the log's start. */
    private static long start(FlightRecord f) {
        for (FlightRecord.ArmChange a : f.arming) {
            if (a.armed()) {
                return a.micros();
            }
        }
        for (int i = 0; i < f.track.size(); i++) {
            if (f.track.value(2, i) > 1) {
                return f.track.time(i);
            }
        }
        return f.firstMicros == Long.MIN_VALUE ? 0 : f.firstMicros;
    }
}
