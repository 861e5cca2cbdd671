package org.lifeline.groundstation.dispatch.desk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.lifeline.groundstation.airspace.Airspace;
import org.lifeline.groundstation.dispatch.assign.Explanation;
import org.lifeline.groundstation.dispatch.assign.FleetDrone;
import org.lifeline.groundstation.dispatch.assign.PlannedSortie;
import org.lifeline.groundstation.dispatch.assign.PlannedWave;
import org.lifeline.groundstation.dispatch.assign.QueuedParcel;
import org.lifeline.groundstation.dispatch.assign.SortiePlanner;
import org.lifeline.groundstation.dispatch.assign.Wave;
import org.lifeline.groundstation.dispatch.assign.WaveDispatcher;
import org.lifeline.groundstation.dispatch.state.DeliveryState;
import org.lifeline.groundstation.dispatch.store.Delivery;
import org.lifeline.groundstation.dispatch.store.DeliveryStore;
import org.lifeline.groundstation.dispatch.store.Outcome;
import org.lifeline.groundstation.dispatch.store.SortieResult;
import org.lifeline.groundstation.dispatch.store.WaveClaim;
import org.lifeline.plan.PlanFileException;

/**
 * One wave at the desk: claims the queue (with a lease, so a dead desk's claim lapses), asks
 * the {@link WaveDispatcher} for sorties, plans each through the {@link SortiePlanner}, and for
 * each planned sortie records it in the store (ASSIGNED, written before anything is acted on),
 * writes its {@code .plan} and moves its parcels to PLANNED with the plan file as the reason.
 * A sortie whose plan cannot be written goes back to the queue, saying why. Parcels not carried
 * stay queued with their explanation; the claim is always released.
 */
public final class DispatchDesk {

    /** How many queued deliveries one wave looks at, most urgent first. */
    public static final int MAX_CLAIM = 500;

    private static final DateTimeFormatter SORTIE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final DeliveryStore store;
    private final WaveDispatcher dispatcher;
    private final SortiePlanner planner;
    private final Clock clock;
    private final String name;

    /**
     * @param name who dispatches (for the claim and the history), e.g. {@code desk@laptop-3}
     */
    public DispatchDesk(DeliveryStore store, WaveDispatcher dispatcher, SortiePlanner planner, Clock clock, String name) {
        this.store = Objects.requireNonNull(store, "store");
        this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
        this.planner = Objects.requireNonNull(planner, "planner");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.name = Objects.requireNonNull(name, "name");
    }

    /**
     * Runs one wave.
     *
     * @param airspace the airspace in force for the flights
     * @param fleet    every registered drone, available or not (with the reason)
     * @param planDir  where the {@code .plan} files go (created if needed)
     * @param lease    how long the claim holds if this desk dies mid-wave
     */
    public WaveOutcome plan(Airspace airspace, List<FleetDrone> fleet, Path planDir, Duration lease) {
        WaveClaim claim = store.claimQueued(name, MAX_CLAIM, lease);
        try {
            Instant now = clock.instant();
            List<QueuedParcel> queue = new ArrayList<>();
            List<Explanation> notes = new ArrayList<>();
            for (Delivery d : claim.requests()) {
                queue.add(QueuedParcels.of(d));
            }
            Wave wave = dispatcher.plan(airspace, now, queue, fleet);
            PlannedWave planned = planner.plan(airspace, wave, fleet);
            List<WaveOutcome.Recorded> recorded = new ArrayList<>();
            List<String> failures = new ArrayList<>();
            for (PlannedSortie s : planned.sorties()) {
                record(claim, s, now, planDir, failures).ifPresent(recorded::add);
            }
            notes.addAll(0, planned.wave().parcels());
            notes.addAll(planned.wave().drones());
            return new WaveOutcome(claim.requests().size(), recorded, notes, failures);
        } finally {
            store.releaseClaim(claim);
        }
    }

    private Optional<WaveOutcome.Recorded> record(WaveClaim claim, PlannedSortie s, Instant now, Path planDir,
                                                    List<String> failures) {
        String sortieId = "S-" + SORTIE_TIME.format(now) + "-" + s.sortie().droneId();
        List<String> parcels = s.sortie().parcels().stream().map(QueuedParcel::requestId).toList();
        String assigned = String.format(Locale.ROOT, "sortie %s: %s from %s, %d parcel(s), %.1f km, %.0f min planned",
                sortieId, s.sortie().droneId(), s.sortie().launchSiteId(), parcels.size(), s.metres() / 1000, s.seconds() / 60);
        SortieResult r = store.recordSortie(claim, sortieId, s.sortie().droneId(), parcels, assigned);
        if (!r.ok()) {
            failures.add("sortie " + sortieId + " not recorded: " + r.refusal().orElse(""));
            return Optional.empty();
        }
        Path file;
        try {
            Files.createDirectories(planDir);
            file = SortiePlanner.write(s, planDir);
        } catch (IOException | PlanFileException e) {
            String why = "its plan could not be written to " + planDir + ": " + e.getMessage();
            parcels.forEach(id -> store.requeue(id, "sortie " + sortieId + " will not fly: " + why));
            failures.add("sortie " + sortieId + " back in the queue: " + why);
            return Optional.empty();
        }
        for (String id : parcels) {
            Outcome o = store.transition(id, DeliveryState.PLANNED, "plan " + file);
            if (!o.ok()) {
                failures.add("sortie " + sortieId + ": " + id + " not PLANNED: " + o.message());
                return Optional.empty();
            }
        }
        return Optional.of(new WaveOutcome.Recorded(sortieId, s.sortie().droneId(), s.sortie().launchSiteId(), parcels,
                s.metres(), s.seconds(), file));
    }
}
