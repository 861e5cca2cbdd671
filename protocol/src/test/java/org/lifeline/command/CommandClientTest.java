package org.lifeline.command;

import io.dronefleet.mavlink.common.CommandAck;
import io.dronefleet.mavlink.common.CommandInt;
import io.dronefleet.mavlink.common.CommandLong;
import io.dronefleet.mavlink.common.MavCmd;
import io.dronefleet.mavlink.common.MavResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lifeline.time.ManualScheduler;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lifeline.command.FakeVehicle.ack;
import static org.lifeline.command.FakeVehicle.Answer;

class CommandClientTest {

    private static final int LAND = 21;

    /** A scenario: how the vehicle answers each attempt, and how the command must end. */
    record Scenario(String name, FakeVehicle.Responder responder, CommandOutcome outcome, int attempts,
                    List<Integer> progress, Duration elapsed) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Scenario> scenarios() {
        List<Scenario> s = new ArrayList<>();
        s.add(new Scenario("accepted at once", answerOn(1, MavResult.MAV_RESULT_ACCEPTED),
                CommandOutcome.ACCEPTED, 1, List.of(), ms(80)));
        s.add(new Scenario("ack lost, resend with confirmation 1 accepted", answerOn(2, MavResult.MAV_RESULT_ACCEPTED),
                CommandOutcome.ACCEPTED, 2, List.of(), ms(1080)));
        s.add(new Scenario("two acks lost, third send accepted", answerOn(3, MavResult.MAV_RESULT_ACCEPTED),
                CommandOutcome.ACCEPTED, 3, List.of(), ms(2080)));
        s.add(new Scenario("no answer: timeout after exactly three sends", (v, c, a) -> List.of(),
                CommandOutcome.TIMEOUT, 3, List.of(), ms(3000)));
        s.add(new Scenario("in progress then accepted, waiting beyond the retry budget",
                (v, c, a) -> List.of(ack(c, MavResult.MAV_RESULT_IN_PROGRESS, 30, Duration.ZERO),
                        ack(c, MavResult.MAV_RESULT_IN_PROGRESS, 70, ms(2000)),
                        ack(c, MavResult.MAV_RESULT_ACCEPTED, 100, ms(6000))),
                CommandOutcome.ACCEPTED, 1, List.of(30, 70), ms(6080)));
        s.add(new Scenario("in progress then silence: timeout without resending",
                (v, c, a) -> List.of(ack(c, MavResult.MAV_RESULT_IN_PROGRESS, 10, Duration.ZERO)),
                CommandOutcome.TIMEOUT, 1, List.of(10), ms(10080)));
        s.add(new Scenario("in progress then failed",
                (v, c, a) -> List.of(ack(c, MavResult.MAV_RESULT_IN_PROGRESS, 255, Duration.ZERO),
                        ack(c, MavResult.MAV_RESULT_FAILED, 0, ms(500))),
                CommandOutcome.FAILED, 1, List.of(255), ms(580)));
        int[] raw = {1, 2, 3, 4, 6, 7, 8, 9, 42};
        CommandOutcome[] expected = {CommandOutcome.TEMPORARILY_REJECTED, CommandOutcome.DENIED,
                CommandOutcome.UNSUPPORTED, CommandOutcome.FAILED, CommandOutcome.VEHICLE_CANCELLED,
                CommandOutcome.COMMAND_LONG_ONLY, CommandOutcome.COMMAND_INT_ONLY,
                CommandOutcome.UNSUPPORTED_MAV_FRAME, CommandOutcome.UNKNOWN_RESULT};
        for (int i = 0; i < raw.length; i++) {
            int r = raw[i];
            s.add(new Scenario("MAV_RESULT " + r + " ends as " + expected[i], (v, c, a) -> List.of(ack(c, r)),
                    expected[i], 1, List.of(), ms(80)));
        }
        return s.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void commandEndsAsTheScenarioSays(Scenario scenario) {
        ManualScheduler clock = new ManualScheduler();
        FakeVehicle vehicle = new FakeVehicle(clock, scenario.responder());
        CommandClient client = new CommandClient(vehicle, clock, CommandSettings.defaults());
        List<Integer> progress = new ArrayList<>();

        CompletableFuture<CommandResult> f = client.send(land(), progress::add);
        CommandResult r = runUntilDone(clock, f, Duration.ofSeconds(30));

        assertThat(r.outcome()).isEqualTo(scenario.outcome());
        assertThat(r.attempts()).isEqualTo(scenario.attempts());
        assertThat(progress).isEqualTo(scenario.progress());
        assertThat(r.elapsed()).isEqualTo(scenario.elapsed());
        assertThat(vehicle.commandsReceived()).extracting(CommandLong::confirmation)
                .containsExactlyElementsOf(range(scenario.attempts()));
        assertThat(client.inFlight()).isZero();
    }

    @Test
    void resendsCarryTheSameParametersAndAnIncreasingConfirmation() {
        ManualScheduler clock = new ManualScheduler();
        FakeVehicle vehicle = new FakeVehicle(clock, (v, c, a) -> List.of());
        CommandClient client = new CommandClient(vehicle, clock, CommandSettings.defaults());

        runUntilDone(clock, client.send(CommandRequest.longCommand(1, 1, 400, 1f, 21196f)), Duration.ofSeconds(10));

        assertThat(vehicle.commandsReceived()).hasSize(3).allSatisfy(c -> {
            assertThat(c.targetSystem()).isEqualTo(1);
            assertThat(c.targetComponent()).isEqualTo(1);
            assertThat(c.command().value()).isEqualTo(400);
            assertThat(c.param1()).isEqualTo(1f);
            assertThat(c.param2()).isEqualTo(21196f);
        });
    }

    @Test
    void acknowledgementsOfOtherCommandsSystemsOrGroundStationsAreIgnored() {
        ManualScheduler clock = new ManualScheduler();
        FakeVehicle vehicle = new FakeVehicle(clock, (v, c, a) -> List.of());
        CommandClient client = new CommandClient(vehicle, clock, CommandSettings.defaults());

        CompletableFuture<CommandResult> f = client.send(land());
        clock.advance(ms(100));
        deliver(vehicle, 1, 1, CommandAck.builder().command(MavCmd.MAV_CMD_NAV_TAKEOFF).result(MavResult.MAV_RESULT_DENIED).build());
        deliver(vehicle, 2, 1, CommandAck.builder().command(MavCmd.MAV_CMD_NAV_LAND).result(MavResult.MAV_RESULT_DENIED).build());
        deliver(vehicle, 1, 154, CommandAck.builder().command(MavCmd.MAV_CMD_NAV_LAND).result(MavResult.MAV_RESULT_DENIED).build());
        deliver(vehicle, 1, 1, CommandAck.builder().command(MavCmd.MAV_CMD_NAV_LAND).result(MavResult.MAV_RESULT_DENIED)
                .targetSystem(254).build());
        assertThat(f).isNotDone();

        deliver(vehicle, 1, 1, CommandAck.builder().command(MavCmd.MAV_CMD_NAV_LAND).result(MavResult.MAV_RESULT_ACCEPTED)
                .targetSystem(255).build());
        assertThat(f.join().outcome()).isEqualTo(CommandOutcome.ACCEPTED);
    }

    @Test
    void aSecondCommandWithTheSameIdWaitsForTheFirstToEnd() {
        ManualScheduler clock = new ManualScheduler();
        FakeVehicle vehicle = new FakeVehicle(clock, (v, c, a) -> List.of(ack(c, MavResult.MAV_RESULT_ACCEPTED, 0, ms(500))));
        CommandClient client = new CommandClient(vehicle, clock, CommandSettings.defaults());

        CompletableFuture<CommandResult> first = client.send(land());
        CompletableFuture<CommandResult> second = client.send(land());
        CompletableFuture<CommandResult> other = client.send(CommandRequest.longCommand(1, 1, 20));
        clock.advance(ms(10));
        assertThat(vehicle.commandsReceived()).extracting(c -> c.command().value()).containsExactly(LAND, 20);

        CommandResult r1 = runUntilDone(clock, first, Duration.ofSeconds(5));
        assertThat(vehicle.commandsReceived()).extracting(c -> c.command().value()).containsExactly(LAND, 20, LAND);
        CommandResult r2 = runUntilDone(clock, second, Duration.ofSeconds(5));

        assertThat(r1.attempts()).isEqualTo(1);
        assertThat(r2.attempts()).isEqualTo(1);
        assertThat(r2.elapsed()).isEqualTo(ms(1160));
        assertThat(other.join().accepted()).isTrue();
    }

    @Test
    void cancellingTheFutureStopsTheResends() {
        ManualScheduler clock = new ManualScheduler();
        FakeVehicle vehicle = new FakeVehicle(clock, (v, c, a) -> List.of());
        CommandClient client = new CommandClient(vehicle, clock, CommandSettings.defaults());

        CompletableFuture<CommandResult> f = client.send(land());
        clock.advance(ms(1500));
        f.cancel(false);
        clock.advance(Duration.ofSeconds(10));

        assertThat(vehicle.commandsReceived()).hasSize(2);
        assertThat(client.inFlight()).isZero();
    }

    @Test
    void closingTheClientEndsEveryCommandAsCancelled() {
        ManualScheduler clock = new ManualScheduler();
        FakeVehicle vehicle = new FakeVehicle(clock, (v, c, a) -> List.of());
        CommandClient client = new CommandClient(vehicle, clock, CommandSettings.defaults());

        CompletableFuture<CommandResult> a = client.send(land());
        CompletableFuture<CommandResult> b = client.send(land());
        client.close();
        CompletableFuture<CommandResult> c = client.send(land());

        assertThat(List.of(a, b, c)).allSatisfy(f -> assertThat(f.join().outcome()).isEqualTo(CommandOutcome.CANCELLED));
        clock.advance(Duration.ofSeconds(10));
        assertThat(vehicle.commandsReceived()).hasSize(1);
    }

    @Test
    void commandIntCarriesFrameAndIntegerPositionAndIsAcknowledgedLikeLong() {
        ManualScheduler clock = new ManualScheduler();
        FakeVehicle vehicle = new FakeVehicle(clock, (v, c, a) -> List.of(ack(c, MavResult.MAV_RESULT_ACCEPTED, 0, Duration.ZERO)));
        CommandClient client = new CommandClient(vehicle, clock, CommandSettings.defaults());

        CommandRequest reposition = CommandRequest.intCommand(1, 1, 192, 6, -1f, 1f, 0f, Float.NaN,
                -353632621, 1491652374, 40f);
        CommandResult r = runUntilDone(clock, client.send(reposition), Duration.ofSeconds(5));

        assertThat(r.accepted()).isTrue();
        CommandInt sent = (CommandInt) vehicle.received.get(0);
        assertThat(sent.frame().value()).isEqualTo(6);
        assertThat(sent.x()).isEqualTo(-353632621);
        assertThat(sent.y()).isEqualTo(1491652374);
        assertThat(sent.z()).isEqualTo(40f);
        assertThat(sent.command().value()).isEqualTo(192);
    }

    @Test
    void describeNamesTheCommandOutcomeAndAttempts() {
        CommandResult r = new CommandResult(land(), CommandOutcome.DENIED, 2, 1, 0, 0, Duration.ZERO);
        assertThat(r.describe()).isEqualTo("MAV_CMD_NAV_LAND (21): DENIED after 1 attempt");
        assertThat(CommandRequest.longCommand(1, 1, 31999).commandName()).isEqualTo("MAV_CMD 31999");
    }

    static CommandRequest land() {
        return CommandRequest.longCommand(FakeVehicle.SYSID, FakeVehicle.COMPID, LAND);
    }

    static void deliver(FakeVehicle v, int sys, int comp, Object payload) {
        v.emitFrom(sys, comp, payload);
    }

    static <T> T runUntilDone(ManualScheduler clock, CompletableFuture<T> f, Duration max) {
        Duration step = ms(10);
        for (long t = 0; t < max.toMillis() && !f.isDone(); t += step.toMillis()) {
            clock.advance(step);
        }
        assertThat(f).as("finished within " + max).isDone();
        return f.join();
    }

    static List<Integer> range(int n) {
        return java.util.stream.IntStream.range(0, n).boxed().toList();
    }

    static Duration ms(long millis) {
        return Duration.ofMillis(millis);
    }

    static FakeVehicle.Responder answerOn(int attempt, MavResult result) {
        return (v, c, a) -> a == attempt ? List.of(ack(c, result, 0, Duration.ZERO)) : List.<Answer>of();
    }
}
