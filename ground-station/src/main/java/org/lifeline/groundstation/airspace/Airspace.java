package org.lifeline.groundstation.airspace;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A validated airspace: exactly one operating area, any number of no-fly and quarantine
 * zones, launch sites and drop points, with unique ids. Build one with {@link AirspaceReader}
 * (which validates) or directly (tests, generated airspaces), then call {@link
 * AirspaceValidator#validate} if the parts come from outside.
 */
public record Airspace(OperatingArea operatingArea, List<NoFlyZone> noFlyZones, List<QuarantineZone> quarantineZones,
                       List<LaunchSite> launchSites, List<DropPoint> dropPoints) {

    public Airspace {
        Objects.requireNonNull(operatingArea, "operatingArea");
        noFlyZones = List.copyOf(noFlyZones);
        quarantineZones = List.copyOf(quarantineZones);
        launchSites = List.copyOf(launchSites);
        dropPoints = List.copyOf(dropPoints);
    }

    /** All polygonal zones: the operating area first, then no-fly, then quarantine zones. */
    public List<Zone> zones() {
        return Stream.<Stream<? extends Zone>>of(Stream.of(operatingArea), noFlyZones.stream(), quarantineZones.stream())
                .<Zone>flatMap(s -> s).toList();
    }

    public Optional<DropPoint> dropPoint(String id) {
        return dropPoints.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    public Optional<LaunchSite> launchSite(String id) {
        return launchSites.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    public Optional<Zone> zone(String id) {
        return zones().stream().filter(z -> z.id().equals(id)).findFirst();
    }

    /**
     * The airspace as it is in force at {@code t}: features whose validity window does not
     * contain {@code t} are left out. The operating area stays (a flight needs one); check
     * {@code operatingArea().validity()} yourself if it may expire.
     */
    public Airspace activeAt(Instant t) {
        return new Airspace(operatingArea,
                noFlyZones.stream().filter(z -> z.validity().contains(t)).toList(),
                quarantineZones.stream().filter(z -> z.validity().contains(t)).toList(),
                launchSites.stream().filter(z -> z.validity().contains(t)).toList(),
                dropPoints.stream().filter(z -> z.validity().contains(t)).toList());
    }
}
