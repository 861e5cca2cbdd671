package org.lifeline.agent.drops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lifeline.agent.release.AltitudeFrame;
import org.lifeline.agent.release.DropPlan;
import org.lifeline.mission.MavCmd;
import org.lifeline.mission.MavFrame;
import org.lifeline.mission.MissionItem;

/** Drops whose altitude is above mean sea level or above terrain, against the ground station's plans above home. */
class DropBookFramesTest {

    private static List<MissionItem> mission(int frame, float altitude) {
        return List.of(
                MissionItem.waypoint(34.0655, 114.4010, 0),
                MissionItem.at(MavCmd.NAV_TAKEOFF, 0, 0, 40, 0, 0, 0, 0),
                new MissionItem(MavCmd.NAV_WAYPOINT, frame, false, true, 8, 0, 0, 0,
                        MissionItem.toE7(34.06895), MissionItem.toE7(114.40785), altitude),
                MissionItem.command(MavCmd.DO_GRIPPER, 0, 0, 0, 0),
                MissionItem.command(MavCmd.NAV_RETURN_TO_LAUNCH, 0, 0, 0, 0));
    }

    private final DropBook book = new DropBook(new DropDefaults(4, 2, 1.5));
    private final DropPlan ground = new DropPlan("P-9", 2, 34.06895, 114.40785, 5, 10, 14, 1.0);

    @Test
    void aMissionDropAboveSeaLevelIsJudgedInThatFrameWithTheDefaultWindow() {
        book.setMission(mission(MavFrame.GLOBAL, 60));
        DropPlan p = book.planAt(2).orElseThrow();
        assertThat(p.frame()).isEqualTo(AltitudeFrame.MEAN_SEA_LEVEL);
        assertThat(p.minAltitudeMetres()).isEqualTo(58.0);
        assertThat(p.maxAltitudeMetres()).isEqualTo(62.0);
    }

    @Test
    void withTheHomeAltitudeKnownAGroundPlanAboveHomeIsComparedWithASeaLevelDrop() {
        book.setHomeAltitude(48);
        book.setMission(mission(MavFrame.GLOBAL_INT, 60));
        assertThat(book.setGroundPlan(ground)).isEmpty();
        assertThat(book.planAt(2)).contains(ground);
    }

    @Test
    void withoutTheHomeAltitudeTheComparisonIsRefusedAndTheSeaLevelDropUsed() {
        book.setMission(mission(MavFrame.GLOBAL, 60));
        List<Mismatch> m = book.setGroundPlan(ground);
        assertThat(m).singleElement().satisfies(x -> assertThat(x.reason()).contains("home altitude is not known"));
        DropPlan used = book.planAt(2).orElseThrow();
        assertThat(used.parcelId()).isEqualTo("P-9");
        assertThat(used.frame()).isEqualTo(AltitudeFrame.MEAN_SEA_LEVEL);
    }

    @Test
    void aTerrainDropIsNeverMixedWithAWindowAboveHome() {
        book.setHomeAltitude(48);
        book.setMission(mission(MavFrame.GLOBAL_TERRAIN_ALT, 12));
        assertThat(book.setGroundPlan(ground)).singleElement()
                .satisfies(x -> assertThat(x.reason()).contains("above terrain").contains("incomparable"));
        DropPlan used = book.planAt(2).orElseThrow();
        assertThat(used.frame()).isEqualTo(AltitudeFrame.TERRAIN);
        assertThat(used.minAltitudeMetres()).isEqualTo(10.0);
    }
}
