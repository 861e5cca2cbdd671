package org.lifeline.command;

import io.dronefleet.mavlink.common.CommandLong;
import io.dronefleet.mavlink.common.MavResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lifeline.time.ManualScheduler;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lifeline.command.CommandClientTest.runUntilDone;

class VehicleControlTest {

    private final ManualScheduler clock = new ManualScheduler();
    private final FakeVehicle vehicle = new FakeVehicle(clock, FakeVehicle.arduCopter());
    private final List<String> notes = new ArrayList<>();
    private final VehicleControl control = VehicleControl.open(vehicle, clock, ControlSettings.defaults(),
            FakeVehicle.SYSID, FakeVehicle.COMPID, notes::add);

    private ControlResult run(java.util.concurrent.CompletableFuture<ControlResult> f) {
        return runUntilDone(clock, f, Duration.ofSeconds(60));
    }

    @Test
    void setModeIsConfirmedByTheHeartbeatShowingTheNewMode() {
        vehicle.startHeartbeats();
        ControlResult r = run(control.setMode("guided"));

        assertThat(r.success()).as(r.message()).isTrue();
        assertThat(vehicle.customMode).isEqualTo(4);
        CommandLong sent = vehicle.commandsReceived().get(0);
        assertThat(sent.command().value()).isEqualTo(176);
        assertThat(sent.param1()).isEqualTo(1f);
        assertThat(sent.param2()).isEqualTo(4f);
        assertThat(control.watch().latest().orElseThrow().customMode()).isEqualTo(4);
    }

    @Test
    void setModeFailsWhenTheVehicleAcceptsButTheHeartbeatNeverShowsIt() {
        FakeVehicle liar = new FakeVehicle(clock, (v, c, a) -> List.of(FakeVehicle.ack(c, MavResult.MAV_RESULT_ACCEPTED, 0, Duration.ZERO)));
        liar.startHeartbeats();
        VehicleControl c = VehicleControl.open(liar, clock, ControlSettings.defaults(), 1, 1, notes::add);

        ControlResult r = run(c.setMode(CopterMode.LOITER));

        assertThat(r.success()).isFalse();
        assertThat(r.message()).isEqualTo("mode change acknowledged but the heartbeat still shows STABILIZE after 3 s");
    }

    @Test
    void unknownModeNameIsRejectedListingTheValidNames() {
        assertThatThrownBy(() -> control.setMode("hover"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown flight mode 'hover'; valid modes: STABILIZE, ACRO, ALT_HOLD, AUTO, GUIDED")
                .hasMessageContaining("SMART_RTL")
                .hasMessageEndingWith("AUTO_RTL, TURTLE");
        assertThat(vehicle.received).isEmpty();
    }

    @ParameterizedTest(name = "{0} is custom mode {1}")
    @CsvSource({"STABILIZE,0", "alt_hold,2", "alt-hold,2", "Auto,3", "LAND,9", "drift,11", "poshold,16",
            "GUIDED_NOGPS,20", "smart_rtl,21", "zigzag,24", "AUTOROTATE,26", "auto_rtl,27"})
    void modeNamesMapToArduCopterNumbers(String name, int number) {
        assertThat(CopterMode.fromName(name).customMode()).isEqualTo(number);
    }

    @ParameterizedTest(name = "arming refused for {0} s is {1} within the 30 s deadline")
    @CsvSource({"0,true", "5,true", "12,true", "29,true", "31,false", "45,false"})
    void armingIsRetriedWhilePreArmChecksFailUntilTheDeadline(int refusedSeconds, boolean succeeds) {
        vehicle.startHeartbeats();
        vehicle.armableAfter = Duration.ofSeconds(refusedSeconds);

        ControlResult r = run(control.arm(false));

        assertThat(r.success()).as(r.message()).isEqualTo(succeeds);
        assertThat(vehicle.armed).isEqualTo(succeeds);
        if (succeeds) {
            assertThat(clock.nanoTime()).isLessThan(Duration.ofSeconds(refusedSeconds + 3).toNanos());
        } else {
            assertThat(r.outcome()).isEqualTo(CommandOutcome.FAILED);
            assertThat(r.message()).startsWith("arming refused: FAILED (")
                    .contains(" over 30 s)")
                    .endsWith("vehicle said: PreArm: EKF3 waiting for GPS config data");
        }
        assertThat(notes).hasSizeGreaterThanOrEqualTo(Math.min(refusedSeconds, 30) * 9 / 10)
                .allSatisfy(n -> assertThat(n).isEqualTo("arming refused (FAILED: PreArm: EKF3 waiting for GPS config data), retrying"));
    }

    @Test
    void armingSendsNoForceFlagUnlessAskedAndForceUsesTheMagicNumber() {
        vehicle.startHeartbeats();
        run(control.arm(true));
        run(control.disarm(false));
        run(control.disarm(true));

        assertThat(vehicle.commandsReceived()).extracting(CommandLong::param1, CommandLong::param2)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1f, 21196f),
                        org.assertj.core.groups.Tuple.tuple(0f, 0f),
                        org.assertj.core.groups.Tuple.tuple(0f, 21196f));
        assertThat(vehicle.armed).isFalse();
    }

    @Test
    void armingInAutoIsRefusedButStartMissionGoesThroughGuided() {
        vehicle.startHeartbeats();
        run(control.setMode(CopterMode.AUTO));
        control.close();
        VehicleControl quick = VehicleControl.open(vehicle, clock,
                ControlSettings.defaults().withArmingDeadline(Duration.ofSeconds(2)), 1, 1, notes::add);

        ControlResult refused = run(quick.arm(false));
        assertThat(refused.success()).isFalse();
        assertThat(refused.message()).isEqualTo("arming refused: FAILED (1 attempt over 0 s) (the flight mode forbids "
                + "arming: set GUIDED or LOITER first, or start the mission with 'start'); vehicle said: Arm: Mode not armable");
        assertThat(vehicle.commandsReceived()).as("no pointless retries").hasSize(2);

        vehicle.received.clear();
        ControlResult started = run(quick.startMission());

        assertThat(started.success()).as(started.message()).isTrue();
        assertThat(started.message()).isEqualTo("mission started: armed, AUTO");
        assertThat(vehicle.armed).isTrue();
        assertThat(vehicle.customMode).isEqualTo(CopterMode.AUTO.customMode());
        assertThat(vehicle.commandsReceived()).extracting(c -> c.command().value())
                .containsExactly(176, 400, 300);
        assertThat(vehicle.commandsReceived().get(0).param2()).isEqualTo(4f);
    }

    @Test
    void startMissionWaitsOutPreArmChecks() {
        vehicle.startHeartbeats();
        vehicle.armableAfter = Duration.ofSeconds(8);

        ControlResult r = run(control.startMission());

        assertThat(r.success()).as(r.message()).isTrue();
        assertThat(notes).isNotEmpty();
        assertThat(vehicle.customMode).isEqualTo(CopterMode.AUTO.customMode());
    }

    @Test
    void startMissionOnAnArmedVehicleOnlySendsMissionStart() {
        vehicle.armed = true;
        vehicle.startHeartbeats();
        clock.advance(Duration.ofMillis(100));

        ControlResult r = run(control.startMission());

        assertThat(r.success()).as(r.message()).isTrue();
        assertThat(vehicle.commandsReceived()).extracting(c -> c.command().value()).containsExactly(300);
    }

    @Test
    void startMissionRightAfterConnectingWaitsForAHeartbeatBeforeChoosingTheSequence() {
        vehicle.armed = true;
        vehicle.customMode = CopterMode.AUTO.customMode();
        vehicle.startHeartbeats();

        ControlResult r = run(control.startMission());

        assertThat(r.success()).as(r.message()).isTrue();
        assertThat(vehicle.commandsReceived()).extracting(c -> c.command().value()).containsExactly(300);
    }

    @Test
    void startMissionWithoutAnyHeartbeatSendsNothing() {
        ControlResult r = run(control.startMission());

        assertThat(r.success()).isFalse();
        assertThat(r.message()).isEqualTo("mission not started: no heartbeat from the vehicle");
        assertThat(vehicle.received).isEmpty();
    }

    @Test
    void startMissionSetsAutoItselfWhenMissionStartDoesNotSwitchMode() {
        FakeVehicle.Responder copter = FakeVehicle.arduCopter();
        FakeVehicle px4ish = new FakeVehicle(clock, (v, c, a) -> {
            if (c.command().value() == 300) {
                return List.of(FakeVehicle.ack(c, MavResult.MAV_RESULT_ACCEPTED, 0, Duration.ZERO));
            }
            return copter.answer(v, c, a);
        });
        px4ish.startHeartbeats();
        VehicleControl c = VehicleControl.open(px4ish, clock, ControlSettings.defaults(), 1, 1, notes::add);

        ControlResult r = run(c.startMission());

        assertThat(r.success()).as(r.message()).isTrue();
        assertThat(px4ish.commandsReceived()).extracting(m -> m.command().value()).containsExactly(176, 400, 300, 176);
        assertThat(px4ish.customMode).isEqualTo(3);
    }

    @Test
    void startMissionReportsWhichStepFailed() {
        FakeVehicle noGuided = new FakeVehicle(clock, (v, c, a) -> List.of(FakeVehicle.ack(c, MavResult.MAV_RESULT_DENIED, 0, Duration.ZERO)));
        noGuided.startHeartbeats();
        VehicleControl c = VehicleControl.open(noGuided, clock, ControlSettings.defaults(), 1, 1, notes::add);

        ControlResult r = run(c.startMission());

        assertThat(r.success()).isFalse();
        assertThat(r.outcome()).isEqualTo(CommandOutcome.DENIED);
        assertThat(r.message()).isEqualTo("mission not started: mode GUIDED refused by the vehicle: DENIED");
    }

    @Test
    void returnToLaunchAndLandAreAcknowledged() {
        vehicle.startHeartbeats();
        assertThat(run(control.returnToLaunch()).message()).isEqualTo("return to launch: accepted");
        assertThat(vehicle.customMode).isEqualTo(6);
        assertThat(run(control.land()).success()).isTrue();
        assertThat(vehicle.customMode).isEqualTo(9);
    }

    @Test
    void aSilentVehicleEndsInTimeoutWithAClearMessage() {
        FakeVehicle silent = new FakeVehicle(clock, (v, c, a) -> List.of());
        VehicleControl c = VehicleControl.open(silent, clock, ControlSettings.defaults(), 1, 1, notes::add);

        ControlResult arm = run(c.arm(false));
        ControlResult land = run(c.land());

        assertThat(arm.outcome()).isEqualTo(CommandOutcome.TIMEOUT);
        assertThat(arm.message()).isEqualTo("arming got no answer from the vehicle (3 sends); the vehicle gave no reason");
        assertThat(land.message()).isEqualTo("land got no answer from the vehicle (3 sends)");
    }
}
