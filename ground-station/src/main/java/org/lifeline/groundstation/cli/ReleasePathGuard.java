package org.lifeline.groundstation.cli;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.lifeline.groundstation.release.GripperParameters;
import org.lifeline.groundstation.release.ReleasePathCheck;
import org.lifeline.groundstation.session.VehicleSession;
import org.lifeline.mission.MissionItem;
import org.lifeline.mission.MissionType;
import org.lifeline.mission.transfer.MissionTransferClient;
import org.lifeline.mission.transfer.TransferOptions;
import org.lifeline.mission.transfer.TransferResult;

/**
 * The release-path check where the command line uploads a mission or starts one: the autopilot's
 * gripper parameters are read and a mission in which the parcel would not be released exactly
 * once, by its one owner, is refused with how to fix it ({@link ReleasePathCheck}).
 */
final class ReleasePathGuard {

    private static final Duration PARAM_WAIT = Duration.ofSeconds(1);
    private static final int PARAM_ROUNDS = 3;

    private ReleasePathGuard() {
    }

    /** Before uploading {@code mission}: why it must not go to this vehicle, if it must not. */
    static Optional<String> beforeUpload(VehicleSession s, List<MissionItem> mission) {
        if (!ReleasePathCheck.concerns(mission)) {
            return Optional.empty();
        }
        return ReleasePathCheck.refusal(mission, read(s)).map(why -> "refusing to upload: " + why);
    }

    /**
     * Before starting: when the autopilot's gripper is active, the mission on the vehicle is read
     * back, and refused if a DO_GRIPPER release in it would let a parcel go by the autopilot's own
     * hand (a mission uploaded by another program, or before this check existed).
     */
    static Optional<String> beforeStart(VehicleSession s) throws Exception {
        GripperParameters gripper = read(s);
        if (gripper.known() && !gripper.releasesByItself()) {
            return Optional.empty();
        }
        TransferOptions options = TransferOptions.defaults().withTarget(s.targetSystem(), s.targetComponent())
                .withOwnSystemId(s.ownSystemId()).withHomeAtSeqZero(s.isArduPilot()).withMaxRetries(2);
        try (MissionTransferClient client = new MissionTransferClient(s.channel(), s.scheduler(), options)) {
            TransferResult r = client.download(MissionType.MISSION).get(5, TimeUnit.MINUTES);
            if (!r.isSuccess() || r.downloadedPlan().isEmpty()) {
                return Optional.of("refusing to start: the autopilot's gripper is active (" + gripper.describe()
                        + ") and its mission could not be read back to check it: " + r.outcome().description());
            }
            List<MissionItem> items = r.downloadedPlan().get().items();
            return ReleasePathCheck.refusal(items, gripper).map(why -> "refusing to start: " + why);
        }
    }

    private static GripperParameters read(VehicleSession s) {
        return GripperParameters.read(s.channel(), s.targetSystem(), s.targetComponent(), PARAM_WAIT, PARAM_ROUNDS);
    }
}
