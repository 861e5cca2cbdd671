package org.lifeline.groundstation.dispatch.flight;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import org.lifeline.command.CommandSettings;
import org.lifeline.command.ControlResult;
import org.lifeline.command.ControlSettings;
import org.lifeline.command.VehicleControl;
import org.lifeline.groundstation.release.GripperParameters;
import org.lifeline.groundstation.release.ReleasePathCheck;
import org.lifeline.groundstation.session.VehicleSession;
import org.lifeline.mission.MissionItem;
import org.lifeline.mission.MissionPlan;
import org.lifeline.mission.MissionType;
import org.lifeline.mission.transfer.MissionTransferClient;
import org.lifeline.mission.transfer.TransferOptions;
import org.lifeline.mission.transfer.TransferResult;
import org.lifeline.plan.VehiclePlans;

/**
 * What {@link SortieFlight} does on an open vehicle session, as {@code lifeline mission upload
 * --type all} and {@code lifeline vehicle start} do it: the release-path check first, then the
 * verified upload of mission, fence and rally; or the start (GUIDED, arm with retries,
 * MISSION_START).
 */
final class VehicleSteps {

    /**
     * How one vehicle step ended: success, and one line (the verification, or what went wrong);
     * after an upload, the mission as read back from the vehicle (home at 0), else empty.
     */
    record Outcome(boolean ok, String message, boolean armed, List<MissionItem> readBack) {
        Outcome(boolean ok, String message, boolean armed) {
            this(ok, message, armed, List.of());
        }
    }

    private static final Duration PARAM_WAIT = Duration.ofMillis(1500);
    private static final int PARAM_ROUNDS = 4;

    private VehicleSteps() {
    }

    /** Uploads the three plans, each read back and compared; stops at the first failure. */
    static Outcome upload(VehicleSession s, VehiclePlans plans, FlightSettings settings, Consumer<String> notes)
            throws Exception {
        List<MissionItem> mission = plans.mission().items();
        if (ReleasePathCheck.concerns(mission)) {
            Optional<String> why = ReleasePathCheck.refusal(mission, gripper(s));
            if (why.isPresent()) {
                return new Outcome(false, "refusing to upload: " + why.get(), false);
            }
        }
        List<String> done = new ArrayList<>();
        List<MissionItem> readBack = mission;
        try (MissionTransferClient client = new MissionTransferClient(s.channel(), s.scheduler(), options(s))) {
            for (MissionPlan p : List.of(plans.mission(), plans.fence(), plans.rally())) {
                String type = p.type().name().toLowerCase(Locale.ROOT);
                TransferResult r = client.uploadVerified(p).get(settings.transferGuard().toMillis(), TimeUnit.MILLISECONDS);
                if (!r.isSuccess()) {
                    return new Outcome(false, type + " upload failed: " + r.outcome().description() + " (" + r.detail() + ")"
                            + (done.isEmpty() ? "" : "; " + String.join(", ", done) + " had been verified"), false);
                }
                if (p.type() == MissionType.MISSION && r.downloadedPlan().isPresent()) {
                    readBack = r.downloadedPlan().get().items();
                }
                String line = String.format(Locale.ROOT, "%s %d items", type, r.itemsTotal());
                done.add(line);
                notes.accept(String.format(Locale.ROOT, "%s uploaded and verified: %d items in %.1f s", type, r.itemsTotal(),
                        r.elapsed().toMillis() / 1000.0));
            }
        } catch (TimeoutException e) {
            return new Outcome(false, "the upload did not end within " + settings.transferGuard().toMinutes() + " min", false);
        }
        return new Outcome(true, String.join(", ", done) + " uploaded and verified by read-back", false, readBack);
    }

    /**
     * Clears the vehicle's mission (MISSION_CLEAR_ALL: ArduPilot keeps only home, and refuses AUTO
     * with no mission), so that a mission whose drops the agent will not release cannot be started.
     */
    static Outcome clearMission(VehicleSession s, FlightSettings settings) throws Exception {
        try (MissionTransferClient client = new MissionTransferClient(s.channel(), s.scheduler(), options(s))) {
            TransferResult r = client.clear(MissionType.MISSION).get(settings.transferGuard().toMillis(), TimeUnit.MILLISECONDS);
            return new Outcome(r.isSuccess(), r.isSuccess() ? "the mission was cleared on the vehicle"
                    : "clearing the mission on the vehicle failed (" + r.outcome().description() + "): do not start it", false);
        } catch (TimeoutException e) {
            return new Outcome(false, "clearing the mission on the vehicle did not end in time: do not start it", false);
        }
    }

    /** Starts the mission on the vehicle; says whether the vehicle is armed when it fails. */
    static Outcome start(VehicleSession s, FlightSettings settings, Consumer<String> notes) throws Exception {
        Optional<String> refusal = beforeStart(s);
        if (refusal.isPresent()) {
            return new Outcome(false, refusal.get(), false);
        }
        ControlSettings control = ControlSettings.defaults().withArmingDeadline(settings.armingTimeout())
                .withCommands(CommandSettings.defaults().withOurSystemId(s.ownSystemId()));
        try (VehicleControl v = VehicleControl.open(s.channel(), s.scheduler(), control, s.targetSystem(),
                s.targetComponent(), notes::accept)) {
            ControlResult r;
            try {
                r = v.startMission().get(settings.armingTimeout().toSeconds() + 120, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                r = ControlResult.failed("start mission", org.lifeline.command.CommandOutcome.TIMEOUT,
                        "no result from the vehicle in time");
            }
            boolean armed = v.watch().latest().map(hb -> hb.armed()).orElse(false);
            return new Outcome(r.success(), r.message(), armed);
        }
    }

    /**
     * When the autopilot's gripper is active, the mission on the vehicle is read back and
     * refused if one of its DO_GRIPPER items would release a parcel by the autopilot's own hand.
     */
    private static Optional<String> beforeStart(VehicleSession s) throws Exception {
        GripperParameters gripper = gripper(s);
        if (gripper.known() && !gripper.releasesByItself()) {
            return Optional.empty();
        }
        try (MissionTransferClient client = new MissionTransferClient(s.channel(), s.scheduler(),
                options(s).withMaxRetries(2))) {
            TransferResult r = client.download(MissionType.MISSION).get(5, TimeUnit.MINUTES);
            if (!r.isSuccess() || r.downloadedPlan().isEmpty()) {
                return Optional.of("refusing to start: the autopilot's gripper is active (" + gripper.describe()
                        + ") and its mission could not be read back to check it: " + r.outcome().description());
            }
            return ReleasePathCheck.refusal(r.downloadedPlan().get().items(), gripper).map(why -> "refusing to start: " + why);
        }
    }

    private static TransferOptions options(VehicleSession s) {
        return TransferOptions.defaults().withTarget(s.targetSystem(), s.targetComponent())
                .withOwnSystemId(s.ownSystemId()).withHomeAtSeqZero(s.isArduPilot());
    }

    private static GripperParameters gripper(VehicleSession s) {
        return GripperParameters.read(s.channel(), s.targetSystem(), s.targetComponent(), PARAM_WAIT, PARAM_ROUNDS);
    }
}
