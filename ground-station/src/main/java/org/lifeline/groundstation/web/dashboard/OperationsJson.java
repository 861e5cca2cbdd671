package org.lifeline.groundstation.web.dashboard;

import java.util.List;
import java.util.Map;

import org.lifeline.groundstation.actions.ActionResult;
import org.lifeline.groundstation.dispatch.preview.PlanPreview;
import org.lifeline.groundstation.dispatch.request.FieldProblem;
import org.lifeline.groundstation.dispatch.request.IntakeResult;
import org.lifeline.groundstation.dispatch.store.ActionEntry;
import org.lifeline.groundstation.dispatch.store.Delivery;
import org.lifeline.groundstation.fleet.TrackHistory;
import org.lifeline.groundstation.planning.energy.LegEstimate;
import org.lifeline.plan.FenceCircle;
import org.lifeline.plan.FencePolygon;
import org.lifeline.plan.GeoPoint;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The JSON of the intake API, the sorties, the plan preview, the tracks and the action log. */
final class OperationsJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OperationsJson() {
    }

    /** {@code {status, deliveryId, duplicateOf, message, problems: [{field, message}], request?}}. */
    static String intake(IntakeResult r, Delivery stored) {
        ObjectNode o = JSON.createObjectNode().put("status", r.status()).put("deliveryId", r.deliveryId())
                .put("duplicateOf", r.duplicateOf()).put("message", r.message());
        ArrayNode problems = o.putArray("problems");
        for (FieldProblem p : r.problems()) {
            problems.addObject().put("field", p.field()).put("message", p.message());
        }
        if (stored != null) {
            o.set("request", request(stored));
        }
        return o.toString();
    }

    /** One request as stored, without the phone number. */
    static ObjectNode request(Delivery d) {
        var q = d.request();
        ObjectNode o = JSON.createObjectNode().put("id", d.id()).put("state", d.state().name())
                .put("since", d.stateSince().toString()).put("reason", d.reason()).put("requestedAt", d.requestedAt().toString())
                .put("requester", q.requester()).put("recipient", q.recipient().label()).put("items", q.items())
                .put("weight_g", q.weightGrams()).put("priority", q.priority().name()).put("drop", q.drop().name())
                .put("drop_point", q.drop().dropPointId().orElse(null)).put("lat", q.drop().latitude()).put("lon", q.drop().longitude())
                .put("deadline", q.deadline().map(Object::toString).orElse(null)).put("duplicateOf", d.duplicateOf().orElse(null))
                .put("sortie", d.sortieId().orElse(null));
        return o;
    }

    /** An open sortie: {@code {id, drone, parcels, created, route: [[lat, lon], …], problem?}}. */
    static ObjectNode sortie(String id, String drone, List<String> parcels, String created, List<GeoPoint> route, String problem) {
        ObjectNode o = JSON.createObjectNode().put("id", id).put("drone", drone).put("created", created);
        ArrayNode ps = o.putArray("parcels");
        parcels.forEach(ps::add);
        ArrayNode r = o.putArray("route");
        route.forEach(p -> r.addArray().add(p.latitude()).add(p.longitude()));
        if (problem != null && !problem.isEmpty()) {
            o.put("problem", problem);
        }
        return o;
    }

    static String preview(PlanPreview p) {
        ObjectNode o = JSON.createObjectNode().put("sortie", p.sortieId()).put("drone", p.droneId()).put("vehicle", p.vehicle());
        o.putArray("home").add(p.home().latitude()).add(p.home().longitude());
        ArrayNode route = o.putArray("route");
        p.route().forEach(g -> route.addArray().add(g.latitude()).add(g.longitude()).add(g.altitude()));
        ArrayNode releases = o.putArray("releases");
        p.releases().forEach(g -> releases.addArray().add(g.latitude()).add(g.longitude()));
        ArrayNode fence = o.putArray("fence");
        for (FencePolygon poly : p.fence().polygons()) {
            ObjectNode f = fence.addObject().put("kind", "polygon").put("inclusion", poly.inclusion());
            ArrayNode vs = f.putArray("vertices");
            poly.vertices().forEach(v -> vs.addArray().add(v.latitude()).add(v.longitude()));
        }
        for (FenceCircle c : p.fence().circles()) {
            fence.addObject().put("kind", "circle").put("inclusion", c.inclusion()).put("radius", c.radiusMetres())
                    .putArray("center").add(c.center().latitude()).add(c.center().longitude());
        }
        ArrayNode profile = o.putArray("profile");
        p.profile().forEach(d -> profile.addArray().add(Math.round(d[0] * 10) / 10.0).add(Math.round(d[1] * 10) / 10.0));
        ArrayNode legs = o.putArray("legs");
        for (LegEstimate l : p.legs()) {
            legs.addObject().put("leg", l.leg()).put("metres", round1(l.metres())).put("seconds", round1(l.seconds()))
                    .put("wattHours", round1(l.wattHours()));
        }
        o.putObject("energy").put("metres", round1(p.metres())).put("seconds", round1(p.seconds()))
                .put("wattHours", round1(p.wattHours())).put("batteryWh", round1(p.batteryWh()))
                .put("reservePercent", p.reservePercent()).put("reserveWh", round1(p.reserveWh()))
                .put("remainingWh", round1(p.remainingWh())).put("remainingPercent", round1(p.remainingPercent()))
                .put("marginWh", round1(p.marginWh())).put("keepsReserve", p.keepsReserve());
        return o.toString();
    }

    /** {@code {drone: [[lat, lon, alt, timeMs], …]}}. */
    static String tracks(Map<String, List<TrackHistory.Point>> tracks) {
        ObjectNode o = JSON.createObjectNode();
        tracks.forEach((id, points) -> {
            ArrayNode a = o.putArray(id);
            points.forEach(p -> a.addArray().add(p.lat()).add(p.lon()).add(Math.round(p.alt() * 10) / 10.0).add(p.timeMillis()));
        });
        return o.toString();
    }

    /** The answer to an action: {@code {actionId, action, drone, sortie, operator, success, message, details, at}}. */
    static String actionResult(ActionEntry logged, ActionResult r) {
        ObjectNode o = entry(logged).put("success", r.success()).put("message", r.message());
        ArrayNode d = o.putArray("details");
        r.details().forEach(d::add);
        return o.toString();
    }

    /** The log, oldest first: {@code [{actionId, step, operator, action, drone, sortie, outcome, detail, at}]}. */
    static String actions(List<ActionEntry> entries) {
        ArrayNode a = JSON.createArrayNode();
        entries.forEach(e -> a.add(entry(e)));
        return a.toString();
    }

    private static ObjectNode entry(ActionEntry e) {
        return JSON.createObjectNode().put("actionId", e.actionId()).put("step", e.step()).put("operator", e.operator())
                .put("action", e.action()).put("drone", e.droneId()).put("sortie", e.sortieId().orElse(null))
                .put("outcome", e.outcome()).put("detail", e.detail()).put("at", e.at().toString());
    }

    static String error(String message) {
        return JSON.createObjectNode().put("error", message).toString();
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
