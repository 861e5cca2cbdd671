package org.lifeline.command;

import io.dronefleet.mavlink.common.CommandLong;
import io.dronefleet.mavlink.common.MavResult;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.lifeline.time.ManualScheduler;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** Properties of the command protocol and of arming, over random loss patterns and delays. */
class CommandProperties {

    @Property(tries = 200)
    void aCommandEndsAtTheFirstAnsweredAttemptOrTimesOutAfterExactlyMaxAttempts(
            @ForAll @Size(max = 6) List<Boolean> answered, @ForAll @IntRange(min = 1, max = 5) int maxAttempts,
            @ForAll @IntRange(min = 0, max = 6) int rawResult) {
        ManualScheduler clock = new ManualScheduler();
        FakeVehicle vehicle = new FakeVehicle(clock, (v, c, a) ->
                a <= answered.size() && answered.get(a - 1) ? List.of(FakeVehicle.ack(c, rawResult)) : List.of());
        CommandSettings settings = new CommandSettings(Duration.ofMillis(1000), maxAttempts, Duration.ofSeconds(5), 255);
        CommandClient client = new CommandClient(vehicle, clock, settings);

        CompletableFuture<CommandResult> f = client.send(CommandRequest.longCommand(1, 1, 21));
        clock.advance(Duration.ofSeconds(60));

        int firstAnswered = answered.subList(0, Math.min(maxAttempts, answered.size())).indexOf(true) + 1;
        CommandResult r = f.join();
        if (firstAnswered == 0 || rawResult == MavResult.MAV_RESULT_IN_PROGRESS.ordinal()) {
            assertThat(r.outcome()).isEqualTo(CommandOutcome.TIMEOUT);
        } else {
            assertThat(r.outcome()).isEqualTo(CommandOutcome.fromWire(rawResult));
            assertThat(r.attempts()).isEqualTo(firstAnswered);
        }
        if (firstAnswered == 0) {
            assertThat(r.attempts()).isEqualTo(maxAttempts);
        }
        assertThat(vehicle.commandsReceived()).extracting(CommandLong::confirmation)
                .containsExactlyElementsOf(CommandClientTest.range(r.attempts()));
        assertThat(clock.pending()).as("no timer left behind").isZero();
        assertThat(client.inFlight()).isZero();
    }

    @Property(tries = 40)
    void armingSucceedsIffChecksPassBeforeTheDeadlineAndNeverSendsArmAfterIt(
            @ForAll @IntRange(min = 0, max = 40_000) int armableAfterMillis,
            @ForAll @IntRange(min = 1, max = 35) int deadlineSeconds) {
        ManualScheduler clock = new ManualScheduler();
        FakeVehicle vehicle = new FakeVehicle(clock, FakeVehicle.arduCopter());
        vehicle.armableAfter = Duration.ofMillis(armableAfterMillis);
        vehicle.startHeartbeats();
        Duration deadline = Duration.ofSeconds(deadlineSeconds);
        VehicleControl control = VehicleControl.open(vehicle, clock, ControlSettings.defaults().withArmingDeadline(deadline),
                1, 1, n -> { });
        CompletableFuture<ControlResult> f = control.arm(false);
        clock.advance(deadline.plusSeconds(10));

        ControlResult r = f.join();
        long deadlineMillis = deadline.toMillis();
        if (armableAfterMillis <= deadlineMillis) {
            assertThat(r.success()).as(r.message()).isTrue();
        } else if (armableAfterMillis > deadlineMillis + FakeVehicle.LATENCY.toMillis()) {
            assertThat(r.success()).as(r.message()).isFalse();
            assertThat(r.message()).contains("PreArm:");
        }
        assertThat(vehicle.armed).isEqualTo(r.success());
        assertThat(vehicle.lastCommandAtNanos).as("no arm command after the deadline")
                .isLessThanOrEqualTo(deadline.plus(FakeVehicle.LATENCY).toNanos());
    }
}
