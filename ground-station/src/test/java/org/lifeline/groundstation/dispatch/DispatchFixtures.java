package org.lifeline.groundstation.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.lifeline.groundstation.airspace.Airspace;
import org.lifeline.groundstation.dispatch.request.DispatchRequest;
import org.lifeline.groundstation.dispatch.request.DropTarget;
import org.lifeline.groundstation.dispatch.request.PayloadLimit;
import org.lifeline.groundstation.dispatch.request.Priority;
import org.lifeline.groundstation.dispatch.request.Recipient;
import org.lifeline.groundstation.dispatch.request.RequestRules;
import org.lifeline.groundstation.planning.mission.SampleAirspace;

/** Requests and rules over the documented sample airspace. */
public final class DispatchFixtures {

    public static final Instant T0 = Instant.parse("2026-04-02T08:00:00Z");
    public static final Airspace AIRSPACE = SampleAirspace.read();
    public static final PayloadLimit PAYLOAD = new PayloadLimit(2000, "LL-Q4 delivery quadcopter (2 kg payload)");

    private DispatchFixtures() {
    }

    public static Clock fixedClock() {
        return Clock.fixed(T0, ZoneOffset.UTC);
    }

    public static RequestRules rules(Clock clock) {
        return new RequestRules(AIRSPACE, PAYLOAD, clock);
    }

    /** A valid request, different for every {@code i} (recipient and items). */
    public static DispatchRequest request(int i) {
        return request(i, Priority.values()[Math.floorMod(i, Priority.values().length)]);
    }

    public static DispatchRequest request(int i, Priority priority) {
        return new DispatchRequest("hotline", new Recipient("Bldg " + i + " #1", "13800000" + String.format("%03d", Math.floorMod(i, 1000))),
                new DropTarget(Optional.of("dp-jianshe-b3"), "Jianshe Rd building 3", 34.0675, 114.414),
                "item " + i, 300 + i % 1000, priority, Optional.empty(), Optional.empty());
    }
}
