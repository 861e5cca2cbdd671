package org.lifeline.mission.transfer.sitl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lifeline.mission.MavCmd;
import org.lifeline.mission.MavFrame;
import org.lifeline.mission.MissionItem;
import org.lifeline.mission.MissionPlan;
import org.lifeline.mission.MissionType;
import org.lifeline.mission.transfer.PlanComparison;
import org.lifeline.mission.transfer.TransferOutcome;
import org.lifeline.mission.transfer.TransferResult;
import org.lifeline.plan.PlanFiles;
import org.lifeline.plan.VehiclePlans;
import org.lifeline.support.LossyTcpProxy;
import org.lifeline.support.SitlProcess;

/**
 * Mission, fence and rally transfers against real ArduPilot Copter SITL (one instance for the
 * class, speed-up 10): files as QGroundControl and Mission Planner write them, verified by
 * reading back what the vehicle stores, and uploads through a lossy, duplicating, delaying radio.
 * Skipped where SITL is missing; failed instead under LIFELINE_REQUIRE_INTEGRATION=1.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SitlMissionTransferTest {

    private SitlProcess sitl;
    private SitlLink gcs;

    @BeforeAll
    void startSitl() throws IOException {
        SitlProcess.assumeAvailable();
        sitl = SitlProcess.start(SitlProcess.Options.defaults().withSpeedup(10));
        gcs = SitlLink.connectAndWait(sitl.gcsUri());
    }

    @AfterAll
    void stopSitl() {
        if (gcs != null) {
            gcs.close();
        }
        if (sitl != null) {
            sitl.close();
        }
    }

    private TransferResult verified(MissionPlan plan) throws Exception {
        TransferResult r = gcs.uploadVerified(plan);
        assertThat(r.outcome()).as(r + "\nSITL said: " + sitl.output()).isEqualTo(TransferOutcome.SUCCESS);
        return r;
    }

    @Test
    void aQGroundControlPlanVerifiesAlthoughArduPilotReturnsOtherFrames() throws Exception {
        VehiclePlans plans = VehiclePlans.of(SitlLink.qgcDeliveryPlan());
        verified(plans.mission());
        verified(plans.fence());
        verified(plans.rally());

        // what the vehicle gave back really differs in frame from what was sent (issue: "item 0
        // frame 5 became 0", "frame 6 became 3", "item 6 frame 2 became 0")
        MissionPlan fence = gcs.download(MissionType.FENCE).plan();
        assertThat(plans.fence().item(0).frame()).isEqualTo(MavFrame.GLOBAL_INT);
        assertThat(fence.item(0).frame()).isEqualTo(MavFrame.GLOBAL);
        MissionPlan rally = gcs.download(MissionType.RALLY).plan();
        assertThat(plans.rally().item(0).frame()).isEqualTo(MavFrame.GLOBAL_RELATIVE_ALT_INT);
        assertThat(rally.item(0).frame()).isEqualTo(MavFrame.GLOBAL_RELATIVE_ALT);
        MissionPlan mission = gcs.download(MissionType.MISSION).plan();
        int gripper = indexOf(plans.mission(), MavCmd.DO_GRIPPER);
        assertThat(plans.mission().item(gripper).frame()).isEqualTo(MavFrame.MISSION);
        assertThat(mission.item(gripper).frame()).isEqualTo(MavFrame.GLOBAL);
        int rtl = indexOf(plans.mission(), MavCmd.NAV_RETURN_TO_LAUNCH);
        assertThat(mission.item(rtl).frame()).isEqualTo(MavFrame.GLOBAL);
    }

    private static int indexOf(MissionPlan plan, int command) {
        for (int i = 0; i < plan.size(); i++) {
            if (plan.item(i).command() == command) {
                return i;
            }
        }
        throw new AssertionError("no command " + command + " in " + plan);
    }

    @Test
    void aReadBackStillCatchesAnItemMovedByTwoTenMillionthsOfADegree() throws Exception {
        VehiclePlans plans = VehiclePlans.of(SitlLink.qgcDeliveryPlan());
        verified(plans.mission());
        List<MissionItem> items = new ArrayList<>(plans.mission().items());
        MissionItem a = items.get(2);
        items.set(2, new MissionItem(a.command(), a.frame(), a.current(), a.autocontinue(), a.param1(), a.param2(),
                a.param3(), a.param4(), a.x() + 2, a.y(), a.z()));
        MissionPlan intended = new MissionPlan(MissionType.MISSION, items);
        MissionPlan held = gcs.download(MissionType.MISSION).plan();
        assertThat(PlanComparison.firstDifference(intended, held, true)).startsWith("item 2 position");
    }

    static Stream<Path> missionPlannerFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(Path.of("sitl-delivery.waypoints"));
        var dir = SitlLink.sharedDataDir("ardupilot-autotest");
        if (dir.isPresent()) {
            try (Stream<Path> all = Files.list(dir.get())) {
                all.sorted().map(p -> Path.of("ardupilot-autotest", p.getFileName().toString())).forEach(files::add);
            }
        }
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("missionPlannerFiles")
    void aMissionPlannerWaypointsFileVerifies(Path relative) throws Exception {
        Path file = SitlLink.sharedData(relative.toString());
        MissionPlan mission = VehiclePlans.of(PlanFiles.read(file)).mission();
        TransferResult r = verified(mission);
        assertThat(r.plan().size()).isEqualTo(mission.size());
    }

    @Test
    void uploadsThroughARadioThatLosesDuplicatesAndReordersFramesAllSucceed() throws Exception {
        MissionPlan mission = VehiclePlans.of(SitlLink.qgcDeliveryPlan()).mission();
        for (long seed = 1; seed <= 5; seed++) {
            LossyTcpProxy.Options bad = new LossyTcpProxy.Options(0.10, 0.05, 0.02, Duration.ofMillis(20),
                    Duration.ofMillis(10), seed);
            try (LossyTcpProxy proxy = LossyTcpProxy.start(sitl.companionPort(), bad);
                 SitlLink radio = SitlLink.connectAndWait(proxy.uri())) {
                TransferResult r = radio.uploadVerified(mission);
                assertThat(r.outcome()).as("seed " + seed + ": " + r + " " + proxy.stats()).isEqualTo(TransferOutcome.SUCCESS);
            }
        }
    }

    @Test
    void uploadsThroughALossyRadioSucceedWithoutAStormOfResends() throws Exception {
        MissionPlan mission = VehiclePlans.of(SitlLink.qgcDeliveryPlan()).mission();
        for (long seed = 11; seed <= 15; seed++) {
            try (LossyTcpProxy proxy = LossyTcpProxy.start(sitl.companionPort(),
                    LossyTcpProxy.Options.lossy(0.10, Duration.ofMillis(20), seed));
                 SitlLink radio = SitlLink.connectAndWait(proxy.uri())) {
                TransferResult r = radio.uploadVerified(mission);
                assertThat(r.outcome()).as("seed " + seed + ": " + r).isEqualTo(TransferOutcome.SUCCESS);
                // about 36 frames carry a verified 8-item upload; at 10 % loss about 4 are lost, each
                // recovered by one resend (the issue saw up to 32 resends)
                assertThat(r.retransmissions()).as("seed " + seed + ": " + proxy.stats()).isLessThanOrEqualTo(12);
            }
        }
    }
}
