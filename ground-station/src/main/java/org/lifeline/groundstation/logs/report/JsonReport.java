package org.lifeline.groundstation.logs.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.lifeline.plan.GeoPoint;

/** The report as JSON, for the fleet summary and other tools (the plots' series are left out). */
public final class JsonReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    public static String render(SortieReport r) {
        FlightRecord f = r.flight();
        ObjectNode root = JSON.createObjectNode();
        root.put("source", f.source());
        root.put("kind", f.kind());
        root.put("overall", r.overall().toString());
        root.put("firstMicros", f.firstMicros);
        root.put("durationSeconds", f.durationSeconds());
        root.put("distanceMetres", f.distanceMetres);
        number(root, "maxAltitudeMetres", f.maxAltitude);
        number(root, "maxSpeed", f.maxSpeed);
        number(root, "minVoltage", f.minVoltage);
        number(root, "maxCurrent", f.maxCurrent);
        number(root, "consumedWh", f.consumedWh);
        root.put("messages", f.messages());
        root.put("routeSource", r.routeSource());
        ArrayNode route = root.putArray("route");
        r.route().forEach(p -> point(route.addObject(), p));
        ObjectNode xt = root.putObject("crossTrack");
        xt.put("samples", r.crossTrack().samples());
        number(xt, "meanMetres", r.crossTrack().meanMetres());
        number(xt, "p95Metres", r.crossTrack().p95Metres());
        number(xt, "maxMetres", r.crossTrack().maxMetres());
        r.drop().ifPresent(d -> {
            ObjectNode drop = root.putObject("drop");
            point(drop.putObject("dropPoint"), d.dropPoint());
            point(drop.putObject("release"), d.release());
            drop.put("releaseSource", d.releaseSource());
            drop.put("releaseMicros", d.releaseMicros());
            drop.put("errorMetres", d.errorMetres());
            drop.put("northMetres", d.northMetres());
            drop.put("eastMetres", d.eastMetres());
            drop.put("speed", d.speed());
        });
        number(root, "fenceMarginMetres", r.fenceMarginMetres());
        ArrayNode links = root.putArray("links");
        f.links().forEach(c -> links.addObject().put("source", c.source()).put("received", c.received()).put("lost", c.lost()));
        ArrayNode modes = root.putArray("modes");
        f.modes.forEach(m -> modes.addObject().put("micros", m.micros()).put("mode", m.mode()));
        ArrayNode texts = root.putArray("texts");
        f.texts.forEach(t -> texts.addObject().put("micros", t.micros()).put("severity", t.severity()).put("text", t.text()));
        r.failsafes().forEach(root.withArray("failsafes")::add);
        r.preArmFailures().forEach(root.withArray("preArmFailures")::add);
        ArrayNode checks = root.putArray("checks");
        r.checks().forEach(c -> checks.addObject().put("name", c.name()).put("status", c.status().toString())
                .put("value", c.value()).put("threshold", c.threshold()).put("explanation", c.explanation()));
        r.energy().ifPresent(e -> {
            ObjectNode en = root.putObject("energy");
            en.put("vehicle", e.vehicle());
            en.put("predictedWh", e.predictedWh());
            number(en, "consumedWh", e.consumedWh());
            en.put("batteryWh", e.batteryWh());
            en.put("reserveWh", e.reserveWh());
            number(en, "overrunPercent", e.overrunPercent());
            en.put("reserveBreached", e.reserveBreached());
        });
        ArrayNode agent = root.putArray("agentEvents");
        r.agent().events().forEach(e -> agent.addObject().put("timeMillis", e.timeMillis()).put("type", e.type().name())
                .put("parcelId", e.parcelId().orElse(null)).put("message", e.message()));
        ArrayNode status = root.putArray("agentStatus");
        r.agent().statuses().forEach(s -> status.addObject().put("timeMillis", s.timeMillis()).put("state", s.state().name()));
        root.put("readSummary", f.readSummary());
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the report as JSON", e);
        }
    }

    private static void number(ObjectNode o, String key, double v) {
        if (Double.isFinite(v)) {
            o.put(key, v);
        } else {
            o.putNull(key);
        }
    }

    private static void point(ObjectNode o, GeoPoint p) {
        o.put("lat", p.latitude()).put("lon", p.longitude()).put("altitude", p.altitude());
    }
}
