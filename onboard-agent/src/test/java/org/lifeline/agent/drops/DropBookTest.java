package org.lifeline.agent.drops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lifeline.agent.release.DropPlan;
import org.lifeline.mission.MavCmd;
import org.lifeline.mission.MissionItem;

class DropBookTest {

    private static final List<MissionItem> MISSION = List.of(
            MissionItem.waypoint(34.0655, 114.4010, 0),
            MissionItem.at(MavCmd.NAV_TAKEOFF, 0, 0, 40, 0, 0, 0, 0),
            MissionItem.waypointWithHold(34.0689500, 114.4078500, 12, 8),
            MissionItem.command(MavCmd.DO_GRIPPER, 0, 0, 0, 0),
            MissionItem.command(MavCmd.NAV_RETURN_TO_LAUNCH, 0, 0, 0, 0));

    private final DropBook book = new DropBook(new DropDefaults(4, 2, 1.5));

    private static DropPlan ground(int seq, double lat, double lon, double min, double max) {
        return new DropPlan("P-9", seq, lat, lon, 5, min, max, 1.0);
    }

    @Test
    void aConsistentGroundPlanIsTheOneInForce() {
        DropPlan plan = ground(2, 34.0689510, 114.4078510, 8, 16);
        assertThat(book.setGroundPlan(plan)).isEmpty();
        assertThat(book.setMission(MISSION)).isEmpty();
        assertThat(book.planAt(2)).contains(plan);
        assertThat(book.planFor("P-9")).contains(plan);
    }

    @Test
    void aGroundPlanTooFarFromTheMissionsWaypointIsReportedAndTheMissionsDropUsedWithDefaults() {
        book.setMission(MISSION);
        List<Mismatch> m = book.setGroundPlan(ground(2, 34.0690500, 114.4078500, 8, 16));
        assertThat(m).singleElement().satisfies(x -> assertThat(x.reason()).contains("11.1 m from the planned drop point"));
        assertThat(book.planAt(2)).contains(new DropPlan("P-9", 2, 34.06895, 114.40785, 4, 10, 14, 1.5));
    }

    @Test
    void aGroundPlanWhoseAltitudeWindowMissesTheMissionsDropIsReported() {
        book.setMission(MISSION);
        assertThat(book.setGroundPlan(ground(2, 34.06895, 114.40785, 20, 30)))
                .singleElement().satisfies(x -> assertThat(x.reason()).contains("altitude 12.0 m is outside the planned window 20.0..30.0 m"));
        assertThat(book.planFor("P-9")).map(DropPlan::minAltitudeMetres).contains(10.0);
    }

    @Test
    void aGroundPlanForAnItemThatIsNoDropIsReportedAndNotUsed() {
        assertThat(book.setGroundPlan(ground(3, 34.06895, 114.40785, 8, 16))).isEmpty();
        assertThat(book.planAt(3)).as("before the mission is known the ground plan stands").isPresent();
        List<Mismatch> m = book.setMission(MISSION);
        assertThat(m).singleElement().satisfies(x -> assertThat(x.reason()).contains("item 3 is not a drop").contains("[2]"));
        assertThat(book.planAt(3)).isEmpty();
        assertThat(book.planAt(2)).map(DropPlan::parcelId).contains("drop-2");
    }

    @Test
    void aCancelledParcelHasNoPlanFromEitherSource() {
        book.setMission(MISSION);
        book.setGroundPlan(ground(2, 34.06895, 114.40785, 8, 16));
        assertThat(book.cancel("P-9")).isTrue();
        assertThat(book.planAt(2)).isEmpty();
        assertThat(book.cancel("nobody")).isFalse();
    }

    @Test
    void aCancelledParcelsPlanIsNotComparedWithALaterMissionSoClearingTheMissionRaisesNoMismatch() {
        book.setMission(MISSION);
        book.setGroundPlan(ground(2, 34.06895, 114.40785, 8, 16));
        book.cancel(ground(2, 34.06895, 114.40785, 8, 16).parcelId());

        assertThat(book.setMission(MISSION.subList(0, 1))).as("the mission cleared: home only").isEmpty();
        assertThat(book.setMission(MISSION)).isEmpty();
    }

    @Test
    void aMissionDropWithoutAGroundPlanUsesTheDefaultsUnderItsItemName() {
        book.setMission(MISSION);
        assertThat(book.effective()).containsExactly(new DropPlan("drop-2", 2, 34.06895, 114.40785, 4, 10, 14, 1.5));
    }
}
