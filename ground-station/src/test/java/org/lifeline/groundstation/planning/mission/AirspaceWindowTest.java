package org.lifeline.groundstation.planning.mission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.lifeline.groundstation.airspace.Airspace;
import org.lifeline.groundstation.airspace.AirspaceReader;
import org.lifeline.groundstation.airspace.NoFlyZone;

class AirspaceWindowTest {

    private static final String JSON = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "properties": {"id": "area", "kind": "operating-area"},
               "geometry": {"type": "Polygon", "coordinates": [[[114.30, 34.00], [114.48, 34.00], [114.48, 34.12], [114.30, 34.12], [114.30, 34.00]]]}},
              {"type": "Feature", "properties": {"id": "school", "kind": "no-fly",
                 "validFrom": "2026-04-01T08:00:00+08:00", "validUntil": "2026-04-01T17:00:00+08:00"},
               "geometry": {"type": "Polygon", "coordinates": [[[114.395, 34.060], [114.400, 34.060], [114.400, 34.064], [114.395, 34.064], [114.395, 34.060]]]}},
              {"type": "Feature", "properties": {"id": "pad", "kind": "launch-site", "validUntil": "2026-04-01T12:00:00+08:00"},
               "geometry": {"type": "Point", "coordinates": [114.32, 34.02]}}
            ]}
            """;

    @Test
    void zoneOpeningDuringTheFlightWindowCountsButAClosedLaunchSiteDoesNot() throws Exception {
        Airspace airspace = AirspaceReader.read("window.geojson", JSON);
        Airspace early = AirspaceWindow.forFlight(airspace, Instant.parse("2026-03-31T23:30:00Z")); // 07:30 +08
        assertThat(early.noFlyZones()).extracting(NoFlyZone::id).containsExactly("school");
        assertThat(early.launchSites()).hasSize(1);
        Airspace evening = AirspaceWindow.forFlight(airspace, Instant.parse("2026-04-01T09:30:00Z")); // 17:30 +08
        assertThat(evening.noFlyZones()).isEmpty();
        assertThat(evening.launchSites()).isEmpty();
        assertThat(evening.operatingArea().id()).isEqualTo("area");
        assertThat(evening.launchSiteRefusal("pad")).hasValue("launch site pad was left out of the airspace:"
                + " pad is not in force at takeoff (2026-04-01T09:30:00Z): it is valid until 2026-04-01T04:00:00Z");
    }
}
