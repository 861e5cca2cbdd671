package org.lifeline.groundstation.web.dashboard;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.lifeline.groundstation.airspace.AirspaceReader;
import org.lifeline.groundstation.alarm.AlarmRules;
import org.lifeline.groundstation.confirm.ConfirmationDesk;
import org.lifeline.groundstation.confirm.DropTokenKeys;
import org.lifeline.groundstation.confirm.DropTokens;
import org.lifeline.groundstation.confirm.FallbackCode;
import org.lifeline.groundstation.testing.MutableClock;
import org.lifeline.groundstation.confirm.UsedTokens;
import org.lifeline.groundstation.dispatch.DispatchFixtures;
import org.lifeline.groundstation.dispatch.store.DeliveryStore;
import org.lifeline.groundstation.dispatch.store.StoreParcelDirectory;
import org.lifeline.groundstation.fleet.FleetBus;
import org.lifeline.groundstation.operator.OperatorFile;
import org.lifeline.groundstation.operator.OperatorSessions;
import org.lifeline.groundstation.web.ClientRateLimiter;
import org.lifeline.groundstation.web.ConfirmationModule;
import org.lifeline.groundstation.web.CsrfGuard;
import org.lifeline.groundstation.web.WebServer;

/**
 * The web server as {@code lifeline serve} builds it (confirmation page and dashboard) on a
 * random port, over a SQLite store with one delivery, the test airspace and one operator
 * ({@value #OPERATOR} / {@value #PASSWORD}); and a plain HTTP client that handles cookies by hand.
 */
final class DashboardFixture implements AutoCloseable {

    static final String OPERATOR = "wang.li";
    static final String PASSWORD = "correct horse battery";
    static final Path AIRSPACE = Path.of("src/test/resources/airspace/valid.geojson");
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    final MutableClock clock = new MutableClock(Instant.parse("2026-04-01T08:00:00Z"));
    final DeliveryStore store;
    final String deliveryId;
    final DashboardModule dashboard;
    final WebServer server;
    final String base;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    DashboardFixture(Path data, FleetBus fleet, long tickMillis) throws Exception {
        OperatorFile operators = OperatorFile.in(data);
        operators.add(OPERATOR, PASSWORD.toCharArray(), 1_000, false);
        store = DeliveryStore.openSqlite(data, clock);
        deliveryId = store.add(DispatchFixtures.request(1), DeliveryStore.DEFAULT_DUPLICATE_WINDOW).delivery().id();
        var keys = DropTokenKeys.generate();
        ConfirmationDesk desk = new ConfirmationDesk(new DropTokens(keys), new FallbackCode(keys), new StoreParcelDirectory(store),
                UsedTokens.inMemory(), clock);
        dashboard = new DashboardModule(new DashboardConfig(operators,
                new OperatorSessions(clock, Duration.ofMinutes(30), Duration.ofHours(12)), new CsrfGuard(), store, fleet,
                DashboardConfig.airspaceLayers(AirspaceReader.read(AIRSPACE), 30), null, tickMillis, clock, AlarmRules.DEFAULT));
        server = new WebServer(List.of(new ConfirmationModule(desk, new CsrfGuard(), ZoneOffset.UTC), dashboard), ClientRateLimiter.unlimited());
        base = "http://127.0.0.1:" + server.start("127.0.0.1", 0);
    }

    HttpResponse<String> get(String path, String cookie) throws IOException, InterruptedException {
        return get(path, cookie, null);
    }

    HttpResponse<String> get(String path, String cookie, String language) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20)).GET();
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        if (language != null) {
            b.header("Accept-Language", language);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String cookie, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Opens the login form and posts it; the response of the POST. */
    HttpResponse<String> login(String operator, String password) throws IOException, InterruptedException {
        HttpResponse<String> form = get("/login", null);
        String cookie = OperatorAccess.LOGIN_COOKIE + "=" + cookie(form, OperatorAccess.LOGIN_COOKIE);
        return post("/login", cookie, Map.of("csrf", csrf(form), "operator", operator, "password", password));
    }

    /** Logs in and returns the Cookie header for the session. */
    String session() throws IOException, InterruptedException {
        HttpResponse<String> r = login(OPERATOR, PASSWORD);
        if (r.statusCode() != 303) {
            throw new AssertionError("login failed: " + r.statusCode() + " " + r.body());
        }
        return OperatorAccess.SESSION_COOKIE + "=" + cookie(r, OperatorAccess.SESSION_COOKIE);
    }

    static String setCookieHeader(HttpResponse<?> r, String name) {
        return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .reduce((a, b) -> b).orElseThrow(() -> new AssertionError("no " + name + " cookie set: " + r.headers()));
    }

    static String cookie(HttpResponse<?> r, String name) {
        String set = setCookieHeader(r, name);
        return set.substring(name.length() + 1, set.indexOf(';'));
    }

    static String csrf(HttpResponse<String> r) {
        Matcher m = CSRF.matcher(r.body());
        if (!m.find()) {
            throw new AssertionError("no CSRF field in page " + r.statusCode() + ": " + r.body());
        }
        return m.group(1);
    }

    @Override
    public void close() {
        dashboard.close();
        server.stop();
        store.close();
    }
}
