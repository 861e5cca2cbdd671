package org.lifeline.fleet;

import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * JSON form of the fleet payloads (documented with examples in docs/protocol.md). Writing
 * always sets {@code "schema": 1}; reading accepts schema 1, ignores unknown fields and rejects a
 * payload whose required field is missing or malformed with a message naming the field.
 */
public final class FleetJson {

    /** The schema version this code writes and reads. */
    public static final int SCHEMA = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FleetJson() {
    }

    // ---- writing ----------------------------------------------------------------------------

    public static byte[] encode(Telemetry t) {
        ObjectNode n = start("telemetry");
        n.put("droneId", t.droneId()).put("time", t.timeMillis())
                .put("lat", t.latitude()).put("lon", t.longitude())
                .put("altRel", t.relativeAltitude()).put("altAmsl", t.altitudeAmsl())
                .put("groundSpeed", t.groundSpeed()).put("heading", t.heading())
                .put("batteryPercent", t.batteryPercent()).put("batteryVolts", t.batteryVolts())
                .put("gpsFix", t.gpsFix()).put("satellites", t.satellites())
                .put("mode", t.mode()).put("armed", t.armed()).put("missionSeq", t.currentSeq());
        return bytes(n);
    }

    public static byte[] encode(FleetEvent e) {
        ObjectNode n = start("event");
        n.put("eventId", e.eventId()).put("droneId", e.droneId()).put("seq", e.sequence())
                .put("time", e.timeMillis()).put("type", lower(e.type()));
        e.parcelId().ifPresentOrElse(p -> n.put("parcelId", p), () -> n.putNull("parcelId"));
        n.put("message", e.message());
        return bytes(n);
    }

    public static byte[] encode(DroneStatus s) {
        ObjectNode n = start("status");
        n.put("droneId", s.droneId()).put("state", lower(s.state())).put("time", s.timeMillis())
                .put("agentVersion", s.agentVersion());
        return bytes(n);
    }

    public static byte[] encode(Command c) {
        ObjectNode n = start("command");
        n.put("commandId", c.commandId()).put("droneId", c.droneId()).put("time", c.timeMillis())
                .put("type", lower(c.type()));
        ObjectNode args = n.putObject("args");
        c.args().forEach(args::put);
        n.put("signature", c.signature());
        return bytes(n);
    }

    public static byte[] encode(CommandAck a) {
        ObjectNode n = start("ack");
        n.put("commandId", a.commandId()).put("droneId", a.droneId()).put("time", a.timeMillis())
                .put("result", lower(a.result())).put("reason", a.reason());
        return bytes(n);
    }

    private static ObjectNode start(String kind) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("schema", SCHEMA);
        n.put("kind", kind);
        return n;
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    private static byte[] bytes(ObjectNode n) {
        try {
            return MAPPER.writeValueAsBytes(n);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    // ---- reading ----------------------------------------------------------------------------

    public static Telemetry telemetry(byte[] json) throws FleetMessageException {
        JsonFields f = open(json, "telemetry");
        return new Telemetry(droneId(f), f.integer("time"), f.numberIn("lat", -90, 90), f.numberIn("lon", -180, 180),
                f.number("altRel"), f.number("altAmsl"), f.number("groundSpeed"), f.number("heading"),
                f.number("batteryPercent"), f.number("batteryVolts"), f.smallInteger("gpsFix"),
                f.smallInteger("satellites"), f.text("mode"), f.bool("armed"), f.smallInteger("missionSeq"));
    }

    public static FleetEvent event(byte[] json) throws FleetMessageException {
        JsonFields f = open(json, "event");
        return new FleetEvent(f.text("eventId"), droneId(f), f.integer("seq"), f.integer("time"),
                f.enumValue("type", EventType.class), f.optionalText("parcelId"),
                f.optionalText("message").orElse(""));
    }

    public static DroneStatus status(byte[] json) throws FleetMessageException {
        JsonFields f = open(json, "status");
        return new DroneStatus(droneId(f), f.enumValue("state", DroneStatus.State.class),
                f.integer("time"), f.optionalText("agentVersion").orElse(""));
    }

    public static Command command(byte[] json) throws FleetMessageException {
        JsonFields f = open(json, "command");
        JsonNode argsNode = f.object("args");
        Map<String, String> args = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = argsNode.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isTextual()) {
                throw new FleetMessageException("command: field \"args." + e.getKey() + "\": expected a string, got " + e.getValue());
            }
            args.put(e.getKey(), e.getValue().asText());
        }
        return new Command(f.text("commandId"), droneId(f), f.integer("time"),
                f.enumValue("type", CommandType.class), args, f.optionalText("signature").orElse(""));
    }

    public static CommandAck ack(byte[] json) throws FleetMessageException {
        JsonFields f = open(json, "ack");
        return new CommandAck(f.text("commandId"), droneId(f), f.integer("time"),
                f.enumValue("result", CommandAck.Result.class), f.optionalText("reason").orElse(""));
    }

    private static String droneId(JsonFields f) throws FleetMessageException {
        String id = f.text("droneId");
        try {
            return FleetTopics.requireDroneId(id);
        } catch (IllegalArgumentException e) {
            throw new FleetMessageException(e.getMessage());
        }
    }

    private static JsonFields open(byte[] json, String what) throws FleetMessageException {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (IOException e) {
            throw new FleetMessageException(what + ": not valid JSON (" + firstLine(e.getMessage()) + ")");
        }
        if (node == null || !node.isObject()) {
            throw new FleetMessageException(what + ": expected a JSON object");
        }
        JsonNode schema = node.get("schema");
        if (schema == null || !schema.isIntegralNumber()) {
            throw new FleetMessageException(what + ": field \"schema\": expected the integer " + SCHEMA + ", got "
                    + (schema == null ? "nothing" : schema.toString()));
        }
        if (schema.asInt() != SCHEMA) {
            throw new FleetMessageException(what + ": schema " + schema.asInt() + " is not supported: expected " + SCHEMA);
        }
        return new JsonFields(node, what);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
