package org.lifeline.simulator.vehicle;

import static org.assertj.core.api.Assertions.assertThat;

import io.dronefleet.mavlink.common.GlobalPositionInt;
import io.dronefleet.mavlink.common.GpsRawInt;
import io.dronefleet.mavlink.common.HomePosition;
import io.dronefleet.mavlink.common.MavResult;
import io.dronefleet.mavlink.common.MissionCurrent;
import io.dronefleet.mavlink.common.RequestDataStream;
import io.dronefleet.mavlink.common.Statustext;
import io.dronefleet.mavlink.common.SysStatus;
import io.dronefleet.mavlink.common.Timesync;
import io.dronefleet.mavlink.common.VfrHud;
import io.dronefleet.mavlink.minimal.Heartbeat;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Like ArduPilot (SRx_ stream rates 0 on every serial port), the simulator streams only what a
 * client asked for on each port; the legacy behaviour streams its defaults unasked.
 */
class AskedStreamsTest {

    private static Set<Class<?>> kinds(Peer peer) {
        return peer.all(Object.class).stream().map(Object::getClass).collect(Collectors.toSet());
    }

    private static RequestDataStream stream(int id, int hz, int startStop) {
        return RequestDataStream.builder().targetSystem(1).targetComponent(1).reqStreamId(id).reqMessageRate(hz)
                .startStop(startStop).build();
    }

    @Test
    void unaskedTheArduPilotBehaviourSendsOnlyHeartbeatTimesyncTextAndHomeOnEitherPort() {
        // fresh SITL, both SERIAL0 and SERIAL1: HEARTBEAT, TIMESYNC, STATUSTEXT, HOME_POSITION once
        // (and one SYS_STATUS and GPS_GLOBAL_ORIGIN, which the simulator does not send)
        Fixture f = new Fixture(SimulatedVehicle.builder(), false);
        f.clock.runFor(Duration.ofSeconds(12));
        assertThat(kinds(f.gcs)).isSubsetOf(Heartbeat.class, Timesync.class, Statustext.class, HomePosition.class)
                .contains(Heartbeat.class);
        assertThat(kinds(f.companion)).isSubsetOf(Heartbeat.class, Timesync.class, Statustext.class, HomePosition.class);
    }

    @Test
    void theLegacyBehaviourStreamsPositionUnasked() {
        Fixture f = new Fixture(SimulatedVehicle.builder().behaviour(Behaviour.LEGACY), false);
        f.clock.runFor(Duration.ofSeconds(5));
        assertThat(f.gcs.all(GlobalPositionInt.class).size()).isBetween(19, 21);
    }

    @Test
    void requestDataStreamStartsAGroupOnThatPortOnlyAndZeroStopsIt() {
        Fixture f = new Fixture(SimulatedVehicle.builder(), false);
        f.gcs.send(stream(6, 2, 1)); // MAV_DATA_STREAM_POSITION
        f.clock.runFor(Duration.ofSeconds(5));
        assertThat(f.gcs.all(GlobalPositionInt.class).size()).isBetween(9, 11);
        assertThat(f.gcs.all(SysStatus.class)).isEmpty();
        assertThat(f.companion.all(GlobalPositionInt.class)).isEmpty();

        f.gcs.send(stream(6, 2, 0));
        f.clock.runFor(Duration.ofMillis(100));
        int stopped = f.gcs.all(GlobalPositionInt.class).size();
        f.clock.runFor(Duration.ofSeconds(3));
        assertThat(f.gcs.all(GlobalPositionInt.class)).hasSize(stopped);
    }

    @Test
    void extendedStatusCarriesSysStatusGpsAndMissionProgressAndAllStartsEveryGroup() {
        Fixture f = new Fixture(SimulatedVehicle.builder(), false);
        f.gcs.send(stream(2, 1, 1));
        f.companion.send(stream(0, 1, 1)); // MAV_DATA_STREAM_ALL
        f.clock.runFor(Duration.ofSeconds(4));
        assertThat(kinds(f.gcs)).contains(SysStatus.class, GpsRawInt.class, MissionCurrent.class)
                .doesNotContain(GlobalPositionInt.class, VfrHud.class);
        assertThat(kinds(f.companion)).contains(SysStatus.class, GlobalPositionInt.class, VfrHud.class);
    }

    @Test
    void setMessageIntervalStartsOneMessageAndARebootForgetsIt() {
        Fixture f = new Fixture(SimulatedVehicle.builder(), false);
        assertThat(f.gcs.commandAndWait(CommandHandler.CMD_SET_MESSAGE_INTERVAL, 33, 250_000))
                .isEqualTo(MavResult.MAV_RESULT_ACCEPTED.ordinal());
        int before = f.gcs.all(GlobalPositionInt.class).size();
        f.clock.runFor(Duration.ofSeconds(5));
        assertThat(f.gcs.all(GlobalPositionInt.class).size() - before).isBetween(19, 21);

        f.vehicle.reboot();
        f.clock.runFor(Duration.ofSeconds(4));
        int afterReboot = f.gcs.all(GlobalPositionInt.class).size();
        f.clock.runFor(Duration.ofSeconds(3));
        assertThat(f.gcs.all(GlobalPositionInt.class)).hasSize(afterReboot);
    }
}
