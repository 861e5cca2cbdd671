package org.lifeline.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.lifeline.groundstation.airspace.Airspace;
import org.lifeline.groundstation.airspace.DropPoint;
import org.lifeline.groundstation.dispatch.assign.EnergyModel;
import org.lifeline.groundstation.dispatch.assign.Explanation;
import org.lifeline.groundstation.dispatch.assign.FleetDrone;
import org.lifeline.groundstation.dispatch.request.Priority;
import org.lifeline.groundstation.dispatch.assign.QueuedParcel;
import org.lifeline.groundstation.dispatch.assign.Sortie;
import org.lifeline.groundstation.dispatch.assign.TravelMatrices;
import org.lifeline.groundstation.dispatch.assign.TravelMatrix;
import org.lifeline.groundstation.dispatch.assign.Wave;

/**
 * The baseline a dispatcher would do by hand: each free drone in turn takes the queued parcel
 * nearest its launch site (the nearest urgent-medicine parcel first, if any is queued), then
 * keeps adding the parcel nearest its last drop while payload and energy allow. Same geofenced
 * distances and energy model as the solver, so the comparison is of the assignment alone.
 */
final class GreedyNearestFirst {

    private final TravelMatrices matrices;
    private final double margin;

    GreedyNearestFirst(TravelMatrices matrices, double margin) {
        this.matrices = matrices;
        this.margin = margin;
    }

    Wave plan(Airspace airspace, Instant now, List<QueuedParcel> queue, List<FleetDrone> fleet) {
        Set<String> taken = new HashSet<>();
        List<Sortie> sorties = new ArrayList<>();
        for (FleetDrone d : fleet.stream().filter(FleetDrone::available).sorted(Comparator.comparing(FleetDrone::droneId)).toList()) {
            TravelMatrix m = matrices.get(airspace, margin, TravelMatrix.transitAltitude(d.vehicle()));
            EnergyModel energy = new EnergyModel(d.vehicle());
            List<QueuedParcel> load = new ArrayList<>();
            List<DropPoint> drops = new ArrayList<>();
            int grams = 0;
            String at = d.launchSiteId();
            boolean urgentQueued = queue.stream().anyMatch(p -> !taken.contains(p.requestId())
                    && p.priority() == Priority.URGENT_MEDICINE);
            while (true) {
                QueuedParcel best = null;
                double bestMetres = Double.POSITIVE_INFINITY;
                for (QueuedParcel p : queue) {
                    if (taken.contains(p.requestId()) || grams + p.weightGrams() > d.payloadGrams()
                            || (load.isEmpty() && urgentQueued && p.priority() != Priority.URGENT_MEDICINE)) {
                        continue;
                    }
                    double metres = m.metres(at, p.dropPointId());
                    if (metres < bestMetres) {
                        List<DropPoint> trial = new ArrayList<>(drops);
                        trial.add(airspace.dropPoint(p.dropPointId()).orElseThrow());
                        if (energy.sortieWh(m, d.launchSiteId(), trial) <= d.spendableWh()) {
                            best = p;
                            bestMetres = metres;
                        }
                    }
                }
                if (best == null) {
                    break;
                }
                taken.add(best.requestId());
                load.add(best);
                drops.add(airspace.dropPoint(best.dropPointId()).orElseThrow());
                grams += best.weightGrams();
                at = best.dropPointId();
            }
            if (!load.isEmpty()) {
                sorties.add(new Sortie(d.droneId(), d.launchSiteId(), load, m.tourMetres(d.launchSiteId(),
                        drops.stream().map(DropPoint::id).toList()), energy.sortieSeconds(m, d.launchSiteId(), drops),
                        energy.sortieWh(m, d.launchSiteId(), drops)));
            }
        }
        List<Explanation> notes = queue.stream().map(p -> new Explanation(p.requestId(), taken.contains(p.requestId())
                ? Explanation.Kind.ASSIGNED : Explanation.Kind.WAITING, taken.contains(p.requestId()) ? "greedy" : "waiting"))
                .toList();
        return new Wave(now, sorties, notes, List.of());
    }
}
