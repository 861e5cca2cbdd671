package org.lifeline.agent.release;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks every {@link Interlock} for a parcel against a {@link VehicleSnapshot}. Pure: the
 * same inputs always give the same decision, which is what lets the property tests state
 * "a release implies every interlock held". All interlocks are evaluated (not just the first
 * failure), so a refusal tells the pilot everything that was wrong at once.
 */
public final class InterlockCheck {

    /** Telemetry older than this (relative to the decision time) is stale. */
    public static final long DEFAULT_MAX_TELEMETRY_AGE_MILLIS = 1_000;

    /**
     * The fastest vertical speed, either way, at which a parcel may leave, m/s. ArduCopter
     * holding a waypoint in SITL reports |vz| of at most 0.07 m/s once it has settled (and 0.03 m/s
     * after the first second), while it descends to a waypoint at WPNAV_SPEED_DN (1.5 m/s by
     * default) and lands at LAND_SPEED (0.5 m/s): 0.3 m/s passes a hold with room for a gusty
     * day and refuses either descent. See docs/onboard-agent.md, "Vertical speed".
     */
    public static final double DEFAULT_MAX_VERTICAL_SPEED = 0.3;

    private static final double EARTH_RADIUS_METRES = 6_371_008.8;

    private final long maxTelemetryAgeMillis;
    private final double maxVerticalSpeed;

    public InterlockCheck() {
        this(DEFAULT_MAX_TELEMETRY_AGE_MILLIS);
    }

    public InterlockCheck(long maxTelemetryAgeMillis) {
        this(maxTelemetryAgeMillis, DEFAULT_MAX_VERTICAL_SPEED);
    }

    /**
     * @param maxTelemetryAgeMillis telemetry older than this fails FRESH_TELEMETRY
     * @param maxVerticalSpeed      m/s; a faster climb or descent fails VERTICAL_SPEED
     */
    public InterlockCheck(long maxTelemetryAgeMillis, double maxVerticalSpeed) {
        if (maxTelemetryAgeMillis <= 0) {
            throw new IllegalArgumentException("maxTelemetryAgeMillis " + maxTelemetryAgeMillis + " is not positive");
        }
        if (!(maxVerticalSpeed > 0) || Double.isInfinite(maxVerticalSpeed)) {
            throw new IllegalArgumentException("maxVerticalSpeed " + maxVerticalSpeed + " m/s is not a positive speed");
        }
        this.maxTelemetryAgeMillis = maxTelemetryAgeMillis;
        this.maxVerticalSpeed = maxVerticalSpeed;
    }

    /** The vertical-speed limit, m/s. */
    public double maxVerticalSpeed() {
        return maxVerticalSpeed;
    }

    /**
     * @param plan            the parcel's drop plan
     * @param vehicle         the newest vehicle state
     * @param alreadyReleased whether the journal records this parcel as released (or attempted)
     * @param nowMillis       the decision time, on the same monotonic clock as the snapshot
     */
    public ReleaseDecision check(DropPlan plan, VehicleSnapshot vehicle, boolean alreadyReleased, long nowMillis) {
        Set<Interlock> failed = EnumSet.noneOf(Interlock.class);
        List<String> reasons = new ArrayList<>();
        long age = nowMillis - vehicle.atMillis();
        if (age > maxTelemetryAgeMillis || age < 0) {
            fail(failed, reasons, Interlock.FRESH_TELEMETRY,
                    "telemetry is " + age + " ms old (limit " + maxTelemetryAgeMillis + " ms)");
        }
        if (!vehicle.armed()) {
            fail(failed, reasons, Interlock.ARMED, "vehicle is disarmed");
        }
        if (!vehicle.auto()) {
            fail(failed, reasons, Interlock.AUTO_MODE, "vehicle is not in AUTO");
        }
        if (vehicle.currentSeq() != plan.missionSeq()) {
            fail(failed, reasons, Interlock.AT_DROP_ITEM,
                    "current mission item is " + vehicle.currentSeq() + ", the drop is item " + plan.missionSeq());
        }
        if (!vehicle.positionValid()) {
            fail(failed, reasons, Interlock.IN_DROP_ZONE, "no valid position fix");
        } else {
            double d = distanceMetres(vehicle.latitude(), vehicle.longitude(), plan.latitude(), plan.longitude());
            if (!(d <= plan.zoneRadiusMetres())) {
                fail(failed, reasons, Interlock.IN_DROP_ZONE,
                        String.format(Locale.ROOT, "%.1f m from the drop point (zone radius %.1f m)", d, plan.zoneRadiusMetres()));
            }
        }
        double alt = vehicle.altitude(plan.frame());
        if (Double.isNaN(alt)) {
            fail(failed, reasons, Interlock.ALTITUDE_WINDOW, plan.frame() == AltitudeFrame.TERRAIN
                    ? "height above terrain unknown: the autopilot reports neither TERRAIN_REPORT nor a downward DISTANCE_SENSOR"
                    : "altitude " + plan.frame().words() + " unknown: no GLOBAL_POSITION_INT yet");
        } else if (!(alt >= plan.minAltitudeMetres() && alt <= plan.maxAltitudeMetres())) {
            fail(failed, reasons, Interlock.ALTITUDE_WINDOW, String.format(Locale.ROOT,
                    "altitude %.1f m %s is outside the drop window %.1f..%.1f m", alt, plan.frame().words(),
                    plan.minAltitudeMetres(), plan.maxAltitudeMetres()));
        }
        if (!(vehicle.groundSpeed() <= plan.maxGroundSpeed())) {
            fail(failed, reasons, Interlock.GROUND_SPEED, String.format(Locale.ROOT,
                    "ground speed %.2f m/s is above the limit %.2f m/s", vehicle.groundSpeed(), plan.maxGroundSpeed()));
        }
        verticalSpeed(vehicle.climbRate(), failed, reasons);
        if (alreadyReleased) {
            fail(failed, reasons, Interlock.NOT_ALREADY_RELEASED, "parcel " + plan.parcelId() + " was already released");
        }
        return new ReleaseDecision(plan.parcelId(), failed, reasons);
    }

    private void verticalSpeed(double climbRate, Set<Interlock> failed, List<String> reasons) {
        if (Double.isNaN(climbRate)) {
            fail(failed, reasons, Interlock.VERTICAL_SPEED,
                    "vertical speed unknown: no GLOBAL_POSITION_INT yet, so the vehicle may still be descending");
        } else if (!(Math.abs(climbRate) <= maxVerticalSpeed)) {
            fail(failed, reasons, Interlock.VERTICAL_SPEED, (climbRate < 0 ? "descending" : "climbing") + " at "
                    + above(Math.abs(climbRate), maxVerticalSpeed) + " m/s, limit " + plain(maxVerticalSpeed) + " m/s");
        }
    }

    /** A limit as configured: two decimals, more only where it has them (0.3 → 0.30, 0.125 → 0.125). */
    private static String plain(double limit) {
        String two = String.format(Locale.ROOT, "%.2f", limit);
        return Double.parseDouble(two) == limit ? two : BigDecimal.valueOf(limit).stripTrailingZeros().toPlainString();
    }

    /** A speed over the limit, with as many decimals as it takes to read as over it (never "0.30 m/s, limit 0.30"). */
    private static String above(double speed, double limit) {
        String text = String.format(Locale.ROOT, "%.2f", speed);
        for (int decimals = 3; decimals <= 6 && !(Double.parseDouble(text) > limit); decimals++) {
            text = String.format(Locale.ROOT, "%." + decimals + "f", speed);
        }
        return text;
    }

    private static void fail(Set<Interlock> failed, List<String> reasons, Interlock interlock, String why) {
        failed.add(interlock);
        reasons.add(interlock + " (" + why + ")");
    }

    /** Great-circle distance (haversine); at drop-zone scales its error is far below a centimetre. */
    public static double distanceMetres(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
