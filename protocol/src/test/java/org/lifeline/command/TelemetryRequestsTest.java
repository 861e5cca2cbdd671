package org.lifeline.command;

import io.dronefleet.mavlink.common.CommandLong;
import io.dronefleet.mavlink.common.MavResult;
import io.dronefleet.mavlink.common.RequestDataStream;
import io.dronefleet.mavlink.minimal.Heartbeat;
import io.dronefleet.mavlink.minimal.MavAutopilot;
import io.dronefleet.mavlink.minimal.MavState;
import io.dronefleet.mavlink.minimal.MavType;
import org.junit.jupiter.api.Test;
import org.lifeline.time.ManualScheduler;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TelemetryRequestsTest {

    private static final int INTERVAL = TelemetryRequests.CMD_SET_MESSAGE_INTERVAL;
    private final ManualScheduler clock = new ManualScheduler();

    private static FakeVehicle.Responder answering(MavResult result) {
        return (v, c, attempt) -> List.of(FakeVehicle.ack(c, result, 0, Duration.ZERO));
    }

    private TelemetryRequests ask(FakeVehicle vehicle) {
        CommandClient commands = new CommandClient(vehicle, clock, CommandSettings.defaults());
        return new TelemetryRequests(vehicle, clock, commands, FakeVehicle.SYSID, FakeVehicle.COMPID,
                TelemetryPlan.monitor(2), Duration.ofSeconds(3));
    }

    private static List<CommandLong> intervalRequests(FakeVehicle vehicle) {
        return vehicle.commandsReceived().stream().filter(c -> c.command().value() == INTERVAL).toList();
    }

    private static List<RequestDataStream> dataStreamRequests(FakeVehicle vehicle) {
        return vehicle.received.stream().filter(RequestDataStream.class::isInstance).map(RequestDataStream.class::cast).toList();
    }

    private void heartbeat(FakeVehicle vehicle) {
        vehicle.emitFrom(FakeVehicle.SYSID, FakeVehicle.COMPID, Heartbeat.builder().type(MavType.MAV_TYPE_QUADROTOR)
                .autopilot(MavAutopilot.MAV_AUTOPILOT_ARDUPILOTMEGA).systemStatus(MavState.MAV_STATE_STANDBY)
                .mavlinkVersion(3).build());
    }

    @Test
    void eachMessageIsAskedForOnceWithItsIntervalWhenTheVehicleAccepts() {
        FakeVehicle vehicle = new FakeVehicle(clock, answering(MavResult.MAV_RESULT_ACCEPTED));
        TelemetryRequests requests = ask(vehicle);
        for (int s = 0; s < 10; s++) {
            heartbeat(vehicle);
            clock.advance(Duration.ofSeconds(1));
        }

        List<CommandLong> sent = intervalRequests(vehicle);
        assertThat(sent).extracting(c -> (int) c.param1()).containsExactlyInAnyOrder(
                TelemetryPlan.GLOBAL_POSITION_INT, TelemetryPlan.SYS_STATUS, TelemetryPlan.GPS_RAW_INT, TelemetryPlan.MISSION_CURRENT);
        assertThat(sent).filteredOn(c -> (int) c.param1() == TelemetryPlan.GLOBAL_POSITION_INT)
                .extracting(CommandLong::param2).containsExactly(500_000f);
        assertThat(sent).filteredOn(c -> (int) c.param1() == TelemetryPlan.SYS_STATUS)
                .extracting(CommandLong::param2).containsExactly(1_000_000f);
        assertThat(dataStreamRequests(vehicle)).isEmpty();
        assertThat(requests.rounds()).hasSize(1);
        assertThat(requests.lastRound().orElseThrow().allAccepted()).isTrue();
    }

    @Test
    void aRefusedIntervalFallsBackToRequestDataStreamForItsGroupSentTwice() {
        FakeVehicle vehicle = new FakeVehicle(clock, (v, c, attempt) -> List.of(FakeVehicle.ack(c,
                (int) c.param1() == TelemetryPlan.GLOBAL_POSITION_INT ? MavResult.MAV_RESULT_ACCEPTED : MavResult.MAV_RESULT_UNSUPPORTED,
                0, Duration.ZERO)));
        TelemetryRequests requests = ask(vehicle);
        clock.advance(Duration.ofSeconds(3));

        assertThat(intervalRequests(vehicle)).hasSize(4);
        TelemetryRequests.Round round = requests.lastRound().orElseThrow();
        assertThat(round.accepted()).containsExactly(TelemetryPlan.GLOBAL_POSITION_INT);
        assertThat(round.refused()).containsExactlyInAnyOrder(TelemetryPlan.SYS_STATUS, TelemetryPlan.GPS_RAW_INT,
                TelemetryPlan.MISSION_CURRENT);
        assertThat(round.dataStreams()).isEqualTo(Map.of(TelemetryPlan.STREAM_EXTENDED_STATUS, 1));
        assertThat(dataStreamRequests(vehicle)).hasSize(2).allSatisfy(r -> {
            assertThat(r.reqStreamId()).isEqualTo(TelemetryPlan.STREAM_EXTENDED_STATUS);
            assertThat(r.reqMessageRate()).isEqualTo(1);
            assertThat(r.startStop()).isEqualTo(1);
            assertThat(r.targetSystem()).isEqualTo(FakeVehicle.SYSID);
        });
    }

    @Test
    void anUnansweredIntervalFallsBackAfterTheCommandRetriesRunOut() {
        FakeVehicle vehicle = new FakeVehicle(clock, (v, c, attempt) -> List.of());
        TelemetryRequests requests = ask(vehicle);
        clock.advance(Duration.ofMillis(2_900));
        assertThat(requests.rounds()).isEmpty();
        assertThat(dataStreamRequests(vehicle)).isEmpty();

        clock.advance(Duration.ofMillis(200));
        assertThat(intervalRequests(vehicle)).hasSize(3)
                .allSatisfy(c -> assertThat((int) c.param1()).isEqualTo(TelemetryPlan.GLOBAL_POSITION_INT));
        assertThat(requests.lastRound().orElseThrow().refused()).hasSize(4);
        assertThat(requests.lastRound().orElseThrow().dataStreams())
                .isEqualTo(Map.of(TelemetryPlan.STREAM_POSITION, 2, TelemetryPlan.STREAM_EXTENDED_STATUS, 1));
        assertThat(dataStreamRequests(vehicle)).hasSize(2);
    }

    @Test
    void theVehicleReturningAfterASilenceIsAskedAgainButSteadyHeartbeatsAskNothing() {
        FakeVehicle vehicle = new FakeVehicle(clock, answering(MavResult.MAV_RESULT_ACCEPTED));
        TelemetryRequests requests = ask(vehicle);
        for (int s = 0; s < 5; s++) {
            heartbeat(vehicle);
            clock.advance(Duration.ofSeconds(1));
        }
        assertThat(intervalRequests(vehicle)).hasSize(4);

        clock.advance(Duration.ofSeconds(10)); // link down: no heartbeat
        heartbeat(vehicle);
        clock.advance(Duration.ofSeconds(1));

        assertThat(intervalRequests(vehicle)).hasSize(8);
        assertThat(requests.rounds()).hasSize(2);
    }

    @Test
    void renewDuringARoundAsksOnceMoreAfterItNotTwiceAtOnce() {
        FakeVehicle vehicle = new FakeVehicle(clock, answering(MavResult.MAV_RESULT_ACCEPTED));
        TelemetryRequests requests = ask(vehicle);
        requests.renew();
        requests.renew();
        clock.advance(Duration.ofMillis(300));
        assertThat(intervalRequests(vehicle)).hasSize(4);
        assertThat(requests.rounds()).isEmpty();

        clock.advance(Duration.ofSeconds(1));
        assertThat(intervalRequests(vehicle)).hasSize(8);
        assertThat(requests.rounds()).hasSize(2);
    }

    @Test
    void afterCloseNothingMoreIsAsked() {
        FakeVehicle vehicle = new FakeVehicle(clock, answering(MavResult.MAV_RESULT_ACCEPTED));
        TelemetryRequests requests = ask(vehicle);
        clock.advance(Duration.ofSeconds(1));
        requests.close();
        heartbeat(vehicle);
        clock.advance(Duration.ofSeconds(10));
        heartbeat(vehicle);
        requests.renew();
        clock.advance(Duration.ofSeconds(1));
        assertThat(intervalRequests(vehicle)).hasSize(4);
    }

    @Test
    void aPlanRefusesRatesARadioCannotCarryAndMessagesItCannotAskFor() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new TelemetryPlan(Map.of(TelemetryPlan.SYS_STATUS, 100.0)))
                .hasMessageContaining("message 1: expected 0.1..50 per second, got 100.0");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new TelemetryPlan(Map.of(999, 1.0)))
                .hasMessageContaining("message 999");
    }
}
