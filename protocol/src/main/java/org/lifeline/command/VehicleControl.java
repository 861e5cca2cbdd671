package org.lifeline.command;

import org.lifeline.mavlink.MessageChannel;
import org.lifeline.time.Scheduler;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The pilot's actions on one vehicle: arm, disarm, set a flight mode by name, start the
 * mission, return to launch, land. Each returns a future of one {@link ControlResult} that
 * never completes exceptionally.
 *
 * <p>What the vehicle acknowledges is checked against what it then does where the heartbeat
 * shows it (armed flag, {@code custom_mode}), because an ACCEPTED that changes nothing is the
 * failure a pilot would otherwise discover in the air. Mode names are ArduPilot Copter's
 * ({@link CopterMode}); other actions use plain MAVLink commands and work with PX4 too.
 */
public final class VehicleControl implements AutoCloseable {

    static final int MAV_CMD_NAV_RETURN_TO_LAUNCH = 20;
    static final int MAV_CMD_NAV_LAND = 21;
    static final int MAV_CMD_DO_SET_MODE = 176;
    static final int MAV_CMD_MISSION_START = 300;
    static final int MAV_CMD_COMPONENT_ARM_DISARM = 400;

    private final CommandClient commands;
    private final VehicleWatch watch;
    private final Scheduler scheduler;
    private final ControlSettings settings;
    private final int targetSystem;
    private final int targetComponent;
    private final Consumer<String> notes;
    private final boolean owned;

    /**
     * Uses an existing command client and watch (shared with other users of the link).
     *
     * @param notes receives progress lines for the pilot ("arming refused (...), retrying")
     */
    public VehicleControl(CommandClient commands, VehicleWatch watch, Scheduler scheduler, ControlSettings settings,
                          int targetSystem, int targetComponent, Consumer<String> notes) {
        this(commands, watch, scheduler, settings, targetSystem, targetComponent, notes, false);
    }

    private VehicleControl(CommandClient commands, VehicleWatch watch, Scheduler scheduler, ControlSettings settings,
                           int targetSystem, int targetComponent, Consumer<String> notes, boolean owned) {
        this.commands = commands;
        this.watch = watch;
        this.scheduler = scheduler;
        this.settings = settings;
        this.targetSystem = targetSystem;
        this.targetComponent = targetComponent;
        this.notes = notes;
        this.owned = owned;
    }

    /** Creates its own command client and watch on {@code channel}; {@link #close()} closes them. */
    public static VehicleControl open(MessageChannel channel, Scheduler scheduler, ControlSettings settings,
                                      int targetSystem, int targetComponent, Consumer<String> notes) {
        return new VehicleControl(new CommandClient(channel, scheduler, settings.commands()),
                new VehicleWatch(channel, scheduler, targetSystem, targetComponent), scheduler, settings,
                targetSystem, targetComponent, notes, true);
    }

    public VehicleWatch watch() {
        return watch;
    }

    public CommandClient commands() {
        return commands;
    }

    /**
     * Arms, retrying while the vehicle refuses until {@link ControlSettings#armingDeadline()}.
     *
     * @param force skip the autopilot's pre-arm checks (param2 = 21196); for the bench only
     */
    public CompletableFuture<ControlResult> arm(boolean force) {
        return new ArmingSequence(commands, watch, scheduler, settings, targetSystem, targetComponent, force, notes).run();
    }

    /** @param force disarm even in flight (param2 = 21196): the motors stop and the vehicle falls */
    public CompletableFuture<ControlResult> disarm(boolean force) {
        CommandRequest r = command(MAV_CMD_COMPONENT_ARM_DISARM, 0f, force ? ArmingSequence.FORCE_MAGIC : 0f);
        return commands.send(r).thenCompose(result -> !result.accepted()
                ? done(ControlResult.failed("disarm", result.outcome(), "disarm " + refusal(result)))
                : confirm("disarm", hb -> !hb.armed(), "disarmed", "the heartbeat still shows the vehicle armed"));
    }

    /**
     * Sets an ArduPilot Copter flight mode by name, confirmed by the heartbeat.
     *
     * @throws IllegalArgumentException for an unknown name, listing the valid ones
     */
    public CompletableFuture<ControlResult> setMode(String name) {
        return setMode(CopterMode.fromName(name));
    }

    /** Sends MAV_CMD_DO_SET_MODE with MAV_MODE_FLAG_CUSTOM_MODE_ENABLED and waits for the heartbeat to show it. */
    public CompletableFuture<ControlResult> setMode(CopterMode mode) {
        String action = "set mode " + mode;
        CommandRequest r = command(MAV_CMD_DO_SET_MODE, VehicleHeartbeat.FLAG_CUSTOM_MODE_ENABLED, mode.customMode());
        return commands.send(r).thenCompose(result -> !result.accepted()
                ? done(ControlResult.failed(action, result.outcome(), "mode " + mode + " " + refusal(result)))
                : confirm(action, hb -> hb.customMode() == mode.customMode(), "mode " + mode,
                "mode change acknowledged but the heartbeat still shows " + currentMode()));
    }

    /**
     * Starts the uploaded mission the way ArduPilot accepts it: it refuses to arm in AUTO, so
     * the sequence is GUIDED → arm (retried through pre-arm checks) → MISSION_START, which
     * switches to AUTO; if the heartbeat does not show AUTO then, AUTO is set explicitly. A
     * vehicle that is already armed only gets MISSION_START.
     */
    public CompletableFuture<ControlResult> startMission() {
        // Whether the vehicle is armed decides the sequence (GUIDED on a vehicle flying its
        // mission would interrupt it), so a fresh watch first waits for one heartbeat.
        CompletableFuture<Optional<VehicleHeartbeat>> state = watch.latest().isPresent()
                ? CompletableFuture.completedFuture(watch.latest())
                : watch.awaitHeartbeat(hb -> true, settings.confirmTimeout());
        return state.thenCompose(hb -> {
            if (hb.isEmpty()) {
                return done(ControlResult.failed("start mission", CommandOutcome.TIMEOUT,
                        "mission not started: no heartbeat from the vehicle"));
            }
            CompletableFuture<ControlResult> ready = hb.get().armed()
                    ? done(ControlResult.succeeded("arm", "already armed"))
                    : setMode(CopterMode.GUIDED).thenCompose(m -> m.success() ? arm(false) : done(m));
            return ready.thenCompose(a -> a.success() ? sendMissionStart() : done(startFailed(a)));
        });
    }

    /** MAV_CMD_NAV_RETURN_TO_LAUNCH. */
    public CompletableFuture<ControlResult> returnToLaunch() {
        return simple("return to launch", command(MAV_CMD_NAV_RETURN_TO_LAUNCH));
    }

    /** MAV_CMD_NAV_LAND at the current position (NaN position and yaw mean "here, as is"). */
    public CompletableFuture<ControlResult> land() {
        return simple("land", command(MAV_CMD_NAV_LAND, 0f, 0f, 0f, Float.NaN, Float.NaN, Float.NaN, Float.NaN));
    }

    @Override
    public void close() {
        if (owned) {
            commands.close();
            watch.close();
        }
    }

    private CompletableFuture<ControlResult> sendMissionStart() {
        return commands.send(command(MAV_CMD_MISSION_START, 0f, 0f)).thenCompose(r -> {
            if (!r.accepted()) {
                return done(ControlResult.failed("start mission", r.outcome(), "mission start " + refusal(r)));
            }
            return watch.awaitHeartbeat(hb -> hb.customMode() == CopterMode.AUTO.customMode(), settings.confirmTimeout())
                    .thenCompose(hb -> hb.isPresent()
                            ? done(ControlResult.succeeded("start mission", "mission started: armed, AUTO"))
                            : setMode(CopterMode.AUTO).thenApply(m -> m.success()
                            ? ControlResult.succeeded("start mission", "mission started: armed, AUTO")
                            : startFailed(m)));
        });
    }

    private static ControlResult startFailed(ControlResult step) {
        return ControlResult.failed("start mission", step.outcome(), "mission not started: " + step.message());
    }

    private CompletableFuture<ControlResult> simple(String action, CommandRequest request) {
        return commands.send(request).thenApply(r -> r.accepted()
                ? ControlResult.succeeded(action, action + ": accepted")
                : ControlResult.failed(action, r.outcome(), action + " " + refusal(r)));
    }

    private CompletableFuture<ControlResult> confirm(String action, java.util.function.Predicate<VehicleHeartbeat> shows,
                                                     String successMessage, String failure) {
        return watch.awaitHeartbeat(shows, settings.confirmTimeout()).thenApply(hb -> hb.isPresent()
                ? ControlResult.succeeded(action, successMessage)
                : ControlResult.failed(action, CommandOutcome.ACCEPTED, failure + " after "
                + settings.confirmTimeout().toSeconds() + " s"));
    }

    private String currentMode() {
        Optional<VehicleHeartbeat> hb = watch.latest();
        return hb.map(h -> CopterMode.describe(h.customMode())).orElse("no heartbeat");
    }

    private static String refusal(CommandResult r) {
        return switch (r.outcome()) {
            case TIMEOUT -> "got no answer from the vehicle (" + r.attempts() + " sends)";
            case CANCELLED -> "was cancelled";
            default -> "refused by the vehicle: " + r.outcome();
        };
    }

    private CommandRequest command(int command, float... params) {
        return CommandRequest.longCommand(targetSystem, targetComponent, command, params);
    }

    private static CompletableFuture<ControlResult> done(ControlResult r) {
        return CompletableFuture.completedFuture(r);
    }
}
