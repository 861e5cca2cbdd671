package org.lifeline.groundstation.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.lifeline.command.CommandRequest;
import org.lifeline.command.CommandSettings;
import org.lifeline.command.ControlResult;
import org.lifeline.command.ControlSettings;
import org.lifeline.command.CopterMode;
import org.lifeline.command.TelemetryPlan;
import org.lifeline.command.TelemetryRequests;
import org.lifeline.command.VehicleControl;
import org.lifeline.groundstation.session.LinkSessionOpener;
import org.lifeline.groundstation.session.SessionOptions;
import org.lifeline.groundstation.session.VehicleSession;
import org.lifeline.mission.MavCmd;
import org.lifeline.mission.MavFrame;
import org.lifeline.mission.MissionItem;
import org.lifeline.mission.MissionPlan;
import org.lifeline.mission.MissionType;
import org.lifeline.mission.transfer.MissionTransferClient;
import org.lifeline.mission.transfer.TransferOptions;
import org.lifeline.mission.transfer.TransferResult;
import org.lifeline.support.Await;
import org.lifeline.support.SitlProcess;

import io.dronefleet.mavlink.common.GlobalPositionInt;
import io.dronefleet.mavlink.common.MissionItemReached;
import io.dronefleet.mavlink.common.Statustext;
import io.dronefleet.mavlink.minimal.Heartbeat;

/**
 * Resume against ArduCopter SITL, the real autopilot, over its ground-station port as the
 * dashboard sends it; a companion port plays the pilot's other hands (takeoff, mission upload)
 * and watches. ArduCopter is the judge of what our simulator taught: a disarmed copter gets
 * nothing, and armed on the ground it reports STANDBY (what resume reads as landed); flying in
 * GUIDED with no mission it refuses AUTO and its own words reach the pilot; with a mission,
 * resume flies it; in AUTO nothing is sent; paused (GUIDED) it holds its altitude and reaches no
 * item, and resumed the mission reaches its next item. About 15 s at 10x.
 */
class SitlResumeTest {

    private static final double LAT = 34.0600;
    private static final double LON = 114.3950;
    private static final double ALT = 50;
    private static final int COMPANION = 250;

    @Test
    void arduCopterResumesAPausedMissionAndRefusesWhatCannotBeResumedSayingWhy() throws Exception {
        SitlProcess.assumeAvailable();
        try (SitlProcess sitl = SitlProcess.start(SitlProcess.Options.defaults().withSpeedup(10)
                .withHome(LAT + "," + LON + "," + ALT + ",0"))) {
            LinkCommands dashboard = new LinkCommands(new LinkSessionOpener(), id -> Optional.of(sitl.gcsUri()), Duration.ofSeconds(30));

            ActionResult disarmed = resume(dashboard);
            assertThat(disarmed.message()).startsWith("not resumed: the vehicle is disarmed").endsWith("nothing sent");

            List<Integer> reached = new CopyOnWriteArrayList<>();
            List<String> texts = new CopyOnWriteArrayList<>();
            double[] relativeAltitude = {0};
            long[] mode = {-1};
            boolean[] armedOnTheGround = {false};
            SessionOptions companionOptions = new SessionOptions(sitl.companionUri(), COMPANION, 190, OptionalInt.of(1), 1,
                    Optional.empty(), Optional.empty(), Duration.ofSeconds(30));
            try (VehicleSession companion = new LinkSessionOpener().open(companionOptions, note -> { });
                 TelemetryRequests telemetry = companion.requestTelemetry(TelemetryPlan.monitor(4));
                 VehicleControl hands = VehicleControl.open(companion.channel(), companion.scheduler(),
                         ControlSettings.defaults().withCommands(CommandSettings.defaults().withOurSystemId(COMPANION)), 1, 1, n -> { })) {
                companion.channel().subscribe(m -> {
                    if (m.systemId() != 1) {
                        return;
                    }
                    if (m.payload() instanceof MissionItemReached r) {
                        reached.add(r.seq());
                    } else if (m.payload() instanceof Statustext t) {
                        texts.add(t.text());
                    } else if (m.payload() instanceof GlobalPositionInt g) {
                        relativeAltitude[0] = g.relativeAlt() / 1000.0;
                    } else if (m.payload() instanceof Heartbeat h && m.componentId() == 1) {
                        mode[0] = h.customMode();
                        armedOnTheGround[0] |= (h.baseMode().value() & 128) != 0
                                && h.systemStatus().value() == MissionResume.MAV_STATE_STANDBY;
                    }
                });
                expect(hands.setMode(CopterMode.GUIDED), texts);
                expect(hands.arm(false), texts);
                await(() -> armedOnTheGround[0], "a heartbeat armed and MAV_STATE_STANDBY: what resume reads as landed", texts);
                assertThat(hands.commands().send(CommandRequest.longCommand(1, 1, MavCmd.NAV_TAKEOFF, 0, 0, 0, Float.NaN,
                        Float.NaN, Float.NaN, 15f)).get(10, TimeUnit.SECONDS).accepted()).as("GUIDED takeoff; " + texts).isTrue();
                await(() -> relativeAltitude[0] > 12, "the takeoff to 15 m", texts);

                ActionResult noMission = resume(dashboard);
                System.out.println("ArduCopter SITL, resume without a mission: " + noMission.message());
                assertThat(noMission.success()).isFalse();
                assertThat(noMission.message()).startsWith("not resumed: mode AUTO refused by the vehicle: ")
                        .endsWith("vehicle said: Mode change to AUTO failed: init failed (ArduCopter refuses AUTO when it holds no mission)");
                assertThat(mode[0]).as("it keeps flying in GUIDED").isEqualTo(CopterMode.GUIDED.customMode());

                upload(companion, texts);
                ActionResult flying = resume(dashboard);
                assertThat(flying.success()).as(flying.message() + "; vehicle said " + texts).isTrue();
                await(() -> reached.contains(2), "the mission to reach item 2", texts);

                assertThat(resume(dashboard).message()).contains("already in AUTO", "nothing sent");

                ActionResult paused = dashboard.perform(new ActionRequest(DroneAction.PAUSE, "sitl", Optional.empty()));
                assertThat(paused.success()).as(paused.message()).isTrue();
                double altAtPause = relativeAltitude[0];
                int before = reached.size();
                int last = reached.get(before - 1);
                Await.until(() -> false, Duration.ofSeconds(2));
                assertThat(reached).as("20 simulated seconds paused: no item reached").hasSize(before);
                assertThat(relativeAltitude[0]).as("paused, it holds its altitude (LOITER would follow the low throttle stick down)")
                        .isCloseTo(altAtPause, org.assertj.core.data.Offset.offset(2.0));

                ActionResult resumed = resume(dashboard);
                assertThat(resumed.success()).as(resumed.message() + "; alt at pause " + altAtPause + ", now " + relativeAltitude[0] + "; said " + texts).isTrue();
                assertThat(resumed.message()).isEqualTo("mission resumed: mode AUTO, flying on from its current item");
                await(() -> reached.stream().anyMatch(s -> s > last), "the mission to go on past item " + last, texts);
                assertThat(reached.get(before)).as("the next item, not the mission again from its start").isEqualTo(last + 1);
            }
        }
    }

    private static ActionResult resume(LinkCommands dashboard) {
        return dashboard.perform(new ActionRequest(DroneAction.RESUME, "sitl", Optional.empty()));
    }

    /** Home, takeoff to 15 m, four waypoints 44 m apart northwards, RTL. */
    private static void upload(VehicleSession companion, List<String> texts) throws Exception {
        List<MissionItem> items = new java.util.ArrayList<>();
        items.add(new MissionItem(MavCmd.NAV_WAYPOINT, MavFrame.GLOBAL, false, true, 0, 0, 0, 0, MissionItem.toE7(LAT),
                MissionItem.toE7(LON), (float) ALT));
        items.add(new MissionItem(MavCmd.NAV_TAKEOFF, MavFrame.GLOBAL_RELATIVE_ALT, false, true, 0, 0, 0, 0, 0, 0, 15f));
        for (int i = 1; i <= 4; i++) {
            items.add(new MissionItem(MavCmd.NAV_WAYPOINT, MavFrame.GLOBAL_RELATIVE_ALT, false, true, 0, 0, 0, 0,
                    MissionItem.toE7(LAT + i * 0.0004), MissionItem.toE7(LON), 15f));
        }
        items.add(new MissionItem(MavCmd.NAV_RETURN_TO_LAUNCH, MavFrame.MISSION, false, true, 0, 0, 0, 0, 0, 0, 0));
        try (MissionTransferClient client = new MissionTransferClient(companion.channel(), companion.scheduler(),
                TransferOptions.defaults().withOwnSystemId(COMPANION))) {
            TransferResult up = client.upload(new MissionPlan(MissionType.MISSION, items)).get(60, TimeUnit.SECONDS);
            assertThat(up.isSuccess()).as(up + "; " + texts).isTrue();
        }
    }

    private static void expect(java.util.concurrent.CompletableFuture<ControlResult> step, List<String> texts) throws Exception {
        ControlResult r = step.get(60, TimeUnit.SECONDS);
        assertThat(r.success()).as(r.message() + "; vehicle said " + texts).isTrue();
    }

    private static void await(BooleanSupplier condition, String what, List<String> texts) {
        assertThat(Await.until(condition, Duration.ofSeconds(60))).as("waited 60 s for " + what + "; vehicle said " + texts).isTrue();
    }
}
