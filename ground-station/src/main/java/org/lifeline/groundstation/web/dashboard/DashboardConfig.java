package org.lifeline.groundstation.web.dashboard;

import java.time.Clock;
import java.util.Objects;

import org.lifeline.groundstation.alarm.AlarmRules;
import org.lifeline.groundstation.alarm.FenceWatch;

import org.lifeline.groundstation.dispatch.store.DeliveryStore;
import org.lifeline.groundstation.fleet.FleetBus;
import org.lifeline.groundstation.linkwatch.LinkWatch;
import org.lifeline.groundstation.operator.OperatorFile;
import org.lifeline.groundstation.operator.OperatorSessions;
import org.lifeline.groundstation.web.CsrfGuard;

/**
 * What the dashboard shows and who may see it.
 *
 * @param operators       the operators file
 * @param sessions        the login sessions
 * @param csrf            the CSRF guard
 * @param store           the dispatch store, or null (an empty board)
 * @param fleet           the fleet bus, or null (no drones)
 * @param airspaceGeoJson the airspace layers, or null (no zones drawn)
 * @param tiles           a tile URL template such as {@code https://tile.example/{z}/{x}/{y}.png}, or null (vector layers only)
 * @param tickMillis      how often snapshots are pushed to open pages
 * @param clock           the ground station's clock (alarm ages)
 * @param alarmRules      the alarms' thresholds
 * @param links           the drones' MAVLink links, watched, or null (drones from the fleet bus only)
 * @param fences          each drone's uploaded fence, watched against its position, or null (no fence alarms)
 */
public record DashboardConfig(OperatorFile operators, OperatorSessions sessions, CsrfGuard csrf, DeliveryStore store,
                              FleetBus fleet, String airspaceGeoJson, String tiles, long tickMillis, Clock clock, AlarmRules alarmRules,
                              LinkWatch links, FenceWatch fences) {

    /** A dashboard whose drones come from the fleet bus only. */
    public DashboardConfig(OperatorFile operators, OperatorSessions sessions, CsrfGuard csrf, DeliveryStore store, FleetBus fleet,
                           String airspaceGeoJson, String tiles, long tickMillis, Clock clock, AlarmRules alarmRules) {
        this(operators, sessions, csrf, store, fleet, airspaceGeoJson, tiles, tickMillis, clock, alarmRules, null, null);
    }

    public DashboardConfig {
        Objects.requireNonNull(operators, "operators");
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(csrf, "csrf");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(alarmRules, "alarmRules");
        if (tickMillis < 50) {
            throw new IllegalArgumentException("tickMillis: expected at least 50, got " + tickMillis);
        }
        if (tiles != null && !(tiles.startsWith("https://") || tiles.startsWith("http://"))) {
            throw new IllegalArgumentException("--tiles: expected an http(s) URL template such as https://tile.example/{z}/{x}/{y}.png, got " + tiles);
        }
    }

    /** The same, with the drones' MAVLink links shown beside the fleet bus. */
    public DashboardConfig withLinks(LinkWatch watch) {
        return new DashboardConfig(operators, sessions, csrf, store, fleet, airspaceGeoJson, tiles, tickMillis, clock, alarmRules, watch,
                fences);
    }

    /** The same, raising the fence alarms from each drone's uploaded fence ({@link FenceWatch#uploadedIn}). */
    public DashboardConfig withFences(FenceWatch watch) {
        return new DashboardConfig(operators, sessions, csrf, store, fleet, airspaceGeoJson, tiles, tickMillis, clock, alarmRules, links,
                watch);
    }

    /** The airspace as GeoJSON layers, with no-fly margins of {@code marginMetres}. */
    public static String airspaceLayers(org.lifeline.groundstation.airspace.Airspace airspace, double marginMetres) {
        return AirspaceGeoJson.of(airspace, marginMetres);
    }
}
