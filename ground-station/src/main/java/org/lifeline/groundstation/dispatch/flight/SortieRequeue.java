package org.lifeline.groundstation.dispatch.flight;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.lifeline.fleet.Command;
import org.lifeline.fleet.CommandType;
import org.lifeline.groundstation.dispatch.flight.FlightResult.Kind;
import org.lifeline.groundstation.dispatch.flight.FlightResult.Step;
import org.lifeline.groundstation.dispatch.state.DeliveryState;
import org.lifeline.groundstation.dispatch.store.DeliveryStore;
import org.lifeline.groundstation.dispatch.store.SortieRecord;

/**
 * What a failure before take-off does to a sortie: the drop plans the agent accepted are
 * cancelled on it ({@code CANCEL_DROP}, not waited for: the agent releases nothing it holds no
 * plan for, and a cancelled parcel never), every parcel still on the ground goes back to the
 * queue with the reason (→ RETURNED → REQUESTED, one transaction each), and the sortie is closed
 * so that the next wave may use the drone.
 */
final class SortieRequeue {

    private final DeliveryStore store;
    private final DropPlanChannel dropPlans;
    private final FlightSettings settings;
    private final Clock clock;

    SortieRequeue(DeliveryStore store, DropPlanChannel dropPlans, FlightSettings settings, Clock clock) {
        this.store = store;
        this.dropPlans = dropPlans;
        this.settings = settings;
        this.clock = clock;
    }

    /** Undoes the sortie for {@code why}; the result names the step, the kind and the parcels put back. */
    FlightResult fail(SortieRecord sortie, Step step, Kind kind, String why, List<String> sentPlans) {
        for (String p : sentPlans) {
            Command c = new Command("cancel-" + sortie.id() + "-" + p + "-" + clock.millis(), sortie.droneId(), clock.millis(),
                    CommandType.CANCEL_DROP, Map.of("parcelId", p), "");
            dropPlans.send(c).orTimeout(settings.ackTimeout().toMillis(), TimeUnit.MILLISECONDS).exceptionally(e -> null);
        }
        String reason = "sortie " + sortie.id() + " will not fly: " + why;
        List<String> back = new ArrayList<>();
        for (String p : sortie.parcelIds()) {
            boolean onGround = store.find(p).filter(d -> d.sortieId().equals(Optional.of(sortie.id()))
                    && (d.state() == DeliveryState.ASSIGNED || d.state() == DeliveryState.PLANNED
                    || d.state() == DeliveryState.UPLOADED)).isPresent();
            if (onGround && store.requeue(p, reason).ok()) {
                back.add(p);
            }
        }
        store.closeSortie(sortie.id(), clock.instant());
        return new FlightResult(sortie.id(), step, kind, why + (back.isEmpty() ? "" : "; back in the queue: "
                + String.join(", ", back)), back);
    }
}
