package org.lifeline.groundstation.logs.report;

import org.lifeline.groundstation.planning.vehicle.DropWindow;
import org.lifeline.groundstation.planning.vehicle.PowerModel;
import org.lifeline.groundstation.planning.vehicle.ReleaseOwner;
import org.lifeline.groundstation.planning.vehicle.VehicleProfile;
import org.lifeline.mission.MavCmd;
import org.lifeline.mission.MissionItem;
import org.lifeline.plan.FencePolygon;
import org.lifeline.plan.FlightPlan;
import org.lifeline.plan.GeoPoint;
import org.lifeline.plan.Geofence;

import java.util.List;
import java.util.Optional;

/**
 * The plan {@link DeliveryFixture} flies, as a plan file would hold it, with a fence 50 m around
 * the leg, and vehicle profiles whose energy prediction for it is known by hand: take-off 20 s,
 * 200 m north 40 s, descent 8 m 8 s, hold 5 s, 200 m back 40 s, landing 12 s = 125 s.
 */
final class FixturePlan {

    static final double PREDICTED_SECONDS = 125;

    private FixturePlan() {
    }

    static FlightPlan plan() {
        double north = DeliveryFixture.LEG_NORTH;
        List<MissionItem> mission = List.of(
                MissionItem.at(MavCmd.NAV_TAKEOFF, DeliveryFixture.HOME_LAT, DeliveryFixture.HOME_LON, 20, 0, 0, 0, Float.NaN),
                MissionItem.waypoint(DeliveryFixture.lat(north), DeliveryFixture.lon(0), 20),
                MissionItem.waypointWithHold(DeliveryFixture.lat(north), DeliveryFixture.lon(0), DeliveryFixture.RELEASE_ALT, 5),
                MissionItem.command(MavCmd.DO_GRIPPER, 1, 0, 0, 0),
                MissionItem.command(MavCmd.NAV_RETURN_TO_LAUNCH, 0, 0, 0, 0));
        Geofence fence = new Geofence(List.of(new FencePolygon(true, List.of(
                new GeoPoint(DeliveryFixture.lat(-50), DeliveryFixture.lon(-50), 0),
                new GeoPoint(DeliveryFixture.lat(north + 50), DeliveryFixture.lon(-50), 0),
                new GeoPoint(DeliveryFixture.lat(north + 50), DeliveryFixture.lon(50), 0),
                new GeoPoint(DeliveryFixture.lat(-50), DeliveryFixture.lon(50), 0)))), List.of());
        return new FlightPlan(Optional.of(new GeoPoint(DeliveryFixture.HOME_LAT, DeliveryFixture.HOME_LON, 0)), mission, fence, List.of());
    }

    /** 5 m/s cruise, 1 m/s up and down, {@code watts} in every phase: the prediction is 125 s × watts. */
    static VehicleProfile vehicle(double watts, double batteryWh, double reservePercent) {
        return new VehicleProfile("fixture quad", 5, 1, 1, watts, watts, PowerModel.constant(watts), batteryWh, reservePercent,
                2, 120, 20, 10, new DropWindow(8, 12, 20), 5, 2, 84, 10, ReleaseOwner.AGENT);
    }
}
