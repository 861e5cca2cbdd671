package org.lifeline.plan;

import java.util.ArrayList;
import java.util.List;

import org.lifeline.mission.MavCmd;
import org.lifeline.mission.MavFrame;
import org.lifeline.mission.MissionItem;
import org.lifeline.mission.MissionPlan;
import org.lifeline.mission.MissionType;

/**
 * A {@link Geofence} as the FENCE mission items the MAVLink mission protocol carries, and back.
 * A polygon is one item per vertex, all with the same command
 * ({@code MAV_CMD_NAV_FENCE_POLYGON_VERTEX_INCLUSION} 5001 / {@code _EXCLUSION} 5002) and
 * param1 = vertex count; inclusion vertices carry the inclusion group in param2. A circle is
 * one item ({@code MAV_CMD_NAV_FENCE_CIRCLE_INCLUSION} 5003 / {@code _EXCLUSION} 5004) with
 * param1 = radius in metres. Items are written in MAV_FRAME_GLOBAL_INT with z = 0; any global
 * frame is read back, because ArduPilot answers a download in MAV_FRAME_GLOBAL.
 *
 * <p>Every inclusion polygon goes in group 0. In MAVLink's definition the vehicle must then be
 * inside all of them, which is also how ArduPilot treats inclusion polygons, and what
 * {@link Geofence} means. Groups are not kept when reading, so a fence that relies on several
 * groups (inside A or inside B) reads back as the stricter "inside A and B".
 *
 * <p>Radii travel as 32-bit floats and positions as degrees × 1e7: a fence that was not already
 * at that resolution reads back rounded to it.
 */
public final class FenceItems {

    /** The inclusion group every inclusion polygon is written in. */
    public static final int INCLUSION_GROUP = 0;

    private static final String SOURCE = "vehicle FENCE items";

    private FenceItems() {
    }

    /** The FENCE items for a geofence: polygons first (in order), then circles. */
    public static List<MissionItem> toItems(Geofence fence) {
        List<MissionItem> items = new ArrayList<>();
        for (FencePolygon polygon : fence.polygons()) {
            int command = polygon.inclusion() ? MavCmd.NAV_FENCE_POLYGON_VERTEX_INCLUSION
                    : MavCmd.NAV_FENCE_POLYGON_VERTEX_EXCLUSION;
            float count = polygon.vertices().size();
            float group = polygon.inclusion() ? INCLUSION_GROUP : 0;
            for (GeoPoint vertex : polygon.vertices()) {
                items.add(item(command, count, group, vertex));
            }
        }
        for (FenceCircle circle : fence.circles()) {
            int command = circle.inclusion() ? MavCmd.NAV_FENCE_CIRCLE_INCLUSION : MavCmd.NAV_FENCE_CIRCLE_EXCLUSION;
            items.add(item(command, (float) circle.radiusMetres(), 0, circle.center()));
        }
        return items;
    }

    /** {@link #toItems} as a FENCE plan ready for upload. */
    public static MissionPlan toPlan(Geofence fence) {
        return new MissionPlan(MissionType.FENCE, toItems(fence));
    }

    /**
     * Reads FENCE items (as downloaded from a vehicle) into a geofence.
     *
     * @throws PlanFileException naming the item that does not fit: an unsupported command, a
     *                           non-global frame, a polygon whose vertices disagree on the count
     *                           or group, or that ends before its count
     */
    public static Geofence fromItems(List<MissionItem> items) {
        List<FencePolygon> polygons = new ArrayList<>();
        List<FenceCircle> circles = new ArrayList<>();
        int i = 0;
        while (i < items.size()) {
            MissionItem first = items.get(i);
            requireGlobal(i, first);
            switch (first.command()) {
                case MavCmd.NAV_FENCE_POLYGON_VERTEX_INCLUSION, MavCmd.NAV_FENCE_POLYGON_VERTEX_EXCLUSION -> {
                    polygons.add(polygon(items, i));
                    i += (int) first.param1();
                }
                case MavCmd.NAV_FENCE_CIRCLE_INCLUSION, MavCmd.NAV_FENCE_CIRCLE_EXCLUSION -> {
                    if (!(first.param1() > 0) || Float.isInfinite(first.param1())) {
                        throw PlanFileException.field(SOURCE, "item " + i, "param1", "a positive radius in metres",
                                String.valueOf(first.param1()));
                    }
                    circles.add(new FenceCircle(first.command() == MavCmd.NAV_FENCE_CIRCLE_INCLUSION,
                            position(first), first.param1()));
                    i++;
                }
                default -> throw PlanFileException.field(SOURCE, "item " + i, "command",
                        "a fence vertex or circle (5001..5004)", first.command()
                                + (first.command() == MavCmd.NAV_FENCE_RETURN_POINT ? " (fence return point)" : ""));
            }
        }
        return new Geofence(polygons, circles);
    }

    /** {@link #fromItems} for a downloaded FENCE plan. */
    public static Geofence fromPlan(MissionPlan plan) {
        if (plan.type() != MissionType.FENCE) {
            throw new IllegalArgumentException("expected a FENCE plan, got " + plan.type());
        }
        return fromItems(plan.items());
    }

    private static FencePolygon polygon(List<MissionItem> items, int start) {
        MissionItem first = items.get(start);
        float count = first.param1();
        if (count != Math.rint(count) || count < 3 || count > items.size()) {
            throw PlanFileException.field(SOURCE, "item " + start, "param1",
                    "a vertex count of at least 3 (and at most the " + items.size() + " items sent)",
                    String.valueOf(count));
        }
        int n = (int) count;
        if (start + n > items.size()) {
            throw new PlanFileException(SOURCE, "item " + start, "expected " + n
                    + " vertices for the polygon starting here, got " + (items.size() - start) + " before the last item");
        }
        List<GeoPoint> vertices = new ArrayList<>(n);
        for (int v = start; v < start + n; v++) {
            MissionItem vertex = items.get(v);
            requireGlobal(v, vertex);
            if (vertex.command() != first.command()) {
                throw PlanFileException.field(SOURCE, "item " + v, "command", first.command() + " like item " + start
                        + " (the polygon starting there has " + n + " vertices)", String.valueOf(vertex.command()));
            }
            if (Float.compare(vertex.param1(), count) != 0) {
                throw PlanFileException.field(SOURCE, "item " + v, "param1", "vertex count " + n + " like item "
                        + start, String.valueOf(vertex.param1()));
            }
            if (first.command() == MavCmd.NAV_FENCE_POLYGON_VERTEX_INCLUSION
                    && Float.compare(vertex.param2(), first.param2()) != 0) {
                throw PlanFileException.field(SOURCE, "item " + v, "param2", "inclusion group " + first.param2()
                        + " like item " + start, String.valueOf(vertex.param2()));
            }
            vertices.add(position(vertex));
        }
        return new FencePolygon(first.command() == MavCmd.NAV_FENCE_POLYGON_VERTEX_INCLUSION, vertices);
    }

    private static MissionItem item(int command, float p1, float p2, GeoPoint at) {
        return new MissionItem(command, MavFrame.GLOBAL_INT, false, true, p1, p2, 0, 0,
                MissionItem.toE7(at.latitude()), MissionItem.toE7(at.longitude()), 0f);
    }

    private static void requireGlobal(int index, MissionItem item) {
        if (!MavFrame.isGlobal(item.frame())) {
            throw PlanFileException.field(SOURCE, "item " + index, "frame", "a global frame (0, 3, 5, 6, 10 or 11)",
                    String.valueOf(item.frame()));
        }
        PositionCheck.require(SOURCE, "item " + index, item);
    }

    private static GeoPoint position(MissionItem item) {
        return GeoPoint.of(item.latitude(), item.longitude());
    }
}
