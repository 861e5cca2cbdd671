package org.lifeline.mission.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import org.lifeline.mission.MissionPlan;
import org.lifeline.mission.MissionType;
import org.junit.jupiter.api.Test;

class EndToEndSmokeTest {

    @Test
    void uploadThenDownloadReturnsTheSamePlan() {
        TransferFixture f = TransferFixture.radio();
        MissionPlan plan = TransferFixture.plan(MissionType.MISSION, 20);
        TransferResult up = f.await(f.client.upload(plan));
        assertThat(up.outcome()).as(up.toString()).isEqualTo(TransferOutcome.SUCCESS);
        assertThat(f.server.plan(MissionType.MISSION)).isEqualTo(plan);
        TransferResult down = f.await(f.client.download(MissionType.MISSION));
        assertThat(down.isSuccess()).as(down.toString()).isTrue();
        assertThat(PlanComparison.firstDifference(plan, down.plan(), false)).isNull();
        System.out.println(up + " " + up.elapsed() + " rto " + f.client.retransmissionTimeout().current()
                + " srtt " + f.client.retransmissionTimeout().smoothedRtt());
        System.out.println(down + " " + down.elapsed());
    }
}
