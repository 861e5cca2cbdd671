package org.lifeline.plan;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.lifeline.mission.MavFrame;
import org.lifeline.mission.MissionItem;

/**
 * Writes a {@link FlightPlan} as a QGroundControl {@code .plan} document laid out the way
 * QGroundControl writes it (keys in its order, four-space indent), so a pilot can open the file
 * in QGroundControl and a diff against a QGroundControl save stays small.
 */
final class QgcPlanWriter {

    /** MAV_AUTOPILOT_ARDUPILOTMEGA: the firmware Lifeline plans for. */
    static final int FIRMWARE_ARDUPILOT = 3;
    /** MAV_TYPE_QUADROTOR. */
    static final int VEHICLE_QUADROTOR = 2;
    /** QGroundControl's default speeds (m/s); a plan file needs them, Lifeline's model has none. */
    static final int CRUISE_SPEED = 15;
    static final int HOVER_SPEED = 5;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private QgcPlanWriter() {
    }

    static String format(String target, FlightPlan plan) {
        ObjectNode root = JSON.objectNode();
        root.put("fileType", "Plan");
        root.set("geoFence", fence(plan.fence()));
        root.put("groundStation", "Lifeline");
        root.set("mission", mission(target, plan));
        root.set("rallyPoints", rally(plan.rally()));
        root.put("version", 1);
        DefaultIndenter indenter = new DefaultIndenter("    ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withArrayIndenter(indenter)
                .withObjectIndenter(indenter);
        try {
            return MAPPER.writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree of plain values cannot fail to print", e);
        }
    }

    private static ObjectNode mission(String target, FlightPlan plan) {
        ObjectNode mission = JSON.objectNode();
        mission.put("cruiseSpeed", CRUISE_SPEED);
        mission.put("firmwareType", FIRMWARE_ARDUPILOT);
        mission.put("hoverSpeed", HOVER_SPEED);
        ArrayNode items = mission.putArray("items");
        List<MissionItem> list = plan.mission();
        for (int i = 0; i < list.size(); i++) {
            items.add(item(target, i, list.get(i)));
        }
        GeoPoint home = plan.plannedHome().orElse(GeoPoint.of(0, 0));
        mission.putArray("plannedHomePosition").add(home.latitude()).add(home.longitude()).add(home.altitude());
        mission.put("vehicleType", VEHICLE_QUADROTOR);
        mission.put("version", 2);
        return mission;
    }

    private static ObjectNode item(String target, int index, MissionItem item) {
        String where = "$.mission.items[" + index + "]";
        if (item.frame() < 0 || item.frame() > 255 || item.command() < 0 || item.command() > 65535) {
            throw new PlanFileException(target, where, "expected frame 0..255 and command 0..65535, got frame "
                    + item.frame() + " and command " + item.command());
        }
        ObjectNode json = JSON.objectNode();
        if (MavFrame.isGlobal(item.frame())) {
            json.putNull("AMSLAltAboveTerrain");
            putFloat(json, "Altitude", item.z());
            json.put("AltitudeMode", altitudeMode(item.frame()));
        }
        json.put("autoContinue", item.autocontinue());
        json.put("command", item.command());
        json.put("doJumpId", index + 1);
        json.put("frame", item.frame());
        ArrayNode params = json.putArray("params");
        float[] floats = {item.param1(), item.param2(), item.param3(), item.param4()};
        for (float f : floats) {
            addFloat(target, where, params, f);
        }
        addCoordinate(params, ItemCoordinates.toFileValue(item.frame(), item.x()));
        addCoordinate(params, ItemCoordinates.toFileValue(item.frame(), item.y()));
        addFloat(target, where, params, item.z());
        json.put("type", "SimpleItem");
        return json;
    }

    /** QGroundControl's AltitudeMode for a global frame: 1 relative, 2 absolute, 4 terrain frame. */
    private static int altitudeMode(int frame) {
        if (frame == MavFrame.GLOBAL_RELATIVE_ALT || frame == MavFrame.GLOBAL_RELATIVE_ALT_INT) {
            return 1;
        }
        if (frame == MavFrame.GLOBAL_TERRAIN_ALT || frame == MavFrame.GLOBAL_TERRAIN_ALT_INT) {
            return 4;
        }
        return 2;
    }

    private static void addFloat(String target, String where, ArrayNode array, float value) {
        if (Float.isInfinite(value)) {
            throw new PlanFileException(target, where, "expected finite params (NaN is written as null), got " + value);
        }
        if (Float.isNaN(value)) {
            array.addNull();
        } else if (isSmallInteger(value)) {
            array.add((long) value);
        } else {
            array.add(value);
        }
    }

    private static void addCoordinate(ArrayNode array, double value) {
        if (value == Math.rint(value) && Double.compare(value, -0.0) != 0) {
            array.add((long) value);
        } else {
            array.add(value);
        }
    }

    private static void putFloat(ObjectNode object, String name, float value) {
        if (Float.isNaN(value) || Float.isInfinite(value)) {
            object.putNull(name);
        } else if (isSmallInteger(value)) {
            object.put(name, (long) value);
        } else {
            object.put(name, value);
        }
    }

    /** Whole numbers are written as QGroundControl writes them (15, not 15.0); -0 keeps its sign. */
    private static boolean isSmallInteger(float value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 && Float.compare(value, -0f) != 0;
    }

    private static ObjectNode fence(Geofence fence) {
        ObjectNode json = JSON.objectNode();
        ArrayNode circles = json.putArray("circles");
        for (FenceCircle circle : fence.circles()) {
            ObjectNode entry = circles.addObject();
            ObjectNode shape = entry.putObject("circle");
            shape.putArray("center").add(circle.center().latitude()).add(circle.center().longitude());
            shape.put("radius", circle.radiusMetres());
            entry.put("inclusion", circle.inclusion());
            entry.put("version", 1);
        }
        ArrayNode polygons = json.putArray("polygons");
        for (FencePolygon polygon : fence.polygons()) {
            ObjectNode entry = polygons.addObject();
            entry.put("inclusion", polygon.inclusion());
            ArrayNode vertices = entry.putArray("polygon");
            for (GeoPoint vertex : polygon.vertices()) {
                vertices.addArray().add(vertex.latitude()).add(vertex.longitude());
            }
            entry.put("version", 1);
        }
        json.put("version", 2);
        return json;
    }

    private static ObjectNode rally(List<RallyPoint> points) {
        ObjectNode json = JSON.objectNode();
        ArrayNode array = json.putArray("points");
        for (RallyPoint point : points) {
            GeoPoint p = point.position();
            array.addArray().add(p.latitude()).add(p.longitude()).add(p.altitude());
        }
        json.put("version", 2);
        return json;
    }
}
