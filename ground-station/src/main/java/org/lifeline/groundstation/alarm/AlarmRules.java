package org.lifeline.groundstation.alarm;

import java.time.Duration;

/**
 * The thresholds.
 *
 * @param batteryReservePercent battery below this raises BATTERY_LOW (the energy planner's reserve)
 * @param unconfirmedAfter      a parcel released longer ago than this and not confirmed raises UNCONFIRMED
 * @param eventWindow           a refused or stuck release stays an alarm this long after it happened
 */
public record AlarmRules(double batteryReservePercent, Duration unconfirmedAfter, Duration eventWindow) {

    public static final AlarmRules DEFAULT = new AlarmRules(25, Duration.ofMinutes(15), Duration.ofMinutes(30));

    public AlarmRules {
        if (!(batteryReservePercent >= 0 && batteryReservePercent <= 100)) {
            throw new IllegalArgumentException("battery reserve: expected 0 to 100 %, got " + batteryReservePercent);
        }
        if (unconfirmedAfter.isNegative() || eventWindow.isNegative()) {
            throw new IllegalArgumentException("alarm durations: expected 0 or more, got " + unconfirmedAfter + " and " + eventWindow);
        }
    }
}
