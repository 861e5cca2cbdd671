package org.lifeline.groundstation.dispatch.assign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.lifeline.groundstation.airspace.Airspace;
import org.lifeline.groundstation.airspace.DropPoint;
import org.lifeline.groundstation.dispatch.request.Priority;

/**
 * The direction a tour is flown in: the same geofenced metres and watt-hours either way; the
 * chosen one never drops urgent medicine later, never misses a deadline the solver's order
 * meets, and never drops the parcels later in total.
 */
class DropOrderProperties {

    private static final Airspace FUGOU = AssignFixtures.fugou();
    private static final List<String> DROPS = FUGOU.dropPoints().stream().map(DropPoint::id).toList();
    private static final FleetDrone DRONE = AssignFixtures.drone("d1", "launch-fire");
    private static final TravelMatrix MATRIX = TravelMatrix.compute(FUGOU, 30, TravelMatrix.transitAltitude(DRONE.vehicle()));
    private static final JspritAssignment.Drone SOLVER_DRONE =
            new JspritAssignment.Drone(DRONE, MATRIX, new EnergyModel(DRONE.vehicle()));

    record Tour(List<QueuedParcel> order, Map<String, OptionalDouble> latest) {
    }

    @Provide
    Arbitrary<Tour> tours() {
        Arbitrary<QueuedParcel> parcel = Combinators.combine(Arbitraries.of(DROPS), Arbitraries.of(Priority.values()))
                .as((drop, priority) -> AssignFixtures.parcel("p", drop, 300, priority));
        Arbitrary<List<Double>> deadlines = Arbitraries.oneOf(Arbitraries.just(-1.0), Arbitraries.doubles().between(60, 900))
                .list().ofSize(4);
        return Combinators.combine(parcel.list().ofMinSize(2).ofMaxSize(4), deadlines).as((ps, ds) -> {
            List<QueuedParcel> order = new ArrayList<>();
            Map<String, OptionalDouble> latest = new HashMap<>();
            for (int i = 0; i < ps.size(); i++) {
                QueuedParcel p = ps.get(i);
                String id = "p" + i;
                order.add(new QueuedParcel(id, p.dropPointId(), p.weightGrams(), p.priority(), p.requestedAt(), Optional.empty()));
                latest.put(id, ds.get(i) < 0 ? OptionalDouble.empty() : OptionalDouble.of(ds.get(i)));
            }
            return new Tour(order, latest);
        });
    }

    private static List<DropPoint> drops(List<QueuedParcel> order) {
        return order.stream().map(p -> FUGOU.dropPoint(p.dropPointId()).orElseThrow()).toList();
    }

    /** Seconds to each drop, the urgent sum, the total, and whether every deadline holds. */
    private static double[] measure(List<QueuedParcel> order, Map<String, OptionalDouble> latest) {
        String from = DRONE.launchSiteId();
        EnergyModel e = SOLVER_DRONE.energy();
        double t = 0;
        double urgent = 0;
        double total = 0;
        double met = 1;
        for (QueuedParcel p : order) {
            DropPoint d = FUGOU.dropPoint(p.dropPointId()).orElseThrow();
            t += e.legSeconds(MATRIX.metres(from, d.id()));
            total += t;
            urgent += p.priority() == Priority.URGENT_MEDICINE ? t : 0;
            if (latest.get(p.requestId()).isPresent() && t > latest.get(p.requestId()).getAsDouble()) {
                met = 0;
            }
            t += e.dropSeconds(d);
            from = d.id();
        }
        return new double[] {urgent, total, met};
    }

    @Property(tries = 300)
    void theChosenDirectionCostsTheSameAndDropsNoLaterWhereItMatters(@ForAll("tours") Tour tour) {
        List<QueuedParcel> chosen = DropOrder.soonest(SOLVER_DRONE, tour.order(), drops(tour.order()), tour.latest());

        List<QueuedParcel> reversed = new ArrayList<>(tour.order());
        Collections.reverse(reversed);
        assertThat(chosen).isIn(tour.order(), reversed);
        EnergyModel e = SOLVER_DRONE.energy();
        assertThat(e.sortieWh(MATRIX, "launch-fire", drops(chosen)))
                .isCloseTo(e.sortieWh(MATRIX, "launch-fire", drops(tour.order())), within(1e-6));
        double[] before = measure(tour.order(), tour.latest());
        double[] after = measure(chosen, tour.latest());
        assertThat(after[0]).as("urgent drops").isLessThanOrEqualTo(before[0] + 1e-9);
        if (before[2] == 1) {
            assertThat(after[2]).as("deadlines met before are met").isEqualTo(1);
        }
        if (after[0] >= before[0] - 1e-9 && after[2] >= before[2]) {
            assertThat(after[1]).as("all drops").isLessThanOrEqualTo(before[1] + 1e-9);
        }
    }
}
