package org.lifeline.groundstation.dispatch.flight;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.fleet.Command;
import org.lifeline.fleet.CommandAck;
import org.lifeline.fleet.CommandType;
import org.lifeline.groundstation.dispatch.flight.FlightResult.Kind;
import org.lifeline.groundstation.dispatch.flight.FlightResult.Step;
import org.lifeline.groundstation.dispatch.state.DeliveryState;
import org.lifeline.groundstation.dispatch.state.Transition;
import org.lifeline.mission.MavCmd;
import org.lifeline.mission.MissionDigest;
import org.lifeline.mission.MissionItem;

class SortieFlightTest {

    private static final FlightSettings QUICK = FlightSettings.DEFAULTS.withAckTimeout(Duration.ofMillis(300));

    @TempDir
    Path dir;
    private FlightFixture f;

    @BeforeEach
    void setUp() throws Exception {
        f = new FlightFixture(dir);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void theAgentGetsTheStoresParcelIdsAtTheDropItemsNamingTheVerifiedMissionAndOnlyThenAreTheParcelsUploaded() throws Exception {
        FlightResult r = f.flight(QUICK).upload(f.order(), f.notes::add);

        assertThat(r.ok()).as(r + " " + f.notes).isTrue();
        List<MissionItem> mission = f.missionOnVehicle();
        List<Command> plans = f.sent(CommandType.SET_DROP_PLAN);
        assertThat(plans).extracting(c -> c.args().get("parcelId")).containsExactlyElementsOf(f.parcels);
        for (Command c : plans) {
            int seq = Integer.parseInt(c.args().get("missionSeq"));
            assertThat(mission.get(seq).param1()).as("a hold at item " + seq).isPositive();
            assertThat(mission.get(seq + 1).command()).isEqualTo(MavCmd.DO_GRIPPER);
            assertThat(c.droneId()).isEqualTo("sim-1");
            double hold = mission.get(seq).z();
            assertThat(c.args()).as("the hold's altitude, give or take 1 m")
                    .containsEntry("minAlt", String.valueOf(Math.max(8.0, hold - 1))).containsEntry("maxAlt", String.valueOf(Math.min(15.0, hold + 1)))
                    .containsEntry("maxSpeed", "1.0")
                    .as("sent after the upload, for the mission on the vehicle").containsEntry("missionDigest", MissionDigest.of(mission));
        }
        for (String p : f.parcels) {
            assertThat(f.state(p)).isEqualTo(DeliveryState.UPLOADED);
            Transition last = f.store.history(p).get(f.store.history(p).size() - 1);
            assertThat(last.reason()).contains("uploaded to sim-1 over tcp://127.0.0.1:5760").contains("verified by read-back")
                    .contains("mission " + mission.size() + " items").contains("in agreement with that mission");
        }
        assertThat(f.opened).singleElement().satisfies(o -> assertThat(o.uri()).as("the registry's link").isEqualTo("tcp://127.0.0.1:5760"));
        assertThat(f.notes).anyMatch(n -> n.startsWith("mission uploaded and verified"))
                .anyMatch(n -> n.startsWith("fence uploaded and verified")).anyMatch(n -> n.startsWith("rally uploaded and verified"));
    }

    @Test
    void aRefusedDropPlanClearsTheUploadedMissionAndPutsEveryParcelBackInTheQueueWithTheAgentsReason() throws Exception {
        f.agent.answer = c -> Optional.of(CommandAck.Result.REJECTED);
        f.agent.reason = "BAD_SIGNATURE";

        FlightResult r = f.flight(QUICK).upload(f.order(), f.notes::add);

        assertThat(r.kind()).isEqualTo(Kind.FAILED);
        assertThat(r.step()).isEqualTo(Step.DROP_PLANS);
        assertThat(r.requeued()).containsExactlyInAnyOrderElementsOf(f.parcels);
        assertThat(f.opened).as("the drop plans follow the upload on the same link").hasSize(1);
        assertThat(f.missionOnVehicle()).as("the mission cleared: home only").hasSizeLessThanOrEqualTo(1);
        assertThat(r.message()).contains("the mission was cleared on the vehicle");
        for (String p : f.parcels) {
            assertThat(f.state(p)).isEqualTo(DeliveryState.REQUESTED);
            List<Transition> h = f.store.history(p);
            assertThat(h.get(h.size() - 2).to()).isEqualTo(DeliveryState.RETURNED);
            assertThat(h.get(h.size() - 2).reason()).contains("sim-1's agent refused the drop plan of " + f.parcels.get(0))
                    .contains("REJECTED BAD_SIGNATURE");
        }
        assertThat(f.store.sortie(f.sortieId).orElseThrow().closedAt()).as("closed: the drone is free again").isPresent();
        assertThat(f.sent(CommandType.CANCEL_DROP)).as("nothing was accepted, nothing to cancel").isEmpty();
    }

    @Test
    void anAgentThatDoesNotAnswerStopsTheFlightClearsTheMissionAndSaysSo() throws Exception {
        f.agent.answer = c -> Optional.empty();

        FlightResult r = f.flight(QUICK).upload(f.order(), f.notes::add);

        assertThat(r.kind()).isEqualTo(Kind.FAILED);
        assertThat(r.message()).contains("no answer from sim-1's agent to the drop plan of " + f.parcels.get(0));
        assertThat(f.missionOnVehicle()).as("the mission cleared: home only").hasSizeLessThanOrEqualTo(1);
        f.parcels.forEach(p -> assertThat(f.state(p)).isEqualTo(DeliveryState.REQUESTED));
    }

    @Test
    void aVehicleThatCannotBeReachedSendsTheAgentNothingAndRequeues() {
        f.vehicleReachable = false;

        FlightResult r = f.flight(QUICK).upload(f.order(), f.notes::add);

        assertThat(r.kind()).isEqualTo(Kind.NO_LINK);
        assertThat(r.step()).isEqualTo(Step.LINK);
        assertThat(r.message()).contains("no heartbeat");
        assertThat(f.agent.sent).as("no drop plan before the mission is on the vehicle").isEmpty();
        f.parcels.forEach(p -> assertThat(f.state(p)).isEqualTo(DeliveryState.REQUESTED));
    }

    @Test
    void aSortieNotInTheStateAStepNeedsIsRefusedAndNothingChanges() {
        SortieFlight flight = f.flight(QUICK);

        FlightResult start = flight.start(f.order(), f.notes::add);
        FlightResult otherDrone = flight.upload(new FlightOrder(f.sortieId, new org.lifeline.groundstation.dispatch.assign.RegisteredDrone(
                "drone-9", f.drone.vehicle(), "launch-fire"), VehicleLink.of("tcp://127.0.0.1:5760")), f.notes::add);
        FlightResult unknown = flight.upload(FlightOrder.of("S-nope", f.drone, Optional.empty()), f.notes::add);
        FlightResult badLink = flight.upload(FlightOrder.of(f.sortieId, f.drone, Optional.of("carrier-pigeon://x")), f.notes::add);

        assertThat(List.of(start, otherDrone, unknown, badLink)).allSatisfy(r -> assertThat(r.kind()).isEqualTo(Kind.REFUSED));
        assertThat(start.message()).contains("only with every parcel UPLOADED").contains(f.parcels.get(0) + " is PLANNED");
        assertThat(otherDrone.message()).contains("is sim-1's, not drone-9's");
        assertThat(unknown.message()).contains("no sortie S-nope");
        assertThat(badLink.message()).startsWith("link: ");
        assertThat(f.agent.sent).isEmpty();
        assertThat(f.opened).isEmpty();
        f.parcels.forEach(p -> assertThat(f.state(p)).isEqualTo(DeliveryState.PLANNED));
        assertThat(f.store.sortie(f.sortieId).orElseThrow().closedAt()).isEmpty();
    }

    @Test
    void startArmsAndStartsTheUploadedMissionAsASeparateStep() throws Exception {
        SortieFlight flight = f.flight(QUICK);
        assertThat(flight.upload(f.order(), f.notes::add).ok()).as(f.notes.toString()).isTrue();

        FlightResult r = flight.start(f.order(), f.notes::add);

        assertThat(r.ok()).as(r + " " + f.notes).isTrue();
        assertThat(r.message()).isEqualTo("mission started: armed, AUTO");
        assertThat(f.vehicle.state().armed()).isTrue();
        assertThat(f.vehicle.state().mode()).hasToString("AUTO");
        f.parcels.forEach(p -> assertThat(f.state(p)).as("IN_FLIGHT comes from the agent's TOOK_OFF").isEqualTo(DeliveryState.UPLOADED));
        assertThat(f.opened).hasSize(2);
    }

    @Test
    void aVerifiedUploadIsRecordedAsTheVehiclesPlanWhereMissionUploadRecordsIt() throws Exception {
        Path data = dir.resolve("gs-data");
        FlightResult r = f.flight(QUICK).recordingUploadsIn(data).upload(f.order(), f.notes::add);

        assertThat(r.ok()).as(r + " " + f.notes).isTrue();
        Path plan;
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(dir.resolve("sorties"))) {
            plan = files.filter(p -> p.toString().endsWith(".plan")).findFirst().orElseThrow();
        }
        org.lifeline.groundstation.logs.archive.UploadedPlans uploads = new org.lifeline.groundstation.logs.archive.UploadedPlans(data);
        assertThat(uploads.latest("sim-1")).contains(data.resolve("uploaded").resolve("sim-1.plan"));
        assertThat(uploads.latest("sys1")).contains(data.resolve("uploaded").resolve("sys1.plan"));
        assertThat(java.nio.file.Files.readString(uploads.latest("sim-1").orElseThrow())).isEqualTo(java.nio.file.Files.readString(plan));
        assertThat(java.nio.file.Files.readString(uploads.latest("sys1").orElseThrow())).isEqualTo(java.nio.file.Files.readString(plan));
        assertThat(f.notes).anyMatch(n -> n.startsWith("recorded as the plan of sim-1 and sys1 in "));
    }

    @Test
    void anUploadThatFailsRecordsNoPlan() {
        Path data = dir.resolve("gs-data");
        f.vehicleReachable = false;

        FlightResult r = f.flight(QUICK).recordingUploadsIn(data).upload(f.order(), f.notes::add);

        assertThat(r.ok()).isFalse();
        assertThat(data.resolve("uploaded")).doesNotExist();
    }
}
