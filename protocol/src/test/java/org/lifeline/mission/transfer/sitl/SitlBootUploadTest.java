package org.lifeline.mission.transfer.sitl;

import static org.assertj.core.api.Assertions.assertThat;

import io.dronefleet.mavlink.common.MavMissionResult;
import io.dronefleet.mavlink.common.MissionAck;
import org.junit.jupiter.api.Test;
import org.lifeline.mission.MissionType;
import org.lifeline.mission.transfer.TransferOutcome;
import org.lifeline.mission.transfer.TransferResult;
import org.lifeline.plan.VehiclePlans;
import org.lifeline.support.SitlProcess;

/**
 * A pilot who powers the drone and uploads at once: ArduPilot SITL (speed-up 1, so its boot
 * takes as long as a real one) boots when the ground station connects, and the upload goes out
 * before its first heartbeat, while it still answers MISSION_COUNT with NO_SPACE.
 */
class SitlBootUploadTest {

    @Test
    void anUploadRightAfterPowerOnWaitsForTheVehicleToFinishStartingAndVerifies() throws Exception {
        SitlProcess.assumeAvailable();
        VehiclePlans plans = VehiclePlans.of(SitlLink.qgcDeliveryPlan());
        try (SitlProcess sitl = SitlProcess.start(SitlProcess.Options.defaults().withSpeedup(1));
             SitlLink gcs = SitlLink.connect(sitl.gcsUri())) {
            TransferResult mission = gcs.uploadVerified(plans.mission());
            TransferResult fence = gcs.uploadVerified(plans.fence());

            assertThat(gcs.count(MissionAck.class, a -> a.type().entry() == MavMissionResult.MAV_MISSION_NO_SPACE))
                    .as("ArduPilot refused the first COUNTs while booting").isPositive();
            assertThat(mission.outcome()).as(mission.toString()).isEqualTo(TransferOutcome.SUCCESS);
            assertThat(mission.type()).isEqualTo(MissionType.MISSION);
            assertThat(fence.outcome()).as(fence.toString()).isEqualTo(TransferOutcome.SUCCESS);
            assertThat(mission.detail()).startsWith("uploaded and verified " + plans.mission().size() + " items after waiting")
                    .contains("for the vehicle to finish starting");
        }
    }
}
