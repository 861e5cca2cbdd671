package org.lifeline.mission.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lifeline.mission.MissionPlan;
import org.lifeline.mission.MissionType;

/** Every MAV_MISSION_RESULT error a vehicle can answer with reaches the caller as its own outcome. */
class ErrorAckTest {

    static Stream<TransferOutcome> vehicleErrors() {
        return Arrays.stream(TransferOutcome.values()).filter(o -> o.isMavResult() && o != TransferOutcome.SUCCESS);
    }

    /**
     * INVALID_SEQUENCE during an upload is ArduPilot's answer to a duplicate item, after which it
     * keeps waiting: the client carries on, and a vehicle that then falls silent ends in TIMEOUT.
     */
    private static TransferOutcome fatal(TransferOutcome error) {
        return error == TransferOutcome.INVALID_SEQUENCE ? TransferOutcome.TIMEOUT : error;
    }

    @ParameterizedTest
    @MethodSource("vehicleErrors")
    void uploadReportsTheVehiclesRejectionOfAnItemAndWarnsThePlanMayBePartial(TransferOutcome error) {
        TransferFixture f = TransferFixture.radio();
        MissionPlan previous = TransferFixture.plan(MissionType.MISSION, 2);
        f.server.setPlan(previous);
        f.server.faults().rejectItem(5, error);
        TransferResult r = f.await(f.client.upload(TransferFixture.plan(MissionType.MISSION, 9)));
        assertThat(r.outcome()).isEqualTo(fatal(error));
        assertThat(r.failedSeq()).isEqualTo(5);
        assertThat(r.detail()).contains("upload failed at item 5 of 9").contains("re-upload or clear before flight");
        assertThat(f.server.plan(MissionType.MISSION)).isEqualTo(previous);
    }

    @ParameterizedTest
    @MethodSource("vehicleErrors")
    void uploadReportsTheVehiclesRefusalOfTheCount(TransferOutcome error) {
        TransferFixture f = TransferFixture.radio();
        f.server.faults().rejectUpload(error);
        TransferResult r = f.await(f.client.upload(TransferFixture.plan(MissionType.FENCE, 4)));
        assertThat(r.outcome()).isEqualTo(fatal(error));
        assertThat(r.detail()).contains("still holds its previous fence");
    }

    @ParameterizedTest
    @MethodSource("vehicleErrors")
    void downloadReportsTheVehiclesRefusalOfTheListAndOfAnItem(TransferOutcome error) {
        TransferFixture f = TransferFixture.radio();
        f.server.setPlan(TransferFixture.plan(MissionType.RALLY, 5));
        f.server.faults().rejectDownload(error);
        assertThat(f.await(f.client.download(MissionType.RALLY)).outcome()).isEqualTo(error);
        f.server.faults().clear().rejectDownloadItem(3, error);
        TransferResult r = f.await(f.client.download(MissionType.RALLY));
        assertThat(r.outcome()).isEqualTo(error);
        assertThat(r.failedSeq()).isEqualTo(3);
    }

    @ParameterizedTest
    @MethodSource("vehicleErrors")
    void clearReportsTheVehiclesRefusal(TransferOutcome error) {
        TransferFixture f = TransferFixture.radio();
        f.server.faults().rejectClear(error);
        assertThat(f.await(f.client.clear(MissionType.MISSION)).outcome()).isEqualTo(error);
    }

    @ParameterizedTest
    @MethodSource("vehicleErrors")
    void everyVehicleResultCodeMapsToItsOwnOutcomeAndBack(TransferOutcome error) {
        assertThat(TransferOutcome.fromMavResult(error.mavResult())).isEqualTo(error);
        assertThat(io.dronefleet.mavlink.common.MavMissionResult.values()[error.mavResult()].name())
                .isEqualTo("MAV_MISSION_" + error.name());
    }
}
