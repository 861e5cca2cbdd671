package org.lifeline.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lifeline.groundstation.cli.LifelineCommand;
import org.lifeline.support.SitlProcess;
import picocli.CommandLine;

/**
 * {@code lifeline vehicle watch} on ArduPilot SITL's GCS port, which sends no telemetry until a
 * ground station asks: the watch must ask, and then show position, altitude, the takeoff, the
 * mission progress and the landing of a short flight flown from the companion port.
 */
class SitlWatchTest {

    private static final double SPEEDUP = 10;
    private static final double LAT = 34.0600;
    private static final double LON = 114.3950;
    private static final double ALT = 50;
    private static final Pattern ALTITUDE = Pattern.compile("alt\\s+(-?[0-9.]+) m");

    @Test
    void vehicleWatchAsksArduPilotForTelemetryAndFollowsTheFlightToTheGround() throws Exception {
        SitlProcess.assumeAvailable();
        try (SitlProcess sitl = SitlProcess.start(SitlProcess.Options.defaults().withSpeedup(SPEEDUP)
                .withHome(LAT + "," + LON + "," + ALT + ",0"))) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CompletableFuture<Integer> watch = CompletableFuture.supplyAsync(() -> {
                CommandLine cl = LifelineCommand.commandLine();
                cl.setOut(new PrintWriter(out, true));
                cl.setErr(new PrintWriter(err, true));
                return cl.execute("vehicle", "watch", "--connect", sitl.gcsUri(), "--every", "0.5", "--seconds", "90", "--no-archive");
            });
            Broker.await(() -> "the watch's first status line; err: " + err, Duration.ofSeconds(30),
                    () -> out.toString().contains("disarmed"));
            try (FlightProbe probe = new FlightProbe(sitl.companionUri())) {
                probe.upload(FlightProbe.shortHop(LAT, LON, ALT));
                probe.fly(Duration.ofSeconds(60));
                assertThat(probe.record().landed).as("landed; texts %s", probe.record().texts).isTrue();
            }
            int exit = watch.get(30, TimeUnit.SECONDS);
            String shown = out.toString();
            System.out.println(shown);
            assertThat(exit).as(err.toString()).isZero();
            assertThat(shown).contains("armed in ").contains("took off").contains("reached mission item 1")
                    .contains("reached mission item 2").contains("disarmed: landed");
            assertThat(shown).contains(String.format(Locale.ROOT, "%.3f", LAT).substring(0, 6));
            double highest = 0;
            Matcher m = ALTITUDE.matcher(shown);
            while (m.find()) {
                highest = Math.max(highest, Double.parseDouble(m.group(1)));
            }
            assertThat(highest).as(shown).isBetween(8.0, 12.0);
            assertThat(shown).containsPattern("item 2 ").containsPattern("batt \\d+ %");
        }
    }
}
