package org.lifeline.groundstation.actions;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.lifeline.groundstation.dispatch.store.ActionEntry;
import org.lifeline.groundstation.dispatch.store.ActionLog;
import org.lifeline.groundstation.dispatch.store.DeliveryStore;
import org.lifeline.groundstation.dispatch.store.SortieRecord;

/**
 * Every operator action goes through here: it is checked (a sortie action names an open
 * sortie of that drone), written to the action log with the operator <em>before</em> it is
 * sent, carried out by the {@link DroneActions}, and its result written after. One drone does
 * one action at a time: a second action asked while the first runs is refused, saying which
 * one is running and who asked for it.
 */
public final class RecordedActions {

    /** What became of an action: refused before anything was sent, or done (successfully or not) and logged. */
    public record Outcome(Optional<String> refusal, Optional<ActionEntry> asked, Optional<ActionEntry> logged, Optional<ActionResult> result) {

        static Outcome refused(String why) {
            return new Outcome(Optional.of(why), Optional.empty(), Optional.empty(), Optional.empty());
        }

        public boolean refused() {
            return refusal.isPresent();
        }
    }

    private final DroneActions actions;
    private final DeliveryStore store;
    private final ActionLog log;
    private final Map<String, ActionEntry> running = new ConcurrentHashMap<>();

    public RecordedActions(DroneActions actions, DeliveryStore store) {
        this.actions = Objects.requireNonNull(actions, "actions");
        this.store = Objects.requireNonNull(store, "store");
        this.log = store.actions();
    }

    public ActionLog log() {
        return log;
    }

    /** Checks, logs, performs and logs the result of {@code request} for {@code operator}. */
    public Outcome perform(String operator, ActionRequest request) {
        return perform(operator, request, actions);
    }

    /**
     * As {@link #perform(String, ActionRequest)}, carried out by {@code how} instead: for code
     * that flies sorties itself (the demo) and whose steps must keep the same rules — checked,
     * logged with who did them, and one action per drone at a time.
     */
    public Outcome perform(String operator, ActionRequest request, DroneActions how) {
        Objects.requireNonNull(how, "how");
        Optional<String> wrong = check(request);
        if (wrong.isPresent()) {
            return Outcome.refused(wrong.get());
        }
        ActionEntry asked = log.asked(operator, request.action().word(), request.droneId(), request.sortieId(), request.describe());
        ActionEntry busy = running.putIfAbsent(request.droneId(), asked);
        if (busy != null) {
            ActionEntry logged = log.result(asked, false, request.droneId() + " is busy with " + busy.detail() + " ("
                    + busy.actionId() + ", asked by " + busy.operator() + "): nothing sent; try again when it has finished");
            return new Outcome(Optional.empty(), Optional.of(asked), Optional.of(logged),
                    Optional.of(ActionResult.failed(logged.detail())));
        }
        ActionResult result;
        try {
            result = how.perform(request);
        } catch (RuntimeException e) {
            result = ActionResult.failed(request.describe() + " failed: " + e.getMessage());
        } finally {
            running.remove(request.droneId(), asked);
        }
        ActionEntry logged = log.result(asked, result.success(), result.text());
        return new Outcome(Optional.empty(), Optional.of(asked), Optional.of(logged), Optional.of(result));
    }

    private Optional<String> check(ActionRequest r) {
        if (!r.action().needsSortie()) {
            return r.sortieId().isPresent()
                    ? Optional.of(r.action().word() + ": expected no sortie (it acts on the drone), got " + r.sortieId().get())
                    : Optional.empty();
        }
        if (r.sortieId().isEmpty()) {
            return Optional.of(r.action().word() + ": expected a sortie id (S-…)");
        }
        Optional<SortieRecord> s = store.sortie(r.sortieId().get());
        if (s.isEmpty()) {
            return Optional.of("no sortie " + r.sortieId().get());
        }
        if (!s.get().droneId().equals(r.droneId())) {
            return Optional.of("sortie " + s.get().id() + " is for " + s.get().droneId() + ", not " + r.droneId());
        }
        if (s.get().closedAt().isPresent()) {
            return Optional.of("sortie " + s.get().id() + " has landed already (" + s.get().closedAt().get() + ")");
        }
        return Optional.empty();
    }
}
