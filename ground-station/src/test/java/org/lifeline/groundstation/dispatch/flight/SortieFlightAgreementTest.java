package org.lifeline.groundstation.dispatch.flight;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.fleet.CommandAck;
import org.lifeline.fleet.CommandType;
import org.lifeline.groundstation.dispatch.flight.FlightResult.Kind;
import org.lifeline.groundstation.dispatch.flight.FlightResult.Step;
import org.lifeline.groundstation.dispatch.state.DeliveryState;
import org.lifeline.mission.MissionDigest;

/** The agent's agreement with the uploaded mission is a precondition of UPLOADED (and so of the start). */
class SortieFlightAgreementTest {

    private static final FlightSettings QUICK = FlightSettings.DEFAULTS.withAckTimeout(Duration.ofMillis(300))
            .withMissionReadTimeout(Duration.ofSeconds(2));

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
    void aDropPlanIsSentAgainWhileTheAgentHasNotReadTheNewMissionAndTheSortieIsUploadedOnceItAgrees() throws Exception {
        AtomicInteger plans = new AtomicInteger();
        f.agent.answer = c -> {
            if (c.type() == CommandType.SET_DROP_PLAN && plans.incrementAndGet() <= 2) {
                f.agent.reason = MissionDigest.NOT_READ_YET + ": the agent's mission of 4 items is 0011223344556677";
                return Optional.of(CommandAck.Result.FAILED);
            }
            f.agent.reason = "";
            return Optional.of(CommandAck.Result.ACCEPTED);
        };

        FlightResult r = f.flight(QUICK).upload(f.order(), f.notes::add);

        assertThat(r.ok()).as(r + " " + f.notes).isTrue();
        assertThat(f.sent(CommandType.SET_DROP_PLAN)).extracting(c -> c.args().get("parcelId"))
                .containsExactly(f.parcels.get(0), f.parcels.get(0), f.parcels.get(0), f.parcels.get(1));
        assertThat(f.notes).anyMatch(n -> n.contains("(in agreement with the uploaded mission, after 2 \"not read yet\")"));
        f.parcels.forEach(p -> assertThat(f.state(p)).isEqualTo(DeliveryState.UPLOADED));
        assertThat(f.sent(CommandType.CANCEL_DROP)).isEmpty();
    }

    @Test
    void anAgentThatDisagreesWithTheUploadedMissionFailsTheUploadClearsTheMissionAndRequeuesWithItsReason() throws Exception {
        String why = "stored; disagrees with the mission: [the mission's waypoint 4 is 120.3 m from the planned drop point"
                + " (zone radius 5.0 m): the mission's drop is used with the default limits]";
        f.agent.answer = c -> {
            boolean second = c.type() == CommandType.SET_DROP_PLAN && c.args().get("parcelId").equals(f.parcels.get(1));
            f.agent.reason = second ? why : "";
            return Optional.of(CommandAck.Result.ACCEPTED);
        };

        FlightResult r = f.flight(QUICK).upload(f.order(), f.notes::add);

        assertThat(r.kind()).isEqualTo(Kind.FAILED);
        assertThat(r.step()).isEqualTo(Step.DROP_PLANS);
        assertThat(r.message()).contains("sim-1's agent does not agree with the drop plan of " + f.parcels.get(1))
                .contains("120.3 m from the planned drop point").contains("the mission was cleared on the vehicle");
        assertThat(f.missionOnVehicle()).as("cleared: it cannot be started with drops the agent will not release as planned")
                .hasSizeLessThanOrEqualTo(1);
        assertThat(f.sent(CommandType.CANCEL_DROP)).as("both stored plans cancelled").extracting(c -> c.args().get("parcelId"))
                .containsExactlyElementsOf(f.parcels);
        assertThat(r.requeued()).containsExactlyInAnyOrderElementsOf(f.parcels);
        f.parcels.forEach(p -> assertThat(f.state(p)).isEqualTo(DeliveryState.REQUESTED));
        assertThat(f.store.sortie(f.sortieId).orElseThrow().closedAt()).isPresent();
    }

    @Test
    void anAgentThatNeverReadsTheNewMissionFailsTheUploadAtTheDeadlineAndClearsTheMission() throws Exception {
        f.agent.reason = MissionDigest.NOT_READ_YET + ": the agent has read no mission from the vehicle yet";
        f.agent.answer = c -> Optional.of(c.type() == CommandType.SET_DROP_PLAN ? CommandAck.Result.FAILED : CommandAck.Result.ACCEPTED);

        FlightResult r = f.flight(QUICK).upload(f.order(), f.notes::add);

        assertThat(r.kind()).isEqualTo(Kind.FAILED);
        assertThat(r.message()).contains("sim-1's agent did not read the uploaded mission within 2 s")
                .contains("has read no mission").contains("the mission was cleared on the vehicle");
        assertThat(f.sent(CommandType.SET_DROP_PLAN)).hasSizeBetween(2, 6);
        assertThat(f.sent(CommandType.CANCEL_DROP)).as("nothing stored, nothing to cancel").isEmpty();
        assertThat(f.missionOnVehicle()).hasSizeLessThanOrEqualTo(1);
        f.parcels.forEach(p -> assertThat(f.state(p)).isEqualTo(DeliveryState.REQUESTED));
    }
}
