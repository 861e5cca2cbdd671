package org.lifeline.simulator.vehicle;

import org.lifeline.plan.GeoPoint;
import org.lifeline.simulator.flight.FlightModel;
import org.lifeline.simulator.flight.LocalFrame;

/**
 * The vehicle's home, as ArduCopter keeps it: the launch point until the GPS first has a fix,
 * then set where the vehicle is at that lock and again at every arming. The altitude stays the
 * launch point's (AMSL).
 */
final class Home {

    private final FlightModel model;
    private final LocalFrame frame;
    private final VehicleEvents events;
    private final double altitudeAmsl;
    private GeoPoint position;
    private boolean set;

    Home(FlightModel model, LocalFrame frame, VehicleEvents events, GeoPoint startAmsl) {
        this.model = model;
        this.frame = frame;
        this.events = events;
        this.altitudeAmsl = startAmsl.altitude();
        this.position = startAmsl;
    }

    /** Power-on: home unknown until the next GPS lock (the last position is kept meanwhile). */
    void boot() {
        set = false;
    }

    /** Home here, now; says so to the ground station. */
    void setHere() {
        position = new GeoPoint(frame.latitude(model.north()), frame.longitude(model.east()), altitudeAmsl);
        set = true;
        events.homeChanged();
    }

    GeoPoint position() {
        return position;
    }

    boolean isSet() {
        return set;
    }
}
