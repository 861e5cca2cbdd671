package org.lifeline.command;

import org.lifeline.time.Scheduler;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Arms the vehicle, retrying while it refuses until a deadline, because ArduPilot's pre-arm
 * checks pass only some seconds after the vehicle looks healthy. The failure message carries
 * the last refusal and the "PreArm: ..." / "Arm: ..." lines the vehicle sent meanwhile, which
 * is what a pilot needs to fix the cause.
 *
 * <pre>
 *   ARMING ──ACCEPTED──▶ CONFIRMING ──heartbeat armed──▶ done (success)
 *    │  ▲                    └──no armed heartbeat in time──▶ done (failed)
 *    │  └── refused (TEMPORARILY_REJECTED/DENIED/FAILED) before the deadline: wait (at most until it), retry
 *    ├── refused with "Arm: Mode not armable" (waiting will not help) ──▶ done (failed)
 *    └── refused at/after the deadline, TIMEOUT, UNSUPPORTED, CANCELLED ──▶ done (failed)
 * </pre>
 */
final class ArmingSequence {

    static final float FORCE_MAGIC = 21196f;
    static final String MODE_NOT_ARMABLE = "Arm: Mode not armable";

    private final CommandClient commands;
    private final VehicleWatch watch;
    private final Scheduler scheduler;
    private final ControlSettings settings;
    private final CommandRequest request;
    private final Consumer<String> notes;
    private final CompletableFuture<ControlResult> result = new CompletableFuture<>();
    private long startNanos;
    private long deadlineNanos;
    private int attempts;

    ArmingSequence(CommandClient commands, VehicleWatch watch, Scheduler scheduler, ControlSettings settings,
                   int targetSystem, int targetComponent, boolean force, Consumer<String> notes) {
        this.commands = commands;
        this.watch = watch;
        this.scheduler = scheduler;
        this.settings = settings;
        this.notes = notes;
        this.request = CommandRequest.longCommand(targetSystem, targetComponent, VehicleControl.MAV_CMD_COMPONENT_ARM_DISARM,
                1f, force ? FORCE_MAGIC : 0f);
    }

    CompletableFuture<ControlResult> run() {
        startNanos = scheduler.nanoTime();
        deadlineNanos = startNanos + settings.armingDeadline().toNanos();
        attempt();
        return result;
    }

    private void attempt() {
        attempts++;
        commands.send(request).thenAccept(this::onResult);
    }

    private void onResult(CommandResult r) {
        if (r.accepted()) {
            watch.awaitHeartbeat(VehicleHeartbeat::armed, settings.confirmTimeout()).thenAccept(hb -> result.complete(
                    hb.isPresent()
                            ? ControlResult.succeeded("arm", "armed" + (attempts > 1 ? " after " + attempts + " attempts" : ""))
                            : ControlResult.failed("arm", CommandOutcome.ACCEPTED,
                            "arming acknowledged but the heartbeat does not show the vehicle armed within "
                                    + settings.confirmTimeout().toSeconds() + " s")));
            return;
        }
        long left = deadlineNanos - scheduler.nanoTime();
        if (r.outcome().isRefusal() && left > 0 && !modeNotArmable()) {
            // the last attempt falls on the deadline itself, so "30 s" means 30 s of trying
            notes.accept("arming refused (" + r.outcome() + lastReason().map(s -> ": " + s).orElse("") + "), retrying");
            scheduler.schedule(java.time.Duration.ofNanos(Math.min(left, settings.armRetryInterval().toNanos())),
                    this::attempt);
            return;
        }
        result.complete(ControlResult.failed("arm", r.outcome(), failureMessage(r)));
    }

    private String failureMessage(CommandResult r) {
        String head = switch (r.outcome()) {
            case TIMEOUT -> "arming got no answer from the vehicle (" + r.attempts() + " sends)";
            case CANCELLED -> "arming cancelled";
            default -> "arming refused: " + r.outcome();
        };
        if (r.outcome().isRefusal()) {
            long seconds = (scheduler.nanoTime() - startNanos) / 1_000_000_000L;
            head += " (" + attempts + (attempts == 1 ? " attempt" : " attempts") + " over " + seconds + " s)";
        }
        Set<String> reasons = reasons();
        if (modeNotArmable()) {
            head += " (the flight mode forbids arming: set GUIDED or LOITER first, or start the mission with 'start')";
        }
        return reasons.isEmpty() ? head + "; the vehicle gave no reason"
                : head + "; vehicle said: " + String.join("; ", reasons);
    }

    /**
     * ArduPilot answers arming in a mode that forbids it (AUTO, RTL, LAND...) with the same
     * FAILED as a pre-arm check, but waiting will not change the mode: stop at once.
     */
    private boolean modeNotArmable() {
        return reasons().stream().anyMatch(t -> t.startsWith(MODE_NOT_ARMABLE));
    }

    private java.util.Optional<String> lastReason() {
        return reasons().stream().reduce((a, b) -> b);
    }

    private Set<String> reasons() {
        Set<String> reasons = new LinkedHashSet<>();
        for (StatusText t : watch.textsSince(startNanos)) {
            if (t.isArmingReason()) {
                reasons.remove(t.text());
                reasons.add(t.text());
            }
        }
        return reasons;
    }
}
