package org.lifeline.groundstation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.groundstation.airspace.Airspace;
import org.lifeline.groundstation.planning.mission.AirspaceLegRouter;
import org.lifeline.groundstation.planning.mission.DeliveryPlan;
import org.lifeline.groundstation.planning.mission.DeliveryPlanner;
import org.lifeline.groundstation.planning.mission.DeliveryRequest;
import org.lifeline.groundstation.planning.mission.Landing;
import org.lifeline.groundstation.planning.mission.SampleAirspace;
import org.lifeline.groundstation.planning.vehicle.VehicleFileReader;
import org.lifeline.groundstation.planning.vehicle.VehicleProfile;
import org.lifeline.mission.MavCmd;
import org.lifeline.mission.MissionItem;
import org.lifeline.plan.FlightPlan;
import org.lifeline.plan.PlanFiles;
import picocli.CommandLine;

class PlanCommandTest {

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine cl = LifelineCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static List<String> base(Path dir, String... drops) {
        List<String> a = new ArrayList<>(List.of("plan", "--airspace", SampleAirspace.AIRSPACE.toString(),
                "--from", "launch-fire", "--vehicle", SampleAirspace.VEHICLE.toString(),
                "--out", dir.resolve("mission.plan").toString()));
        for (String d : drops) {
            a.add("--to");
            a.add(d);
        }
        return a;
    }

    @Test
    void plansTheSampleTourAndWritesEveryOutput(@TempDir Path dir) throws Exception {
        List<String> args = base(dir, "dp-elderly-home", "dp-dongcheng");
        args.addAll(List.of("--waypoints", dir.resolve("mission.waypoints").toString(),
                "--geojson", dir.resolve("route.geojson").toString(), "--kml", dir.resolve("route.kml").toString(),
                "--map", dir.resolve("route.png").toString(), "--map-size", "1000x900", "--payload", "1.8"));
        Run r = run(args.toArray(String[]::new));

        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Distance:", "Time:", "Energy:", "left on landing", "above the 25 % reserve",
                "Clearance:", "from no-fly zone", "Wrote " + dir.resolve("route.png"));

        Airspace airspace = SampleAirspace.read();
        VehicleProfile v = VehicleFileReader.read(SampleAirspace.VEHICLE);
        DeliveryPlan expected = new DeliveryPlanner(airspace, v,
                new AirspaceLegRouter(airspace, v, 30),
                DeliveryPlanner.projectionFor(airspace)).plan(new DeliveryRequest("launch-fire",
                List.of("dp-elderly-home", "dp-dongcheng"), 30, OptionalDouble.empty(), List.of(), Landing.LAND));

        FlightPlan plan = PlanFiles.read(dir.resolve("mission.plan"));
        assertThat(plan.mission()).isEqualTo(expected.flightPlan().mission());
        assertThat(plan.mission()).extracting(MissionItem::command).filteredOn(c -> c == MavCmd.DO_GRIPPER).hasSize(2);
        assertThat(plan.fence().polygons()).hasSize(expected.geofence().polygons().size());
        assertThat(plan.fence().circles()).hasSize(expected.geofence().circles().size());
        assertThat(plan.rally()).hasSize(2);
        assertThat(plan.plannedHome().orElseThrow().latitude()).isEqualTo(34.0655);

        FlightPlan waypoints = PlanFiles.read(dir.resolve("mission.waypoints"));
        assertThat(waypoints.mission()).extracting(MissionItem::command)
                .isEqualTo(plan.mission().stream().map(MissionItem::command).toList());

        assertThat(Files.readString(dir.resolve("route.geojson"))).contains("\"FeatureCollection\"", "route-leg");
        assertThat(Files.readString(dir.resolve("route.kml"))).contains("<kml");
        BufferedImage png = ImageIO.read(dir.resolve("route.png").toFile());
        assertThat(png.getWidth()).isEqualTo(1000);
        assertThat(png.getHeight()).isEqualTo(900);
    }

    @Test
    void badVehicleFieldIsOneLineAndExitCodeTwo(@TempDir Path dir) throws Exception {
        Path vehicle = dir.resolve("bad.json");
        Files.writeString(vehicle, Files.readString(SampleAirspace.VEHICLE).replace("\"batteryWh\": 710", "\"batteryWh\": \"lots\""));
        List<String> args = base(dir, "dp-elderly-home");
        args.set(args.indexOf("--vehicle") + 1, vehicle.toString());
        Run r = run(args.toArray(String[]::new));
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err().strip()).isEqualTo(vehicle + ": field 'batteryWh': expected a number of Wh greater than 0 "
                + "and at most 1000000, got \"lots\"");
        assertThat(dir.resolve("mission.plan")).doesNotExist();
    }

    @Test
    void unknownDropPointIsBadInput(@TempDir Path dir) {
        Run r = run(base(dir, "dp-moon").toArray(String[]::new));
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).startsWith("unknown drop point 'dp-moon'").hasLineCount(1);
    }

    @Test
    void tourBeyondTheReserveIsRefusedWithExitCodeOneAndWritesNothing(@TempDir Path dir) throws Exception {
        Path vehicle = dir.resolve("small.json");
        Files.writeString(vehicle, Files.readString(SampleAirspace.VEHICLE).replace("\"batteryWh\": 710", "\"batteryWh\": 700"));
        List<String> args = base(dir, "dp-elderly-home", "dp-dongcheng", "dp-riverside");
        args.set(args.indexOf("--vehicle") + 1, vehicle.toString());
        Run r = run(args.toArray(String[]::new));
        assertThat(r.exit()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.err()).startsWith("energy: the mission needs").contains("below the 25 % reserve of 175.0 Wh")
                .hasLineCount(1);
        assertThat(dir.resolve("mission.plan")).doesNotExist();
    }

    @Test
    void marginThatLeavesNoWayOutIsNoRouteWithExitCodeOne(@TempDir Path dir) {
        List<String> args = base(dir, "dp-elderly-home");
        args.addAll(List.of("--margin", "900"));
        Run r = run(args.toArray(String[]::new));
        assertThat(r.exit()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.err()).startsWith("no route launch-fire → dp-elderly-home: ").hasLineCount(1);
    }

    @Test
    void wrongOutputExtensionIsRefusedBeforePlanning(@TempDir Path dir) {
        List<String> args = base(dir, "dp-elderly-home");
        args.set(args.indexOf("--out") + 1, dir.resolve("mission.json").toString());
        Run r = run(args.toArray(String[]::new));
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).startsWith("--out ").contains(".waypoints, .txt or .plan");
    }

    @Test
    void missingAirspaceFileIsOneLine(@TempDir Path dir) {
        List<String> args = base(dir, "dp-elderly-home");
        args.set(args.indexOf("--airspace") + 1, dir.resolve("none.geojson").toString());
        Run r = run(args.toArray(String[]::new));
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err().strip()).isEqualTo(dir.resolve("none.geojson") + ": no such airspace file");
    }

    @Test
    void waypointsOutputWithRtlAndAnExtraRallySpot(@TempDir Path dir) throws Exception {
        List<String> args = base(dir, "dp-community");
        args.set(args.indexOf("--out") + 1, dir.resolve("mission.waypoints").toString());
        args.addAll(List.of("--rtl", "--rally", "34.0500,114.4100", "--map", dir.resolve("route.svg").toString()));
        Run r = run(args.toArray(String[]::new));
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("3 rally points");
        FlightPlan plan = PlanFiles.read(dir.resolve("mission.waypoints"));
        assertThat(plan.mission().get(plan.mission().size() - 1).command()).isEqualTo(MavCmd.NAV_RETURN_TO_LAUNCH);
        assertThat(Files.readString(dir.resolve("route.svg"))).startsWith("<?xml").contains("Chengdong community centre");
    }

    @Test
    void badRallySpotIsBadInput(@TempDir Path dir) {
        List<String> args = base(dir, "dp-community");
        args.addAll(List.of("--rally", "north of the river"));
        Run r = run(args.toArray(String[]::new));
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err().strip()).isEqualTo("--rally: expected LAT,LON in degrees, got north of the river");
    }

    @Test
    void unreadableTakeoffTimeIsBadInput(@TempDir Path dir) {
        List<String> args = base(dir, "dp-community");
        args.addAll(List.of("--at", "tomorrow morning"));
        Run r = run(args.toArray(String[]::new));
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).startsWith("--at: expected an ISO-8601 time with offset");
    }
}
