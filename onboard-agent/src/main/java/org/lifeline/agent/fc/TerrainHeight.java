package org.lifeline.agent.fc;

import io.dronefleet.mavlink.common.DistanceSensor;
import io.dronefleet.mavlink.common.MavSensorOrientation;
import io.dronefleet.mavlink.common.TerrainReport;

/**
 * The vehicle's height above the terrain below it, as the autopilot reports it — what a drop in
 * a GLOBAL_TERRAIN_ALT mission item is measured against. The autopilot's own terrain estimate
 * comes first (TERRAIN_REPORT.current_height; ArduPilot flies terrain-frame missions by it, and
 * sends spacing 0 while it has no terrain data for the spot), then a downward rangefinder
 * (DISTANCE_SENSOR with orientation PITCH_270, inside its own valid range). A report older than
 * its freshness limit counts as none: NaN, on which the altitude interlock fails and says why.
 */
final class TerrainHeight {

    static final long TERRAIN_FRESH_MILLIS = 2_500;
    static final long RANGEFINDER_FRESH_MILLIS = 1_000;

    private double terrainHeight = Double.NaN;
    private long terrainAt = Long.MIN_VALUE;
    private double rangefinderHeight = Double.NaN;
    private long rangefinderAt = Long.MIN_VALUE;

    void terrainReport(TerrainReport t, long nowMillis) {
        if (t.spacing() > 0 && Float.isFinite(t.currentHeight())) {
            terrainHeight = t.currentHeight();
            terrainAt = nowMillis;
        }
    }

    void distanceSensor(DistanceSensor d, long nowMillis) {
        boolean down = d.orientation() != null && d.orientation().entry() == MavSensorOrientation.MAV_SENSOR_ROTATION_PITCH_270;
        int cm = d.currentDistance();
        if (down && cm >= d.minDistance() && cm <= d.maxDistance() && d.maxDistance() > 0) {
            rangefinderHeight = cm / 100.0;
            rangefinderAt = nowMillis;
        }
    }

    /** Metres above terrain now, or NaN when no fresh report says. */
    double heightAboveTerrain(long nowMillis) {
        if (terrainAt != Long.MIN_VALUE && nowMillis - terrainAt <= TERRAIN_FRESH_MILLIS) {
            return terrainHeight;
        }
        if (rangefinderAt != Long.MIN_VALUE && nowMillis - rangefinderAt <= RANGEFINDER_FRESH_MILLIS) {
            return rangefinderHeight;
        }
        return Double.NaN;
    }
}
