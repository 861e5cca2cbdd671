package org.lifeline.groundstation.dispatch.flight;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.lifeline.groundstation.airspace.Airspace;
import org.lifeline.groundstation.dispatch.flight.FlightResult.Kind;
import org.lifeline.groundstation.dispatch.flight.FlightResult.Step;
import org.lifeline.groundstation.dispatch.state.DeliveryState;
import org.lifeline.groundstation.dispatch.store.DeliveryStore;
import org.lifeline.groundstation.dispatch.store.Outcome;
import org.lifeline.groundstation.dispatch.store.SortieRecord;
import org.lifeline.groundstation.logs.archive.UploadedPlans;
import org.lifeline.groundstation.session.SessionException;
import org.lifeline.groundstation.session.SessionOpener;
import org.lifeline.groundstation.session.VehicleSession;
import org.lifeline.link.LinkUri;
import org.lifeline.mission.MissionDigest;
import org.lifeline.plan.PlanFileException;
import org.lifeline.plan.PlanFiles;
import org.lifeline.plan.VehiclePlans;

/**
 * Sends a recorded, PLANNED sortie to its drone and starts it, in two separately callable steps
 * (a dashboard offers "upload", then, after a confirmation, "start"):
 *
 * <pre>
 *   upload:  PREPARE     the sortie's parcels all PLANNED; its .plan read; one drop per parcel found
 *            LINK        the flight controller's link opened, its heartbeat heard
 *            UPLOAD      mission, fence, rally uploaded and read back
 *            DROP_PLANS  one signed SET_DROP_PLAN per parcel to the drone's agent, naming the
 *                        read-back mission's digest; each ACCEPTED in agreement with it (empty
 *                        reason) once the agent has read that mission; parcels PLANNED → UPLOADED
 *   start:   PREPARE     the sortie's parcels all UPLOADED
 *            LINK, START GUIDED, arm (retried through pre-arm checks), MISSION_START (AUTO)
 * </pre>
 *
 * <p>Why this order: the agent compares each drop plan with the mission it has read from the
 * vehicle. Sent before the upload, a plan met the previous mission and raised a false
 * DROP_PLAN_MISMATCH; sent after it with the mission's digest, the agent stores and compares it
 * only once it has read that very mission ("mission not read yet" until then, retried up to
 * {@link FlightSettings#missionReadTimeout()}). So every mismatch it raises is real, and the
 * agent's agreement with the mission on the vehicle is a precondition of UPLOADED and so of the
 * start. When the agent disagrees, refuses, does not answer or does not read the mission in
 * time, the plans it stored are cancelled, the mission is cleared on the vehicle (so it cannot be
 * started with drops the agent would not release as planned) and the parcels are requeued, all
 * with the agent's reason.
 *
 * <p>A refusal (the sortie is not in the state a step needs) changes nothing. A failure before
 * take-off puts the sortie's parcels back in the queue (→ RETURNED → REQUESTED) with the reason,
 * cancels the drop plans already sent, and closes the sortie so that the next wave may use the
 * drone; except when the start failed with the vehicle armed: then it may fly, and its landing
 * settles the parcels. Both steps block until done (up to minutes: arming, transfers); run them
 * off a request thread. Two steps on one sortie at the same time are refused.
 */
public final class SortieFlight {

    private final DeliveryStore store;
    private final DropPlanChannel dropPlans;
    private final SessionOpener vehicles;
    private final FlightSettings settings;
    private final Clock clock;
    private final Optional<Airspace> airspace;
    private final Optional<UploadedPlans> uploads;
    private final Set<String> busy = ConcurrentHashMap.newKeySet();

    /**
     * @param store     the dispatch store holding the sortie
     * @param dropPlans the fleet bus to the agents ({@link FleetCommands})
     * @param vehicles  opens MAVLink sessions ({@code LinkSessionOpener} in production)
     * @param settings  timeouts and drop limits ({@link FlightSettings#DEFAULTS})
     * @param clock     for command times and the history
     */
    public SortieFlight(DeliveryStore store, DropPlanChannel dropPlans, SessionOpener vehicles, FlightSettings settings,
                        Clock clock) {
        this(store, dropPlans, vehicles, settings, clock, Optional.empty(), Optional.empty());
    }

    private SortieFlight(DeliveryStore store, DropPlanChannel dropPlans, SessionOpener vehicles, FlightSettings settings,
                         Clock clock, Optional<Airspace> airspace, Optional<UploadedPlans> uploads) {
        this.airspace = airspace;
        this.uploads = uploads;
        this.store = Objects.requireNonNull(store, "store");
        this.dropPlans = Objects.requireNonNull(dropPlans, "dropPlans");
        this.vehicles = Objects.requireNonNull(vehicles, "vehicles");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The same flight that also refuses, before anything is sent, a sortie whose drop points
     * {@code airspace} does not allow now (closed since the wave, left out of the file, ...).
     */
    public SortieFlight checkingAirspace(Airspace airspace) {
        return new SortieFlight(store, dropPlans, vehicles, settings, clock, Optional.of(airspace), uploads);
    }

    /**
     * The same flight that also records each verified upload as the plan now on the vehicle, in
     * {@code dataDir/uploaded/} as {@code lifeline mission upload} does ({@link UploadedPlans}):
     * under the drone's fleet id and under {@code sys<N>}, so that a {@code vehicle watch} on that
     * data folder files the sortie with the plan it flew.
     */
    public SortieFlight recordingUploadsIn(Path dataDir) {
        return new SortieFlight(store, dropPlans, vehicles, settings, clock, airspace, Optional.of(new UploadedPlans(dataDir)));
    }

    /**
     * Uploads the sortie and then sends the drop plans, each agreed by the agent against the
     * uploaded mission; on success its parcels are UPLOADED with the verification in the reason.
     *
     * @param notes one line per step done (drop plan accepted, plan uploaded and verified, ...)
     */
    public FlightResult upload(FlightOrder order, Consumer<String> notes) {
        return exclusive(order, () -> new Upload(order, notes).run());
    }

    /** Starts the uploaded sortie: GUIDED, arm, MISSION_START. The agent's TOOK_OFF makes it IN_FLIGHT. */
    public FlightResult start(FlightOrder order, Consumer<String> notes) {
        return exclusive(order, () -> {
            Optional<FlightResult> refused = check(order, DeliveryState.UPLOADED, "started");
            if (refused.isPresent()) {
                return refused.get();
            }
            SortieRecord sortie = store.sortie(order.sortieId()).orElseThrow();
            try (VehicleSession s = vehicles.open(order.link().options(order.sortieId(), "start", clock.instant()), notes)) {
                VehicleSteps.Outcome r = VehicleSteps.start(s, settings, notes);
                if (r.ok()) {
                    return FlightResult.done(order.sortieId(), Step.START, r.message());
                }
                if (r.armed()) {
                    return new FlightResult(order.sortieId(), Step.START, Kind.FAILED, r.message() + "; the vehicle is "
                            + "armed, so the parcels stay on sortie " + order.sortieId() + " until it lands", List.of());
                }
                return fail(sortie, Step.START, Kind.FAILED, r.message(), sortie.parcelIds());
            } catch (SessionException e) {
                return fail(sortie, Step.LINK, e.noLink() ? Kind.NO_LINK : Kind.FAILED, e.getMessage(), sortie.parcelIds());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return fail(sortie, Step.START, Kind.FAILED, "interrupted", sortie.parcelIds());
            } catch (Exception e) {
                return fail(sortie, Step.START, Kind.FAILED, describe(e), sortie.parcelIds());
            }
        });
    }

    private interface Work {
        FlightResult run();
    }

    private FlightResult exclusive(FlightOrder order, Work work) {
        if (!busy.add(order.sortieId())) {
            return FlightResult.refused(order.sortieId(), Step.PREPARE, "sortie " + order.sortieId()
                    + " is being sent or started already");
        }
        try {
            return work.run();
        } finally {
            busy.remove(order.sortieId());
        }
    }

    /** The upload, step by step; each failure puts the parcels back with its reason. */
    private final class Upload {
        private final FlightOrder order;
        private final Consumer<String> notes;
        private final List<String> planned = new ArrayList<>();

        Upload(FlightOrder order, Consumer<String> notes) {
            this.order = order;
            this.notes = notes;
        }

        FlightResult run() {
            Optional<FlightResult> refused = check(order, DeliveryState.PLANNED, "uploaded");
            if (refused.isPresent()) {
                return refused.get();
            }
            SortieRecord sortie = store.sortie(order.sortieId()).orElseThrow();
            Optional<Path> file = SortiePlanFile.of(store, sortie);
            if (file.isEmpty()) {
                return fail(sortie, Step.PREPARE, Kind.FAILED, "its history names no .plan file", List.of());
            }
            List<ParcelDrop> drops;
            VehiclePlans plans;
            try {
                plans = VehiclePlans.of(PlanFiles.read(file.get()));
                drops = SortieDrops.pair(plans.mission().items(), sortie.parcelIds(), order.drone().vehicle(), settings,
                        DropChecks.zoneRadii(store, sortie.parcelIds(), airspace));
            } catch (PlanFileException | IllegalArgumentException e) {
                return fail(sortie, Step.PREPARE, Kind.FAILED, file.get() + ": " + describe(e), List.of());
            }
            Optional<String> misplaced = DropChecks.misplaced(store, drops, airspace, clock.instant());
            if (misplaced.isPresent()) {
                return fail(sortie, Step.PREPARE, Kind.FAILED, file.get() + ": " + misplaced.get(), List.of());
            }
            notes.accept("plan " + file.get() + ": " + drops.size() + " drop(s) for " + sortie.droneId());
            try (VehicleSession s = vehicles.open(order.link().options(order.sortieId(), "upload", clock.instant()), notes)) {
                VehicleSteps.Outcome r = VehicleSteps.upload(s, plans, settings, notes);
                if (!r.ok()) {
                    return fail(sortie, Step.UPLOAD, Kind.FAILED, r.message(), List.of());
                }
                String digest = MissionDigest.of(r.readBack());
                AgentAgreement agent = new AgentAgreement(dropPlans, settings, clock, s.scheduler());
                Optional<AgentAgreement.Disagreement> no = agent.send(sortie, drops, digest, planned, notes);
                if (no.isPresent()) {
                    return undo(s, agent, sortie, no.get());
                }
                recordUpload(sortie.droneId(), "sys" + s.targetSystem(), file.get(), notes);
                String reason = "uploaded to " + sortie.droneId() + " over " + s.uri() + " from " + file.get() + ": "
                        + r.message() + "; drop plan accepted by its agent, in agreement with that mission (" + digest
                        + "), at item " + drops.stream().map(d -> String.valueOf(d.missionSeq())).toList();
                for (String p : sortie.parcelIds()) {
                    Outcome o = store.transition(p, DeliveryState.UPLOADED, reason, clock.instant());
                    if (!o.ok()) {
                        return fail(sortie, Step.UPLOAD, Kind.FAILED, p + " not UPLOADED: " + o.message(), planned);
                    }
                }
                return FlightResult.done(order.sortieId(), Step.UPLOAD, sortie.parcelIds().size() + " parcel(s) UPLOADED: " + reason);
            } catch (SessionException e) {
                return fail(sortie, Step.LINK, e.noLink() ? Kind.NO_LINK : Kind.FAILED, e.getMessage(), planned);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return fail(sortie, Step.UPLOAD, Kind.FAILED, "interrupted", planned);
            } catch (Exception e) {
                return fail(sortie, Step.UPLOAD, Kind.FAILED, describe(e), planned);
            }
        }

        /**
         * The agent does not agree with a drop plan (or did not answer, or did not read the
         * mission): its stored plans are cancelled first (so that the cleared mission raises no
         * mismatch), then the mission is cleared on the vehicle so that it cannot be started with
         * drops the agent will not release as planned, then the parcels go back in the queue.
         */
        private FlightResult undo(VehicleSession s, AgentAgreement agent, SortieRecord sortie,
                                  AgentAgreement.Disagreement no) throws Exception {
            agent.cancel(sortie, planned, notes);
            VehicleSteps.Outcome cleared = VehicleSteps.clearMission(s, settings);
            notes.accept(cleared.message());
            return fail(sortie, Step.DROP_PLANS, no.kind(), no.why() + "; " + cleared.message(), List.of());
        }
    }

    /** Records the verified plan as the vehicle's; a failure to record is a note, not a failed upload. */
    private void recordUpload(String droneId, String sys, Path plan, Consumer<String> notes) {
        if (uploads.isEmpty()) {
            return;
        }
        try {
            Path kept = uploads.get().record(droneId, plan);
            uploads.get().record(sys, plan);
            notes.accept("recorded as the plan of " + droneId + " and " + sys + " in " + kept.getParent());
        } catch (java.io.IOException e) {
            notes.accept("warning: the plan was not recorded as " + droneId + "'s (" + describe(e)
                    + "); a sortie flown with it is filed without its plan");
        }
    }

    /** Refuses (nothing changed) unless the sortie is open, the order's drone's, and every parcel is {@code needed}. */
    private Optional<FlightResult> check(FlightOrder order, DeliveryState needed, String verb) {
        String id = order.sortieId();
        try {
            LinkUri.parse(order.link().uri());
        } catch (IllegalArgumentException e) {
            return Optional.of(FlightResult.refused(id, Step.PREPARE, "link: " + e.getMessage()));
        }
        Optional<SortieRecord> found = store.sortie(id);
        if (found.isEmpty()) {
            return Optional.of(FlightResult.refused(id, Step.PREPARE, "no sortie " + id + " in the dispatch store"));
        }
        SortieRecord s = found.get();
        if (s.closedAt().isPresent()) {
            return Optional.of(FlightResult.refused(id, Step.PREPARE, "sortie " + id + " was closed at " + s.closedAt().get()
                    + " (landed, or put back in the queue): nothing to fly"));
        }
        if (!s.droneId().equals(order.drone().droneId())) {
            return Optional.of(FlightResult.refused(id, Step.PREPARE, "sortie " + id + " is " + s.droneId()
                    + "'s, not " + order.drone().droneId() + "'s"));
        }
        List<String> wrong = new ArrayList<>();
        for (String p : s.parcelIds()) {
            store.find(p).ifPresentOrElse(d -> {
                if (d.state() != needed || !d.sortieId().equals(Optional.of(id))) {
                    wrong.add(p + " is " + d.state() + (d.sortieId().equals(Optional.of(id)) ? "" : " (not on this sortie)"));
                }
            }, () -> wrong.add(p + " is unknown"));
        }
        if (!wrong.isEmpty()) {
            return Optional.of(FlightResult.refused(id, Step.PREPARE, "sortie " + id + " can be " + verb
                    + " only with every parcel " + needed + ": " + String.join(", ", wrong)));
        }
        return Optional.empty();
    }

    private FlightResult fail(SortieRecord sortie, Step step, Kind kind, String why, List<String> sentPlans) {
        return new SortieRequeue(store, dropPlans, settings, clock).fail(sortie, step, kind, why, sentPlans);
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
