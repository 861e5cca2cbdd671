package org.lifeline.groundstation.planning.mission;

import java.util.ArrayList;
import java.util.List;

import org.lifeline.groundstation.planning.vehicle.ReleaseOwner;
import org.lifeline.groundstation.planning.vehicle.VehicleProfile;
import org.lifeline.mission.MavCmd;
import org.lifeline.mission.MavFrame;
import org.lifeline.mission.MissionItem;
import org.lifeline.plan.GeoPoint;
import org.lifeline.plan.VehiclePlans;

/**
 * Builds the mission items of a {@link DeliveryRoute}:
 * <pre>
 *  0  home (launch site, frame GLOBAL, altitude AMSL); the rest in GLOBAL_RELATIVE_ALT
 *  1  NAV_TAKEOFF to the first leg's altitude over the launch site
 *     NAV_WAYPOINT for each route point between stops (acceptance radius in param2)
 *  per drop:
 *     NAV_WAYPOINT approach: over the drop point at the leg's altitude
 *     NAV_WAYPOINT descend: over the drop point at the drop altitude, param1 = hold seconds
 *     DO_GRIPPER param1 = 1 (gripper number), param2 = the drop marker of the vehicle's release owner:
 *                0 (release) where the onboard agent releases, 1 (grab) where the autopilot's gripper
 *                holds the parcel and only the agent's command may open it ({@link ReleaseOwner})
 *     NAV_WAYPOINT climb: over the drop point back to the next leg's altitude
 *  NAV_WAYPOINT for each route point of the way home, then over the launch site
 *  NAV_LAND at the launch site (or NAV_RETURN_TO_LAUNCH)
 * </pre>
 * The descent and climb are vertical, over the drop point, so that the vehicle keeps its
 * overflight altitude over a quarantine zone until it is above the address it serves.
 */
public final class MissionBuilder {

    /** The gripper that releases the parcel (ArduPilot's DO_GRIPPER param1). */
    public static final int GRIPPER = 1;

    private final VehicleProfile vehicle;
    private final Landing landing;

    public MissionBuilder(VehicleProfile vehicle, Landing landing) {
        this.vehicle = vehicle;
        this.landing = landing;
    }

    /** Builds the mission; throws IllegalArgumentException for a drop outside the vehicle's drop window. */
    public BuiltMission build(DeliveryRoute route) {
        for (Drop drop : route.drops()) {
            if (!vehicle.dropWindow().contains(drop.dropAltitude())) {
                throw new IllegalArgumentException("drop " + drop.stop().id() + ": drop altitude "
                        + drop.dropAltitude() + " m is outside the vehicle's drop window "
                        + vehicle.dropWindow().min() + ".." + vehicle.dropWindow().max() + " m");
            }
        }
        Items out = new Items();
        GeoPoint launch = route.launch().position();
        RouteLeg first = route.legs().get(0);
        out.add(VehiclePlans.homeItem(launch), first.name());
        out.add(item(MavCmd.NAV_TAKEOFF, launch, first.altitudeAt(0), 0, 0), first.name());
        for (int i = 0; i < route.drops().size(); i++) {
            RouteLeg leg = route.legs().get(i);
            RouteLeg next = route.legs().get(i + 1);
            Drop drop = route.drops().get(i);
            GeoPoint p = drop.stop().position();
            addInterior(out, leg);
            int last = leg.points().size() - 1;
            out.add(waypoint(p, leg.altitudeAt(last), 0), leg.name());
            out.add(waypoint(p, drop.dropAltitude(), vehicle.holdSeconds()), leg.name());
            out.add(MissionItem.command(MavCmd.DO_GRIPPER, GRIPPER, vehicle.releaseOwner().markerAction(), 0, 0), leg.name());
            out.add(waypoint(p, next.altitudeAt(0), 0), next.name());
        }
        RouteLeg home = route.legs().get(route.legs().size() - 1);
        addInterior(out, home);
        double arrival = home.altitudeAt(home.points().size() - 1);
        if (landing == Landing.LAND) {
            out.add(waypoint(launch, arrival, 0), home.name());
            out.add(item(MavCmd.NAV_LAND, launch, 0, 0, 0), home.name());
        } else {
            out.add(MissionItem.command(MavCmd.NAV_RETURN_TO_LAUNCH, 0, 0, 0, 0), home.name());
        }
        return new BuiltMission(launch, out.items, out.legs);
    }

    private void addInterior(Items out, RouteLeg leg) {
        for (int k = 1; k < leg.points().size() - 1; k++) {
            out.add(waypoint(leg.points().get(k), leg.altitudeAt(k), 0), leg.name());
        }
    }

    private MissionItem waypoint(GeoPoint p, double altitude, double holdSeconds) {
        return item(MavCmd.NAV_WAYPOINT, p, altitude, holdSeconds, vehicle.acceptanceRadius());
    }

    /**
     * A positional item in {@code MAV_FRAME_GLOBAL_RELATIVE_ALT}: MISSION_ITEM_INT carries its
     * coordinates as integers anyway (the {@code _INT} frames are deprecated), and it is the frame
     * QGroundControl writes and ArduPilot's own missions use. Yaw (param4) NaN: keep heading.
     */
    private static MissionItem item(int command, GeoPoint p, double altitude, double param1, double param2) {
        return new MissionItem(command, MavFrame.GLOBAL_RELATIVE_ALT, false, true, (float) param1, (float) param2, 0,
                Float.NaN, MissionItem.toE7(p.latitude()), MissionItem.toE7(p.longitude()), (float) altitude);
    }

    private static final class Items {
        final List<MissionItem> items = new ArrayList<>();
        final List<String> legs = new ArrayList<>();

        void add(MissionItem item, String leg) {
            items.add(item);
            legs.add(leg);
        }
    }
}
