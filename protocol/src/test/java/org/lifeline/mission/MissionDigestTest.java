package org.lifeline.mission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class MissionDigestTest {

    private static final List<MissionItem> MISSION = List.of(MissionItem.waypoint(34.0655, 114.401, 0),
            MissionItem.waypoint(34.056, 114.4085, 30), MissionItem.waypointWithHold(34.056, 114.4085, 12, 5),
            MissionItem.command(MavCmd.DO_GRIPPER, 1, 2, 0, 0));

    @Test
    void twoReadsOfOneMissionGiveOneDigestWhateverHomeAndTheCurrentItem() {
        List<MissionItem> again = List.of(MissionItem.waypoint(34.0656, 114.4011, 1), MISSION.get(1).withCurrent(true),
                MISSION.get(2), MISSION.get(3));

        assertThat(MissionDigest.of(again)).isEqualTo(MissionDigest.of(MISSION)).hasSize(16);
    }

    @Test
    void aMovedDropAnotherAltitudeOrAnotherLengthGiveAnotherDigest() {
        List<MissionItem> moved = List.of(MISSION.get(0), MISSION.get(1), MissionItem.waypointWithHold(34.0561, 114.4085, 12, 5),
                MISSION.get(3));
        List<MissionItem> lower = List.of(MISSION.get(0), MISSION.get(1), MissionItem.waypointWithHold(34.056, 114.4085, 11, 5),
                MISSION.get(3));

        assertThat(MissionDigest.of(moved)).isNotEqualTo(MissionDigest.of(MISSION));
        assertThat(MissionDigest.of(lower)).isNotEqualTo(MissionDigest.of(MISSION));
        assertThat(MissionDigest.of(MISSION.subList(0, 3))).isNotEqualTo(MissionDigest.of(MISSION));
        assertThat(MissionDigest.of(List.of())).isEqualTo(MissionDigest.of(MISSION.subList(0, 1)));
    }
}
