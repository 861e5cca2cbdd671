package org.lifeline.groundstation.airspace;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.lifeline.plan.GeoPoint;

/**
 * An airspace ready to plan in: exactly one operating area, any number of no-fly and
 * quarantine zones, launch sites and drop points. Build one with {@link AirspaceReader} (which
 * validates) or directly (tests, generated airspaces), then call {@link
 * AirspaceValidator#validate} if the parts come from outside.
 *
 * <p>A file read leniently may have had problems: {@link #problems()} lists them all, and the
 * launch sites and drop points they made unusable are not among {@link #launchSites()} and
 * {@link #dropPoints()} but in {@link #leftOut()}, each with its reason, so that a plan naming
 * one is refused with that reason ({@link #dropPointRefusal}, {@link #launchSiteRefusal}).
 * Zones with problems are never left out: the reader keeps them in their most restrictive
 * reading.
 */
public record Airspace(OperatingArea operatingArea, List<NoFlyZone> noFlyZones, List<QuarantineZone> quarantineZones,
                       List<LaunchSite> launchSites, List<DropPoint> dropPoints, List<LeftOut> leftOut,
                       List<AirspaceProblem> problems) {

    public Airspace {
        Objects.requireNonNull(operatingArea, "operatingArea");
        noFlyZones = List.copyOf(noFlyZones);
        quarantineZones = List.copyOf(quarantineZones);
        launchSites = List.copyOf(launchSites);
        dropPoints = List.copyOf(dropPoints);
        leftOut = List.copyOf(leftOut);
        problems = List.copyOf(problems);
    }

    /** An airspace with nothing left out and no problems (built in code). */
    public Airspace(OperatingArea operatingArea, List<NoFlyZone> noFlyZones, List<QuarantineZone> quarantineZones,
                    List<LaunchSite> launchSites, List<DropPoint> dropPoints) {
        this(operatingArea, noFlyZones, quarantineZones, launchSites, dropPoints, List.of(), List.of());
    }

    /** The same airspace with other launch sites and drop points, and more left out (e.g. not in force). */
    public Airspace withPoints(List<LaunchSite> launches, List<DropPoint> drops, List<LeftOut> moreLeftOut) {
        List<LeftOut> all = new java.util.ArrayList<>(leftOut);
        all.addAll(moreLeftOut);
        return new Airspace(operatingArea, noFlyZones, quarantineZones, launches, drops, all, problems);
    }

    /** The same airspace with other restricting zones (e.g. only those in force). */
    public Airspace withZones(List<NoFlyZone> noFly, List<QuarantineZone> quarantine) {
        return new Airspace(operatingArea, noFly, quarantine, launchSites, dropPoints, leftOut, problems);
    }

    /** The same airspace with {@code problems} as the problems found reading it. */
    public Airspace withProblems(List<AirspaceProblem> found) {
        return new Airspace(operatingArea, noFlyZones, quarantineZones, launchSites, dropPoints, leftOut, found);
    }

    /** Why {@code id} was left out, if it was. */
    public Optional<String> leftOutReason(String id) {
        return leftOut.stream().filter(l -> l.id().equals(id)).map(LeftOut::reason).findFirst();
    }

    /**
     * Why parcels cannot be released at the drop point {@code id}, or empty when they can as
     * far as the airspace alone tells (whether a route reaches it with the margin is the route
     * planner's answer): unknown id, or left out for a problem in the file.
     */
    public Optional<String> dropPointRefusal(String id) {
        return DropPointRules.refusal(this, id);
    }

    /**
     * Why a parcel cannot be released at {@code position} (a request's own drop point), or
     * empty: outside the operating area, inside a no-fly zone, or inside a quarantine zone that
     * accepts parcels only at the drop points it lists.
     */
    public Optional<String> dropRefusalAt(GeoPoint position) {
        return DropPointRules.refusalAt(this, position);
    }

    /** Why the launch site {@code id} cannot be flown from, or empty: unknown id, or left out. */
    public Optional<String> launchSiteRefusal(String id) {
        return DropPointRules.launchRefusal(this, id);
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

    /** The quarantine zone {@code id}; throws when there is none (tests, known ids). */
    public QuarantineZone quarantineZone(String id) {
        return quarantineZones.stream().filter(q -> q.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no quarantine zone \"" + id + "\""));
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
                dropPoints.stream().filter(z -> z.validity().contains(t)).toList(), leftOut, problems);
    }
}
