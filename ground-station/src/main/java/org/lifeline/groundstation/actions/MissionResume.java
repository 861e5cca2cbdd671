package org.lifeline.groundstation.actions;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.lifeline.command.CommandOutcome;
import org.lifeline.command.ControlResult;
import org.lifeline.command.CopterMode;
import org.lifeline.command.StatusText;
import org.lifeline.command.VehicleControl;
import org.lifeline.command.VehicleHeartbeat;

/**
 * Resume: a drone paused in the air (GUIDED), or one the pilot sent home, flies its mission on.
 * ArduCopter's AUTO continues at the mission's current item instead of starting it again, so
 * resume is {@code MAV_CMD_DO_SET_MODE} AUTO, confirmed by the heartbeat
 * ({@link VehicleControl#setMode(CopterMode)}, as pause sets GUIDED).
 *
 * <p>It only makes sense for a vehicle flying with a mission. What the heartbeat shows is
 * checked first, and nothing is sent when it cannot:
 * <pre>
 *   no heartbeat ───────────────────────────────────────▶ failed, nothing sent
 *   heartbeat ─▶ disarmed ──────────────────────────────▶ refused: on the ground, upload and start a sortie
 *             ─▶ MAV_STATE_CRITICAL / _EMERGENCY ───────▶ refused: a failsafe holds it, AUTO would override it
 *             ─▶ any other state but ACTIVE ────────────▶ refused: not flying (STANDBY is ArduCopter's "landed")
 *             ─▶ already AUTO ──────────────────────────▶ refused: nothing to resume
 *             ─▶ DO_SET_MODE AUTO ─▶ refused by the autopilot ─▶ failed, with what it said
 *                                  │                              ("Mode change to AUTO failed: init failed": no mission)
 *                                  └▶ the heartbeat shows AUTO ──▶ done
 * </pre>
 * ArduPilot queues its STATUSTEXTs while it answers a command at once, so the text that explains
 * a refusal may come after the COMMAND_ACK: the reason is collected up to the vehicle's next
 * heartbeat. ArduCopter SITL showed the rest: STANDBY while armed on the ground, and AUTO
 * without a mission refused with "Mode change to AUTO failed: init failed" ({@code SitlResumeTest}).
 */
final class MissionResume {

    static final int MAV_STATE_STANDBY = 3;
    static final int MAV_STATE_ACTIVE = 4;
    static final int MAV_STATE_CRITICAL = 5;
    static final int MAV_STATE_EMERGENCY = 6;
    /** MAV_SEVERITY_WARNING: ArduPilot's mode-change failures are warnings, its failsafes worse. */
    private static final int WARNING = 4;
    private static final String NOTHING_SENT = "; nothing sent";
    private static final String NO_MISSION = " (ArduCopter refuses AUTO when it holds no mission)";

    private MissionResume() {
    }

    /**
     * Why resume must not be sent to a vehicle whose last heartbeat is {@code hb}; empty when
     * it may. Every refusal names the state that forbids it and what to do instead.
     */
    static Optional<String> refusal(VehicleHeartbeat hb) {
        String mode = CopterMode.describe(hb.customMode());
        if (!hb.armed()) {
            return Optional.of("not resumed: the vehicle is disarmed (" + mode + ", on the ground); resume flies on a mission "
                    + "paused in the air — to fly a sortie, upload and start it" + NOTHING_SENT);
        }
        int state = hb.systemStatus();
        if (state == MAV_STATE_CRITICAL || state == MAV_STATE_EMERGENCY) {
            return Optional.of("not resumed: the vehicle reports a failsafe (" + stateName(state) + ", in " + mode
                    + "); AUTO would override it — let the failsafe clear first" + NOTHING_SENT);
        }
        if (state != MAV_STATE_ACTIVE) {
            return Optional.of("not resumed: the vehicle is armed but not flying (" + stateName(state) + ", in " + mode
                    + (state == MAV_STATE_STANDBY ? ": ArduCopter's landed" : "")
                    + "); resume flies on a mission paused in the air — start the sortie instead" + NOTHING_SENT);
        }
        if (hb.customMode() == CopterMode.AUTO.customMode()) {
            return Optional.of("not resumed: the vehicle is already in AUTO, flying its mission: nothing to resume" + NOTHING_SENT);
        }
        return Optional.empty();
    }

    /**
     * Checks the vehicle's heartbeat ({@code wait} at most for one), then sets AUTO.
     *
     * @param wait how long to wait for a heartbeat, and for the reason of a refusal
     */
    static CompletableFuture<ControlResult> resume(VehicleControl control, Duration wait) {
        CompletableFuture<Optional<VehicleHeartbeat>> state = control.watch().latest().isPresent()
                ? CompletableFuture.completedFuture(control.watch().latest())
                : control.watch().awaitHeartbeat(hb -> true, wait);
        return state.thenCompose(hb -> {
            if (hb.isEmpty()) {
                return done(ControlResult.failed("resume", CommandOutcome.TIMEOUT, "not resumed: no heartbeat from the vehicle within "
                        + wait.toSeconds() + " s" + NOTHING_SENT));
            }
            Optional<String> no = refusal(hb.get());
            if (no.isPresent()) {
                return done(ControlResult.failed("resume", CommandOutcome.CANCELLED, no.get()));
            }
            long since = hb.get().receivedNanos();
            return control.setMode(CopterMode.AUTO).thenCompose(r -> r.success() || !r.outcome().isRefusal()
                    ? done(resumed(r))
                    : control.watch().awaitHeartbeat(next -> true, wait)
                    .thenApply(next -> refused(r, control.watch().textsSince(since))));
        });
    }

    private static ControlResult resumed(ControlResult r) {
        return r.success() ? ControlResult.succeeded("resume", "mission resumed: " + r.message() + ", flying on from its current item")
                : ControlResult.failed("resume", r.outcome(), "not resumed: " + r.message());
    }

    /**
     * The autopilot's refusal, with the warnings it sent meanwhile. ArduCopter's own words say
     * little ("Mode change to AUTO failed: init failed"), so the likely cause is named after them.
     */
    private static ControlResult refused(ControlResult r, List<StatusText> texts) {
        List<String> said = texts.stream().filter(t -> t.severity() <= WARNING).map(StatusText::text).distinct().toList();
        String why = said.isEmpty() ? "; the vehicle gave no reason" : "; vehicle said: " + String.join("; ", said);
        return ControlResult.failed("resume", r.outcome(), "not resumed: " + r.message() + why + NO_MISSION);
    }

    static String stateName(int state) {
        return switch (state) {
            case 0 -> "MAV_STATE_UNINIT";
            case 1 -> "MAV_STATE_BOOT";
            case 2 -> "MAV_STATE_CALIBRATING";
            case MAV_STATE_STANDBY -> "MAV_STATE_STANDBY";
            case MAV_STATE_ACTIVE -> "MAV_STATE_ACTIVE";
            case MAV_STATE_CRITICAL -> "MAV_STATE_CRITICAL";
            case MAV_STATE_EMERGENCY -> "MAV_STATE_EMERGENCY";
            case 7 -> "MAV_STATE_POWEROFF";
            case 8 -> "MAV_STATE_FLIGHT_TERMINATION";
            default -> "MAV_STATE " + state;
        };
    }

    private static CompletableFuture<ControlResult> done(ControlResult r) {
        return CompletableFuture.completedFuture(r);
    }
}
