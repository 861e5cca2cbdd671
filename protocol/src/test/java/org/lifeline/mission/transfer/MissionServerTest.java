package org.lifeline.mission.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.lifeline.mission.MissionPlan;
import org.lifeline.mission.MissionType;

/** The vehicle-side server against the real client over the simulated radio. */
class MissionServerTest {

    private final TransferFixture f = TransferFixture.radio();

    @Test
    void uploadBeyondCapacityIsRejectedWithNoSpaceAndKeepsThePreviousPlan() {
        TransferFixture small = new TransferFixture(org.lifeline.mavlink.sim.LinkProfile.perfect(), 1,
                TransferOptions.defaults(), ServerOptions.defaults().withCapacity(10));
        MissionPlan previous = TransferFixture.plan(MissionType.MISSION, 3);
        small.server.setPlan(previous);
        TransferResult r = small.await(small.client.upload(TransferFixture.plan(MissionType.MISSION, 11)));
        assertThat(r.outcome()).isEqualTo(TransferOutcome.NO_SPACE);
        assertThat(small.server.plan(MissionType.MISSION)).isEqualTo(previous);
        assertThat(small.await(small.client.upload(TransferFixture.plan(MissionType.MISSION, 10))).isSuccess()).isTrue();
    }

    @Test
    void thePlanIsReplacedOnlyWhenTheLastItemArrivesAndListenersHearOnce() {
        List<MissionPlan> changes = new ArrayList<>();
        f.server.addPlanListener(changes::add);
        MissionPlan intended = TransferFixture.plan(MissionType.FENCE, 6);
        CompletableFuture<TransferResult> up = f.client.upload(intended);
        f.scheduler.advance(java.time.Duration.ofMillis(200));
        assertThat(f.server.isReceiving(MissionType.FENCE)).isTrue();
        assertThat(f.server.plan(MissionType.FENCE).size()).isZero();
        assertThat(f.await(up).isSuccess()).isTrue();
        assertThat(changes).containsExactly(intended);
    }

    @Test
    void theThreeMissionTypesAreHeldSeparately() {
        for (MissionType t : MissionType.values()) {
            assertThat(f.await(f.client.upload(TransferFixture.plan(t, 2 + t.wireValue()))).isSuccess()).isTrue();
        }
        for (MissionType t : MissionType.values()) {
            assertThat(f.server.plan(t)).isEqualTo(TransferFixture.plan(t, 2 + t.wireValue()));
        }
        assertThat(f.await(f.client.clear(MissionType.FENCE)).isSuccess()).isTrue();
        assertThat(f.server.plan(MissionType.FENCE).size()).isZero();
        assertThat(f.server.plan(MissionType.RALLY).size()).isEqualTo(4);
    }

    @Test
    void setCurrentChangesTheCurrentItemAndTellsListeners() {
        f.server.setPlan(TransferFixture.plan(MissionType.MISSION, 5));
        List<Integer> seen = new ArrayList<>();
        f.server.addCurrentListener(seen::add);
        assertThat(f.await(f.client.setCurrent(4)).isSuccess()).isTrue();
        assertThat(f.server.currentSeq()).isEqualTo(4);
        assertThat(seen).containsExactly(4);
        assertThat(f.await(f.client.setCurrent(5)).outcome()).isEqualTo(TransferOutcome.TIMEOUT);
        assertThat(f.server.currentSeq()).isEqualTo(4);
    }

    @Test
    void downloadMarksTheVehiclesCurrentItem() {
        f.server.setPlan(TransferFixture.plan(MissionType.MISSION, 3));
        f.server.setCurrentSeq(2);
        TransferResult r = f.await(f.client.download(MissionType.MISSION));
        assertThat(r.plan().items()).extracting(org.lifeline.mission.MissionItem::current).containsExactly(false, false, true);
    }

    @Test
    void anUploadThatStopsHalfwayIsAbandonedAfterTheServersOwnRetries() {
        MissionPlan previous = TransferFixture.plan(MissionType.MISSION, 2);
        f.server.setPlan(previous);
        CompletableFuture<TransferResult> up = f.client.upload(TransferFixture.plan(MissionType.MISSION, 8));
        f.scheduler.advance(java.time.Duration.ofMillis(150));
        f.client.close();
        assertThat(up.join().outcome()).isEqualTo(TransferOutcome.CANCELLED);
        f.scheduler.advance(java.time.Duration.ofSeconds(7));
        assertThat(f.server.isReceiving(MissionType.MISSION)).as("still re-requesting after 7 s").isTrue();
        f.scheduler.advance(java.time.Duration.ofSeconds(2));
        assertThat(f.server.isReceiving(MissionType.MISSION)).as("abandoned after 8 s without an item").isFalse();
        assertThat(f.server.plan(MissionType.MISSION)).isEqualTo(previous);
    }

    @Test
    void legacyRequestsAreUsedWhenConfiguredLikeArduPilotCopter() {
        TransferFixture legacy = new TransferFixture(org.lifeline.mavlink.sim.LinkProfile.perfect(), 1,
                TransferOptions.defaults(), ServerOptions.defaults().withLegacyRequests(true));
        List<Object> fromVehicle = new ArrayList<>();
        legacy.link.ground().subscribe(m -> fromVehicle.add(m.payload()));
        assertThat(legacy.await(legacy.client.upload(TransferFixture.plan(MissionType.MISSION, 3))).isSuccess()).isTrue();
        assertThat(fromVehicle).filteredOn(p -> p instanceof io.dronefleet.mavlink.common.MissionRequest).hasSize(3);
        assertThat(fromVehicle).filteredOn(p -> p instanceof io.dronefleet.mavlink.common.MissionRequestInt).isEmpty();
    }
}
