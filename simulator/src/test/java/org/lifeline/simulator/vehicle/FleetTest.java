package org.lifeline.simulator.vehicle;

import static org.assertj.core.api.Assertions.assertThat;

import io.dronefleet.mavlink.common.CommandAck;
import io.dronefleet.mavlink.common.CommandLong;
import io.dronefleet.mavlink.common.MavCmd;
import io.dronefleet.mavlink.minimal.Heartbeat;
import io.dronefleet.mavlink.util.EnumValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lifeline.mavlink.MavMessage;
import org.lifeline.mavlink.MessageChannel;
import org.lifeline.plan.FlightPlan;
import org.lifeline.plan.GeoPoint;
import org.lifeline.plan.Geofence;
import org.lifeline.simulator.port.InProcessChannels;

class FleetTest {

    @Test
    void vehiclesSharingAClockAnswerOnlyCommandsAddressedToTheirSystemId() {
        SimulationClock clock = new SimulationClock();
        List<MessageChannel> gcsEnds = new ArrayList<>();
        List<List<MavMessage>> heard = new ArrayList<>();
        List<SimulatedVehicle> fleet = new ArrayList<>();
        for (int sysid = 1; sysid <= 3; sysid++) {
            InProcessChannels.Pair p = InProcessChannels.pair(clock.scheduler(), sysid, 1, 255, 190);
            fleet.add(SimulatedVehicle.builder().clock(clock).systemId(sysid).seed(sysid).port("gcs", p.a()).build());
            List<MavMessage> log = new ArrayList<>();
            p.b().subscribe(log::add);
            gcsEnds.add(p.b());
            heard.add(log);
        }
        clock.runFor(Duration.ofSeconds(9));
        // one broadcast-style channel per vehicle here, but each command names vehicle 2
        for (MessageChannel gcs : gcsEnds) {
            gcs.send(CommandLong.builder().targetSystem(2).targetComponent(1).command(EnumValue.create(MavCmd.class, 176))
                    .confirmation(0).param1(1).param2(CopterMode.LOITER.number()).build());
        }
        clock.runFor(Duration.ofSeconds(2));
        assertThat(fleet).extracting(v -> v.state().mode()).containsExactly(CopterMode.STABILIZE, CopterMode.LOITER, CopterMode.STABILIZE);
        for (int i = 0; i < 3; i++) {
            int expected = i + 1;
            assertThat(heard.get(i)).filteredOn(m -> m.is(Heartbeat.class)).allMatch(m -> m.systemId() == expected);
            assertThat(heard.get(i).stream().filter(m -> m.is(CommandAck.class)).count()).isEqualTo(i == 1 ? 1 : 0);
        }
    }

    @Test
    void aPreloadedPlanIsFlownWithoutAnUpload() {
        Fixture f = new Fixture();
        List<org.lifeline.mission.MissionItem> items = Fixture.deliveryMission();
        f.vehicle.preload(new FlightPlan(Optional.of(Fixture.HOME), items.subList(1, items.size()), Geofence.none(), List.of()));
        f.armAndStart();
        assertThat(f.clock.runUntil(() -> f.vehicle.statusTexts().contains("Gripper load released"), Duration.ofMinutes(5))).isTrue();
        assertThat(f.vehicle.state().missionSeq()).isEqualTo(7);
        assertThat(new GeoPoint(f.vehicle.state().latitude(), f.vehicle.state().longitude(), 0).latitude()).isGreaterThan(Fixture.HOME.latitude());
    }
}
