package org.lifeline.groundstation.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.lifeline.groundstation.testing.InProcessSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lifeline.command.CommandRequest;
import org.lifeline.command.ControlResult;
import org.lifeline.command.ControlSettings;
import org.lifeline.command.VehicleControl;
import org.lifeline.groundstation.session.FrameCounters;
import org.lifeline.groundstation.session.VehicleSession;
import org.lifeline.mavlink.MessageChannel;
import org.lifeline.mission.MavCmd;
import org.lifeline.mission.MissionItem;
import org.lifeline.plan.FlightPlan;
import org.lifeline.plan.GeoPoint;
import org.lifeline.plan.Geofence;
import org.lifeline.simulator.port.InProcessChannels;
import org.lifeline.simulator.vehicle.CopterMode;
import org.lifeline.simulator.vehicle.SimulatedVehicle;
import org.lifeline.simulator.vehicle.SimulationClock;
import org.lifeline.simulator.vehicle.VehicleState;
import org.lifeline.support.Await;
import org.lifeline.time.Scheduler;

import io.dronefleet.mavlink.common.CommandLong;

/**
 * Resume over a drone's link, against the simulated ArduCopter in process (live at 20x): a
 * paused mission flies on from the item it stopped at; a drone on the ground, one already in
 * AUTO and a request routed by the dashboard are checked before anything is sent; a drone with
 * no mission is refused by the autopilot itself, whose reason reaches the pilot.
 */
class ResumeOverTheLinkTest {

    private static final GeoPoint HOME = new GeoPoint(34.0655, 114.401, 48);
    private static final int DO_SET_MODE = 176;

    private final SimulationClock clock = new SimulationClock(SimulationClock.DEFAULT_STEP, System.currentTimeMillis() * 1000);
    private final InProcessChannels.Pair link = InProcessChannels.pair(clock.scheduler(), 1, 1, 255, 190);
    private final SimulatedVehicle vehicle = SimulatedVehicle.builder().clock(clock).home(HOME).deliveryQuad()
            .parameter("GRIP_ENABLE", 0).port("gcs", link.a()).build();
    /** Every COMMAND_LONG the ground station sent, as the vehicle received it. */
    private final List<CommandLong> sent = new CopyOnWriteArrayList<>();
    private final LinkCommands commands = new LinkCommands((options, progress) -> new InProcessSession(link.b(), clock.scheduler(),
            options.uri()), id -> Optional.of("tcp://127.0.0.1:5760"), Duration.ofSeconds(5));

    ResumeOverTheLinkTest() {
        link.a().subscribe(m -> {
            if (m.payload() instanceof CommandLong c) {
                sent.add(c);
            }
        });
        clock.startLive(20);
    }

    @AfterEach
    void stop() {
        clock.close();
        vehicle.close();
    }

    @Test
    void aPausedDroneResumesItsMissionFromTheItemItStoppedAt() throws Exception {
        vehicle.preload(mission());
        fly(control -> control.startMission());
        awaitState(s -> s.missionSeq() >= 2 && !s.landed(), "the mission to reach item 2");

        ActionResult busy = perform(DroneAction.RESUME);
        assertThat(busy.success()).isFalse();
        assertThat(busy.message()).contains("already in AUTO", "nothing to resume", "nothing sent");

        assertThat(perform(DroneAction.PAUSE).message()).isEqualTo("mode GUIDED");
        int pausedAt = vehicle.publishedState().missionSeq();
        double pausedSim = clock.seconds();
        awaitState(s -> s.timeSeconds() > pausedSim + 4, "four simulated seconds paused");
        assertThat(vehicle.publishedState().missionSeq()).as("paused: the mission does not go on").isEqualTo(pausedAt);
        assertThat(vehicle.publishedState().mode()).isEqualTo(CopterMode.GUIDED);

        sent.clear();
        ActionResult resumed = perform(DroneAction.RESUME);
        assertThat(resumed.success()).as(resumed.message()).isTrue();
        assertThat(resumed.message()).isEqualTo("mission resumed: mode AUTO, flying on from its current item");
        assertThat(sent).singleElement().satisfies(c -> {
            assertThat(c.command().value()).isEqualTo(DO_SET_MODE);
            assertThat(c.param2()).isEqualTo(3f); // ArduCopter AUTO
        });
        assertThat(vehicle.publishedState().mode()).isEqualTo(CopterMode.AUTO);
        assertThat(vehicle.publishedState().missionSeq()).as("it goes on at the item it stopped at, not from the start")
                .isEqualTo(pausedAt);
        awaitState(s -> s.missionSeq() > pausedAt, "the mission to advance past item " + pausedAt);
    }

    @Test
    void aDisarmedDroneOnTheGroundIsNotResumedAndNothingIsSent() throws Exception {
        vehicle.preload(mission());
        awaitState(s -> s.timeSeconds() > 2, "the vehicle to boot");
        sent.clear();
        ActionResult r = perform(DroneAction.RESUME);
        assertThat(r.success()).isFalse();
        assertThat(r.message()).isEqualTo("not resumed: the vehicle is disarmed (STABILIZE, on the ground); resume flies on a mission "
                + "paused in the air — to fly a sortie, upload and start it; nothing sent");
        assertThat(sent).isEmpty();
        assertThat(vehicle.publishedState().mode()).isEqualTo(CopterMode.STABILIZE);
    }

    @Test
    void aDroneFlyingWithoutAMissionIsRefusedByTheAutopilotAndItsReasonIsPassedOn() throws Exception {
        fly(control -> control.setMode(org.lifeline.command.CopterMode.GUIDED)
                .thenCompose(m -> control.arm(false))
                .thenCompose(a -> control.commands().send(CommandRequest.longCommand(1, 1, MavCmd.NAV_TAKEOFF,
                        0, 0, 0, Float.NaN, Float.NaN, Float.NaN, 15f)))
                .thenApply(t -> ControlResult.succeeded("takeoff", t.outcome().name())));
        awaitState(s -> s.relativeAltitude() > 10, "the GUIDED takeoff");

        ActionResult r = perform(DroneAction.RESUME);
        assertThat(r.success()).isFalse();
        assertThat(r.message()).isEqualTo("not resumed: mode AUTO refused by the vehicle: FAILED; "
                + "vehicle said: Mode change to AUTO failed: no mission (ArduCopter refuses AUTO when it holds no mission)");
        assertThat(vehicle.publishedState().mode()).as("it keeps flying as it was").isEqualTo(CopterMode.GUIDED);
    }

    @Test
    void resumeActsOnTheDroneSoItGoesToTheLinkCommandsNotTheSortieFlight() {
        List<DroneAction> toSorties = new CopyOnWriteArrayList<>();
        List<DroneAction> toLink = new CopyOnWriteArrayList<>();
        DroneActions routed = LinkCommands.routing(r -> {
            toSorties.add(r.action());
            return ActionResult.failed("sortie");
        }, r -> {
            toLink.add(r.action());
            return ActionResult.failed("link");
        });
        for (DroneAction a : DroneAction.values()) {
            routed.perform(new ActionRequest(a, "drone-1", a.needsSortie() ? Optional.of("S-1") : Optional.empty()));
        }
        assertThat(toSorties).containsExactly(DroneAction.UPLOAD, DroneAction.START);
        assertThat(toLink).containsExactly(DroneAction.RTL, DroneAction.LAND, DroneAction.PAUSE, DroneAction.RESUME);
        assertThat(DroneAction.of(" Resume ")).hasValue(DroneAction.RESUME);
        assertThat(DroneAction.words()).isEqualTo("upload, start, rtl, land, pause, resume");
    }

    private ActionResult perform(DroneAction action) {
        return commands.perform(new ActionRequest(action, "drone-1", Optional.empty()));
    }

    /** Runs {@code what} with a control of its own on the link, as the sortie flight would, and expects success. */
    private void fly(java.util.function.Function<VehicleControl, java.util.concurrent.CompletableFuture<ControlResult>> what)
            throws Exception {
        try (VehicleControl control = VehicleControl.open(link.b(), clock.scheduler(), ControlSettings.defaults(), 1, 1, n -> { })) {
            ControlResult r = what.apply(control).get(30, TimeUnit.SECONDS);
            assertThat(r.success()).as(r.message() + "; vehicle said " + vehicle.statusTexts()).isTrue();
        }
    }

    private void awaitState(Predicate<VehicleState> condition, String what) {
        assertThat(Await.until(() -> condition.test(vehicle.publishedState()), Duration.ofSeconds(30)))
                .as("waited 30 s for " + what + "; now " + vehicle.publishedState() + "; texts " + vehicle.statusTexts()).isTrue();
    }

    /** Take off to 20 m, then four waypoints 80 m apart northwards, then home. */
    private static FlightPlan mission() {
        List<MissionItem> items = new java.util.ArrayList<>();
        items.add(MissionItem.at(MavCmd.NAV_TAKEOFF, HOME.latitude(), HOME.longitude(), 20, 0, 0, 0, Float.NaN));
        for (int i = 1; i <= 4; i++) {
            items.add(MissionItem.waypoint(HOME.latitude() + i * 80 / 111_320.0, HOME.longitude(), 20));
        }
        items.add(MissionItem.command(MavCmd.NAV_RETURN_TO_LAUNCH, 0, 0, 0, 0));
        return new FlightPlan(Optional.of(HOME), items, Geofence.none(), List.of());
    }
}
