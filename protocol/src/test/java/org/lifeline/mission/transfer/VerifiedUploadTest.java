package org.lifeline.mission.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lifeline.mission.MavCmd;
import org.lifeline.mission.MissionItem;
import org.lifeline.mission.MissionPlan;
import org.lifeline.mission.MissionType;

class VerifiedUploadTest {

    private static final MissionItem VEHICLE_HOME = MissionItem.at(MavCmd.NAV_WAYPOINT, 52.4, 13.1, 34.5, 0, 0, 0, 0);

    @Test
    void aVerifiedUploadToAnArduPilotLikeVehicleToleratesTheOverwrittenHome() {
        TransferFixture f = TransferFixture.radio();
        f.server.setHome(VEHICLE_HOME);
        MissionPlan plan = TransferFixture.plan(MissionType.MISSION, 5);
        TransferResult r = f.await(f.client.uploadVerified(plan));
        assertThat(r.operation()).isEqualTo(TransferOperation.VERIFIED_UPLOAD);
        assertThat(r.outcome()).as(r.toString()).isEqualTo(TransferOutcome.SUCCESS);
        assertThat(r.detail()).isEqualTo("uploaded and verified 5 items");
        assertThat(r.plan().item(0).withCurrent(false)).isEqualTo(VEHICLE_HOME);
    }

    @Test
    void aVehicleThatChangedAnItemFailsVerificationNamingTheItem() {
        TransferFixture f = new TransferFixture(org.lifeline.mavlink.sim.LinkProfile.perfect(), 1,
                TransferOptions.defaults().withHomeAtSeqZero(false), ServerOptions.defaults());
        f.server.setHome(VEHICLE_HOME);
        TransferResult r = f.await(f.client.uploadVerified(TransferFixture.plan(MissionType.MISSION, 5)));
        assertThat(r.outcome()).isEqualTo(TransferOutcome.VERIFY_MISMATCH);
        assertThat(r.detail()).startsWith("read-back differs from the upload: item 0 position")
                .contains("re-upload or clear before flight");
    }

    @Test
    void homeIsOnlySkippedForTheMissionNotForFenceOrRally() {
        TransferFixture f = TransferFixture.radio();
        f.server.setHome(VEHICLE_HOME);
        assertThat(f.await(f.client.uploadVerified(TransferFixture.plan(MissionType.FENCE, 4))).isSuccess()).isTrue();
        assertThat(f.server.plan(MissionType.FENCE)).isEqualTo(TransferFixture.plan(MissionType.FENCE, 4));
    }

    @Test
    void aFailedUploadSaysWhatTheVehicleMayNowHold() {
        TransferFixture f = TransferFixture.radio();
        f.server.faults().rejectItem(37, TransferOutcome.INVALID_PARAM1);
        TransferResult r = f.await(f.client.uploadVerified(TransferFixture.plan(MissionType.MISSION, 120)));
        assertThat(r.operation()).isEqualTo(TransferOperation.VERIFIED_UPLOAD);
        assertThat(r.outcome()).isEqualTo(TransferOutcome.INVALID_PARAM1);
        assertThat(r.detail()).isEqualTo("the vehicle rejected an item's param1; upload failed at item 37 of 120 "
                + "(ArduPilot uploads are not atomic): the vehicle may hold a partial or the previous mission"
                + " — re-upload or clear before flight");
    }

    @Test
    void aReadBackThatFailsLeavesTheUploadUnverified() {
        TransferFixture f = TransferFixture.radio();
        f.server.faults().rejectDownload(TransferOutcome.DENIED);
        TransferResult r = f.await(f.client.uploadVerified(TransferFixture.plan(MissionType.RALLY, 3)));
        assertThat(r.outcome()).isEqualTo(TransferOutcome.DENIED);
        assertThat(r.detail()).startsWith("uploaded 3 items but could not read them back").contains("unverified");
    }

    @Test
    void progressRunsThroughTheUploadAndThenTheReadBack() {
        TransferFixture f = TransferFixture.radio();
        List<Integer> done = new ArrayList<>();
        f.await(f.client.uploadVerified(TransferFixture.plan(MissionType.MISSION, 3), (t, d, total) -> done.add(d)));
        assertThat(done).containsExactly(0, 1, 2, 3, 0, 1, 2, 3);
    }
}
