package org.lifeline.groundstation.logs.report;

import org.lifeline.plan.GeoPoint;
import org.lifeline.plan.Geofence;

import java.util.List;
import java.util.Optional;

/**
 * What a sortie's log showed against its plan.
 *
 * @param flight      the condensed log (series for the plots)
 * @param route       the planned route (home first), empty without a plan or logged mission
 * @param routeSource where the route came from ("plan file x", "mission in the log", "none")
 * @param crossTrack  cross-track error statistics over the samples flown in AUTO
 * @param drop        drop accuracy, when the plan has a drop point
 * @param fenceMarginMetres smallest distance inside the geofence (negative: breached), NaN without a fence
 * @param checks      the verdicts
 * @param agent       the onboard agent's events and status during the sortie (empty when not filed)
 * @param energy      energy used against the planner's prediction, when the vehicle profile is known
 * @param airspace    the airspace for the map, when known
 * @param fence       the plan's geofence (none without a plan file)
 */
public record SortieReport(FlightRecord flight, List<GeoPoint> route, String routeSource, CrossTrack crossTrack,
                           Optional<Drop> drop, double fenceMarginMetres, List<String> failsafes,
                           List<String> preArmFailures, List<Check> checks, AgentEvents agent,
                           Optional<EnergyComparison> energy, Optional<AirspaceLayer> airspace, Geofence fence) {

    /**
     * @param samples samples compared (flown in AUTO, above 2 m)
     */
    public record CrossTrack(int samples, double meanMetres, double p95Metres, double maxMetres) {
    }

    /**
     * @param dropPoint     the planned drop point (altitude relative to home)
     * @param releaseSource how the release was found (agent event, STATUSTEXT, servo output)
     * @param releaseMicros when
     * @param release       where the vehicle was (altitude relative to home)
     * @param errorMetres   horizontal distance release → drop point
     * @param northMetres   release north of the drop point
     * @param eastMetres    release east of the drop point
     * @param speed         ground speed at release, m/s
     */
    public record Drop(GeoPoint dropPoint, String releaseSource, long releaseMicros, GeoPoint release,
                       double errorMetres, double northMetres, double eastMetres, double speed) {
    }

    /** The worst verdict of all checks. */
    public Check.Status overall() {
        Check.Status worst = Check.Status.PASS;
        for (Check c : checks) {
            if (c.status() == Check.Status.FAIL) {
                return Check.Status.FAIL;
            }
            if (c.status() == Check.Status.WARN) {
                worst = Check.Status.WARN;
            }
        }
        return worst;
    }
}
