package org.lifeline.groundstation.dispatch.assign;

import org.lifeline.groundstation.dispatch.request.Priority;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import com.graphhopper.jsprit.core.algorithm.VehicleRoutingAlgorithm;
import com.graphhopper.jsprit.core.algorithm.box.Jsprit;
import com.graphhopper.jsprit.core.algorithm.state.StateId;
import com.graphhopper.jsprit.core.algorithm.state.StateManager;
import com.graphhopper.jsprit.core.algorithm.state.VehicleDependentTraveledDistance;
import com.graphhopper.jsprit.core.problem.Location;
import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;
import com.graphhopper.jsprit.core.problem.constraint.ConstraintManager;
import com.graphhopper.jsprit.core.problem.constraint.MaxDistanceConstraint;
import com.graphhopper.jsprit.core.problem.cost.AbstractForwardVehicleRoutingTransportCosts;
import com.graphhopper.jsprit.core.problem.cost.TransportDistance;
import com.graphhopper.jsprit.core.problem.cost.WaitingTimeCosts;
import com.graphhopper.jsprit.core.problem.driver.Driver;
import com.graphhopper.jsprit.core.problem.job.Job;
import com.graphhopper.jsprit.core.problem.job.Service;
import com.graphhopper.jsprit.core.problem.solution.SolutionCostCalculator;
import com.graphhopper.jsprit.core.problem.solution.VehicleRoutingProblemSolution;
import com.graphhopper.jsprit.core.problem.solution.route.VehicleRoute;
import com.graphhopper.jsprit.core.problem.solution.route.activity.TourActivity;
import com.graphhopper.jsprit.core.problem.vehicle.Vehicle;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleImpl;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleTypeImpl;
import com.graphhopper.jsprit.core.util.Solutions;
import org.lifeline.groundstation.airspace.DropPoint;

/**
 * The adapter to jsprit, the vehicle routing solver; no jsprit type leaves this class.
 *
 * <p>The problem: each drone is a vehicle starting and ending at its launch site, with its
 * payload in grams as capacity; each parcel a service at its drop point, with its weight as
 * size, its drop as service time, its deadline as a time window, and its priority class as
 * jsprit priority. Travel costs are the geofenced metres of the {@link TravelMatrix}; a sortie
 * costs a fixed number of metres on top, so that one drone carrying two parcels to neighbouring
 * points beats two drones carrying one each. Energy is jsprit's "maximum distance" constraint
 * with the distance measured in watt-hours: leg energy plus the drop's energy at its end, at
 * most what the drone may spend above its reserve less takeoff and landing.
 *
 * <p>The objective counts an unassigned parcel as {@value #BASE_PENALTY} metres times
 * {@value #LEVEL_FACTOR} per class above {@code OTHER}: any feasible assignment beats any
 * saving in distance, and one parcel of a class beats every parcel of the classes below it.
 * That is how urgent medicine displaces lower priorities. Each second before an urgent drop
 * costs {@value #URGENT_METRES_PER_SECOND} metres, so urgent medicine is dropped first on its sortie;
 * each second before any other drop costs {@code Settings.waitMetresPerSecond} metres, so a
 * parcel is not carried far out of its way just to share a sortie.
 */
final class JspritAssignment {

    static final double BASE_PENALTY = 1e6;
    /** A second of delay before an urgent-medicine drop costs this many metres of flight. */
    static final double URGENT_METRES_PER_SECOND = 10;
    static final double LEVEL_FACTOR = 1e3;
    /** Stands for "no legal path" in the solver, which needs finite numbers. */
    private static final double NO_PATH = 1e9;

    /** A drone the solver may use, with its matrix and energy model. */
    record Drone(FleetDrone drone, TravelMatrix matrix, EnergyModel energy) {
    }

    /** A parcel to place; {@code latestSeconds} after the wave is its deadline, if one holds. */
    record Parcel(QueuedParcel parcel, DropPoint drop, OptionalDouble latestSeconds) {
    }

    /** Visiting order per drone id (only drones used) and the request ids left over. */
    record Result(Map<String, List<QueuedParcel>> sorties, Set<String> unassigned) {
    }

    record Settings(int iterations, long seed, double sortieFixedMetres, double waitMetresPerSecond) {
    }

    private JspritAssignment() {
    }

    static Result solve(List<Drone> drones, List<Parcel> parcels, Settings settings) {
        if (drones.isEmpty() || parcels.isEmpty()) {
            Set<String> all = new TreeSet<>();
            parcels.forEach(p -> all.add(p.parcel().requestId()));
            return new Result(Map.of(), all);
        }
        TravelMatrix anyMatrix = drones.get(0).matrix();
        Map<String, Drone> byId = new HashMap<>();
        Map<String, double[]> arrivalWh = new HashMap<>();
        VehicleRoutingProblem.Builder vrp = VehicleRoutingProblem.Builder.newInstance()
                .setFleetSize(VehicleRoutingProblem.FleetSize.FINITE);
        for (Drone d : drones) {
            byId.put(d.drone().droneId(), d);
            double[] wh = new double[d.matrix().size()];
            for (Parcel p : parcels) {
                wh[d.matrix().index(p.drop().id())] = d.energy().dropWh(p.drop());
            }
            arrivalWh.put(d.drone().droneId(), wh);
            Location launch = location(d.matrix(), d.drone().launchSiteId());
            VehicleTypeImpl type = VehicleTypeImpl.Builder.newInstance("type-" + d.drone().droneId())
                    .addCapacityDimension(0, d.drone().payloadGrams())
                    .setCostPerDistance(1).setCostPerTransportTime(0).setFixedCost(settings.sortieFixedMetres()).build();
            vrp.addVehicle(VehicleImpl.Builder.newInstance(d.drone().droneId()).setType(type)
                    .setStartLocation(launch).setEndLocation(launch).setReturnToDepot(true).build());
        }
        Map<String, QueuedParcel> byRequest = new LinkedHashMap<>();
        for (Parcel p : parcels) {
            byRequest.put(p.parcel().requestId(), p.parcel());
            double service = drones.stream().mapToDouble(d -> d.energy().dropSeconds(p.drop())).max().orElse(0);
            Service.Builder<Service> s = Service.Builder.newInstance(p.parcel().requestId())
                    .setLocation(location(anyMatrix, p.drop().id()))
                    .addSizeDimension(0, p.parcel().weightGrams())
                    .setServiceTime(service)
                    .setPriority(jspritPriority(p.parcel().priority()));
            p.latestSeconds().ifPresent(latest -> s.addTimeWindow(0, latest));
            vrp.addJob(s.build());
        }
        Costs costs = new Costs(byId, anyMatrix);
        vrp.setRoutingCost(costs);
        UrgencyCosts urgency = new UrgencyCosts(settings.waitMetresPerSecond());
        vrp.setActivityCosts(urgency);
        VehicleRoutingProblem problem = vrp.build();

        StateManager states = new StateManager(problem);
        StateId energyState = states.createStateId("energy-wh");
        costs.index(problem.getVehicles(), arrivalWh);
        TransportDistance energy = (from, to, time, vehicle) -> {
            Drone d = costs.drone(vehicle);
            double metres = costs.metres(d.matrix(), from, to);
            return d.energy().legWh(metres) + costs.arrivalWh(vehicle)[to.getIndex()];
        };
        states.addStateUpdater(new VehicleDependentTraveledDistance(energy, states, energyState, problem.getVehicles()));
        Map<Vehicle, Double> budget = new HashMap<>();
        for (Vehicle v : problem.getVehicles()) {
            Drone d = byId.get(v.getId());
            budget.put(v, d.drone().spendableWh() - d.energy().fixedWh());
        }
        ConstraintManager constraints = new ConstraintManager(problem, states);
        constraints.addConstraint(new MaxDistanceConstraint(states, energyState, energy, budget),
                ConstraintManager.Priority.CRITICAL);

        VehicleRoutingAlgorithm algorithm = Jsprit.Builder.newInstance(problem)
                .setStateAndConstraintManager(states, constraints)
                .setObjectiveFunction(objective(costs, urgency))
                .setProperty(Jsprit.Parameter.THREADS, "1")
                .setProperty(Jsprit.Parameter.VEHICLE_SWITCH, "false")
                .setProperty(Jsprit.Parameter.MAX_TRANSPORT_COSTS, "100000")
                .setRandom(new Random(settings.seed()))
                .buildAlgorithm();
        algorithm.setMaxIterations(settings.iterations());
        VehicleRoutingProblemSolution best = Solutions.bestOf(algorithm.searchSolutions());

        Map<String, List<QueuedParcel>> sorties = new LinkedHashMap<>();
        Set<String> assigned = new TreeSet<>();
        for (VehicleRoute route : best.getRoutes()) {
            List<QueuedParcel> order = new ArrayList<>();
            for (TourActivity act : route.getActivities()) {
                if (act instanceof TourActivity.JobActivity job) {
                    order.add(byRequest.get(job.getJob().getId()));
                    assigned.add(job.getJob().getId());
                }
            }
            if (!order.isEmpty()) {
                sorties.put(route.getVehicle().getId(), order);
            }
        }
        Set<String> unassigned = new TreeSet<>(byRequest.keySet());
        unassigned.removeAll(assigned);
        return new Result(sorties, unassigned);
    }

    private static Location location(TravelMatrix matrix, String id) {
        return Location.Builder.newInstance().setId(id).setIndex(matrix.index(id)).build();
    }

    /**
     * Route metres, plus a fixed cost per sortie, plus the time to each urgent drop, plus the
     * lexicographic penalty of every parcel left over.
     */
    private static SolutionCostCalculator objective(Costs costs, UrgencyCosts urgency) {
        return solution -> {
            double total = 0;
            for (VehicleRoute route : solution.getRoutes()) {
                if (route.isEmpty()) {
                    continue;
                }
                Vehicle v = route.getVehicle();
                total += v.getType().getVehicleCostParams().fix;
                TourActivity prev = route.getStart();
                for (TourActivity act : route.getActivities()) {
                    total += costs.getTransportCost(prev.getLocation(), act.getLocation(), 0, null, v);
                    total += urgency.getActivityCost(act, act.getArrTime(), null, v);
                    prev = act;
                }
                total += costs.getTransportCost(prev.getLocation(), route.getEnd().getLocation(), 0, null, v);
            }
            for (Job j : solution.getUnassignedJobs()) {
                total += penalty(j.getPriority());
            }
            return total;
        };
    }

    /** jsprit's job priority: 1 is the highest it knows, 10 the lowest. */
    static int jspritPriority(Priority p) {
        return p.rank() + 1;
    }

    static double penalty(int jspritPriority) {
        return BASE_PENALTY * Math.pow(LEVEL_FACTOR, Priority.values().length - jspritPriority);
    }

    /**
     * Parcels are dropped early in their sortie: each second before a drop costs metres, many for
     * urgent medicine, a few for the others.
     */
    private static final class UrgencyCosts extends WaitingTimeCosts {
        private final double waitMetresPerSecond;

        UrgencyCosts(double waitMetresPerSecond) {
            this.waitMetresPerSecond = waitMetresPerSecond;
        }

        @Override
        public double getActivityCost(TourActivity act, double arrivalTime, Driver driver, Vehicle vehicle) {
            double cost = super.getActivityCost(act, arrivalTime, driver, vehicle);
            if (act instanceof TourActivity.JobActivity job
                    && job.getJob().getPriority() == jspritPriority(Priority.URGENT_MEDICINE)) {
                cost += URGENT_METRES_PER_SECOND * arrivalTime;
            } else if (act instanceof TourActivity.JobActivity) {
                cost += waitMetresPerSecond * arrivalTime;
            }
            return cost;
        }
    }

    /**
     * Geofenced metres between matrix indices; time at the drone's cruise speed. Drones are
     * looked up by jsprit's vehicle index (an array), not by id: the solver asks millions of times.
     */
    private static final class Costs extends AbstractForwardVehicleRoutingTransportCosts {
        private final Map<String, Drone> drones;
        private final TravelMatrix fallback;
        private final double slowest;
        private Drone[] byIndex = new Drone[0];
        private double[][] arrivalByIndex = new double[0][];
        private Map<String, double[]> arrivalById = Map.of();

        Costs(Map<String, Drone> drones, TravelMatrix fallback) {
            this.drones = drones;
            this.fallback = fallback;
            this.slowest = drones.values().stream().mapToDouble(d -> d.drone().vehicle().cruiseSpeed()).min().orElse(1);
        }

        void index(java.util.Collection<Vehicle> vehicles, Map<String, double[]> arrivalWh) {
            int max = vehicles.stream().mapToInt(Vehicle::getIndex).max().orElse(0);
            byIndex = new Drone[max + 1];
            arrivalByIndex = new double[max + 1][];
            arrivalById = arrivalWh;
            for (Vehicle v : vehicles) {
                byIndex[v.getIndex()] = drones.get(v.getId());
                arrivalByIndex[v.getIndex()] = arrivalWh.get(v.getId());
            }
        }

        /** The drone a vehicle stands for, or null for none (jsprit asks with null for job-to-job distances). */
        Drone drone(Vehicle vehicle) {
            if (vehicle == null) {
                return null;
            }
            int i = vehicle.getIndex();
            Drone d = i >= 0 && i < byIndex.length ? byIndex[i] : null;
            return d != null && d.drone().droneId().equals(vehicle.getId()) ? d : drones.get(vehicle.getId());
        }

        double[] arrivalWh(Vehicle vehicle) {
            int i = vehicle.getIndex();
            return i >= 0 && i < arrivalByIndex.length && byIndex[i] != null && byIndex[i].drone().droneId().equals(vehicle.getId())
                    ? arrivalByIndex[i] : arrivalById.get(vehicle.getId());
        }

        double metres(TravelMatrix matrix, Location from, Location to) {
            double m = matrix.metres(from.getIndex(), to.getIndex());
            return Double.isFinite(m) ? m : NO_PATH;
        }

        @Override
        public double getDistance(Location from, Location to, double departureTime, Vehicle vehicle) {
            Drone d = drone(vehicle);
            return metres(d == null ? fallback : d.matrix(), from, to);
        }

        @Override
        public double getTransportTime(Location from, Location to, double departureTime, Driver driver, Vehicle vehicle) {
            Drone d = drone(vehicle);
            double metres = metres(d == null ? fallback : d.matrix(), from, to);
            return d == null ? metres / slowest : d.energy().legSeconds(metres);
        }

        @Override
        public double getTransportCost(Location from, Location to, double departureTime, Driver driver, Vehicle vehicle) {
            double metres = getDistance(from, to, departureTime, vehicle);
            return vehicle == null ? metres : metres * vehicle.getType().getVehicleCostParams().perDistanceUnit;
        }
    }
}
