package org.lifeline.agent.drops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.lifeline.agent.release.AltitudeFrame;
import org.lifeline.agent.release.ReleaseOwner;
import org.lifeline.mission.MavCmd;
import org.lifeline.mission.MavFrame;
import org.lifeline.mission.MissionItem;
import org.lifeline.plan.FlightPlan;
import org.lifeline.plan.PlanFiles;
import org.lifeline.plan.VehiclePlans;

class DropFinderTest {

    private static final MissionItem HOME = MissionItem.waypoint(34.0655, 114.4010, 0);
    private static final MissionItem TAKEOFF = MissionItem.at(MavCmd.NAV_TAKEOFF, 0, 0, 40, 0, 0, 0, 0);
    private static final MissionItem RELEASE = MissionItem.command(MavCmd.DO_GRIPPER, 0, MavCmd.GRIPPER_ACTION_RELEASE, 0, 0);
    private static final MissionItem GRAB = MissionItem.command(MavCmd.DO_GRIPPER, 0, MavCmd.GRIPPER_ACTION_GRAB, 0, 0);
    private static final MissionItem SPEED = MissionItem.command(MavCmd.DO_CHANGE_SPEED, 1, 3, -1, 0);
    private static final MissionItem RTL = MissionItem.command(MavCmd.NAV_RETURN_TO_LAUNCH, 0, 0, 0, 0);

    private static MissionItem hold(double lat, double lon, double alt, double seconds) {
        return MissionItem.waypointWithHold(lat, lon, alt, seconds);
    }

    @Test
    void aHoldWaypointFollowedByAGripperReleaseIsADropAtThatWaypoint() {
        List<MissionDrop> drops = DropFinder.find(List.of(HOME, TAKEOFF, hold(34.06895, 114.40785, 12, 8), RELEASE, RTL));
        assertThat(drops).containsExactly(new MissionDrop(2, 3, 34.06895, 114.40785, 12, 8));
    }

    @Test
    void otherCommandsMayStandBetweenTheHoldAndTheRelease() {
        List<MissionDrop> drops = DropFinder.find(List.of(HOME, TAKEOFF, hold(34.06895, 114.40785, 12, 8), SPEED, RELEASE, RTL));
        assertThat(drops).extracting(MissionDrop::seq, MissionDrop::gripperSeq).containsExactly(org.assertj.core.groups.Tuple.tuple(2, 4));
    }

    @Test
    void aLoiterTimeItemHoldsAsWellAsAWaypoint() {
        MissionItem loiter = MissionItem.at(MavCmd.NAV_LOITER_TIME, 34.06895, 114.40785, 10, 5, 0, 0, 0);
        assertThat(DropFinder.find(List.of(HOME, TAKEOFF, loiter, RELEASE))).extracting(MissionDrop::seq).containsExactly(2);
    }

    @Test
    void multipleDropsAreFoundInOrder() {
        List<MissionDrop> drops = DropFinder.find(List.of(HOME, TAKEOFF, hold(34.0660, 114.4020, 12, 5), RELEASE,
                MissionItem.waypoint(34.0665, 114.4025, 40), hold(34.0670, 114.4030, 15, 5), SPEED, RELEASE, RTL));
        assertThat(drops).extracting(MissionDrop::seq).containsExactly(2, 5);
    }

    @Test
    void notADropWithoutHoldOrReleaseOrWhenANavItemComesFirst() {
        assertThat(DropFinder.find(List.of(HOME, TAKEOFF, MissionItem.waypoint(34.0660, 114.4020, 12), RELEASE)))
                .as("no hold").isEmpty();
        assertThat(DropFinder.find(List.of(HOME, TAKEOFF, hold(34.0660, 114.4020, 12, 5), GRAB)))
                .as("grab is not release").isEmpty();
        assertThat(DropFinder.find(List.of(HOME, TAKEOFF, hold(34.0660, 114.4020, 12, 5),
                MissionItem.waypoint(34.0661, 114.4021, 12), RELEASE))).extracting(MissionDrop::seq)
                .as("the release belongs to the waypoint right before it, which holds nothing").isEmpty();
        assertThat(DropFinder.find(List.of(HOME, TAKEOFF, hold(34.0660, 114.4020, 12, 5))))
                .as("hold at the end, no release").isEmpty();
    }

    @Test
    void homeIsNeverADrop() {
        assertThat(DropFinder.find(List.of(hold(34.0655, 114.4010, 0, 5), RELEASE, RTL))).isEmpty();
    }

    @Test
    void aHoldAboveMeanSeaLevelIsADropInThatFrame() {
        MissionItem amsl = new MissionItem(MavCmd.NAV_WAYPOINT, MavFrame.GLOBAL, false, true, 5, 0, 0, 0,
                MissionItem.toE7(34.066), MissionItem.toE7(114.402), 60f);
        assertThat(DropFinder.find(List.of(HOME, TAKEOFF, amsl, RELEASE))).singleElement()
                .satisfies(d -> {
                    assertThat(d.frame()).isEqualTo(AltitudeFrame.MEAN_SEA_LEVEL);
                    assertThat(d.altitude()).isEqualTo(60.0);
                });
    }

    @Test
    void aHoldAboveTerrainIsADropInThatFrameAlsoInItsIntForm() {
        for (int frame : new int[] {MavFrame.GLOBAL_TERRAIN_ALT, MavFrame.GLOBAL_TERRAIN_ALT_INT}) {
            MissionItem agl = new MissionItem(MavCmd.NAV_WAYPOINT, frame, false, true, 5, 0, 0, 0,
                    MissionItem.toE7(34.066), MissionItem.toE7(114.402), 12f);
            assertThat(DropFinder.find(List.of(HOME, TAKEOFF, agl, RELEASE))).singleElement()
                    .extracting(MissionDrop::frame).isEqualTo(AltitudeFrame.TERRAIN);
        }
    }

    @Test
    void aHoldInALocalFrameIsNotADrop() {
        MissionItem local = new MissionItem(MavCmd.NAV_WAYPOINT, 1, false, true, 5, 0, 0, 0, 10, 20, -12f);
        assertThat(DropFinder.find(List.of(HOME, TAKEOFF, local, RELEASE))).isEmpty();
    }

    @Test
    void whereTheAutopilotOwnsTheReleaseTheDropIsMarkedWithGrabAndAReleaseMarksNothing() {
        List<MissionItem> grab = List.of(HOME, TAKEOFF, hold(34.06895, 114.40785, 12, 8), GRAB, RTL);
        List<MissionItem> release = List.of(HOME, TAKEOFF, hold(34.06895, 114.40785, 12, 8), RELEASE, RTL);

        assertThat(DropFinder.find(grab, ReleaseOwner.AUTOPILOT)).containsExactly(new MissionDrop(2, 3, 34.06895, 114.40785, 12, 8));
        assertThat(DropFinder.find(release, ReleaseOwner.AUTOPILOT)).isEmpty();
        assertThat(DropFinder.find(grab, ReleaseOwner.AGENT)).isEmpty();
        assertThat(DropFinder.autopilotReleases(release)).containsExactly(3);
        assertThat(DropFinder.autopilotReleases(grab)).isEmpty();
    }

    @Test
    void findsTheDropInTheSharedSitlDeliveryMission() {
        Path file = Path.of("/work/shared/data/sitl-delivery.waypoints");
        Assumptions.assumeTrue(Files.isReadable(file), "shared mission " + file + " is absent: nothing to read");
        FlightPlan plan = PlanFiles.read(file);
        List<MissionItem> vehicle = new ArrayList<>(VehiclePlans.of(plan).mission().items());
        List<MissionDrop> drops = DropFinder.find(vehicle);
        assertThat(drops).containsExactly(new MissionDrop(5, 6, 34.0689500, 114.4078500, 12.0, 8.0));
    }
}
