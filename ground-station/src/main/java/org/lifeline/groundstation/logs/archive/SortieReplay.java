package org.lifeline.groundstation.logs.archive;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.lifeline.plan.GeoPoint;

/**
 * A filed sortie as the dashboard replays it: the planned route (from its report), the flown
 * track (from its tlog, between arming and landing, at most {@link #MAX_POINTS} samples evenly
 * spaced), the planned drop point and where the parcel was released.
 *
 * @param entry       the sortie's line in the index
 * @param route       the planned route (home first), empty when the report has none
 * @param track       the flown track, oldest first
 * @param dropPoint   the planned drop point, when the plan had one
 * @param release     where the vehicle was at the release, when a release was found
 * @param releaseMillis when the release happened (ms since the Unix epoch)
 * @param report      whether the HTML report was filed
 */
public record SortieReplay(SortieEntry entry, List<GeoPoint> route, List<Sample> track, Optional<GeoPoint> dropPoint,
                           Optional<GeoPoint> release, OptionalLong releaseMillis, boolean report) {

    /** The most track samples a replay carries; longer tracks are thinned evenly. */
    public static final int MAX_POINTS = 3000;

    /**
     * One point of the flown track.
     *
     * @param millis ms since the Unix epoch
     * @param alt    altitude relative to home, m
     * @param speed  ground speed, m/s
     * @param volts  battery voltage, NaN when the log has none
     */
    public record Sample(long millis, double lat, double lon, double alt, double speed, double volts) {
    }

    public SortieReplay {
        route = List.copyOf(route);
        track = List.copyOf(track);
    }
}
