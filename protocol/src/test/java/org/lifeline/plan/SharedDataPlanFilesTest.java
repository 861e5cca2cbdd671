package org.lifeline.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lifeline.mission.MavCmd;
import org.lifeline.mission.MavFrame;
import org.lifeline.mission.MissionItem;
import org.lifeline.support.ExternalProgram;

/**
 * Files other tools wrote: ArduPilot's autotest missions and the mission an ArduCopter SITL
 * flight flew, read from the shared data folder beside the checkout (never copied into the
 * project). Skipped, saying why, where that folder is absent; failed instead when
 * {@code LIFELINE_REQUIRE_INTEGRATION=1}.
 */
class SharedDataPlanFilesTest {

    @TempDir
    Path tmp;

    /** The first {@code shared/data} folder found walking up from the working directory. */
    static Optional<Path> sharedData() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    static Path requireShared(String relative) {
        Optional<Path> found = sharedData().map(d -> d.resolve(relative)).filter(Files::exists);
        if (found.isEmpty()) {
            String message = "shared data " + relative + " not found in a shared/data folder above "
                    + Path.of("").toAbsolutePath() + " (it sits beside the checkout in CI)";
            if (ExternalProgram.integrationRequired()) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        return found.get();
    }

    static Stream<Path> autotestMissions() throws IOException {
        Optional<Path> dir = sharedData().map(d -> d.resolve("ardupilot-autotest")).filter(Files::isDirectory);
        if (dir.isEmpty()) {
            return Stream.of(Path.of("ardupilot-autotest (absent)"));
        }
        try (Stream<Path> files = Files.list(dir.get())) {
            return files.sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("autotestMissions")
    void everyArduPilotAutotestMissionReadsWithOneItemPerLineAfterHome(Path file) throws IOException {
        Path mission = requireShared("ardupilot-autotest/" + file.getFileName());
        long itemLines = Files.readAllLines(mission).stream().filter(l -> !l.isBlank()).count() - 2;

        FlightPlan plan = PlanFiles.read(mission);

        assertThat(plan.mission()).hasSize((int) itemLines);
        Path copy = tmp.resolve("copy.waypoints");
        PlanFiles.write(copy, plan);
        assertThat(PlanFiles.read(copy)).isEqualTo(plan);
    }

    @Test
    void navtestWithCrlfKeepsHomeSplineAndLand() {
        FlightPlan plan = PlanFiles.read(requireShared("ardupilot-autotest/CMAC-copter-navtest.txt"));

        assertThat(plan.plannedHome()).contains(new GeoPoint(-35.363264, 149.165235, 584.080017));
        assertThat(plan.mission()).hasSize(20);
        assertThat(plan.mission().get(0).command()).isEqualTo(MavCmd.NAV_TAKEOFF);
        assertThat(plan.mission().get(15).command()).isEqualTo(MavCmd.NAV_SPLINE_WAYPOINT);
        assertThat(plan.mission().get(15).x()).isEqualTo(-353620973);
        assertThat(plan.mission().get(19).command()).isEqualTo(MavCmd.NAV_LAND);
        assertThat(plan.mission().get(19).param4()).isEqualTo(1f);
    }

    @Test
    void splineFileWithHomeAtZeroZeroHasNoPlannedHome() {
        FlightPlan plan = PlanFiles.read(requireShared("ardupilot-autotest/SplineLastWaypoint--copter-spline-last-waypoint.txt"));

        assertThat(plan.plannedHome()).isEmpty();
        assertThat(plan.mission()).extracting(MissionItem::command)
                .containsExactly(MavCmd.NAV_TAKEOFF, MavCmd.NAV_SPLINE_WAYPOINT);
    }

    @Test
    void parachuteFileWithMixedTabsAndSpacesReads() {
        FlightPlan plan = PlanFiles.read(requireShared("ardupilot-autotest/Parachute--copter_parachute_mission.txt"));

        assertThat(plan.mission()).hasSize(2);
        MissionItem parachute = plan.mission().get(1);
        assertThat(parachute.command()).isEqualTo(208);
        assertThat(parachute.frame()).isEqualTo(MavFrame.GLOBAL);
        assertThat(parachute.param1()).isEqualTo(2f);
    }

    @Test
    void changeSpeedMissionKeepsEverySpeed() {
        FlightPlan plan = PlanFiles.read(requireShared("ardupilot-autotest/DO_CHANGE_SPEED--mission.txt"));

        List<Float> speeds = plan.mission().stream().filter(i -> i.command() == MavCmd.DO_CHANGE_SPEED)
                .map(MissionItem::param2).toList();
        assertThat(speeds).containsExactly(4f, 15f, 10f, 16f);
        assertThat(plan.mission().get(9).command()).isEqualTo(MavCmd.NAV_RETURN_TO_LAUNCH);
    }

    @Test
    void sitlDeliveryMissionHasTheDropHoldAndGripperRelease() {
        FlightPlan plan = PlanFiles.read(requireShared("sitl-delivery.waypoints"));

        assertThat(plan.plannedHome()).contains(new GeoPoint(34.0655, 114.401, 48));
        assertThat(plan.mission()).extracting(MissionItem::command).containsExactly(MavCmd.NAV_TAKEOFF,
                MavCmd.NAV_WAYPOINT, MavCmd.NAV_WAYPOINT, MavCmd.NAV_WAYPOINT, MavCmd.NAV_WAYPOINT, MavCmd.DO_GRIPPER,
                MavCmd.NAV_WAYPOINT, MavCmd.NAV_WAYPOINT, MavCmd.NAV_RETURN_TO_LAUNCH);
        MissionItem drop = plan.mission().get(4);
        assertThat(drop.param1()).as("hold seconds").isEqualTo(8f);
        assertThat(drop.z()).isEqualTo(12f);
        assertThat(drop.x()).isEqualTo(340689500);
        assertThat(drop.y()).isEqualTo(1144078500);
    }
}
