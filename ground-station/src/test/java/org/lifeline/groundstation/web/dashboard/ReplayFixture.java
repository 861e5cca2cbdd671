package org.lifeline.groundstation.web.dashboard;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.lifeline.groundstation.airspace.AirspaceReader;
import org.lifeline.groundstation.alarm.AlarmRules;
import org.lifeline.groundstation.logs.SharedLogs;
import org.lifeline.groundstation.logs.archive.ArchiveReplays;
import org.lifeline.groundstation.logs.archive.DeliverySource;
import org.lifeline.groundstation.logs.archive.SortieEntry;
import org.lifeline.groundstation.logs.archive.SortieFiler;
import org.lifeline.groundstation.logs.archive.SortieFlight;
import org.lifeline.groundstation.logs.archive.TlogSpan;
import org.lifeline.groundstation.operator.OperatorFile;
import org.lifeline.groundstation.operator.OperatorSessions;
import org.lifeline.groundstation.testing.MutableClock;
import org.lifeline.groundstation.web.ClientRateLimiter;
import org.lifeline.groundstation.web.CsrfGuard;
import org.lifeline.groundstation.web.WebServer;

/**
 * The dashboard with sortie replay over a data folder whose archive holds one sortie, filed with
 * the archive's own filer from the real SITL delivery tlog and its plan (as a landing files it),
 * and one operator ({@value DashboardFixture#OPERATOR}).
 */
final class ReplayFixture implements AutoCloseable {

    final Path tlog;
    final SortieEntry filed;
    final DashboardModule dashboard;
    final WebServer server;
    final String base;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    ReplayFixture(Path data) throws Exception {
        Path logs = Files.createDirectories(data.resolve("logs"));
        tlog = Files.copy(SharedLogs.require("sitl-delivery.tlog"), logs.resolve("flight.tlog"));
        Path plan = Files.copy(SharedLogs.require("sitl-delivery.waypoints"), logs.resolve("flight.waypoints"));
        TlogSpan span = TlogSpan.of(tlog).orElseThrow();
        Instant armed = span.first().plusSeconds(5);
        Instant landed = span.last().minusSeconds(5);
        List<String> notes = new ArrayList<>();
        filed = new SortieFiler(data.resolve("archive"), DeliverySource.none(), notes::add)
                .file(SortieFlight.of("drone-1", armed, landed, List.of(tlog)).withPlan(Optional.of(plan)));
        OperatorFile operators = OperatorFile.in(data);
        operators.add(DashboardFixture.OPERATOR, DashboardFixture.PASSWORD.toCharArray(), 1_000, false);
        MutableClock clock = new MutableClock(Instant.now());
        DashboardConfig config = new DashboardConfig(operators, new OperatorSessions(clock, Duration.ofMinutes(30), Duration.ofHours(12)),
                new CsrfGuard(), null, null, DashboardConfig.airspaceLayers(AirspaceReader.read(DashboardFixture.AIRSPACE), 30), null, 500,
                clock, AlarmRules.DEFAULT);
        dashboard = new DashboardModule(config);
        server = new WebServer(List.of(dashboard, new ReplayModule(config, new ArchiveReplays(data.resolve("archive")))),
                ClientRateLimiter.unlimited());
        base = "http://127.0.0.1:" + server.start("127.0.0.1", 0);
    }

    HttpResponse<String> get(String path, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET();
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Logs in through the form; the Cookie header of the session. */
    String session() throws IOException, InterruptedException {
        HttpResponse<String> form = get("/login", null);
        String loginCookie = OperatorAccess.LOGIN_COOKIE + "=" + DashboardFixture.cookie(form, OperatorAccess.LOGIN_COOKIE);
        String body = "csrf=" + java.net.URLEncoder.encode(DashboardFixture.csrf(form), java.nio.charset.StandardCharsets.UTF_8)
                + "&operator=" + java.net.URLEncoder.encode(DashboardFixture.OPERATOR, java.nio.charset.StandardCharsets.UTF_8)
                + "&password=" + java.net.URLEncoder.encode(DashboardFixture.PASSWORD, java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", loginCookie)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 303) {
            throw new AssertionError("login failed: " + r.statusCode() + " " + r.body());
        }
        return OperatorAccess.SESSION_COOKIE + "=" + DashboardFixture.cookie(r, OperatorAccess.SESSION_COOKIE);
    }

    @Override
    public void close() {
        dashboard.close();
        server.stop();
    }
}
