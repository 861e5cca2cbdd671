package org.lifeline.agent.drops;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.lifeline.agent.release.AltitudeFrame;
import org.lifeline.agent.release.DropPlan;
import org.lifeline.agent.release.InterlockCheck;
import org.lifeline.agent.release.ReleaseOwner;
import org.lifeline.mission.MissionItem;

/**
 * What the agent knows about drops, from two sources, and the rule that decides which plan the
 * interlocks judge:
 *
 * <ol>
 *   <li>Until the mission has been read from the vehicle, the ground station's plans are used as
 *       given (the interlocks still demand that the vehicle is at that plan's mission item).</li>
 *   <li>Once the mission is known, every drop in it is a release opportunity and nothing else is.
 *       For a drop at item {@code s}: if the ground station's plan names item {@code s} and agrees with
 *       the mission — the waypoint lies within the plan's zone radius and its altitude within the plan's
 *       window — that plan is used. Otherwise the mission's drop is used with the configured
 *       {@link DropDefaults} (zone radius, altitude ± window, speed limit), under the ground station's
 *       parcel id if it named item {@code s}, else under {@code drop-<s>}.</li>
 *   <li>A ground-station plan whose item is not a drop in the mission is not used.</li>
 *   <li>A cancelled parcel is never released, whichever source describes it.</li>
 * </ol>
 * Every disagreement of rules 2 and 3 is returned as a {@link Mismatch} for a DROP_PLAN_MISMATCH event.
 */
public final class DropBook {

    private final DropDefaults defaults;
    private final ReleaseOwner owner;
    private double homeAltitudeAmsl = Double.NaN;
    private final Map<String, DropPlan> groundPlans = new LinkedHashMap<>();
    private final Set<String> cancelled = new HashSet<>();
    private List<MissionDrop> missionDrops;
    private String flightTag = "";

    public DropBook(DropDefaults defaults) {
        this(defaults, ReleaseOwner.AGENT);
    }

    /** A book for an airframe whose release belongs to {@code owner}: it decides how drops are marked. */
    public DropBook(DropDefaults defaults, ReleaseOwner owner) {
        this.defaults = defaults;
        this.owner = owner;
    }

    /**
     * The home altitude above mean sea level (HOME_POSITION), with which a mission drop whose
     * altitude is above sea level is compared with the ground station's window above home.
     */
    public synchronized void setHomeAltitude(double amsl) {
        homeAltitudeAmsl = amsl;
    }

    /**
     * The mission read from the vehicle; returns the disagreements with the ground station's plans
     * (a cancelled parcel's plan has no bearing on the mission and is not compared).
     */
    public synchronized List<Mismatch> setMission(List<MissionItem> items) {
        missionDrops = DropFinder.find(items, owner);
        List<Mismatch> out = new ArrayList<>();
        groundPlans.values().stream().filter(p -> !cancelled.contains(p.parcelId())).forEach(p -> out.addAll(compare(p)));
        return out;
    }

    /** A plan from the ground station (replacing an earlier one for the parcel); returns its disagreements. */
    public synchronized List<Mismatch> setGroundPlan(DropPlan plan) {
        groundPlans.remove(plan.parcelId());
        groundPlans.values().removeIf(p -> p.missionSeq() == plan.missionSeq());
        groundPlans.put(plan.parcelId(), plan);
        cancelled.remove(plan.parcelId());
        return compare(plan);
    }

    /** Cancels a parcel's drop; returns false when no source knows the parcel. */
    public synchronized boolean cancel(String parcelId) {
        boolean known = groundPlans.containsKey(parcelId) || effective().stream().anyMatch(p -> p.parcelId().equals(parcelId));
        if (known) {
            cancelled.add(parcelId);
        }
        return known;
    }

    /**
     * Names the current flight (e.g. {@code f12}); a mission drop without a ground-station plan is
     * named {@code drop-<seq>-<tag>}, so the same mission flown again carries new parcels while a
     * restart within one flight still knows the parcel it released.
     */
    public synchronized void setFlightTag(String tag) {
        flightTag = tag == null ? "" : tag;
    }

    public synchronized boolean missionKnown() {
        return missionDrops != null;
    }

    public synchronized List<MissionDrop> missionDrops() {
        return missionDrops == null ? List.of() : missionDrops;
    }

    /** The plan the interlocks judge at mission item {@code seq}, if that item is a (not cancelled) drop. */
    public synchronized Optional<DropPlan> planAt(int seq) {
        return effective().stream().filter(p -> p.missionSeq() == seq).findFirst();
    }

    /** The plan the interlocks judge for {@code parcelId}, if the parcel is a known, not cancelled drop. */
    public synchronized Optional<DropPlan> planFor(String parcelId) {
        return effective().stream().filter(p -> p.parcelId().equals(parcelId)).findFirst();
    }

    /** Every plan in force (rule above), cancelled parcels left out. */
    public synchronized List<DropPlan> effective() {
        List<DropPlan> plans = new ArrayList<>();
        if (missionDrops == null) {
            plans.addAll(groundPlans.values());
        } else {
            for (MissionDrop d : missionDrops) {
                Optional<DropPlan> ground = groundPlans.values().stream().filter(p -> p.missionSeq() == d.seq()).findFirst();
                if (ground.isPresent() && disagreements(ground.get(), d).isEmpty()) {
                    plans.add(ground.get());
                } else {
                    plans.add(fromMission(ground.map(DropPlan::parcelId).orElse(defaultId(d.seq())), d));
                }
            }
        }
        plans.removeIf(p -> cancelled.contains(p.parcelId()));
        return plans;
    }

    private String defaultId(int seq) {
        return flightTag.isEmpty() ? "drop-" + seq : "drop-" + seq + "-" + flightTag;
    }

    private DropPlan fromMission(String parcelId, MissionDrop d) {
        double floor = d.frame() == AltitudeFrame.MEAN_SEA_LEVEL ? Double.NEGATIVE_INFINITY : 0;
        double min = Math.max(floor, d.altitude() - defaults.altitudeWindowMetres());
        double max = Math.max(min + 0.1, d.altitude() + defaults.altitudeWindowMetres());
        return new DropPlan(parcelId, d.seq(), d.latitude(), d.longitude(), defaults.zoneRadiusMetres(), min, max,
                defaults.maxGroundSpeed(), d.frame());
    }

    private List<Mismatch> compare(DropPlan plan) {
        if (missionDrops == null) {
            return List.of();
        }
        Optional<MissionDrop> drop = missionDrops.stream().filter(d -> d.seq() == plan.missionSeq()).findFirst();
        if (drop.isEmpty()) {
            String where = missionDrops.isEmpty() ? "the mission has no drop"
                    : "the mission's drops are at items " + missionDrops.stream().map(d -> String.valueOf(d.seq())).toList();
            return List.of(new Mismatch(plan.parcelId(), plan.missionSeq(), "mission item " + plan.missionSeq()
                    + " is not a drop (" + where + "): the plan is not used"));
        }
        return disagreements(plan, drop.get()).stream()
                .map(r -> new Mismatch(plan.parcelId(), plan.missionSeq(), r + ": the mission's drop is used with the default limits"))
                .toList();
    }

    private List<String> disagreements(DropPlan plan, MissionDrop d) {
        List<String> reasons = new ArrayList<>();
        double distance = InterlockCheck.distanceMetres(plan.latitude(), plan.longitude(), d.latitude(), d.longitude());
        if (distance > plan.zoneRadiusMetres()) {
            reasons.add(String.format(Locale.ROOT, "the mission's waypoint %d is %.1f m from the planned drop point"
                    + " (zone radius %.1f m)", d.seq(), distance, plan.zoneRadiusMetres()));
        }
        double altitude = d.altitude();
        if (d.frame() != plan.frame()) {
            if (d.frame() == AltitudeFrame.MEAN_SEA_LEVEL && plan.frame() == AltitudeFrame.HOME && !Double.isNaN(homeAltitudeAmsl)) {
                altitude = d.altitude() - homeAltitudeAmsl;
            } else {
                reasons.add("the mission's drop altitude is " + d.frame().words() + ", the plan's window " + plan.frame().words()
                        + (d.frame() == AltitudeFrame.MEAN_SEA_LEVEL ? " and the home altitude is not known yet"
                        : ", which terrain height in between makes incomparable"));
                return reasons;
            }
        }
        if (altitude < plan.minAltitudeMetres() || altitude > plan.maxAltitudeMetres()) {
            reasons.add(String.format(Locale.ROOT, "the mission's drop altitude %.1f m is outside the planned window %.1f..%.1f m",
                    altitude, plan.minAltitudeMetres(), plan.maxAltitudeMetres()));
        }
        return reasons;
    }
}
