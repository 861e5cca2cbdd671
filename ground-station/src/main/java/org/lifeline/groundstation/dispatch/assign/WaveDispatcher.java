package org.lifeline.groundstation.dispatch.assign;

import org.lifeline.groundstation.dispatch.request.Priority;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import org.lifeline.groundstation.airspace.Airspace;
import org.lifeline.groundstation.airspace.DropPoint;

/**
 * Computes one dispatch wave: which available drone flies which parcels, in which order.
 *
 * <ol>
 *   <li>Drones that cannot fly (offline, aloft, battery at the reserve, launch site closed) are
 *       set aside with the reason.</li>
 *   <li>Each parcel, in queue order ({@link QueuedParcel#QUEUE_ORDER}), is checked alone: its
 *       drop point must be in the airspace in force, some drone must lift it, and some drone
 *       must reach it and come back above the reserve ({@link Reach}).</li>
 *   <li>The solver sees every urgent-medicine parcel and, after them, the first
 *       parcels of the queue up to {@code candidateLoad} × the drones' payload; the rest wait their turn.</li>
 *   <li>jsprit packs them into sorties ({@link JspritAssignment}) over geofenced distances.</li>
 *   <li>A lightly loaded sortie of recent parcels, none urgent, may be held back a few minutes so
 *       that others join it ({@link BatchHold}).</li>
 *   <li>Every parcel and every idle drone gets its explanation.</li>
 * </ol>
 * A deadline becomes a hard time window when a drone could still make it; a parcel already too
 * late for any drone is still delivered as soon as possible, and its explanation says it is late.
 */
public final class WaveDispatcher {

    private final TravelMatrices matrices;
    private final DispatchSettings settings;

    public WaveDispatcher(TravelMatrices matrices, DispatchSettings settings) {
        this.matrices = matrices;
        this.settings = settings;
    }

    public DispatchSettings settings() {
        return settings;
    }

    /**
     * @param airspace the airspace in force for this wave's flights (windowed to their time); drops
     *                 given by coordinates are added to it for the wave ({@link CoordinateDrops})
     * @param now      the wave's time
     * @param queue    every parcel waiting for a drone (request ids unique)
     * @param fleet    every drone of the fleet, available or not
     */
    public Wave plan(Airspace airspace, Instant now, List<QueuedParcel> queue, List<FleetDrone> fleet) {
        List<Explanation> droneNotes = new ArrayList<>();
        List<DropPoint> extra = CoordinateDrops.of(airspace, queue);
        List<JspritAssignment.Drone> ready = ready(airspace, extra, fleet, droneNotes);
        Airspace flown = CoordinateDrops.with(airspace, extra);
        List<QueuedParcel> ordered = queue.stream().sorted(QueuedParcel.QUEUE_ORDER).toList();
        Set<String> seen = new HashSet<>();
        for (QueuedParcel p : ordered) {
            if (!seen.add(p.requestId())) {
                throw new IllegalArgumentException("request " + p.requestId() + " is queued twice");
            }
        }
        Map<String, Explanation> notes = new HashMap<>();
        List<JspritAssignment.Parcel> feasible = new ArrayList<>();
        Map<String, Boolean> late = new HashMap<>();
        for (QueuedParcel p : ordered) {
            Optional<DropPoint> drop = flown.dropPoint(p.dropPointId());
            if (drop.isEmpty()) {
                notes.put(p.requestId(), note(p, Explanation.Kind.UNKNOWN_DROP_POINT,
                        "drop point " + p.dropPointId() + " is not in the airspace in force (unknown, or closed now)"));
            } else if (ready.isEmpty()) {
                notes.put(p.requestId(), note(p, Explanation.Kind.WAITING, "waiting: no drone is available"));
            } else {
                Optional<Explanation> refused = Reach.check(p, drop.get(), ready);
                if (refused.isPresent()) {
                    notes.put(p.requestId(), refused.get());
                } else {
                    OptionalDouble latest = latest(p, drop.get(), ready, now);
                    late.put(p.requestId(), p.deadline().isPresent() && latest.isEmpty());
                    feasible.add(new JspritAssignment.Parcel(p, drop.get(), latest));
                }
            }
        }
        List<JspritAssignment.Parcel> candidates = candidates(feasible, ready, notes);
        JspritAssignment.Result result = JspritAssignment.solve(ready, candidates,
                new JspritAssignment.Settings(settings.iterations(), settings.seed(), settings.sortieFixedMetres(),
                        settings.waitMetresPerSecond()));

        Map<String, OptionalDouble> latestById = new HashMap<>();
        candidates.forEach(c -> latestById.put(c.parcel().requestId(), c.latestSeconds()));
        List<Sortie> sorties = new ArrayList<>();
        for (JspritAssignment.Drone d : ready) {
            List<QueuedParcel> order = result.sorties().get(d.drone().droneId());
            if (order == null) {
                droneNotes.add(new Explanation(d.drone().droneId(), Explanation.Kind.DRONE_IDLE, ordered.isEmpty()
                        ? "idle: nothing is queued"
                        : "idle: every queued parcel it could carry is in another sortie or waits its turn"));
                continue;
            }
            order = DropOrder.soonest(d, order, order.stream().map(p -> flown.dropPoint(p.dropPointId()).orElseThrow()).toList(),
                    latestById);
            Sortie s = sortie(flown, d, order);
            Optional<String> hold = BatchHold.reason(s, d.drone(), now, settings);
            if (hold.isPresent()) {
                droneNotes.add(new Explanation(d.drone().droneId(), Explanation.Kind.DRONE_IDLE, "held back: " + hold.get()));
                order.forEach(p -> notes.put(p.requestId(), note(p, Explanation.Kind.WAITING, "waiting: " + hold.get())));
                continue;
            }
            sorties.add(s);
            for (int i = 0; i < order.size(); i++) {
                QueuedParcel p = order.get(i);
                notes.put(p.requestId(), note(p, Explanation.Kind.ASSIGNED, String.format(Locale.ROOT,
                        "%s, drop %d of %d from %s: %.1f km geofenced tour, %.0f of %.0f Wh spendable above the %.0f %% reserve%s",
                        d.drone().droneId(), i + 1, order.size(), d.drone().launchSiteId(), s.metres() / 1000,
                        s.estimatedWh(), d.drone().spendableWh(), d.drone().vehicle().reservePercent(),
                        late.getOrDefault(p.requestId(), false) ? "; late: no drone can make its deadline" : "")));
            }
        }
        explainLeftOver(candidates, result, sorties, notes);
        List<Explanation> parcelNotes = ordered.stream().map(p -> notes.get(p.requestId())).toList();
        return new Wave(now, sorties, parcelNotes, droneNotes);
    }

    private List<JspritAssignment.Drone> ready(Airspace airspace, List<DropPoint> extra, List<FleetDrone> fleet,
                                               List<Explanation> notes) {
        List<JspritAssignment.Drone> ready = new ArrayList<>();
        for (FleetDrone d : fleet.stream().sorted(Comparator.comparing(FleetDrone::droneId)).toList()) {
            EnergyModel energy = new EnergyModel(d.vehicle());
            if (!d.available()) {
                notes.add(new Explanation(d.droneId(), Explanation.Kind.DRONE_UNAVAILABLE, d.unavailable().get()));
            } else if (airspace.launchSite(d.launchSiteId()).isEmpty()) {
                notes.add(new Explanation(d.droneId(), Explanation.Kind.DRONE_UNAVAILABLE,
                        "its launch site " + d.launchSiteId() + " is not in the airspace in force"));
            } else if (d.spendableWh() <= energy.fixedWh()) {
                notes.add(new Explanation(d.droneId(), Explanation.Kind.DRONE_UNAVAILABLE, String.format(Locale.ROOT,
                        "battery %.0f %% leaves no energy for a sortie above the %.0f %% reserve", d.batteryPercent(),
                        d.vehicle().reservePercent())));
            } else {
                TravelMatrix m = matrices.get(airspace, extra, settings.marginMetres(),
                        TravelMatrix.transitAltitude(d.vehicle()));
                ready.add(new JspritAssignment.Drone(d, m, energy));
            }
        }
        return ready;
    }

    /** Seconds after the wave by which the drop must happen, when some drone can still make it. */
    private static OptionalDouble latest(QueuedParcel p, DropPoint drop, List<JspritAssignment.Drone> drones, Instant now) {
        if (p.deadline().isEmpty()) {
            return OptionalDouble.empty();
        }
        double seconds = Duration.between(now, p.deadline().get()).toMillis() / 1000.0;
        double earliest = Double.POSITIVE_INFINITY;
        for (JspritAssignment.Drone d : drones) {
            double climb = d.drone().vehicle().cruiseAltitude() / d.drone().vehicle().climbRate();
            double t = climb + d.energy().legSeconds(d.matrix().metres(d.drone().launchSiteId(), drop.id()));
            earliest = Math.min(earliest, t);
        }
        // the solver's clock starts at takeoff, on top of the climb: the window ends a climb earlier
        double climb = drones.stream().mapToDouble(d -> d.drone().vehicle().cruiseAltitude() / d.drone().vehicle().climbRate())
                .max().orElse(0);
        return earliest <= seconds ? OptionalDouble.of(seconds - climb) : OptionalDouble.empty();
    }

    private List<JspritAssignment.Parcel> candidates(List<JspritAssignment.Parcel> feasible,
                                                     List<JspritAssignment.Drone> drones, Map<String, Explanation> notes) {
        double capacity = settings.candidateLoad() * drones.stream().mapToInt(d -> d.drone().payloadGrams()).sum();
        long urgent = feasible.stream().filter(p -> p.parcel().priority() == Priority.URGENT_MEDICINE).count();
        List<JspritAssignment.Parcel> out = new ArrayList<>();
        double load = 0;
        int ahead = 0;
        for (JspritAssignment.Parcel p : feasible) {
            if (p.parcel().priority() == Priority.URGENT_MEDICINE || load < capacity) {
                out.add(p);
                load += p.parcel().weightGrams();
            } else {
                notes.put(p.parcel().requestId(), note(p.parcel(), Explanation.Kind.WAITING, urgent > 0
                        ? String.format(Locale.ROOT, "waiting: lower priority than %d urgent parcels and %d more ahead in the queue",
                        urgent, ahead - urgent)
                        : String.format(Locale.ROOT, "waiting: %d parcels ahead in the queue fill the available drones", ahead)));
            }
            ahead++;
        }
        return out;
    }

    private static void explainLeftOver(List<JspritAssignment.Parcel> candidates, JspritAssignment.Result result,
                                        List<Sortie> sorties, Map<String, Explanation> notes) {
        List<QueuedParcel> aboard = sorties.stream().flatMap(s -> s.parcels().stream()).toList();
        for (JspritAssignment.Parcel c : candidates) {
            QueuedParcel p = c.parcel();
            if (!result.unassigned().contains(p.requestId())) {
                continue;
            }
            long urgent = aboard.stream().filter(a -> a.priority() == Priority.URGENT_MEDICINE).count();
            long higher = aboard.stream().filter(a -> a.priority().compareTo(p.priority()) < 0).count();
            String text;
            if (p.priority() != Priority.URGENT_MEDICINE && urgent > 0) {
                text = String.format(Locale.ROOT, "waiting: lower priority than %d urgent parcels", urgent);
            } else if (higher > 0) {
                text = String.format(Locale.ROOT, "waiting: lower priority than %d parcels in this wave", higher);
            } else if (c.latestSeconds().isPresent()) {
                text = "waiting: no available drone has payload, energy and time left to drop it before its deadline";
            } else {
                text = "waiting: no available drone has payload or energy left for it this wave";
            }
            notes.put(p.requestId(), note(p, Explanation.Kind.WAITING, text));
        }
    }

    private static Sortie sortie(Airspace airspace, JspritAssignment.Drone d, List<QueuedParcel> order) {
        List<DropPoint> drops = order.stream().map(p -> airspace.dropPoint(p.dropPointId()).orElseThrow()).toList();
        String launch = d.drone().launchSiteId();
        return new Sortie(d.drone().droneId(), launch, order,
                d.matrix().tourMetres(launch, drops.stream().map(DropPoint::id).toList()),
                d.energy().sortieSeconds(d.matrix(), launch, drops), d.energy().sortieWh(d.matrix(), launch, drops));
    }

    private static Explanation note(QueuedParcel p, Explanation.Kind kind, String text) {
        return new Explanation(p.requestId(), kind, text);
    }
}
