package org.lifeline.groundstation.web.dashboard;

import java.util.List;

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

    /**
     * One drone: {@code {id, agent, online, stale, ageMs, source, lat, lon, alt, heading, speed, mode,
     * armed, battery, seq, sampleMs, link: {state, detail, quality, heardMs, fence, uri}}}, the
     * position fields only when a source gave one, {@code link} only for a watched link.
     */
    static ObjectNode drone(DroneNow d, long nowMillis) {
        ObjectNode o = JSON.createObjectNode().put("id", d.id()).put("agent", d.agent()).put("online", d.online())
                .put("stale", d.stale()).put("ageMs", d.ageMs());
        if (d.source() != null) {
            o.put("source", d.source()).put("lat", d.lat()).put("lon", d.lon()).put("alt", d.alt()).put("heading", d.heading())
                    .put("speed", d.speed()).put("mode", d.mode()).put("armed", d.armed()).put("battery", d.battery())
                    .put("seq", d.seq()).put("sampleMs", d.sampleMs());
        }
        LinkSample link = d.link();
        if (link != null) {
            o.set("link", JSON.createObjectNode().put("state", link.state().name()).put("detail", link.detail())
                    .put("quality", link.qualityPercent()).put("heardMs", link.heardAtMillis() < 0 ? -1 : nowMillis - link.heardAtMillis())
                    .put("fence", link.fenceBreached()).put("uri", link.uri()));
        }
        return o;
    }

    /** One drone from both sources, merged as {@link DroneNow#of} does. */
    static ObjectNode drone(DroneView view, LinkSample link, long nowMillis) {
        return drone(DroneNow.of(view, link, nowMillis), nowMillis);
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
