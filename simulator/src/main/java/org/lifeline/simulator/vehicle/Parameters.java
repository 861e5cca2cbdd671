package org.lifeline.simulator.vehicle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The simulated vehicle's parameter table: a small subset of ArduCopter's parameters under
 * their current names (ArduPilot 4.7 renamed SYSID_THISMAV to MAV_SYSID and SYSID_MYGCS to
 * MAV_GCS_SYSID), in ArduPilot's units (cm, cm/s, mAh). The autopilot reads its limits from
 * here every step, so a PARAM_SET takes effect at once — except MAV_SYSID, which, as on a real
 * flight controller, applies at the next boot.
 */
public final class Parameters {

    /** A parameter's definition: name, default value and whether it is an integer. */
    public record Definition(String name, float defaultValue, boolean integer, String meaning) {
    }

    private static final List<Definition> DEFINITIONS = List.of(
            new Definition("MAV_SYSID", 1, true, "MAVLink system id of this vehicle (applies after reboot)"),
            new Definition("MAV_GCS_SYSID", 255, true, "system id of the ground station whose heartbeat keeps the GCS failsafe quiet"),
            new Definition("WPNAV_SPEED", 1000, false, "waypoint horizontal speed, cm/s"),
            new Definition("WPNAV_SPEED_UP", 250, false, "climb rate in missions, cm/s"),
            new Definition("WPNAV_SPEED_DN", 150, false, "descent rate in missions, cm/s"),
            new Definition("WPNAV_RADIUS", 200, false, "waypoint acceptance radius, cm"),
            new Definition("WPNAV_ACCEL", 250, false, "horizontal acceleration, cm/s/s"),
            new Definition("LAND_SPEED", 50, false, "final landing descent rate, cm/s"),
            new Definition("RTL_ALT", 1500, false, "return altitude, cm above home"),
            new Definition("FENCE_ENABLE", 1, true, "1 = enforce the uploaded geofence"),
            new Definition("FENCE_ACTION", 1, true, "fence breach action: 1 = RTL, 3 = LAND"),
            new Definition("FENCE_ALT_MAX", 120, false, "fence ceiling, m above home"),
            // ArduCopter ships with the GCS failsafe off (FS_GCS_ENABLE 0); operators turn it on.
            new Definition("FS_GCS_ENABLE", 0, true, "GCS failsafe: 0 off (ArduCopter default), 1 RTL, 2 continue mission in AUTO, 5 LAND"),
            new Definition("FS_GCS_TIMEOUT", 5, false, "seconds without a GCS heartbeat before the failsafe"),
            new Definition("BATT_CAPACITY", 5000, true, "pack capacity, mAh"),
            new Definition("BATT_LOW_MAH", 1000, false, "remaining mAh that triggers the low-battery failsafe"),
            new Definition("BATT_CRT_MAH", 400, false, "remaining mAh that triggers the critical-battery failsafe"),
            new Definition("BATT_LOW_VOLT", 14.0f, false, "sustained voltage that triggers the low-battery failsafe"),
            new Definition("BATT_FS_LOW_ACT", 2, true, "low-battery action: 0 none, 1 LAND, 2 RTL"),
            new Definition("BATT_FS_CRT_ACT", 1, true, "critical-battery action: 0 none, 1 LAND, 2 RTL"),
            new Definition("BATT_ARM_MAH", 2000, false, "minimum remaining mAh to arm"),
            new Definition("DISARM_DELAY", 10, false, "seconds armed on the ground before auto-disarm (0 = never)"),
            new Definition("GRIP_ENABLE", 1, true, "gripper present"),
            new Definition("GRIP_GRAB", 2000, true, "gripper grab PWM"),
            new Definition("GRIP_RELEASE", 1000, true, "gripper release PWM"),
            new Definition("GRIP_NEUTRAL", 1500, true, "gripper neutral PWM at boot"),
            new Definition("SERVO8_FUNCTION", 28, true, "servo 8 drives the gripper (28)"),
            new Definition("SIM_SPEEDUP", 1, false, "simulation speed-up the simulator runs at (informational)"));

    private final Map<String, Float> values = new LinkedHashMap<>();
    private final Map<String, Definition> byName = new LinkedHashMap<>();

    public Parameters() {
        for (Definition d : DEFINITIONS) {
            values.put(d.name(), d.defaultValue());
            byName.put(d.name(), d);
        }
    }

    public static List<Definition> definitions() {
        return DEFINITIONS;
    }

    public Optional<Float> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** The value of a known parameter. */
    public double value(String name) {
        Float v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no parameter named " + name);
        }
        return v;
    }

    /** Sets a known parameter; returns false (and changes nothing) for an unknown name. */
    public boolean set(String name, float value) {
        Definition d = byName.get(name);
        if (d == null || Float.isNaN(value)) {
            return false;
        }
        values.put(name, d.integer() ? (float) Math.round(value) : value);
        return true;
    }

    public boolean isInteger(String name) {
        Definition d = byName.get(name);
        return d != null && d.integer();
    }

    public List<String> names() {
        return Collections.unmodifiableList(new ArrayList<>(values.keySet()));
    }

    public int indexOf(String name) {
        return names().indexOf(name);
    }

    public int size() {
        return values.size();
    }
}
