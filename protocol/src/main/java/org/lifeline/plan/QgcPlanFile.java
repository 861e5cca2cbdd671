package org.lifeline.plan;

/**
 * QGroundControl's {@code .plan} format: one JSON document holding the mission, the geofence
 * and the rally points (documented at docs.qgroundcontrol.com, "Plan File Format").
 * <pre>
 * { "fileType": "Plan", "version": 1, "groundStation": "Lifeline",
 *   "mission": { "version": 2, "firmwareType": 3, "vehicleType": 2, "cruiseSpeed": 15, "hoverSpeed": 5,
 *                "plannedHomePosition": [lat, lon, altAMSL],
 *                "items": [ { "type": "SimpleItem", "command": 16, "frame": 3, "autoContinue": true,
 *                             "doJumpId": 1, "params": [0, 0, 0, null, lat, lon, alt] } ] },
 *   "geoFence": { "version": 2, "polygons": [ { "inclusion": true, "polygon": [[lat, lon], ...], "version": 1 } ],
 *                 "circles": [ { "circle": { "center": [lat, lon], "radius": 50 }, "inclusion": false, "version": 1 } ] },
 *   "rallyPoints": { "version": 2, "points": [[lat, lon, altRelative]] } }
 * </pre>
 * Only simple items are read: a complex item (survey, corridor scan, structure scan) is a
 * recipe QGroundControl expands into simple items itself, and guessing that expansion could fly
 * a different path than the pilot saw, so it is refused with its JSON path. NaN params are
 * written as {@code null}, as QGroundControl does. Unknown fields are ignored.
 */
public final class QgcPlanFile {

    private QgcPlanFile() {
    }

    /**
     * Reads a plan document.
     *
     * @param source the file name to show in messages
     * @throws PlanFileException naming the JSON path of the first problem
     */
    public static FlightPlan parse(String source, String json) {
        return QgcPlanReader.read(source, json);
    }

    /**
     * Writes a plan as a QGroundControl document (ArduPilot firmware, quadrotor).
     *
     * @param target the file name to show in messages
     * @throws PlanFileException for an item with an infinite param or an out-of-range command or frame
     */
    public static String format(String target, FlightPlan plan) {
        return QgcPlanWriter.format(target, plan);
    }
}
