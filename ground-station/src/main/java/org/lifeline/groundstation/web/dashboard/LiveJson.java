package org.lifeline.groundstation.web.dashboard;

import java.util.List;

import org.lifeline.fleet.Telemetry;
import org.lifeline.groundstation.alarm.Alarm;
import org.lifeline.groundstation.dispatch.state.Transition;
import org.lifeline.groundstation.dispatch.store.Delivery;
import org.lifeline.groundstation.fleet.DroneView;

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
        ObjectNode d = JSON.createObjectNode().put("id", v.droneId()).put("online", v.online()).put("stale", v.stale())
                .put("ageMs", v.telemetryAgeMillis());
        v.telemetry().ifPresent(t -> telemetry(d, t));
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
