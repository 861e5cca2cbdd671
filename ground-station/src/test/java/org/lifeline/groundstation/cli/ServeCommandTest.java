package org.lifeline.groundstation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.groundstation.confirm.DropTokenKeys;
import org.lifeline.groundstation.confirm.DropTokens;
import org.lifeline.groundstation.dispatch.state.DeliveryState;
import org.lifeline.groundstation.dispatch.store.DeliveryStore;
import org.lifeline.groundstation.session.LinkSessionOpener;
import org.lifeline.support.Await;

import picocli.CommandLine;

class ServeCommandTest {

    @TempDir
    Path data;

    @Test
    void serveWithDemoParcelsWritesTheirLabelsAndAnswersTheirConfirmationPages() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = LifelineCommand.commandLine(new LinkSessionOpener(), Clock.systemUTC());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> cl.execute(
                "serve", "--port", "0", "--host", "127.0.0.1", "--data", data.toString(), "--demo-parcels", "2", "--seconds", "20"));
        assertThat(Await.until(() -> out.toString().contains("serving on"), Duration.ofSeconds(20)))
                .as("started; stderr: %s", err).isTrue();
        Matcher m = Pattern.compile("DEMO-001 {2}code \\d{3} \\d{3} {2}(http://\\S+)").matcher(out.toString());
        assertThat(m.find()).as(out.toString()).isTrue();
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(m.group(1))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("DEMO-001");
        assertThat(data.resolve("demo-labels").resolve("DEMO-002.png")).exists();
        assertThat(data.resolve("demo-labels").resolve("demo-sheet.pdf")).exists();
        assertThat(Files.exists(data.resolve("keys").resolve("drop-token-ed25519.key"))).isTrue();
        exit.cancel(true);
    }

    @Test
    void serveOnTheStoreConfirmsAReleasedParcelThroughThePageAndRefusesAnUnknownOne() throws Exception {
        String id;
        try (DeliveryStore store = DeliveryStore.openSqlite(data, Clock.systemUTC())) {
            id = StoredSorties.planned(store, "S-1", "drone-1", 1).get(0);
            StoredSorties.release(store, id);
        }
        DropTokens tokens = new DropTokens(DropTokenKeys.loadOrCreate(data));
        Instant expiry = Instant.now().plus(Duration.ofDays(1));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = LifelineCommand.commandLine(new LinkSessionOpener(), Clock.systemUTC());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> cl.execute(
                "serve", "--port", "0", "--host", "127.0.0.1", "--data", data.toString(), "--seconds", "20"));
        assertThat(Await.until(() -> out.toString().contains("serving on"), Duration.ofSeconds(20)))
                .as("started; stderr: %s", err).isTrue();
        Matcher bound = Pattern.compile("serving on (http://\\S+)/c ").matcher(out.toString());
        assertThat(bound.find()).as(out.toString()).isTrue();
        URI page = URI.create(bound.group(1) + "/c/" + tokens.issue(id, "dp-jianshe-b3", expiry));
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> shown = http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body()).contains(id);
        Matcher csrf = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(shown.body());
        assertThat(csrf.find()).as(shown.body()).isTrue();
        String cookie = shown.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
        HttpResponse<String> confirmed = http.send(HttpRequest.newBuilder(page).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        try (DeliveryStore store = DeliveryStore.openSqlite(data, Clock.systemUTC())) {
            assertThat(store.find(id).orElseThrow().state()).isEqualTo(DeliveryState.CONFIRMED);
        }
        URI unknown = URI.create(bound.group(1) + "/c/" + tokens.issue("P-NOTHERE0", "dp-jianshe-b3", expiry));
        assertThat(http.send(HttpRequest.newBuilder(unknown).build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
        exit.cancel(true);
    }

    @Test
    void serveWithABadBaseUrlOrAnUnreachableStoreSaysWhy() {
        StringWriter err = new StringWriter();
        CommandLine cl = LifelineCommand.commandLine(new LinkSessionOpener(), Clock.systemUTC());
        cl.setErr(new PrintWriter(err, true));
        assertThat(cl.execute("serve", "--data", data.toString(), "--base-url", "phone:8080")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("base URL").doesNotContain("Exception");
        assertThat(cl.execute("serve", "--data", data.toString(), "--port", "0", "--db", "jdbc:postgresql://127.0.0.1:1/none"))
                .isEqualTo(ExitCodes.NO_LINK);
        assertThat(err.toString()).contains("dispatch store jdbc:postgresql://127.0.0.1:1/none").doesNotContain("Exception");
    }
}
