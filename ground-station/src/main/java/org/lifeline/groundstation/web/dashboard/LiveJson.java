package org.lifeline.groundstation.web.dashboard;

import java.util.List;

import org.lifeline.fleet.Telemetry;
import org.lifeline.groundstation.alarm.Alarm;
import org.lifeline.groundstation.dispatch.state.Transition;
import org.lifeline.groundstation.dispatch.store.Delivery;
import org.lifeline.groundstation.fleet.DroneView;
import org.lifeline.groundstation.linkwatch.LinkSample;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The JSON the page reads: drones, the delivery board, a delivery's history. */
final class LiveJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LiveJson() {
    }

    /** Every drone: {@code [{id, online, stale, ageMs, lat, lon, alt, heading, speed, mode, armed, battery, seq}]}. */
    static String drones(List<DroneView> views) {
        ArrayNode a = JSON.createArrayNode();
        views.forEach(v -> a.add(drone(v)));
        return a.toString();
    }

    static ObjectNode drone(DroneView v) {
        return drone(v, null, 0);
    }

    /**
     * One drone from both sources: {@code agent} (its onboard agent over the fleet bus: {@code online},
     * whether one was ever heard) and {@code link} (its MAVLink link: {@code {state, detail, quality,
     * heardMs, fence, uri}}). The position, mode and battery are the newer of the two, named in
     * {@code source} ("agent" or "link"); {@code stale} only when neither is fresh.
     *
     * @param view the fleet bus's view, or null when only the link knows the drone
     * @param link the link's sample, or null when the drone has no watched link
     */
    static ObjectNode drone(DroneView view, LinkSample link, long nowMillis) {
        String id = view != null ? view.droneId() : link.droneId();
        boolean linkFresh = link != null && link.state() == LinkSample.State.LIVE && link.haveFix();
        boolean agentFresh = view != null && view.telemetry().isPresent() && !view.stale();
        long linkAge = link == null ? -1 : nowMillis - link.atMillis();
        boolean fromLink = linkFresh && (!agentFresh || linkAge <= view.telemetryAgeMillis());
        ObjectNode d = JSON.createObjectNode().put("id", id).put("agent", view != null && view.status().isPresent())
                .put("online", view != null && view.online()).put("stale", !agentFresh && !linkFresh);
        if (fromLink) {
            d.put("ageMs", linkAge).put("source", "link").put("lat", link.latitude()).put("lon", link.longitude())
                    .put("alt", link.altitude()).put("heading", Double.isNaN(link.heading()) ? 0 : link.heading())
                    .put("speed", Double.isNaN(link.groundSpeed()) ? 0 : link.groundSpeed()).put("mode", link.mode())
                    .put("armed", link.armed()).put("battery", link.batteryPercent()).put("seq", link.missionSeq())
                    .put("sampleMs", link.atMillis());
        } else {
            d.put("ageMs", view == null ? -1 : view.telemetryAgeMillis());
            if (view != null && view.telemetry().isPresent()) {
                d.put("source", "agent");
                telemetry(d, view.telemetry().get());
            }
        }
        if (link != null) {
            d.set("link", JSON.createObjectNode().put("state", link.state().name()).put("detail", link.detail())
                    .put("quality", link.qualityPercent()).put("heardMs", link.heardAtMillis() < 0 ? -1 : nowMillis - link.heardAtMillis())
                    .put("fence", link.fenceBreached()).put("uri", link.uri()));
        }
        return d;
    }

    private static void telemetry(ObjectNode d, Telemetry t) {
        d.put("lat", t.latitude()).put("lon", t.longitude()).put("alt", t.relativeAltitude()).put("heading", t.heading())
                .put("speed", t.groundSpeed()).put("mode", t.mode()).put("armed", t.armed())
                .put("battery", t.batteryPercent()).put("seq", t.currentSeq()).put("sampleMs", t.timeMillis());
    }

    /** The board: {@code [{id, state, since, reason, priority, items, drop, recipient, sortie, lat, lon}]}. */
    static String board(List<Delivery> deliveries) {
        ArrayNode a = JSON.createArrayNode();
        for (Delivery d : deliveries) {
            ObjectNode o = a.addObject().put("id", d.id()).put("state", d.state().name()).put("since", d.stateSince().toString())
                    .put("reason", d.reason()).put("priority", d.request().priority().name()).put("items", d.request().items())
                    .put("drop", d.request().drop().name()).put("recipient", d.request().recipient().label())
                    .put("lat", d.request().drop().latitude()).put("lon", d.request().drop().longitude());
            d.sortieId().ifPresent(s -> o.put("sortie", s));
        }
        return a.toString();
    }

    /** A delivery's history, oldest first: {@code [{n, from, to, reason, at}]}. */
    static String history(List<Transition> history) {
        ArrayNode a = JSON.createArrayNode();
        for (Transition t : history) {
            a.addObject().put("n", t.number()).put("from", t.from() == null ? null : t.from().name()).put("to", t.to().name())
                    .put("reason", t.reason()).put("at", t.at().toString());
        }
        return a.toString();
    }

    /** The alarms: {@code [{kind, subject, detail, since}]}. */
    static String alarms(List<Alarm> alarms) {
        ArrayNode a = JSON.createArrayNode();
        alarms.forEach(x -> a.addObject().put("kind", x.kind().name()).put("subject", x.subject()).put("detail", x.detail())
                .put("since", x.since().toString()));
        return a.toString();
    }

    static String error(String message) {
        return JSON.createObjectNode().put("error", message).toString();
    }
}
