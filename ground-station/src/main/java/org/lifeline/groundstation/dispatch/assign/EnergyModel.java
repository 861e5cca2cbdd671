package org.lifeline.groundstation.dispatch.assign;

import java.util.List;

import org.lifeline.groundstation.airspace.DropPoint;
import org.lifeline.groundstation.planning.vehicle.VehicleProfile;

/**
 * The energy and time of a sortie as assignment estimates them, from the same vehicle figures as
 * the mission planner's estimate: climb to cruise altitude at climb power, legs at cruise
 * power and speed, at each drop a vertical descent to the drop altitude, the hold and the climb
 * back, and the landing at hover power. Legs get {@value #LEG_ALLOWANCE}× their cruise energy for
 * the climbs over zones the altitude profile may add; the mission planner's own check, on the
 * real mission, has the last word ({@link SortiePlanner}).
 */
public final class EnergyModel {

    /** Share added to each leg's cruise energy for climbs over zones. */
    public static final double LEG_ALLOWANCE = 1.05;

    private final VehicleProfile vehicle;
    private final double whPerMetre;

    public EnergyModel(VehicleProfile vehicle) {
        this.vehicle = vehicle;
        this.whPerMetre = LEG_ALLOWANCE * vehicle.cruisePower() / vehicle.cruiseSpeed() / 3600.0;
    }

    public VehicleProfile vehicle() {
        return vehicle;
    }

    /** Energy of a leg of {@code metres}, in Wh. */
    public double legWh(double metres) {
        return whPerMetre * metres;
    }

    public double legSeconds(double metres) {
        return metres / vehicle.cruiseSpeed();
    }

    /** Takeoff to cruise altitude plus the landing, in Wh. */
    public double fixedWh() {
        double alt = vehicle.cruiseAltitude();
        return (vehicle.climbPower() * alt / vehicle.climbRate() + vehicle.hoverPower() * alt / vehicle.descentRate()) / 3600.0;
    }

    public double fixedSeconds() {
        double alt = vehicle.cruiseAltitude();
        return alt / vehicle.climbRate() + alt / vehicle.descentRate();
    }

    /** The altitude the parcel is released from over {@code drop}. */
    public double dropAltitude(DropPoint drop) {
        return drop.dropAltitudeMetres().orElse(vehicle.dropWindow().preferred());
    }

    /** Descent over the drop point, hold, climb back: Wh. */
    public double dropWh(DropPoint drop) {
        double dz = Math.max(0, vehicle.cruiseAltitude() - dropAltitude(drop));
        return (vehicle.hoverPower() * (dz / vehicle.descentRate() + vehicle.holdSeconds())
                + vehicle.climbPower() * dz / vehicle.climbRate()) / 3600.0;
    }

    public double dropSeconds(DropPoint drop) {
        double dz = Math.max(0, vehicle.cruiseAltitude() - dropAltitude(drop));
        return dz / vehicle.descentRate() + vehicle.holdSeconds() + dz / vehicle.climbRate();
    }

    /** Energy of the tour launch → drops in order → launch, in Wh (infinite if a leg has no path). */
    public double sortieWh(TravelMatrix matrix, String launchId, List<DropPoint> drops) {
        double wh = fixedWh() + legWh(matrix.tourMetres(launchId, drops.stream().map(DropPoint::id).toList()));
        for (DropPoint d : drops) {
            wh += dropWh(d);
        }
        return wh;
    }

    /** Flight time of the same tour, in seconds. */
    public double sortieSeconds(TravelMatrix matrix, String launchId, List<DropPoint> drops) {
        double s = fixedSeconds() + legSeconds(matrix.tourMetres(launchId, drops.stream().map(DropPoint::id).toList()));
        for (DropPoint d : drops) {
            s += dropSeconds(d);
        }
        return s;
    }
}
