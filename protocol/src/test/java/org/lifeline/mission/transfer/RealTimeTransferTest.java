package org.lifeline.mission.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.lifeline.mavlink.sim.LinkProfile;
import org.lifeline.mavlink.sim.SimulatedChannelPair;
import org.lifeline.mission.MissionPlan;
import org.lifeline.mission.MissionType;
import org.lifeline.time.SystemScheduler;

/**
 * The same engine on real time and real threads (the production scheduler), over a fast lossy
 * simulated link: guards the locking between timer callbacks and message delivery. Waits on the
 * result with a deadline; never sleeps.
 */
class RealTimeTransferTest {

    @Test
    void aVerifiedUploadCompletesOnTheSystemScheduler() throws Exception {
        try (SystemScheduler vehicleTime = new SystemScheduler("vehicle-time");
             SystemScheduler groundTime = new SystemScheduler("ground-time")) {
            LinkProfile profile = new LinkProfile(Duration.ofMillis(2), 0, 0.05, 0.02, 0.02);
            SimulatedChannelPair link = SimulatedChannelPair.symmetric(groundTime, profile, 11);
            MissionServer server = new MissionServer(link.vehicle(), vehicleTime, ServerOptions.defaults());
            MissionTransferClient client = new MissionTransferClient(link.ground(), groundTime, TransferOptions.defaults());
            MissionPlan plan = TransferFixture.plan(MissionType.FENCE, 40);

            TransferResult r = client.uploadVerified(plan).get(60, TimeUnit.SECONDS);

            assertThat(r.outcome()).as(r.toString()).isEqualTo(TransferOutcome.SUCCESS);
            assertThat(server.plan(MissionType.FENCE)).isEqualTo(plan);
            client.close();
            server.close();
        }
    }
}
