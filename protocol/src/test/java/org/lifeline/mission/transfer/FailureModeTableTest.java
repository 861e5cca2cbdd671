package org.lifeline.mission.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lifeline.mavlink.sim.LinkProfile;
import org.lifeline.mavlink.sim.SimulatedChannelPair.Direction;
import org.lifeline.mission.MissionPlan;
import org.lifeline.mission.MissionType;

/**
 * Every named {@link FailureMode}, for upload and download, for each mission type: the transfer
 * either succeeds and the vehicle holds exactly the intended plan, or it fails with the expected
 * outcome and the vehicle still holds its previous plan.
 */
class FailureModeTableTest {

    private static final Set<FailureMode> UPLOAD_FAILS = Set.of(FailureMode.PEER_STOPS_ANSWERING, FailureMode.PEER_RESTARTS);
    private static final Set<FailureMode> DOWNLOAD_FAILS = Set.of(FailureMode.PEER_STOPS_ANSWERING);

    static Stream<Arguments> table() {
        List<Arguments> rows = new ArrayList<>();
        for (MissionType type : MissionType.values()) {
            for (FailureMode mode : FailureMode.values()) {
                rows.add(Arguments.of(mode, true, type, UPLOAD_FAILS.contains(mode)));
                rows.add(Arguments.of(mode, false, type, DOWNLOAD_FAILS.contains(mode)));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} {2} upload={1} fails={3}")
    @MethodSource("table")
    void transferSucceedsOrFailsHonestlyUnderEachFailureMode(FailureMode mode, boolean upload, MissionType type,
                                                             boolean shouldFail) {
        TransferFixture f = new TransferFixture(LinkProfile.radio57600(Duration.ofMillis(25)), 7,
                TransferOptions.defaults(), ServerOptions.defaults().withLegacyRequests(mode.legacy()));
        MissionPlan previous = TransferFixture.plan(type, 3);
        MissionPlan intended = TransferFixture.plan(type, 8);
        f.server.setPlan(upload ? previous : intended);
        mode.install(f, upload);

        TransferResult result = f.await(upload ? f.client.upload(intended) : f.client.download(type));
        f.drain();
        assertFaultHappened(f, mode, upload, result);

        if (shouldFail) {
            assertThat(result.outcome()).as(result.toString()).isEqualTo(TransferOutcome.TIMEOUT);
            assertThat(f.server.plan(type)).isEqualTo(upload ? previous : intended);
            if (upload) {
                assertThat(result.detail()).contains("may hold a partial or the previous");
            }
            return;
        }
        assertThat(result.outcome()).as(result.toString()).isEqualTo(TransferOutcome.SUCCESS);
        assertThat(f.server.plan(type)).isEqualTo(intended);
        if (!upload) {
            assertThat(PlanComparison.firstDifference(intended, result.plan(), false)).isNull();
        }
        if (mode == FailureMode.LOST_COUNT || mode == FailureMode.LOST_ITEM
                || (mode == FailureMode.LOST_REQUEST && !upload) || (mode == FailureMode.LOST_ACK && upload)) {
            assertThat(result.retransmissions()).as("the loss was recovered by retransmitting").isPositive();
        }
    }

    /** Guards the table itself: the scripted fault must really have hit the transfer. */
    private static void assertFaultHappened(TransferFixture f, FailureMode mode, boolean upload, TransferResult r) {
        long lost = f.link.stats(Direction.UPLINK).lost() + f.link.stats(Direction.DOWNLINK).lost();
        long duplicated = f.link.stats(Direction.UPLINK).duplicated() + f.link.stats(Direction.DOWNLINK).duplicated();
        switch (mode) {
            case LOST_COUNT, LOST_REQUEST, LOST_ITEM, LOST_ACK -> assertThat(lost).isEqualTo(1);
            case DUPLICATED_ITEM, OUT_OF_ORDER_REQUEST -> assertThat(duplicated).isEqualTo(1);
            case ARDUPILOT_LEGACY_REQUEST -> {
                if (upload) {
                    assertThat(r.detail()).contains("legacy MISSION_REQUEST");
                }
            }
            default -> assertThat(lost + duplicated).isZero();
        }
    }
}
