package org.lifeline.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.lifeline.mission.MissionItem;

/**
 * Reads a QGroundControl {@code .plan} JSON document into a {@link FlightPlan}, checking every
 * field Lifeline uses and naming its JSON path when one is wrong. Fields Lifeline does not use
 * are ignored, as the format's readers are expected to do.
 */
final class QgcPlanReader {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final String LATLON = "[latitude, longitude]";
    private static final String LATLONALT = "[latitude, longitude, altitude]";

    private QgcPlanReader() {
    }

    static FlightPlan read(String source, String json) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : String.valueOf(e.getLocation().getLineNr());
            // Jackson names the (redacted) source inside locations; the file name is already in front
            String reason = e.getOriginalMessage().replaceAll("Source: [^;\\]]*; ", "");
            throw new PlanFileException(source, where, "not valid JSON: " + reason, e);
        }
        if (tree == null || tree.isMissingNode()) {
            throw new PlanFileException(source, "", "expected a QGroundControl plan (a JSON object), got an empty file");
        }
        JsonField root = JsonField.root(source, tree).object("a QGroundControl plan (a JSON object)");
        JsonField fileType = root.get("fileType");
        if (!"Plan".equals(fileType.text("\"Plan\""))) {
            throw fileType.fail("\"Plan\"");
        }
        root.get("version").requireVersion(1);
        JsonField groundStation = root.get("groundStation");
        if (groundStation.present()) {
            groundStation.text("the name of the program that wrote the plan");
        }
        JsonField mission = root.get("mission").object("a mission object");
        mission.get("version").requireVersion(2);
        optionalInteger(mission.get("firmwareType"), 0, 255, "a MAV_AUTOPILOT number such as 3 (ArduPilot)");
        optionalInteger(mission.get("vehicleType"), 0, 255, "a MAV_TYPE number such as 2 (quadrotor)");
        optionalNumber(mission.get("cruiseSpeed"), "a speed in m/s");
        optionalNumber(mission.get("hoverSpeed"), "a speed in m/s");
        Optional<GeoPoint> home = plannedHome(mission.get("plannedHomePosition"));
        List<MissionItem> items = items(mission.get("items"));
        Geofence fence = fence(root.get("geoFence"));
        List<RallyPoint> rally = rally(root.get("rallyPoints"));
        return new FlightPlan(home, items, fence, rally);
    }

    private static Optional<GeoPoint> plannedHome(JsonField field) {
        if (!field.present()) {
            return Optional.empty();
        }
        GeoPoint home = point(field, true);
        return home.latitude() == 0 && home.longitude() == 0 ? Optional.empty() : Optional.of(home);
    }

    private static List<MissionItem> items(JsonField field) {
        int count = field.array("an array of mission items");
        List<MissionItem> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            items.add(item(field.at(i)));
        }
        return items;
    }

    private static MissionItem item(JsonField item) {
        item.object("a mission item object");
        JsonField type = item.get("type");
        String typeName = type.text("\"SimpleItem\"");
        if ("ComplexItem".equals(typeName)) {
            throw new PlanFileException(item.source(), item.path(),
                    "type \"ComplexItem\" is not supported; expected \"SimpleItem\"");
        }
        if (!"SimpleItem".equals(typeName)) {
            throw type.fail("\"SimpleItem\"");
        }
        int command = item.get("command").integer(0, 65535, "a MAV_CMD number 0..65535");
        int frame = item.get("frame").integer(0, 255, "a MAV_FRAME number 0..255");
        boolean autoContinue = item.get("autoContinue").bool("true or false");
        optionalInteger(item.get("doJumpId"), 0, Integer.MAX_VALUE, "a non-negative integer");
        optionalNumber(item.get("Altitude"), "an altitude in metres");
        optionalInteger(item.get("AltitudeMode"), 0, 5, "a QGroundControl altitude mode 0..5");
        optionalNumber(item.get("AMSLAltAboveTerrain"), "an altitude in metres or null");
        JsonField params = item.get("params");
        params.arrayOf(7, "an array of 7 numbers or nulls (param1..param4, x, y, z)");
        float[] p = new float[4];
        for (int i = 0; i < 4; i++) {
            p[i] = floatParam(params.at(i));
        }
        int x = coordinate(params.at(4), frame, ItemCoordinates.Axis.X);
        int y = coordinate(params.at(5), frame, ItemCoordinates.Axis.Y);
        float z = floatParam(params.at(6));
        return new MissionItem(command, frame, false, autoContinue, p[0], p[1], p[2], p[3], x, y, z);
    }

    private static float floatParam(JsonField field) {
        double value = field.numberOrNull("a number or null");
        if (!PlanNumbers.fitsFloat(value)) {
            throw field.fail("a number within ±3.4e38 (a 32-bit float)");
        }
        return (float) value;
    }

    private static int coordinate(JsonField field, int frame, ItemCoordinates.Axis axis) {
        String name = axis.fieldName(frame);
        double value = field.number("a number (" + name + "; MISSION_ITEM_INT cannot carry null)");
        try {
            return ItemCoordinates.toItemValue(frame, value, axis);
        } catch (IllegalArgumentException e) {
            throw field.fail(e.getMessage());
        }
    }

    private static Geofence fence(JsonField fence) {
        if (!fence.present()) {
            return Geofence.none();
        }
        fence.object("a geoFence object");
        fence.get("version").requireVersion(2);
        List<FencePolygon> polygons = new ArrayList<>();
        JsonField polygonList = fence.get("polygons");
        int polygonCount = polygonList.present() ? polygonList.array("an array of fence polygons") : 0;
        for (int i = 0; i < polygonCount; i++) {
            JsonField polygon = polygonList.at(i).object("a fence polygon object");
            optionalVersion(polygon.get("version"), 1);
            boolean inclusion = polygon.get("inclusion").bool("true (inclusion) or false (exclusion)");
            JsonField vertices = polygon.get("polygon");
            int n = vertices.array("an array of at least 3 " + LATLON + " vertices");
            if (n < 3) {
                throw vertices.fail("an array of at least 3 " + LATLON + " vertices");
            }
            List<GeoPoint> points = new ArrayList<>(n);
            for (int v = 0; v < n; v++) {
                points.add(point(vertices.at(v), false));
            }
            polygons.add(new FencePolygon(inclusion, points));
        }
        List<FenceCircle> circles = new ArrayList<>();
        JsonField circleList = fence.get("circles");
        int circleCount = circleList.present() ? circleList.array("an array of fence circles") : 0;
        for (int i = 0; i < circleCount; i++) {
            JsonField entry = circleList.at(i).object("a fence circle object");
            optionalVersion(entry.get("version"), 1);
            boolean inclusion = entry.get("inclusion").bool("true (inclusion) or false (exclusion)");
            JsonField circle = entry.get("circle").object("an object with center and radius");
            GeoPoint center = point(circle.get("center"), false);
            JsonField radius = circle.get("radius");
            double metres = radius.number("a radius in metres");
            if (!(metres > 0) || Double.isInfinite(metres)) {
                throw radius.fail("a positive radius in metres");
            }
            circles.add(new FenceCircle(inclusion, center, metres));
        }
        return new Geofence(polygons, circles);
    }

    private static List<RallyPoint> rally(JsonField rally) {
        if (!rally.present()) {
            return List.of();
        }
        rally.object("a rallyPoints object");
        rally.get("version").requireVersion(2);
        JsonField points = rally.get("points");
        int n = points.array("an array of " + LATLONALT + " rally points");
        List<RallyPoint> result = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            result.add(new RallyPoint(point(points.at(i), true)));
        }
        return result;
    }

    /** [lat, lon, alt] when the altitude is required, else [lat, lon] (an altitude there is ignored). */
    private static GeoPoint point(JsonField field, boolean withAltitude) {
        String shape = withAltitude ? LATLONALT : LATLON;
        int size = field.array(shape);
        if (withAltitude ? size != 3 : size < 2 || size > 3) {
            throw field.fail(shape);
        }
        JsonField latField = field.at(0);
        double lat = latField.number("a latitude in degrees");
        if (!(lat >= -90 && lat <= 90)) {
            throw latField.fail("a latitude within -90..90 degrees");
        }
        JsonField lonField = field.at(1);
        double lon = lonField.number("a longitude in degrees");
        if (!(lon >= -180 && lon <= 180)) {
            throw lonField.fail("a longitude within -180..180 degrees");
        }
        double alt = 0;
        if (withAltitude) {
            JsonField altField = field.at(2);
            alt = altField.number("an altitude in metres");
            if (!Double.isFinite(alt)) {
                throw altField.fail("a finite altitude in metres");
            }
        }
        return new GeoPoint(lat, lon, alt);
    }

    private static void optionalInteger(JsonField field, long min, long max, String expected) {
        if (field.present()) {
            field.integer(min, max, expected);
        }
    }

    private static void optionalNumber(JsonField field, String expected) {
        if (field.present() && !field.isNull()) {
            field.number(expected);
        }
    }

    private static void optionalVersion(JsonField field, int expected) {
        if (field.present()) {
            field.requireVersion(expected);
        }
    }
}
