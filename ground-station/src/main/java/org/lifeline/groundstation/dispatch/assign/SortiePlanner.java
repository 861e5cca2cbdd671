package org.lifeline.groundstation.dispatch.assign;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

import org.lifeline.groundstation.airspace.Airspace;
import org.lifeline.groundstation.airspace.DropPoint;
import org.lifeline.groundstation.planning.mission.AirspaceLegRouter;
import org.lifeline.groundstation.planning.mission.DeliveryPlan;
import org.lifeline.groundstation.planning.mission.DeliveryPlanner;
import org.lifeline.groundstation.planning.mission.DeliveryRequest;
import org.lifeline.groundstation.planning.mission.Landing;
import org.lifeline.groundstation.planning.mission.PlanningException;
import org.lifeline.groundstation.planning.route.AirspaceRoutePlanner;
import org.lifeline.groundstation.planning.route.RouteOptions;
import org.lifeline.groundstation.planning.vehicle.VehicleProfile;
import org.lifeline.plan.PlanFiles;
import org.lifeline.plan.PlanFileException;

/**
 * Turns each sortie of a wave into a delivery plan with the mission planner, as
 * {@code lifeline plan --from LAUNCH --to DP1 --to DP2 ...} would, and keeps only plans that
 * pass its checks (route, altitudes, fence, energy with the reserve) and land with the drone's
 * actual charge above the reserve. When the planner refuses, the last parcel of the sortie is
 * taken off and the rest planned again; every parcel taken off gets the planner's reason. The
 * parcels it gives back stay in the queue for the next wave.
 *
 * <p>A drop given by coordinates is planned as a drop point of its own ({@link CoordinateDrops}):
 * the {@code .plan} releases the parcel over those coordinates.
 *
 * <p>One planner per airspace and vehicle is kept, so legs routed once are not prepared again.
 * Not thread-safe.
 */
public final class SortiePlanner {

    private record Key(Airspace airspace, VehicleProfile vehicle) {
    }

    private final double marginMetres;
    private final Map<Key, DeliveryPlanner> planners = new HashMap<>();
    private final Map<Key, AirspaceRoutePlanner> routes = new HashMap<>();

    public SortiePlanner(double marginMetres) {
        this.marginMetres = marginMetres;
    }

    /**
     * @param airspace the airspace the wave was computed in
     * @param fleet    the fleet the wave was computed for
     */
    public PlannedWave plan(Airspace airspace, Wave wave, List<FleetDrone> fleet) {
        Map<String, FleetDrone> drones = new HashMap<>();
        fleet.forEach(d -> drones.put(d.droneId(), d));
        Map<String, Explanation> notes = new HashMap<>();
        wave.parcels().forEach(e -> notes.put(e.subjectId(), e));
        List<PlannedSortie> planned = new ArrayList<>();
        List<Sortie> kept = new ArrayList<>();
        List<Explanation> droneNotes = new ArrayList<>(wave.drones());
        for (Sortie s : wave.sorties()) {
            FleetDrone drone = drones.get(s.droneId());
            List<QueuedParcel> aboard = new ArrayList<>(s.parcels());
            while (!aboard.isEmpty()) {
                String refusal;
                try {
                    DeliveryPlan plan = plan(airspace, drone, s.launchSiteId(), aboard);
                    double spendable = drone.spendableWh();
                    if (plan.energy().wattHours() <= spendable) {
                        Sortie accepted = aboard.size() == s.parcels().size() ? s
                                : new Sortie(s.droneId(), s.launchSiteId(), aboard, plan.energy().metres(),
                                plan.energy().seconds(), plan.energy().wattHours());
                        kept.add(accepted);
                        planned.add(new PlannedSortie(accepted, plan));
                        break;
                    }
                    refusal = String.format(Locale.ROOT, "the plan needs %.1f Wh but %s at %.0f %% battery has %.1f Wh "
                                    + "above the %.0f %% reserve: %.1f Wh short", plan.energy().wattHours(), drone.droneId(),
                            drone.batteryPercent(), spendable, drone.vehicle().reservePercent(),
                            plan.energy().wattHours() - spendable);
                } catch (PlanningException e) {
                    refusal = e.getMessage();
                }
                QueuedParcel last = aboard.remove(aboard.size() - 1);
                notes.put(last.requestId(), new Explanation(last.requestId(), Explanation.Kind.PLAN_REFUSED,
                        "taken off " + s.droneId() + "'s sortie: the mission planner refused it with "
                                + last.dropPointId() + " on board: " + refusal));
            }
            if (aboard.isEmpty()) {
                droneNotes.add(new Explanation(s.droneId(), Explanation.Kind.DRONE_IDLE,
                        "idle: the mission planner refused every parcel of its sortie"));
            }
        }
        List<Explanation> parcels = wave.parcels().stream().map(e -> notes.get(e.subjectId())).toList();
        return new PlannedWave(new Wave(wave.at(), kept, parcels, droneNotes), planned);
    }

    private DeliveryPlan plan(Airspace airspace, FleetDrone drone, String launch, List<QueuedParcel> aboard)
            throws PlanningException {
        Key key = new Key(airspace, drone.vehicle());
        AirspaceRoutePlanner routing = routes.computeIfAbsent(key, k -> new AirspaceRoutePlanner(k.airspace(),
                new RouteOptions(marginMetres, TravelMatrix.transitAltitude(k.vehicle()), null)));
        List<DropPoint> extra = CoordinateDrops.of(airspace, aboard);
        DeliveryPlanner planner = extra.isEmpty()
                ? planners.computeIfAbsent(key, k -> new DeliveryPlanner(k.airspace(), k.vehicle(),
                        new AirspaceLegRouter(routing), DeliveryPlanner.projectionFor(k.airspace())))
                // drops given by coordinates: this sortie's own drop points, over the same prepared routes
                : new DeliveryPlanner(CoordinateDrops.with(airspace, extra), drone.vehicle(),
                        new AirspaceLegRouter(routing.withDropPoints(extra)), DeliveryPlanner.projectionFor(airspace));
        double kg = aboard.stream().mapToInt(QueuedParcel::weightGrams).sum() / 1000.0;
        return planner.plan(new DeliveryRequest(launch, aboard.stream().map(QueuedParcel::dropPointId).toList(),
                marginMetres, OptionalDouble.of(kg), List.of(), Landing.LAND));
    }

    /**
     * Writes a planned sortie as a QGroundControl {@code .plan} (mission, fence, rally), the file
     * {@code lifeline mission upload} takes: {@code DIR/<drone>-<first request>.plan}.
     *
     * @return the file written
     */
    public static Path write(PlannedSortie sortie, Path dir) throws PlanFileException {
        Path file = dir.resolve(sortie.sortie().droneId() + "-" + sortie.sortie().parcels().get(0).requestId() + ".plan");
        PlanFiles.write(file, sortie.plan().flightPlan());
        return file;
    }
}
