package org.lifeline.mission.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetransmissionTimeoutTest {

    private static Duration ms(long v) {
        return Duration.ofMillis(v);
    }

    @Test
    void theSpecTimeoutsApplyUntilTheFirstSample() {
        RetransmissionTimeout rto = new RetransmissionTimeout(TransferOptions.defaults());
        assertThat(rto.timeout(TimeoutKind.COMMAND, 0)).isEqualTo(ms(1500));
        assertThat(rto.timeout(TimeoutKind.ITEM, 0)).isEqualTo(ms(250));
        assertThat(rto.smoothedRtt()).isNull();
    }

    @Test
    void theFirstSampleSetsSrttAndHalfOfItAsVariationAsInRfc6298() {
        RetransmissionTimeout rto = new RetransmissionTimeout(TransferOptions.defaults());
        rto.sample(ms(60));
        assertThat(rto.smoothedRtt()).isEqualTo(ms(60));
        assertThat(rto.rttVariation()).isEqualTo(ms(30));
        assertThat(rto.timeout(TimeoutKind.COMMAND, 0)).isEqualTo(ms(180)); // 60 + 4 × 30
        assertThat(rto.timeout(TimeoutKind.ITEM, 0)).isEqualTo(ms(180));
    }

    @Test
    void laterSamplesAreSmoothedWithGainsOfOneEighthAndOneQuarter() {
        RetransmissionTimeout rto = new RetransmissionTimeout(TransferOptions.defaults());
        rto.sample(ms(80));
        rto.sample(ms(40));
        // RTTVAR = 3/4·40 + 1/4·|80 − 40| = 40; SRTT = 7/8·80 + 1/8·40 = 75
        assertThat(rto.rttVariation()).isEqualTo(ms(40));
        assertThat(rto.smoothedRtt()).isEqualTo(ms(75));
        assertThat(rto.timeout(TimeoutKind.COMMAND, 0)).isEqualTo(ms(235));
    }

    @Test
    void aSteadyLinkConvergesTowardsOneAndAHalfRoundTripsAboveTheFloor() {
        RetransmissionTimeout rto = new RetransmissionTimeout(TransferOptions.defaults());
        for (int i = 0; i < 200; i++) {
            rto.sample(ms(62));
        }
        assertThat(rto.timeout(TimeoutKind.ITEM, 0)).isBetween(ms(93), ms(94));
        RetransmissionTimeout fast = new RetransmissionTimeout(TransferOptions.defaults());
        for (int i = 0; i < 200; i++) {
            fast.sample(ms(5));
        }
        assertThat(fast.timeout(TimeoutKind.ITEM, 0)).isEqualTo(ms(50));
    }

    @Test
    void theSpecTimeoutsAreTheCeiling() {
        RetransmissionTimeout rto = new RetransmissionTimeout(TransferOptions.defaults());
        rto.sample(ms(900));
        assertThat(rto.timeout(TimeoutKind.ITEM, 0)).isEqualTo(ms(250));
        assertThat(rto.timeout(TimeoutKind.COMMAND, 0)).isEqualTo(ms(1500));
    }

    @Test
    void retransmissionsStayAtTheRtoForMaxRetriesThenDoubleUpToTheCeiling() {
        RetransmissionTimeout rto = new RetransmissionTimeout(TransferOptions.defaults());
        for (int i = 0; i < 100; i++) {
            rto.sample(ms(100));
        }
        Duration base = rto.timeout(TimeoutKind.COMMAND, 0);
        assertThat(rto.timeout(TimeoutKind.COMMAND, 5)).isEqualTo(base);
        assertThat(rto.timeout(TimeoutKind.COMMAND, 6)).isEqualTo(base.multipliedBy(2));
        assertThat(rto.timeout(TimeoutKind.COMMAND, 7)).isEqualTo(base.multipliedBy(4));
        assertThat(rto.timeout(TimeoutKind.COMMAND, 30)).isEqualTo(ms(1500));
    }

    @Test
    void fixedModeIgnoresSamples() {
        RetransmissionTimeout rto = new RetransmissionTimeout(TransferOptions.fixedSpecTimeouts());
        rto.sample(ms(60));
        assertThat(rto.timeout(TimeoutKind.ITEM, 0)).isEqualTo(ms(250));
        assertThat(rto.timeout(TimeoutKind.COMMAND, 3)).isEqualTo(ms(1500));
    }

    @Test
    void retransmittedExchangesGiveNoSampleUnderKarnsRule() {
        ScriptedVehicle v = new ScriptedVehicle(TransferOptions.defaults());
        v.client.download(org.lifeline.mission.MissionType.MISSION);
        v.advanceMillis(1500); // REQUEST_LIST times out and is sent again
        v.advanceMillis(10);
        v.send(MissionWire.count(0, org.lifeline.mission.MissionType.MISSION, 255, 190));
        assertThat(v.client.retransmissionTimeout().samples()).isZero();

        v.client.download(org.lifeline.mission.MissionType.MISSION);
        v.advanceMillis(40);
        v.send(MissionWire.count(0, org.lifeline.mission.MissionType.MISSION, 255, 190));
        assertThat(v.client.retransmissionTimeout().samples()).isEqualTo(1);
        assertThat(v.client.retransmissionTimeout().smoothedRtt()).isEqualTo(ms(40));
    }
}
