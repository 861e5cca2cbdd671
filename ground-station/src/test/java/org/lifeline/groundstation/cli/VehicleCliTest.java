package org.lifeline.groundstation.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class VehicleCliTest {

    private final CliHarness cli = new CliHarness();

    @AfterEach
    void close() throws Exception {
        cli.close();
    }

    @Test
    void armArmsTheVehicleAndExitsZero() {
        CliHarness.Run r = cli.run("vehicle", "arm", "--connect", "udpin://0.0.0.0:14550", "--no-tlog");

        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).isEqualTo("armed" + System.lineSeparator());
        assertThat(cli.copter.armed).isTrue();
    }

    @Test
    void armingWaitsOutPreArmChecksAndSaysSo() {
        cli.setup = c -> c.armableAfterNanos = Duration.ofMillis(1500).toNanos();

        CliHarness.Run r = cli.run("vehicle", "arm", "--connect", "udpin://0.0.0.0:14550", "--no-tlog");

        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.err()).contains("arming refused (FAILED: PreArm: Gyros still settling), retrying");
        assertThat(r.out()).startsWith("armed after ");
    }

    @Test
    void armInAutoFailsWithTheVehiclesReasonButStartSucceeds() {
        cli.setup = c -> c.customMode = 3;

        CliHarness.Run arm = cli.run("vehicle", "arm", "--connect", "udp://127.0.0.1:14550", "--no-tlog");
        assertThat(arm.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(arm.errLines()).last().asString()
                .isEqualTo("error: arming refused: FAILED (1 attempt over 0 s) (the flight mode forbids arming: "
                        + "set GUIDED or LOITER first, or start the mission with 'start'); vehicle said: Arm: Mode not armable");

        CliHarness.Run start = cli.run("vehicle", "start", "--connect", "udp://127.0.0.1:14550", "--no-tlog");
        assertThat(start.exitCode()).as(start.err()).isEqualTo(ExitCodes.OK);
        assertThat(start.out()).contains("mission started: armed, AUTO");
        assertThat(cli.copter.customMode).isEqualTo(3);
        assertThat(cli.copter.armed).isTrue();
    }

    @ParameterizedTest(name = "mode {0} sets custom mode {1}")
    @CsvSource({"guided,4", "LOITER,5", "smart-rtl,21"})
    void modeSetsTheNamedModeAndConfirmsIt(String name, long number) {
        CliHarness.Run r = cli.run("vehicle", "mode", name, "--connect", "udpin://0.0.0.0:14550", "--no-tlog");

        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(cli.copter.customMode).isEqualTo(number);
    }

    @Test
    void rtlLandAndDisarmSucceed() {
        assertThat(cli.run("vehicle", "rtl", "--connect", "udpin://0.0.0.0:14550", "--no-tlog").exitCode()).isZero();
        assertThat(cli.copter.customMode).isEqualTo(6);
        assertThat(cli.run("vehicle", "land", "--connect", "udpin://0.0.0.0:14550", "--no-tlog").exitCode()).isZero();
        assertThat(cli.copter.customMode).isEqualTo(9);
        assertThat(cli.run("vehicle", "disarm", "--connect", "udpin://0.0.0.0:14550", "--no-tlog").out())
                .isEqualTo("disarmed" + System.lineSeparator());
    }

    @Test
    void unknownModeIsBadInputListingValidModesAndNothingIsOpened() {
        CliHarness.Run r = cli.run("vehicle", "mode", "hover", "--connect", "udpin://0.0.0.0:14550");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.errLines()).containsExactly("error: unknown flight mode 'hover'; valid modes: STABILIZE, ACRO, "
                + "ALT_HOLD, AUTO, GUIDED, LOITER, RTL, CIRCLE, LAND, DRIFT, SPORT, FLIP, AUTOTUNE, POSHOLD, BRAKE, "
                + "THROW, AVOID_ADSB, GUIDED_NOGPS, SMART_RTL, FLOWHOLD, FOLLOW, ZIGZAG, SYSTEMID, AUTOROTATE, "
                + "AUTO_RTL, TURTLE");
        assertThat(cli.connects).isEmpty();
    }

    @Test
    void noHeartbeatIsNoLinkNamingTheUriAndTheWait() {
        cli.vehiclePresent = false;

        CliHarness.Run r = cli.run("vehicle", "arm", "--connect", "udpin://0.0.0.0:14550", "--wait", "1", "--no-tlog");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.NO_LINK);
        assertThat(r.errLines()).last().isEqualTo("error: no heartbeat from a vehicle on udpin://0.0.0.0:14550 within 1 s");
    }

    @Test
    void anotherTargetSystemThanTheOneHeardIsNoLink() {
        CliHarness.Run r = cli.run("vehicle", "arm", "--connect", "udpin://0.0.0.0:14550", "--target-sysid", "7",
                "--wait", "1", "--no-tlog");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.NO_LINK);
        assertThat(r.errLines()).last().isEqualTo("error: no heartbeat from vehicle 7 on udpin://0.0.0.0:14550 within 1 s");
        assertThat(cli.copter.armed).isFalse();
    }

    @Test
    void everyLinkRecordsATimestampedTlogUnlessToldOtherwise() {
        cli.run("vehicle", "land", "--connect", "udpin://0.0.0.0:14550");
        cli.run("vehicle", "land", "--connect", "udpin://0.0.0.0:14550", "--tlog", "flight.tlog");
        cli.run("vehicle", "land", "--connect", "udpin://0.0.0.0:14550", "--no-tlog");

        assertThat(cli.connects).extracting(o -> o.tlog().orElse(null)).containsExactly(
                Path.of("logs", "lifeline-20261129-035710Z.tlog"), Path.of("flight.tlog"), null);
    }

    @Test
    void commonOptionsReachTheSession() {
        String key = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
        cli.run("vehicle", "land", "--connect", "tcp://10.0.0.2:5760", "--sysid", "250", "--target-sysid", "1",
                "--target-compid", "1", "--signing-key", key, "--no-tlog");

        var o = cli.connects.get(0);
        assertThat(o.uri()).isEqualTo("tcp://10.0.0.2:5760");
        assertThat(o.ownSystemId()).isEqualTo(250);
        assertThat(o.targetSystem()).hasValue(1);
        assertThat(o.signingKey().orElseThrow()).hasSize(32).startsWith((byte) 0x00, (byte) 0x11, (byte) 0x22);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no --connect | vehicle arm | error: Missing required option: '--connect=URI' (see 'lifeline vehicle arm --help')",
            "short key | vehicle arm --connect udp://h:1 --signing-key abcd | error: --signing-key: expected 64 hex digits (a 32-byte key), got 4 characters",
            "both tlog options | vehicle arm --connect udp://h:1 --tlog a.tlog --no-tlog | error: --tlog and --no-tlog: choose one",
            "sysid out of range | vehicle arm --connect udp://h:1 --sysid 300 | error: --sysid: expected 1..255, got 300",
            "not a number | vehicle arm --connect udp://h:1 --target-sysid one | error: Invalid value for option '--target-sysid': 'one' is not an int (see 'lifeline vehicle arm --help')",
            "unknown command | vehicle fly --connect udp://h:1 | error: Unmatched arguments from index 1: 'fly', '--connect', 'udp://h:1' (see 'lifeline vehicle --help')",
            "bad arming timeout | vehicle arm --connect udp://h:1 --arming-timeout 0 | error: --arming-timeout: expected 1..600 seconds, got 0",
            "watch: plan not there | vehicle watch --connect udp://h:1 --plan /nonexistent/x.plan | error: /nonexistent/x.plan: no such file",
            "watch: bad broker | vehicle watch --connect udp://h:1 --broker mqtt://h:1 --no-tlog | error: broker \"mqtt://h:1\": expected tcp://HOST:PORT or ssl://HOST:PORT",
            "watch: bad db | vehicle watch --connect udp://h:1 --db postgres://h/lifeline --no-tlog | error: --db: expected a JDBC URL such as jdbc:postgresql://HOST:5432/lifeline, got postgres://h/lifeline",
    })
    void badArgumentsAreBadInputWithOneErrorLine(String name, String args, String firstLine) {
        CliHarness.Run r = cli.run(args.trim().split(" "));

        assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.errLines()).containsExactly(firstLine);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(cli.connects).isEmpty();
    }
}
