package org.lifeline.simulator.vehicle;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.lifeline.mavlink.MessageChannel;
import org.lifeline.plan.GeoPoint;
import org.lifeline.simulator.fault.FaultPlan;
import org.lifeline.simulator.flight.Airframe;
import org.lifeline.simulator.flight.Battery;
import org.lifeline.simulator.flight.FlightModel;
import org.lifeline.simulator.flight.GpsReceiver;
import org.lifeline.simulator.flight.Wind;

/**
 * Builds a {@link SimulatedVehicle}. Only the clock is required; everything else has a
 * default (system id 1, home at 34.0655 N 114.4010 E 48 m AMSL, seed 1, calm air, GPS lock 5 s
 * after boot, no faults, {@link Behaviour#ARDUPILOT}). The airframe and pack follow the
 * behaviour unless set: ArduPilot SITL's quad on its 12.6 V 3300 mAh pack
 * ({@link Airframe#arduPilotSitlQuad()}), or, {@link Behaviour#LEGACY}, the
 * {@link Airframe#deliveryQuad()} on a 4S 5000 mAh pack.
 */
public final class VehicleBuilder {

    int systemId = 1;
    SimulationClock clock;
    GeoPoint home = new GeoPoint(34.0655, 114.4010, 48);
    long seed = 1;
    Wind wind = Wind.calm();
    Airframe airframe;
    Double batteryCapacityMah;
    Behaviour behaviour = Behaviour.ARDUPILOT;
    double gpsLockSeconds = 5;
    FaultPlan faults = FaultPlan.none();
    boolean frameFaultsOnPorts = true;
    final Map<String, MessageChannel> ports = new LinkedHashMap<>();
    final Map<String, Float> parameterOverrides = new LinkedHashMap<>();

    VehicleBuilder() {
    }

    public VehicleBuilder clock(SimulationClock value) {
        this.clock = value;
        return this;
    }

    public VehicleBuilder systemId(int value) {
        if (value < 1 || value > 255) {
            throw new IllegalArgumentException("system id must be 1..255, got " + value);
        }
        this.systemId = value;
        return this;
    }

    /** The launch point; its altitude is metres above mean sea level. */
    public VehicleBuilder home(GeoPoint value) {
        this.home = Objects.requireNonNull(value, "home");
        return this;
    }

    public VehicleBuilder seed(long value) {
        this.seed = value;
        return this;
    }

    public VehicleBuilder wind(Wind value) {
        this.wind = Objects.requireNonNull(value, "wind");
        return this;
    }

    public VehicleBuilder airframe(Airframe value) {
        this.airframe = Objects.requireNonNull(value, "airframe");
        return this;
    }

    /** Whose habits the vehicle has where ArduPilot and the earlier simulator differ. */
    public VehicleBuilder behaviour(Behaviour value) {
        this.behaviour = Objects.requireNonNull(value, "behaviour");
        return this;
    }

    public VehicleBuilder batteryCapacityMah(double value) {
        this.batteryCapacityMah = value;
        return this;
    }

    /** Seconds after boot until the GPS has a 3D fix (pre-arm fails before, and 3 s after). */
    public VehicleBuilder gpsLockSeconds(double value) {
        this.gpsLockSeconds = value;
        return this;
    }

    public VehicleBuilder faults(FaultPlan value) {
        this.faults = Objects.requireNonNull(value, "faults");
        return this;
    }

    /**
     * Whether the plan's frame-level faults (drop, duplicate, reorder, corrupt, latency) are
     * applied to every port as a {@link org.lifeline.simulator.fault.FaultyChannel} (the default,
     * for in-process ports). Turn it off when the ports' links are already wrapped in
     * {@link org.lifeline.simulator.fault.FaultyLink}s, as the command-line simulator does.
     */
    public VehicleBuilder frameFaultsOnPorts(boolean value) {
        this.frameFaultsOnPorts = value;
        return this;
    }

    /** Adds a MAVLink port; a real flight controller has one for the ground station and one for the companion. */
    public VehicleBuilder port(String name, MessageChannel channel) {
        ports.put(name, Objects.requireNonNull(channel, "channel"));
        return this;
    }

    /** Overrides a parameter default (e.g. FS_GCS_ENABLE 0). */
    public VehicleBuilder parameter(String name, double value) {
        parameterOverrides.put(name, (float) value);
        return this;
    }

    public SimulatedVehicle build() {
        if (clock == null) {
            throw new IllegalStateException("a simulated vehicle needs a SimulationClock: builder().clock(clock)");
        }
        return new SimulatedVehicle(this);
    }

    double capacityMah() {
        return batteryCapacityMah != null ? batteryCapacityMah : behaviour.ardupilot() ? Battery.SITL_CAPACITY_MAH : 5000;
    }

    Airframe effectiveAirframe() {
        return airframe != null ? airframe : behaviour.ardupilot() ? Airframe.arduPilotSitlQuad() : Airframe.deliveryQuad();
    }

    FlightModel model() {
        Battery battery = behaviour.ardupilot() ? Battery.sitlDefault(capacityMah()) : new Battery(capacityMah(), 4, 0.02);
        return new FlightModel(effectiveAirframe(), wind, new GpsReceiver(gpsLockSeconds, 0.6, 1.2), battery, seed);
    }

    Parameters parameters() {
        Parameters p = new Parameters();
        p.set("MAV_SYSID", systemId);
        if (behaviour.ardupilot()) {
            ArduPilotDefaults.apply(p);
        }
        p.set("BATT_CAPACITY", (float) capacityMah());
        p.set("WPNAV_SPEED", (float) (effectiveAirframe().cruiseSpeed() * 100));
        for (Map.Entry<String, Float> e : parameterOverrides.entrySet()) {
            if (!p.set(e.getKey(), e.getValue())) {
                throw new IllegalArgumentException("unknown parameter " + e.getKey() + "; known: " + p.names());
            }
        }
        return p;
    }
}
