package org.lifeline.simulator.vehicle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.lifeline.command.ControlResult;
import org.lifeline.command.ControlSettings;
import org.lifeline.command.VehicleControl;
import org.lifeline.mission.MissionType;

/** The ground station's real command client drives the simulated vehicle through a mission. */
class VehicleControlInteropTest {

    @Test
    void startMissionArmsThroughThePreArmDelayAndTheVehicleFliesAndReturnsHome() {
        Fixture f = new Fixture();
        f.gcs.heartbeats(true);
        assertThat(f.gcs.uploadAndWait(MissionType.MISSION, Fixture.deliveryMission())).isEqualTo(Peer.accepted());
        List<String> notes = new CopyOnWriteArrayList<>();
        VehicleControl control = VehicleControl.open(f.gcsChannel, f.clock.scheduler(), ControlSettings.defaults(), 1, 1, notes::add);
        CompletableFuture<ControlResult> start = control.startMission();
        f.clock.runUntil(start::isDone, Duration.ofMinutes(1));
        assertThat(start.join().success()).as(start.join() + " " + notes).isTrue();
        assertThat(f.vehicle.state().mode()).isEqualTo(CopterMode.AUTO);
        f.clock.runUntil(() -> f.vehicle.state().missionSeq() >= 3, Duration.ofMinutes(2));
        CompletableFuture<ControlResult> rtl = control.returnToLaunch();
        f.clock.runUntil(rtl::isDone, Duration.ofSeconds(30));
        assertThat(rtl.join().success()).as(rtl.join().toString()).isTrue();
        assertThat(f.clock.runUntil(() -> !f.vehicle.state().armed(), Duration.ofMinutes(5))).isTrue();
        control.close();
    }
}
