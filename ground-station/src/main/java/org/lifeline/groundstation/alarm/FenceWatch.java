package org.lifeline.groundstation.alarm;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.lifeline.groundstation.geo.FenceMargin;
import org.lifeline.plan.Geofence;

/**
 * Watches every armed drone's position against the fence uploaded to it: {@link
 * Alarm.Kind#FENCE_MARGIN} when it is closer to the fence than the alarm margin, {@link
 * Alarm.Kind#FENCE_BREACH} when it is past it or its autopilot reports a breach (ArduPilot's
 * FENCE_STATUS; the autopilot's fence may differ from the file), and {@link
 * Alarm.Kind#FENCE_UNWATCHED} when its uploaded plan cannot be read. Disarmed drones raise
 * nothing: on the ground a fence is no danger, and the autopilot refuses to arm outside it.
 *
 * <p>Each alarm's {@code since} is the time of the first position that showed the condition (for
 * an unreadable plan, the first {@code now} it was seen), remembered while the condition lasts
 * and forgotten once it clears; a drone past the fence is also near it, so its FENCE_MARGIN
 * {@code since} survives a breach. Pass every drone each time:
 * a drone left out is forgotten too. Safe to call from several threads.
 */
public final class FenceWatch {

    /**
     * Half the fence clearance the planner keeps between a planned track and the fence (10 m by
     * default, {@code fenceClearance} in the vehicle file; the flight report passes a flight that
     * kept 10 m). A drone flying its plan therefore never raises the alarm, and one that does has
     * left its track by more than the report's cross-track pass (5 m) towards the fence: a real
     * deviation, with 5 m left before the autopilot's fence action.
     */
    public static final double DEFAULT_ALARM_MARGIN_METRES = 5;

    /**
     * A drone's position as the ground station last heard it.
     *
     * @param latitude        degrees; NaN without a position fix (then only the autopilot's word counts)
     * @param autopilotBreach the autopilot reports the fence breached (FENCE_STATUS.breach_status)
     * @param at              when the position was sampled
     */
    public record Position(String droneId, double latitude, double longitude, boolean armed,
                           boolean autopilotBreach, Instant at) {

        public Position {
            Objects.requireNonNull(droneId, "droneId");
            Objects.requireNonNull(at, "at");
        }

        /** A position without the autopilot's fence status. */
        public Position(String droneId, double latitude, double longitude, boolean armed, Instant at) {
            this(droneId, latitude, longitude, armed, false, at);
        }
    }

    private final Function<String, UploadedFence> fences;
    private final double alarmMarginMetres;
    private final Map<String, Instant> nearSince = new HashMap<>();
    private final Map<String, Instant> breachSince = new HashMap<>();
    private final Map<String, Instant> unwatchedSince = new HashMap<>();

    /**
     * @param fences            drone id to what is known of its uploaded fence
     * @param alarmMarginMetres a drone closer to the fence than this raises FENCE_MARGIN, >= 0
     */
    public FenceWatch(Function<String, UploadedFence> fences, double alarmMarginMetres) {
        if (!(alarmMarginMetres >= 0) || Double.isInfinite(alarmMarginMetres)) {
            throw new IllegalArgumentException("fence alarm margin: expected a finite number of metres >= 0, got " + alarmMarginMetres);
        }
        this.fences = Objects.requireNonNull(fences, "fences");
        this.alarmMarginMetres = alarmMarginMetres;
    }

    /** A watch over fences known in memory (drone id to its fence, empty for none). */
    public static FenceWatch of(Function<String, Optional<Geofence>> fences, double alarmMarginMetres) {
        return new FenceWatch(id -> fences.apply(id).map(UploadedFence::of).orElseGet(UploadedFence.None::new), alarmMarginMetres);
    }

    /** A watch over the plans last uploaded to each drone, {@code dataDir/uploaded/<drone>.plan}. */
    public static FenceWatch uploadedIn(Path dataDir, double alarmMarginMetres) {
        return new FenceWatch(new UploadedFences(dataDir), alarmMarginMetres);
    }

    public double alarmMarginMetres() {
        return alarmMarginMetres;
    }

    /** The fence alarms standing now, most urgent first. */
    public synchronized List<Alarm> alarms(List<Position> positions, Instant now) {
        List<Alarm> out = new ArrayList<>();
        Set<String> breached = new HashSet<>();
        Set<String> near = new HashSet<>();
        Set<String> unwatched = new HashSet<>();
        for (Position p : positions) {
            if (!p.armed()) {
                continue;
            }
            String id = p.droneId();
            UploadedFence fence = fences.apply(id);
            Optional<FenceMargin.Margin> m = Optional.empty();
            if (fence instanceof UploadedFence.Known k && Double.isFinite(p.latitude()) && Double.isFinite(p.longitude())) {
                m = Optional.of(k.margin().nearest(p.latitude(), p.longitude()));
            } else if (fence instanceof UploadedFence.Unreadable u) {
                unwatched.add(id);
                out.add(new Alarm(Alarm.Kind.FENCE_UNWATCHED, id, id + ": uploaded plan unreadable, fence not watched: " + u.reason(),
                        unwatchedSince.computeIfAbsent(id, x -> now)));
            }
            boolean past = m.isPresent() && m.get().metres() < 0;
            if (past || p.autopilotBreach()) {
                breached.add(id);
                near.add(id);
                nearSince.putIfAbsent(id, p.at());
                out.add(new Alarm(Alarm.Kind.FENCE_BREACH, id, breach(id, m, p.autopilotBreach()), breachSince.computeIfAbsent(id, x -> p.at())));
            } else if (m.isPresent() && m.get().metres() < alarmMarginMetres) {
                near.add(id);
                out.add(new Alarm(Alarm.Kind.FENCE_MARGIN, id, String.format(Locale.ROOT, "%s: %s m %s, alarm under %s m", id,
                        metres(m.get().metres()), m.get().inclusion() ? "inside the fence" : "from an exclusion zone", limit(alarmMarginMetres)),
                        nearSince.computeIfAbsent(id, x -> p.at())));
            }
        }
        breachSince.keySet().retainAll(breached);
        nearSince.keySet().retainAll(near);
        unwatchedSince.keySet().retainAll(unwatched);
        out.sort(Alarm.MOST_URGENT_FIRST);
        return out;
    }

    private static String breach(String id, Optional<FenceMargin.Margin> m, boolean autopilot) {
        if (m.isPresent() && m.get().metres() < 0) {
            return String.format(Locale.ROOT, "%s: %s m %s (breach)%s", id, metres(-m.get().metres()),
                    m.get().inclusion() ? "OUTSIDE the fence" : "INSIDE an exclusion zone",
                    autopilot ? "; the autopilot reports it too" : "");
        }
        return id + ": the autopilot reports a fence BREACH" + m.map(x -> String.format(Locale.ROOT,
                " (horizontally %s m within the uploaded fence: an altitude limit, or the autopilot's fence differs)", metres(x.metres()))).orElse("");
    }

    /** A measured distance: whole metres from 10 m up, a tenth below, so a margin just under the limit never reads as equal to it. */
    private static String metres(double v) {
        return String.format(Locale.ROOT, Math.abs(v) >= 9.95 ? "%.0f" : "%.1f", v);
    }

    /** The configured limit as it was given: {@code 5}, {@code 7.5}. */
    private static String limit(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%s", v);
    }
}
