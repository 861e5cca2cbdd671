package org.lifeline.groundstation.planning.vehicle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a vehicle file (JSON, see docs/mission-building.md). Every field is checked against
 * its physical range, and unknown fields are refused: a misspelt optional field would
 * otherwise fall back to its default without anyone noticing.
 */
public final class VehicleFileReader {

    /** The legal ceiling for small drones in most jurisdictions, metres above ground. */
    public static final double DEFAULT_MAX_ALTITUDE = 120;
    public static final double DEFAULT_VERTICAL_MARGIN = 10;
    public static final double DEFAULT_FENCE_CLEARANCE = 10;
    /** Climbing costs more than hovering; 20 % more is typical for a loaded quadcopter. */
    public static final double DEFAULT_CLIMB_POWER_FACTOR = 1.2;

    private static final Set<String> KNOWN = Set.of("name", "cruiseSpeed", "climbRate", "descentRate",
            "hoverPower", "climbPower", "forwardPower", "powerCurve", "batteryWh", "reservePercent",
            "maxPayloadKg", "maxAltitude", "cruiseAltitude", "verticalMargin", "dropAltitude",
            "holdSeconds", "acceptanceRadius", "fenceVertexBudget", "fenceClearance", "releaseOwner");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String source;
    private final JsonNode root;

    private VehicleFileReader(String source, JsonNode root) {
        this.source = source;
        this.root = root;
    }

    /** Reads and checks the vehicle file at {@code file}. */
    public static VehicleProfile read(Path file) throws VehicleFileException {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new VehicleFileException(file + ": no such vehicle file");
        } catch (IOException e) {
            throw new VehicleFileException(file + ": cannot read vehicle file: " + e.getMessage(), e);
        }
        return parse(file.toString(), text);
    }

    /** Parses vehicle JSON; {@code source} names it in error messages. */
    public static VehicleProfile parse(String source, String json) throws VehicleFileException {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new VehicleFileException(source + ": line " + e.getLocation().getLineNr()
                    + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new VehicleFileException(source + ": expected a JSON object with the vehicle's fields");
        }
        return new VehicleFileReader(source, root).profile();
    }

    private VehicleProfile profile() throws VehicleFileException {
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!KNOWN.contains(field)) {
                throw error(field, "a known field (one of " + String.join(", ", KNOWN.stream().sorted().toList())
                        + ")", "an unknown field");
            }
        }
        String name = root.hasNonNull("name") ? text("name") : "vehicle";
        double cruiseSpeed = positive("cruiseSpeed", "m/s", 40);
        double climbRate = positive("climbRate", "m/s", 20);
        double descentRate = positive("descentRate", "m/s", 20);
        double hoverPower = positive("hoverPower", "W", 100_000);
        double climbPower = root.has("climbPower") ? positive("climbPower", "W", 100_000)
                : hoverPower * DEFAULT_CLIMB_POWER_FACTOR;
        PowerModel forward = forwardPower();
        double batteryWh = positive("batteryWh", "Wh", 1_000_000);
        double reservePercent = number("reservePercent", "a percentage 0..90", 0, 90);
        double maxPayloadKg = positive("maxPayloadKg", "kg", 1000);
        double maxAltitude = root.has("maxAltitude") ? positive("maxAltitude", "m above ground", 10_000)
                : DEFAULT_MAX_ALTITUDE;
        double cruiseAltitude = positive("cruiseAltitude", "m above ground", 10_000);
        if (cruiseAltitude > maxAltitude) {
            throw error("cruiseAltitude", "at most maxAltitude (" + fmt(maxAltitude) + " m)", fmt(cruiseAltitude));
        }
        double verticalMargin = root.has("verticalMargin")
                ? number("verticalMargin", "metres 0..100", 0, 100) : DEFAULT_VERTICAL_MARGIN;
        DropWindow window = dropWindow(cruiseAltitude);
        double hold = number("holdSeconds", "seconds 0..3600", 0, 3600);
        double acceptance = positive("acceptanceRadius", "m", 1000);
        double budgetValue = number("fenceVertexBudget", "a whole number of fence items 3..10000", 3, 10_000);
        if (budgetValue != Math.rint(budgetValue)) {
            throw error("fenceVertexBudget", "a whole number of fence items", fmt(budgetValue));
        }
        double clearance = root.has("fenceClearance")
                ? number("fenceClearance", "metres 0..1000", 0, 1000) : DEFAULT_FENCE_CLEARANCE;
        ReleaseOwner owner = ReleaseOwner.AGENT;
        if (root.has("releaseOwner")) {
            JsonNode node = root.get("releaseOwner");
            String value = node.isTextual() ? node.asText() : null;
            if ("agent".equals(value)) {
                owner = ReleaseOwner.AGENT;
            } else if ("autopilot".equals(value)) {
                owner = ReleaseOwner.AUTOPILOT;
            } else {
                throw error("releaseOwner", "\"agent\" (the onboard agent's servo or relay) or \"autopilot\" "
                        + "(the autopilot's gripper, commanded by the agent)", node.toString());
            }
        }
        return new VehicleProfile(name, cruiseSpeed, climbRate, descentRate, hoverPower, climbPower, forward,
                batteryWh, reservePercent, maxPayloadKg, maxAltitude, cruiseAltitude, verticalMargin, window,
                hold, acceptance, (int) budgetValue, clearance, owner);
    }

    private PowerModel forwardPower() throws VehicleFileException {
        boolean single = root.has("forwardPower");
        boolean curve = root.has("powerCurve");
        if (single == curve) {
            throw error(single ? "powerCurve" : "forwardPower",
                    "exactly one of forwardPower (W at cruise speed) or powerCurve ([{speed, watts}, ...])",
                    single ? "both" : "neither");
        }
        if (single) {
            return PowerModel.constant(positive("forwardPower", "W", 100_000));
        }
        JsonNode array = root.get("powerCurve");
        if (!array.isArray() || array.isEmpty()) {
            throw error("powerCurve", "a non-empty array of {\"speed\": m/s, \"watts\": W}", array.toString());
        }
        List<PowerModel.Point> points = new ArrayList<>();
        double previous = -1;
        for (int i = 0; i < array.size(); i++) {
            JsonNode p = array.get(i);
            String field = "powerCurve[" + i + "]";
            JsonNode speed = p.get("speed");
            JsonNode watts = p.get("watts");
            if (speed == null || !speed.isNumber() || watts == null || !watts.isNumber()) {
                throw error(field, "{\"speed\": m/s, \"watts\": W}", p.toString());
            }
            if (speed.asDouble() < 0 || speed.asDouble() <= previous) {
                throw error(field + ".speed", "a speed >= 0 above the previous point's", speed.toString());
            }
            if (!(watts.asDouble() > 0)) {
                throw error(field + ".watts", "a power greater than 0 W", watts.toString());
            }
            previous = speed.asDouble();
            points.add(new PowerModel.Point(speed.asDouble(), watts.asDouble()));
        }
        return new PowerModel(points);
    }

    private DropWindow dropWindow(double cruiseAltitude) throws VehicleFileException {
        JsonNode node = root.get("dropAltitude");
        if (node == null || !node.isObject()) {
            throw error("dropAltitude", "an object {\"min\": m, \"preferred\": m, \"max\": m}",
                    node == null ? "nothing" : node.toString());
        }
        double min = windowValue(node, "min");
        double preferred = windowValue(node, "preferred");
        double max = windowValue(node, "max");
        if (!(min <= preferred && preferred <= max)) {
            throw error("dropAltitude", "min <= preferred <= max",
                    fmt(min) + " / " + fmt(preferred) + " / " + fmt(max));
        }
        if (max > cruiseAltitude) {
            throw error("dropAltitude.max", "at most cruiseAltitude (" + fmt(cruiseAltitude) + " m)", fmt(max));
        }
        return new DropWindow(min, preferred, max);
    }

    private double windowValue(JsonNode node, String key) throws VehicleFileException {
        JsonNode v = node.get(key);
        if (v == null || !v.isNumber() || !(v.asDouble() > 0)) {
            throw error("dropAltitude." + key, "a number of metres greater than 0", v == null ? "nothing" : v.toString());
        }
        return v.asDouble();
    }

    private double positive(String field, String unit, double upper) throws VehicleFileException {
        return number(field, "a number of " + unit + " greater than 0 and at most " + fmt(upper), 0, upper, true);
    }

    private double number(String field, String expected, double lower, double upper) throws VehicleFileException {
        return number(field, expected, lower, upper, false);
    }

    private double number(String field, String expected, double lower, double upper, boolean exclusiveLower)
            throws VehicleFileException {
        JsonNode v = root.get(field);
        if (v == null || v.isNull()) {
            throw error(field, expected, "nothing (the field is required)");
        }
        if (!v.isNumber()) {
            throw error(field, expected, v.toString());
        }
        double d = v.asDouble();
        boolean lowOk = exclusiveLower ? d > lower : d >= lower;
        if (!lowOk || d > upper || Double.isNaN(d)) {
            throw error(field, expected, v.toString());
        }
        return d;
    }

    private String text(String field) throws VehicleFileException {
        JsonNode v = root.get(field);
        if (!v.isTextual() || v.asText().isBlank()) {
            throw error(field, "a non-empty string", v.toString());
        }
        return v.asText();
    }

    private VehicleFileException error(String field, String expected, String got) {
        return new VehicleFileException(source + ": field '" + field + "': expected " + expected + ", got " + got);
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
