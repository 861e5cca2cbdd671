package org.lifeline.groundstation.monitor;

import java.util.Locale;

/**
 * The vehicle as last reported.
 *
 * @param mode             flight mode name (ArduPilot Copter names; "mode N" when unknown)
 * @param armed            motors armed
 * @param haveFix          at least one position report arrived
 * @param latitude         degrees
 * @param longitude        degrees
 * @param relativeAltitude metres above home
 * @param groundSpeed      m/s
 * @param missionSeq       current mission item, -1 unknown
 * @param batteryPercent   remaining, -1 unknown
 * @param batteryVolts     volts, NaN unknown
 * @param gpsFix           GPS_FIX_TYPE, -1 unknown
 * @param satellites       satellites visible, -1 unknown
 */
public record FlightStatus(String mode, boolean armed, boolean haveFix, double latitude, double longitude,
                           double relativeAltitude, double groundSpeed, int missionSeq, int batteryPercent,
                           double batteryVolts, int gpsFix, int satellites) {

    static FlightStatus unknown() {
        return new FlightStatus("?", false, false, Double.NaN, Double.NaN, Double.NaN, Double.NaN, -1, -1, Double.NaN, -1, -1);
    }

    /** One terminal line, e.g. {@code AUTO armed 34.056012,114.374533 alt 49.8 m 9.9 m/s item 3 batt 87 % 15.9 V}. */
    public String line() {
        String pos = haveFix
                ? String.format(Locale.ROOT, "%.6f,%.6f alt %5.1f m %4.1f m/s", latitude, longitude, relativeAltitude, groundSpeed)
                : "no position yet";
        String batt = batteryPercent >= 0 ? String.format(Locale.ROOT, "batt %d %%", batteryPercent) : "batt ?";
        if (!Double.isNaN(batteryVolts)) {
            batt += String.format(Locale.ROOT, " %.1f V", batteryVolts);
        }
        return String.format(Locale.ROOT, "%-9s %-8s %s  item %s  %s", mode, armed ? "armed" : "disarmed", pos,
                missionSeq >= 0 ? Integer.toString(missionSeq) : "?", batt);
    }
}
