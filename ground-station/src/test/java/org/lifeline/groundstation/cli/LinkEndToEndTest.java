package org.lifeline.groundstation.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.groundstation.planning.mission.SampleAirspace;
import org.lifeline.groundstation.session.TestCopter;
import org.lifeline.link.Link;
import org.lifeline.link.Links;
import org.lifeline.mavlink.EndpointOptions;
import org.lifeline.mavlink.MavlinkEndpoint;
import org.lifeline.mavlink.signing.SigningKey;
import org.lifeline.mission.MissionType;
import org.lifeline.mission.transfer.MissionServer;
import org.lifeline.mission.transfer.ServerOptions;
import org.lifeline.plan.FenceCircle;
import org.lifeline.plan.FencePolygon;
import org.lifeline.plan.FlightPlan;
import org.lifeline.plan.GeoPoint;
import org.lifeline.plan.Geofence;
import org.lifeline.plan.PlanFiles;
import org.lifeline.plan.RallyPoint;
import org.lifeline.time.SystemScheduler;
import org.lifeline.tlog.TlogReader;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.DatagramSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real command line against a vehicle over real UDP on the loopback interface: the vehicle
 * side is a MAVLink endpoint running the vehicle role of the mission protocol
 * ({@link MissionServer}) and an ArduPilot-like command responder ({@link TestCopter}). Real
 * frames, real tlog files, real time.
 */
class LinkEndToEndTest {

    private static final String KEY = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
    private static final String MISSION = String.join("\n",
            "QGC WPL 110",
            "0\t1\t0\t16\t0\t0\t0\t0\t52.52000000\t13.40500000\t34.000000\t1",
            "1\t0\t3\t22\t0\t0\t0\t0\t0\t0\t30.000000\t1",
            "2\t0\t3\t16\t0\t0\t0\t0\t52.52100000\t13.40600000\t30.000000\t1",
            "3\t0\t3\t16\t5\t0\t0\t0\t52.52200000\t13.40700000\t25.000000\t1",
            "4\t0\t0\t211\t1\t0\t0\t0\t0\t0\t0\t1",
            "5\t0\t3\t20\t0\t0\t0\t0\t0\t0\t0\t1",
            "");

    @TempDir
    Path dir;

    private int port;
    private SystemScheduler vehicleClock;
    private MavlinkEndpoint vehicleEndpoint;
    private MissionServer server;
    private TestCopter copter;

    @BeforeEach
    void freePort() throws IOException {
        try (DatagramSocket s = new DatagramSocket(0)) {
            port = s.getLocalPort();
        }
    }

    /** The vehicle sends to the ground station's udpin port, as SITL sends to 14550. */
    private void startVehicle(String signingKey) throws IOException {
        vehicleClock = new SystemScheduler("e2e-vehicle");
        Link link = Links.open("udp://127.0.0.1:" + port);
        EndpointOptions options = EndpointOptions.groundStation().withIds(1, 1).withoutHeartbeat();
        if (signingKey != null) {
            options = options.withSigning(SigningKey.fromHex(signingKey), true);
        }
        vehicleEndpoint = new MavlinkEndpoint(link, vehicleClock, options);
        vehicleEndpoint.start();
        server = new MissionServer(vehicleEndpoint, vehicleClock, ServerOptions.defaults());
        copter = new TestCopter(vehicleEndpoint, vehicleClock);
    }

    @AfterEach
    void stopVehicle() {
        if (copter != null) {
            copter.close();
            server.close();
            vehicleEndpoint.close();
            vehicleClock.close();
        }
    }

    private record Run(int code, String out, String err) {
    }

    private Run lifeline(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = LifelineCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new Run(cl.execute(args), out.toString(), err.toString());
    }

    private String connect() {
        return "udpin://127.0.0.1:" + port;
    }

    @Test
    void uploadIsVerifiedDownloadWritesTheSamePlanAndClearEmptiesTheVehicle() throws Exception {
        startVehicle(null);
        Path file = Files.writeString(dir.resolve("route.waypoints"), MISSION);
        Path tlog = dir.resolve("logs/upload.tlog");

        Run up = lifeline("mission", "upload", "--data", dir.resolve("data").toString(), "--connect", connect(), "--tlog", tlog.toString(), file.toString());

        assertThat(up.code()).as(up.err()).isEqualTo(ExitCodes.OK);
        assertThat(up.out()).startsWith("mission uploaded and verified: 6 items");
        assertThat(server.plan(MissionType.MISSION).size()).isEqualTo(6);
        assertThat(up.err()).contains("recording the link to " + tlog, "mission: 6/6 items");
        try (TlogReader reader = TlogReader.open(tlog)) {
            assertThat(reader.iterator()).hasNext();
        }

        Path back = dir.resolve("back.waypoints");
        Run down = lifeline("mission", "download", "--connect", connect(), "--no-tlog", back.toString());
        assertThat(down.code()).as(down.err()).isEqualTo(ExitCodes.OK);
        assertThat(PlanFiles.read(back).mission()).isEqualTo(PlanFiles.read(file).mission());

        Run clear = lifeline("mission", "clear", "--connect", connect(), "--no-tlog");
        assertThat(clear.code()).as(clear.err()).isEqualTo(ExitCodes.OK);
        assertThat(server.plan(MissionType.MISSION).size()).isZero();
    }

    @Test
    void allThreePlansOfAPlanFileGoUpAndComeBackTheSame() throws Exception {
        startVehicle(null);
        FlightPlan plan = new FlightPlan(Optional.of(new GeoPoint(52.52, 13.405, 34)),
                PlanFiles.read(Files.writeString(dir.resolve("m.waypoints"), MISSION)).mission(),
                new Geofence(List.of(new FencePolygon(true, List.of(GeoPoint.of(52.51, 13.39), GeoPoint.of(52.53, 13.39),
                        GeoPoint.of(52.53, 13.42), GeoPoint.of(52.51, 13.42)))),
                        List.of(new FenceCircle(false, GeoPoint.of(52.522, 13.41), 80))),
                List.of(new RallyPoint(new GeoPoint(52.519, 13.404, 40))));
        Path file = dir.resolve("delivery.plan");
        PlanFiles.write(file, plan);

        Run up = lifeline("mission", "upload", "--data", dir.resolve("data").toString(), "--type", "all", "--connect", connect(), "--no-tlog", file.toString());

        assertThat(up.code()).as(up.err()).isEqualTo(ExitCodes.OK);
        assertThat(up.out().lines().limit(3)).hasSize(3).allSatisfy(l -> assertThat(l).contains("uploaded and verified"));
        assertThat(up.out().lines()).hasSize(4);
        assertThat(up.out().lines()).last().asString().startsWith("recorded as the plan of sys1 in ");
        assertThat(server.plan(MissionType.FENCE).size()).isEqualTo(5);
        assertThat(server.plan(MissionType.RALLY).size()).isEqualTo(1);

        Path back = dir.resolve("back.plan");
        Run down = lifeline("mission", "download", "--type", "all", "--connect", connect(), "--no-tlog", back.toString());
        assertThat(down.code()).as(down.err()).isEqualTo(ExitCodes.OK);
        FlightPlan read = PlanFiles.read(back);
        assertThat(read.fence()).isEqualTo(PlanFiles.read(file).fence());
        assertThat(read.rally()).isEqualTo(PlanFiles.read(file).rally());
        assertThat(read.mission()).isEqualTo(PlanFiles.read(file).mission());
    }

    @Test
    void aPlannedDeliveryIsUploadedVerifiedAndStarted() throws Exception {
        startVehicle(null);
        Path planned = dir.resolve("delivery.plan");
        Run plan = lifeline("plan", "--airspace", SampleAirspace.AIRSPACE.toString(), "--from", "launch-fire",
                "--vehicle", SampleAirspace.VEHICLE.toString(), "--to", "dp-elderly-home", "--out", planned.toString());
        assertThat(plan.code()).as(plan.err()).isEqualTo(ExitCodes.OK);

        Run up = lifeline("mission", "upload", "--data", dir.resolve("data").toString(), "--type", "all", "--connect", connect(), "--no-tlog", planned.toString());
        assertThat(up.code()).as(up.err()).isEqualTo(ExitCodes.OK);
        FlightPlan file = PlanFiles.read(planned);
        assertThat(server.plan(MissionType.MISSION).size()).isEqualTo(file.mission().size() + 1);
        assertThat(server.plan(MissionType.FENCE).size()).isPositive();

        Run start = lifeline("vehicle", "start", "--connect", connect(), "--no-tlog");
        assertThat(start.code()).as(start.err()).isEqualTo(ExitCodes.OK);
        assertThat(copter.armed).isTrue();
    }

    @Test
    void aBadPlanFileIsRefusedBeforeConnectingNamingTheLine() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.waypoints"), MISSION.replace("52.52100000", "north"));

        Run r = lifeline("mission", "upload", "--data", dir.resolve("data").toString(), "--connect", connect(), "--no-tlog", file.toString());

        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err().lines().toList()).hasSize(1);
        assertThat(r.err()).startsWith("error: " + file + ":4:");
    }

    @Test
    void startArmsAndStartsTheMissionOverUdp() throws Exception {
        startVehicle(null);
        copter.customMode = TestCopter.AUTO;

        Path tlog = dir.resolve("logs/start.tlog");

        Run r = lifeline("vehicle", "start", "--connect", connect(), "--tlog", tlog.toString());

        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).isEqualTo("mission started: armed, AUTO" + System.lineSeparator());
        assertThat(r.err()).contains("recording the link to " + tlog);
        assertThat(copter.armed).isTrue();
        assertThat(copter.customMode).isEqualTo(TestCopter.AUTO);
        java.util.List<Integer> ids = new java.util.ArrayList<>();
        try (TlogReader reader = TlogReader.open(tlog)) {
            reader.forEach(rec -> ids.add(rec.frame().messageId()));
            assertThat(reader.summary().clean()).isTrue();
        }
        assertThat(ids).as("heartbeats, our COMMAND_LONGs (76) and the COMMAND_ACKs (77) are recorded")
                .contains(0, 76, 77);
    }

    @Test
    void signedLinkWorksWithTheKeyAndIsSilentWithAnother() throws Exception {
        startVehicle(KEY);
        Path keyFile = Files.writeString(dir.resolve("key.hex"), KEY + "\n");

        Run good = lifeline("link", "inspect", "--connect", connect(), "--seconds", "1", "--no-tlog",
                "--signing-key", "@" + keyFile);
        assertThat(good.code()).as(good.err()).isEqualTo(ExitCodes.OK);
        assertThat(good.out()).contains("HEARTBEAT").contains("0 bad signatures");

        String other = HexFormat.of().formatHex(new byte[32]);
        Run bad = lifeline("link", "inspect", "--connect", connect(), "--seconds", "1", "--no-tlog",
                "--signing-key", other, "--wait", "2");
        assertThat(bad.code()).isEqualTo(ExitCodes.NO_LINK);
        assertThat(bad.err()).contains("no heartbeat from a vehicle on " + connect() + " within 2 s");
    }

    @Test
    void aMalformedUriIsBadInputAndAnExistingTlogIsNeverOverwritten() throws Exception {
        Run uri = lifeline("vehicle", "land", "--connect", "carrier-pigeon://loft", "--no-tlog");
        assertThat(uri.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(uri.err()).startsWith("error: --connect: ");

        Path existing = Files.writeString(dir.resolve("old.tlog"), "earlier flight");
        Run tlog = lifeline("vehicle", "land", "--connect", connect(), "--tlog", existing.toString());
        assertThat(tlog.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(Files.readString(existing)).isEqualTo("earlier flight");
    }

    @Test
    void noVehicleOnTheLinkIsNoLink() {
        Run r = lifeline("vehicle", "arm", "--connect", connect(), "--no-tlog", "--wait", "1");

        assertThat(r.code()).isEqualTo(ExitCodes.NO_LINK);
        assertThat(r.err()).endsWith("error: no heartbeat from a vehicle on " + connect() + " within 1 s" + System.lineSeparator());
    }
}
