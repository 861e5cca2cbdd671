package org.lifeline.groundstation.planning.energy;

import java.util.ArrayList;
import java.util.List;

import org.lifeline.groundstation.planning.mission.BuiltMission;
import org.lifeline.groundstation.planning.vehicle.VehicleProfile;
import org.lifeline.mission.MavCmd;
import org.lifeline.mission.MavFrame;
import org.lifeline.mission.MissionItem;

/**
 * Estimates a mission's time and energy by flying its items in order with the vehicle's
 * figures. Between waypoints the vehicle moves at cruise speed while its altitude changes at
 * its climb or descent rate, whichever takes longer; climbing costs the difference between
 * climb and level-flight power on top. Vertical moves, holds and the landing are flown at hover
 * power. Positions come from the items themselves, so the estimate is of the mission that is
 * uploaded, not of a route that might differ from it.
 */
public final class EnergyEstimator {

    private static final double EARTH_RADIUS = 6_371_008.8;

    private final VehicleProfile vehicle;

    public EnergyEstimator(VehicleProfile vehicle) {
        this.vehicle = vehicle;
    }

    public EnergyEstimate estimate(BuiltMission mission) {
        List<PhaseEstimate> phases = new ArrayList<>();
        List<MissionItem> items = mission.items();
        double lat = mission.home().latitude();
        double lon = mission.home().longitude();
        double alt = 0;
        for (int i = 1; i < items.size(); i++) {
            MissionItem it = items.get(i);
            String leg = mission.legs().get(i);
            switch (it.command()) {
                case MavCmd.NAV_TAKEOFF -> {
                    phases.add(vertical(leg, FlightPhase.TAKEOFF, i, it.z() - alt));
                    alt = it.z();
                }
                case MavCmd.NAV_WAYPOINT -> {
                    double d = distance(lat, lon, it.latitude(), it.longitude());
                    double dz = it.z() - alt;
                    if (d < 0.01) {
                        if (dz != 0) {
                            phases.add(vertical(leg, dz > 0 ? FlightPhase.CLIMB : FlightPhase.DESCENT, i, dz));
                        }
                    } else {
                        phases.add(cruise(leg, i, d, dz));
                    }
                    if (it.param1() > 0) {
                        phases.add(new PhaseEstimate(leg, FlightPhase.HOLD, i, 0, it.param1(),
                                vehicle.hoverPower() * it.param1() / 3600.0));
                    }
                    lat = it.latitude();
                    lon = it.longitude();
                    alt = it.z();
                }
                case MavCmd.NAV_LAND, MavCmd.NAV_RETURN_TO_LAUNCH -> {
                    boolean rtl = it.command() == MavCmd.NAV_RETURN_TO_LAUNCH || !MavFrame.isGlobal(it.frame());
                    double tLat = rtl ? mission.home().latitude() : it.latitude();
                    double tLon = rtl ? mission.home().longitude() : it.longitude();
                    double d = distance(lat, lon, tLat, tLon);
                    if (d >= 0.01) {
                        phases.add(cruise(leg, i, d, 0));
                    }
                    phases.add(vertical(leg, FlightPhase.LANDING, i, -alt));
                    lat = tLat;
                    lon = tLon;
                    alt = 0;
                }
                default -> {
                    // commands without movement (DO_GRIPPER, DO_CHANGE_SPEED ...) take no flight time here
                }
            }
        }
        return new EnergyEstimate(phases, vehicle.batteryWh(), vehicle.reserveWh());
    }

    private PhaseEstimate vertical(String leg, FlightPhase phase, int item, double dz) {
        if (dz >= 0) {
            double t = dz / vehicle.climbRate();
            return new PhaseEstimate(leg, phase, item, 0, t, vehicle.climbPower() * t / 3600.0);
        }
        double t = -dz / vehicle.descentRate();
        return new PhaseEstimate(leg, phase, item, 0, t, vehicle.hoverPower() * t / 3600.0);
    }

    private PhaseEstimate cruise(String leg, int item, double metres, double dz) {
        double horizontal = metres / vehicle.cruiseSpeed();
        double verticalTime = dz >= 0 ? dz / vehicle.climbRate() : -dz / vehicle.descentRate();
        double t = Math.max(horizontal, verticalTime);
        double joules = vehicle.cruisePower() * t;
        if (dz > 0) {
            joules += Math.max(0, vehicle.climbPower() - vehicle.cruisePower()) * dz / vehicle.climbRate();
        }
        return new PhaseEstimate(leg, FlightPhase.CRUISE, item, metres, t, joules / 3600.0);
    }

    /** Great-circle distance in metres (haversine): ample for legs of a few kilometres. */
    public static double distance(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
