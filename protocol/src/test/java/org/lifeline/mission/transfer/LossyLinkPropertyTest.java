package org.lifeline.mission.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.lifeline.mavlink.sim.LinkProfile;
import org.lifeline.mission.MissionPlan;
import org.lifeline.mission.MissionType;

/**
 * The safety property of mission transfer over a bad radio: a verified upload either reports
 * success and the vehicle holds exactly the intended plan, or it reports a failure — and then
 * the vehicle holds the previous plan or the intended one, never a silent mix presented as
 * success. Random seeds drive loss, duplication and reordering in both directions.
 */
class LossyLinkPropertyTest {

    @Property(tries = 40)
    void aVerifiedUploadIsExactOrReportsFailure(@ForAll long seed,
                                                @ForAll @DoubleRange(min = 0, max = 0.35) double loss,
                                                @ForAll @DoubleRange(min = 0, max = 0.1) double duplication,
                                                @ForAll @DoubleRange(min = 0, max = 0.1) double reorder,
                                                @ForAll @IntRange(min = 0, max = 60) int items,
                                                @ForAll MissionType type,
                                                @ForAll boolean adaptive) {
        LinkProfile profile = LinkProfile.radio57600(Duration.ofMillis(25))
                .withLoss(loss).withDuplication(duplication).withReorder(reorder);
        TransferFixture f = new TransferFixture(profile, seed, TransferOptions.defaults().withAdaptive(adaptive),
                ServerOptions.defaults().withLegacyRequests(seed % 2 == 0));
        MissionPlan previous = TransferFixture.plan(type, 2);
        MissionPlan intended = TransferFixture.plan(type, items);
        f.server.setPlan(previous);

        TransferResult r = f.await(f.client.uploadVerified(intended));
        f.drain();

        if (r.isSuccess()) {
            assertThat(f.server.plan(type)).as(r.toString()).isEqualTo(intended);
            assertThat(PlanComparison.firstDifference(intended, r.plan(), false)).isNull();
        } else {
            assertThat(f.server.plan(type)).as(r.toString()).isIn(previous, intended);
            assertThat(r.detail()).isNotBlank();
        }
    }

    @Property(tries = 10)
    void atUpToThirtyPercentLossAHundredItemUploadSucceeds(@ForAll long seed) {
        LinkProfile profile = LinkProfile.radio57600(Duration.ofMillis(25)).withLoss(0.3);
        TransferFixture f = new TransferFixture(profile, seed);
        MissionPlan intended = TransferFixture.plan(MissionType.MISSION, 100);
        TransferResult r = f.await(f.client.upload(intended));
        f.drain();
        assertThat(r.outcome()).as(r.toString()).isEqualTo(TransferOutcome.SUCCESS);
        assertThat(f.server.plan(MissionType.MISSION)).isEqualTo(intended);
    }
}
