package org.lifeline.groundstation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.groundstation.session.LinkSessionOpener;
import org.lifeline.support.Await;

import picocli.CommandLine;

class ServeDashboardCliTest {

    @TempDir
    Path data;

    private static CommandLine cli(StringWriter out, StringWriter err) {
        CommandLine cl = LifelineCommand.commandLine(new LinkSessionOpener(), Clock.systemUTC());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl;
    }

    @Test
    void serveWithAnAirspaceFilePrintsTheDashboardUrlAndItsApiRefusesAnonymousUse() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> cli(out, err).execute("serve", "--port", "0",
                "--host", "127.0.0.1", "--data", data.toString(), "--airspace", "src/test/resources/airspace/valid.geojson", "--seconds", "6"));
        assertThat(Await.until(() -> out.toString().contains("dashboard on"), Duration.ofSeconds(20))).as("started; stderr: %s", err).isTrue();
        Matcher m = Pattern.compile("dashboard on (http://\\S+)/dashboard {2}\\(no operator yet: run 'lifeline operator add NAME").matcher(out.toString());
        assertThat(m.find()).as(out.toString()).isTrue();
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create(m.group(1) + "/api/airspace")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(401);
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(m.group(1) + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(exit.get()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void aBrokenAirspaceFileOrTileUrlStopsServeWithTheReason() throws Exception {
        Path bad = data.resolve("bad.geojson");
        Files.writeString(bad, "{ not json");
        StringWriter err = new StringWriter();
        assertThat(cli(new StringWriter(), err).execute("serve", "--port", "0", "--data", data.toString(), "--airspace", bad.toString()))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("bad.geojson").doesNotContain("Exception");
        StringWriter err2 = new StringWriter();
        assertThat(cli(new StringWriter(), err2).execute("serve", "--port", "0", "--data", data.toString(), "--tiles", "tiles/{z}.png"))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err2.toString()).contains("--tiles").doesNotContain("Exception");
    }

    @Test
    void aBrokenFleetRegistryOrCommandKeyStopsServeWithTheReason() throws Exception {
        Path fleet = data.resolve("fleet.json");
        Files.writeString(fleet, "{\"drones\": [{\"id\": \"drone-1\", \"vehicle\": \"nowhere.vehicle.json\", \"launchSite\": \"launch-fire\"}]}");
        StringWriter err = new StringWriter();
        assertThat(cli(new StringWriter(), err).execute("serve", "--port", "0", "--data", data.toString(), "--fleet", fleet.toString()))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("fleet.json").contains("drones[0].vehicle").doesNotContain("Exception");
        StringWriter err2 = new StringWriter();
        assertThat(cli(new StringWriter(), err2).execute("serve", "--port", "0", "--data", data.toString(),
                "--fleet", "../docs/examples/fleet.json", "--command-key", data.resolve("no.key").toString()))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err2.toString()).contains("no.key").doesNotContain("Exception");
    }
}
