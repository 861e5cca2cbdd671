package org.lifeline.groundstation.dispatch.assign;

import org.lifeline.groundstation.dispatch.request.Priority;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.lifeline.groundstation.airspace.Airspace;
import org.lifeline.groundstation.airspace.DropPoint;

/**
 * What every wave must hold, whatever the queue and the fleet: each parcel is in exactly one
 * sortie or explained; no drone flies two sorties; payloads and energy are kept; an urgent parcel
 * waits only if no lower-priority parcel took a place it could have had.
 */
class AssignmentProperties {

    private static final Airspace FUGOU = AssignFixtures.fugou();
    private static final List<String> DROPS = FUGOU.dropPoints().stream().map(DropPoint::id).toList();
    private static final WaveDispatcher DISPATCHER = new WaveDispatcher(new TravelMatrices(2),
            DispatchSettings.DEFAULTS.withIterations(16));

    record Case(List<QueuedParcel> queue, List<FleetDrone> fleet) {
    }

    @Provide
    Arbitrary<Case> waves() {
        Arbitrary<QueuedParcel> parcel = Combinators.combine(
                Arbitraries.integers().between(0, DROPS.size()),
                Arbitraries.integers().between(100, 2_600),
                Arbitraries.of(Priority.class),
                Arbitraries.integers().between(0, 120),
                Arbitraries.integers().between(-1, 180)).as((drop, grams, prio, age, deadline) -> new QueuedParcel("r",
                drop == DROPS.size() ? "dp-unknown" : DROPS.get(drop), grams, prio,
                AssignFixtures.NOW.minusSeconds(60L * age),
                deadline < 0 ? Optional.empty() : Optional.of(AssignFixtures.NOW.plusSeconds(60L * deadline))));
        Arbitrary<FleetDrone> drone = Combinators.combine(
                Arbitraries.of("launch-fire", "launch-west"),
                Arbitraries.integers().between(15, 100),
                Arbitraries.integers().between(0, 5)).as((site, battery, off) -> new FleetDrone("d", AssignFixtures.quad(),
                site, battery, off == 0 ? Optional.of("offline") : Optional.empty()));
        return Combinators.combine(parcel.list().ofMinSize(0).ofMaxSize(24), drone.list().ofMinSize(0).ofMaxSize(5))
                .as((ps, ds) -> {
                    List<QueuedParcel> q = new ArrayList<>();
                    for (int i = 0; i < ps.size(); i++) {
                        QueuedParcel p = ps.get(i);
                        q.add(new QueuedParcel("r" + i, p.dropPointId(), p.weightGrams(), p.priority(), p.requestedAt(), p.deadline()));
                    }
                    List<FleetDrone> f = new ArrayList<>();
                    for (int i = 0; i < ds.size(); i++) {
                        FleetDrone d = ds.get(i);
                        f.add(new FleetDrone("d" + i, d.vehicle(), d.launchSiteId(), d.batteryPercent(), d.unavailable()));
                    }
                    return new Case(q, f);
                });
    }

    @Property(tries = 40)
    void everyParcelIsInExactlyOneSortieOrExplainedAndNoDroneFliesTwice(@ForAll("waves") Case c) {
        Wave wave = DISPATCHER.plan(FUGOU, AssignFixtures.NOW, c.queue(), c.fleet());

        Map<String, Integer> aboard = new HashMap<>();
        Set<String> drones = new HashSet<>();
        for (Sortie s : wave.sorties()) {
            assertThat(drones.add(s.droneId())).as("drone %s has two sorties", s.droneId()).isTrue();
            s.parcels().forEach(p -> aboard.merge(p.requestId(), 1, Integer::sum));
        }
        assertThat(aboard.values()).allMatch(n -> n == 1);
        assertThat(wave.parcels()).hasSize(c.queue().size());
        for (Explanation e : wave.parcels()) {
            assertThat(e.text()).isNotBlank();
            assertThat(e.kind() == Explanation.Kind.ASSIGNED).isEqualTo(aboard.containsKey(e.subjectId()));
        }
        assertThat(wave.sorties().size() + wave.drones().size()).isEqualTo(c.fleet().size());
    }

    @Property(tries = 40)
    void noSortieExceedsItsDronesPayloadOrSpendableEnergyOrUsesAnUnavailableDrone(@ForAll("waves") Case c) {
        Wave wave = DISPATCHER.plan(FUGOU, AssignFixtures.NOW, c.queue(), c.fleet());

        Map<String, FleetDrone> fleet = new HashMap<>();
        c.fleet().forEach(d -> fleet.put(d.droneId(), d));
        for (Sortie s : wave.sorties()) {
            FleetDrone d = fleet.get(s.droneId());
            assertThat(d.available()).isTrue();
            assertThat(s.launchSiteId()).isEqualTo(d.launchSiteId());
            assertThat(s.payloadGrams()).isLessThanOrEqualTo(d.payloadGrams());
            assertThat(s.estimatedWh()).isLessThanOrEqualTo(d.spendableWh() + 1e-6);
        }
    }
}
