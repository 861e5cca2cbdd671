package org.lifeline.groundstation.dispatch.store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.lifeline.groundstation.dispatch.DispatchFixtures;
import org.lifeline.groundstation.dispatch.request.IntakeResult;
import org.lifeline.groundstation.dispatch.request.RequestDraft;
import org.lifeline.groundstation.dispatch.request.RequestIntake;
import org.lifeline.groundstation.dispatch.state.DeliveryState;

/**
 * A ground station process that does nothing but take requests and move deliveries as fast as
 * it can, printing one line per acknowledged change (after the store returned, so after the
 * commit): {@code ADDED ref id} and {@code MOVED id number state}. {@link CrashRecoveryTest}
 * kills it with SIGKILL in the middle. Arguments: data folder, first ref number, ref count.
 */
public final class BurstingGroundStation {

    private static final Map<DeliveryState, DeliveryState> NEXT = Map.of(
            DeliveryState.REQUESTED, DeliveryState.ASSIGNED, DeliveryState.ASSIGNED, DeliveryState.PLANNED,
            DeliveryState.PLANNED, DeliveryState.UPLOADED, DeliveryState.UPLOADED, DeliveryState.IN_FLIGHT,
            DeliveryState.IN_FLIGHT, DeliveryState.RELEASED, DeliveryState.RELEASED, DeliveryState.CONFIRMED);

    private BurstingGroundStation() {
    }

    public static void main(String[] args) {
        Path data = Path.of(args[0]);
        int first = Integer.parseInt(args[1]);
        int count = Integer.parseInt(args[2]);
        // a wall clock: the fixture's deadlines are not used, and intake needs "now" only for them
        try (DeliveryStore store = DeliveryStore.openSqlite(data, Clock.systemUTC())) {
            RequestIntake intake = new RequestIntake(DispatchFixtures.rules(Clock.systemUTC()), store, Duration.ofHours(1));
            for (int i = first; i < first + count; i++) {
                IntakeResult r = intake.submit(new RequestDraft("K-" + i, "hotline", "Bldg " + i, "13800000001", "dp-railway",
                        null, null, "rice " + i, "1000", "FOOD", null));
                System.out.println("ADDED K-" + i + " " + r.deliveryId());
                System.out.flush();
                List<Delivery> moving = store.list(EnumSet.complementOf(EnumSet.of(DeliveryState.CONFIRMED)), 3);
                for (Delivery d : moving) {
                    DeliveryState to = NEXT.get(d.state());
                    Outcome o = store.transition(d.id(), to, "burst step " + d.version());
                    if (o.kind() == Outcome.Kind.DONE) {
                        System.out.println("MOVED " + d.id() + " " + (d.version() + 1) + " " + to);
                        System.out.flush();
                    }
                }
            }
        }
    }
}
