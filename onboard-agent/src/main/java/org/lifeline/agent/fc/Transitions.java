package org.lifeline.agent.fc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Derives the vehicle transitions worth an event from two consecutive states. Airborne and
 * low-battery are latched with hysteresis so a noisy altitude or voltage does not raise the
 * same event again and again.
 *
 * <pre>
 *   ON_GROUND ──armed and above takeoffAltitude──▶ AIRBORNE (TOOK_OFF)
 *   AIRBORNE  ──disarmed, or below 0.5 m and slower than 0.5 m/s──▶ ON_GROUND (LANDED)
 *   BATTERY_OK ──below lowBatteryPercent──▶ BATTERY_LOW (LOW_BATTERY) ──above it + 5──▶ BATTERY_OK
 * </pre>
 */
final class Transitions {

    /** One transition and its sentence. */
    record Transition(FcEvent event, String message) {
    }

    private final TrackerOptions options;
    private boolean airborne;
    private boolean batteryLow;

    Transitions(TrackerOptions options) {
        this.options = options;
    }

    List<Transition> compare(VehicleState before, VehicleState now) {
        List<Transition> out = new ArrayList<>(1);
        if (now.armed() && !before.armed()) {
            out.add(new Transition(FcEvent.ARMED, "motors armed in " + now.mode()));
        } else if (!now.armed() && before.armed()) {
            out.add(new Transition(FcEvent.DISARMED, "motors disarmed in " + now.mode()));
        }
        if (!airborne && now.armed() && now.hasPosition() && now.relativeAltitude() > options.takeoffAltitude()) {
            airborne = true;
            out.add(new Transition(FcEvent.TOOK_OFF, String.format(Locale.ROOT, "airborne at %.1f m above home", now.relativeAltitude())));
        } else if (airborne && (!now.armed() || (now.relativeAltitude() < 0.5 && now.groundSpeed() < 0.5))) {
            airborne = false;
            out.add(new Transition(FcEvent.LANDED, String.format(Locale.ROOT, "landed at %.6f,%.6f", now.latitude(), now.longitude())));
        }
        if (now.batteryPercent() >= 0) {
            if (!batteryLow && now.batteryPercent() < options.lowBatteryPercent()) {
                batteryLow = true;
                out.add(new Transition(FcEvent.LOW_BATTERY, String.format(Locale.ROOT, "battery at %.0f %% (%.2f V), below %.0f %%",
                        now.batteryPercent(), now.batteryVolts(), options.lowBatteryPercent())));
            } else if (batteryLow && now.batteryPercent() > options.lowBatteryPercent() + 5) {
                batteryLow = false;
            }
        }
        return out;
    }

    boolean airborne() {
        return airborne;
    }
}
