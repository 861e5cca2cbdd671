package org.lifeline.groundstation.alarm;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.lifeline.fleet.EventType;
import org.lifeline.fleet.FleetEvent;
import org.lifeline.fleet.Telemetry;
import org.lifeline.groundstation.dispatch.store.Delivery;
import org.lifeline.groundstation.fleet.DroneView;
import org.lifeline.groundstation.linkwatch.LinkSample;

/** The alarms standing now, most urgent kind first. */
public final class Alarms {

    private Alarms() {
    }

    /**
     * @param drones      every drone the fleet bus knows ({@code FleetBus.drones()})
     * @param released    parcels released and not confirmed ({@code DeliveryStore.releasedUnconfirmed(now - unconfirmedAfter)})
     * @param now         the ground station's time
     */
    public static List<Alarm> now(List<DroneView> drones, List<Delivery> released, Instant now, AlarmRules rules) {
        return now(drones, List.of(), released, now, rules);
    }

    /**
     * As above, with the drones' MAVLink links: a link that was heard and went quiet (or failed)
     * is a lost link, and a battery below the reserve as the autopilot reports it counts when the
     * agent has not already said so.
     *
     * @param links every watched link's newest sample
     */
    public static List<Alarm> now(List<DroneView> drones, List<LinkSample> links, List<Delivery> released, Instant now,
                                  AlarmRules rules) {
        List<Alarm> out = new ArrayList<>();
        for (DroneView d : drones) {
            d.status().filter(s -> !d.online()).ifPresent(s -> out.add(new Alarm(Alarm.Kind.LINK_LOST, d.droneId(),
                    d.droneId() + ": the onboard agent is offline", Instant.ofEpochMilli(s.timeMillis()))));
            if (d.stale()) {
                out.add(new Alarm(Alarm.Kind.TELEMETRY_STALE, d.droneId(), d.telemetryAgeMillis() < 0
                        ? d.droneId() + ": no telemetry received yet"
                        : String.format(Locale.ROOT, "%s: no telemetry for %.0f s", d.droneId(), d.telemetryAgeMillis() / 1000.0),
                        d.telemetryAgeMillis() < 0 ? now : now.minusMillis(d.telemetryAgeMillis())));
            }
            d.telemetry().filter(t -> t.batteryPercent() >= 0 && t.batteryPercent() < rules.batteryReservePercent())
                    .ifPresent(t -> out.add(battery(d, t, rules)));
            for (FleetEvent e : d.events()) {
                boolean refused = e.type() == EventType.DROP_REFUSED || e.type() == EventType.PARCEL_STUCK;
                Instant at = Instant.ofEpochMilli(e.timeMillis());
                if (refused && !at.isBefore(now.minus(rules.eventWindow()))) {
                    out.add(new Alarm(Alarm.Kind.RELEASE_REFUSED, e.parcelId().orElse(d.droneId()),
                            d.droneId() + " " + e.type().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                                    + e.parcelId().map(p -> " (" + p + ")").orElse("") + ": " + e.message(), at));
                }
            }
        }
        for (LinkSample l : links) {
            if (l.state() == LinkSample.State.LOST) {
                out.add(new Alarm(Alarm.Kind.LINK_LOST, l.droneId(), l.droneId() + ": MAVLink link lost (" + l.detail() + ") on "
                        + l.uri(), l.heardAtMillis() < 0 ? now : Instant.ofEpochMilli(l.heardAtMillis())));
            }
            boolean low = l.batteryPercent() >= 0 && l.batteryPercent() < rules.batteryReservePercent();
            if (low && out.stream().noneMatch(a -> a.kind() == Alarm.Kind.BATTERY_LOW && a.subject().equals(l.droneId()))) {
                out.add(new Alarm(Alarm.Kind.BATTERY_LOW, l.droneId(), String.format(Locale.ROOT,
                        "%s: battery %d %% is below the %.0f %% reserve (autopilot)", l.droneId(), l.batteryPercent(),
                        rules.batteryReservePercent()), Instant.ofEpochMilli(l.atMillis())));
            }
        }
        for (Delivery p : released) {
            Duration waiting = Duration.between(p.stateSince(), now);
            if (waiting.compareTo(rules.unconfirmedAfter()) >= 0) {
                out.add(new Alarm(Alarm.Kind.UNCONFIRMED, p.id(), p.id() + " released at " + p.request().drop().name()
                        + " " + waiting.toMinutes() + " min ago and not confirmed", p.stateSince()));
            }
        }
        out.sort(Alarm.MOST_URGENT_FIRST);
        return out;
    }

    private static Alarm battery(DroneView d, Telemetry t, AlarmRules rules) {
        return new Alarm(Alarm.Kind.BATTERY_LOW, d.droneId(), String.format(Locale.ROOT, "%s: battery %.0f %% is below the %.0f %% reserve",
                d.droneId(), t.batteryPercent(), rules.batteryReservePercent()), Instant.ofEpochMilli(t.timeMillis()));
    }
}
