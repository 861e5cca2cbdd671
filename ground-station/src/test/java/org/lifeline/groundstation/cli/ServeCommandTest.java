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
    void serveWithoutADeliveryStoreOrWithABadBaseUrlSaysWhy() {
        StringWriter err = new StringWriter();
        CommandLine cl = LifelineCommand.commandLine(new LinkSessionOpener(), Clock.systemUTC());
        cl.setErr(new PrintWriter(err, true));
        assertThat(cl.execute("serve", "--data", data.toString(), "--base-url", "phone:8080")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("base URL").doesNotContain("Exception");
        assertThat(cl.execute("serve", "--data", data.toString(), "--port", "0")).isEqualTo(ExitCodes.FAILED);
        assertThat(err.toString()).contains("--demo-parcels");
    }
}
