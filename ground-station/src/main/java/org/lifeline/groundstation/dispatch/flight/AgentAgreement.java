package org.lifeline.groundstation.dispatch.flight;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import org.lifeline.fleet.Command;
import org.lifeline.fleet.CommandAck;
import org.lifeline.fleet.CommandType;
import org.lifeline.groundstation.dispatch.flight.FlightResult.Kind;
import org.lifeline.groundstation.dispatch.store.SortieRecord;
import org.lifeline.mission.MissionDigest;
import org.lifeline.time.Scheduler;

/**
 * The drop plans of a sortie whose mission is on the vehicle and verified, each sent with the
 * {@link MissionDigest} of that mission as read back. The agent answers "mission not read yet"
 * (and stores nothing) until its own read of the vehicle's mission has that digest; the plan is
 * then sent again every {@link FlightSettings#MISSION_READ_RETRY} until the agent has read it or
 * {@link FlightSettings#missionReadTimeout()} has passed on the injected clock. Only then is the
 * plan compared with the mission, so a DROP_PLAN_MISMATCH is always a real disagreement; and
 * every plan must be ACCEPTED <em>with agreement</em> (an empty reason): an accepted plan that
 * "disagrees with the mission" is a failure, since the agent would release that parcel under its
 * default limits, not the ones planned.
 */
final class AgentAgreement {

    /** Why the agent does not agree: the kind of failure and its reason, in the agent's words where it gave some. */
    record Disagreement(Kind kind, String why) {
    }

    private final DropPlanChannel channel;
    private final FlightSettings settings;
    private final Clock clock;
    private final Scheduler pause;

    AgentAgreement(DropPlanChannel channel, FlightSettings settings, Clock clock, Scheduler pause) {
        this.channel = channel;
        this.settings = settings;
        this.clock = clock;
        this.pause = pause;
    }

    /**
     * Sends the drop plans in order and stops at the first one not agreed; {@code accepted} gets
     * every parcel whose plan the agent stored (an agreeing one, and a disagreeing one too: both
     * must be cancelled if the sortie does not fly).
     */
    Optional<Disagreement> send(SortieRecord sortie, List<ParcelDrop> drops, String digest, List<String> accepted,
                                Consumer<String> notes) throws InterruptedException {
        for (ParcelDrop d : drops) {
            Optional<Disagreement> no = sendOne(sortie, d, digest, accepted, notes);
            if (no.isPresent()) {
                return no;
            }
        }
        return Optional.empty();
    }

    private Optional<Disagreement> sendOne(SortieRecord sortie, ParcelDrop d, String digest, List<String> accepted,
                                           Consumer<String> notes) throws InterruptedException {
        Instant deadline = clock.instant().plus(settings.missionReadTimeout());
        long attempts = settings.missionReadTimeout().toMillis() / FlightSettings.MISSION_READ_RETRY.toMillis() + 1;
        String agent = sortie.droneId() + "'s agent";
        for (int attempt = 1; ; attempt++) {
            Map<String, String> args = new java.util.HashMap<>(d.args());
            args.put("missionDigest", digest);
            String id = "plan-" + sortie.id() + "-" + d.parcelId() + "-" + clock.millis() + "-" + attempt;
            CommandAck ack;
            try {
                ack = channel.send(new Command(id, sortie.droneId(), clock.millis(), CommandType.SET_DROP_PLAN, args, ""))
                        .get(settings.ackTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                return Optional.of(new Disagreement(Kind.FAILED, "no answer from " + agent + " to the drop plan of "
                        + d.parcelId() + " within " + settings.ackTimeout().toSeconds() + " s (is it online on the fleet bus?)"));
            } catch (ExecutionException e) {
                return Optional.of(new Disagreement(Kind.NO_LINK, "the drop plan of " + d.parcelId() + " could not be sent: "
                        + describe(e.getCause())));
            }
            boolean notRead = ack.result() == CommandAck.Result.FAILED && ack.reason().startsWith(MissionDigest.NOT_READ_YET);
            if (notRead) {
                if (!clock.instant().isBefore(deadline) || attempt >= attempts) {
                    return Optional.of(new Disagreement(Kind.FAILED, agent + " did not read the uploaded mission within "
                            + settings.missionReadTimeout().toSeconds() + " s, so the drop plan of " + d.parcelId()
                            + " could not be checked against it: " + ack.reason()));
                }
                wait(FlightSettings.MISSION_READ_RETRY);
                continue;
            }
            if (ack.result() != CommandAck.Result.ACCEPTED) {
                return Optional.of(new Disagreement(Kind.FAILED, agent + " refused the drop plan of " + d.parcelId() + ": "
                        + ack.result() + (ack.reason().isBlank() ? "" : " " + ack.reason())));
            }
            accepted.add(d.parcelId());
            if (!ack.reason().isBlank()) {
                return Optional.of(new Disagreement(Kind.FAILED, agent + " does not agree with the drop plan of "
                        + d.parcelId() + " (item " + d.missionSeq() + "): " + ack.reason()));
            }
            notes.accept("drop plan accepted by " + sortie.droneId() + ": " + d.describe() + " (in agreement with the uploaded"
                    + " mission" + (attempt == 1 ? "" : ", after " + (attempt - 1) + " \"not read yet\"") + ")");
            return Optional.empty();
        }
    }

    /** Cancels the plans the agent stored and waits (each up to the ack timeout) for it to confirm. */
    void cancel(SortieRecord sortie, List<String> parcels, Consumer<String> notes) throws InterruptedException {
        List<CompletableFuture<CommandAck>> acks = new ArrayList<>();
        for (String p : parcels) {
            acks.add(channel.send(new Command("cancel-" + sortie.id() + "-" + p + "-" + clock.millis(), sortie.droneId(),
                    clock.millis(), CommandType.CANCEL_DROP, Map.of("parcelId", p), "")));
        }
        for (int i = 0; i < acks.size(); i++) {
            try {
                CommandAck a = acks.get(i).get(settings.ackTimeout().toMillis(), TimeUnit.MILLISECONDS);
                notes.accept("drop plan of " + parcels.get(i) + " cancelled on " + sortie.droneId() + ": " + a.result()
                        + (a.reason().isBlank() ? "" : " " + a.reason()));
            } catch (ExecutionException | TimeoutException e) {
                notes.accept("warning: the cancel of " + parcels.get(i) + "'s drop plan was not confirmed by "
                        + sortie.droneId() + "'s agent (" + describe(e) + ")");
            }
        }
    }

    private static String describe(Throwable e) {
        Throwable t = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }

    private void wait(Duration d) throws InterruptedException {
        CompletableFuture<Void> done = new CompletableFuture<>();
        pause.schedule(d, () -> done.complete(null));
        try {
            done.get(d.toMillis() * 20 + 1000, TimeUnit.MILLISECONDS); // bounded even if the scheduler stood still
        } catch (ExecutionException | TimeoutException e) {
            // the pause is over either way
        }
    }
}
