package org.lifeline.groundstation.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.lifeline.groundstation.confirm.ConfirmationDesk;
import org.lifeline.groundstation.confirm.DropTokenKeys;
import org.lifeline.groundstation.confirm.DropTokens;
import org.lifeline.groundstation.confirm.FallbackCode;
import org.lifeline.groundstation.confirm.InMemoryParcelDirectory;
import org.lifeline.groundstation.testing.MutableClock;
import org.lifeline.groundstation.confirm.ParcelDirectory;
import org.lifeline.groundstation.confirm.ParcelView;
import org.lifeline.groundstation.confirm.UsedTokens;

/** A confirmation server on a random port over an in-memory directory, and a plain HTTP client for it. */
final class WebFixture implements AutoCloseable {

    static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    final MutableClock clock = new MutableClock(Instant.parse("2026-04-01T08:00:00Z"));
    final KeyPair keys = DropTokenKeys.generate();
    final DropTokens tokens = new DropTokens(keys);
    final FallbackCode codes = new FallbackCode(keys);
    final InMemoryParcelDirectory directory = new InMemoryParcelDirectory();
    final WebServer server;
    final String base;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    WebFixture(ClientRateLimiter limiter) {
        this(limiter, null);
    }

    WebFixture(ClientRateLimiter limiter, ParcelDirectory replacement) {
        ParcelDirectory dir = replacement == null ? directory : replacement;
        ConfirmationDesk desk = new ConfirmationDesk(tokens, codes, dir, UsedTokens.inMemory(), clock);
        server = new WebServer(List.of(new ConfirmationModule(desk, new CsrfGuard(), ZoneOffset.UTC)), limiter);
        int port = server.start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + port;
    }

    ParcelView addReleased(String parcelId, String dropPoint) {
        ParcelView p = new ParcelView(parcelId, dropPoint, "5号楼东门", "insulin x2, formula", "5-302", null);
        directory.put(p, true);
        return p;
    }

    String tokenFor(String parcelId, String dropPoint) {
        return tokens.issue(parcelId, dropPoint, clock.instant().plus(Duration.ofDays(1)));
    }

    HttpResponse<String> get(String path, String language) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20)).GET();
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

    /** Opens the page as a phone would, then taps the button: GET, then POST with the page's cookie and field. */
    HttpResponse<String> openAndConfirm(String path) throws IOException, InterruptedException {
        HttpResponse<String> page = get(path, null);
        return post(path, cookieOf(page), Map.of("csrf", csrfOf(page)));
    }

    static String cookieOf(HttpResponse<String> r) {
        String set = r.headers().firstValue("Set-Cookie").orElseThrow(() -> new AssertionError("no cookie set"));
        return set.substring(0, set.indexOf(';'));
    }

    static String csrfOf(HttpResponse<String> r) {
        Matcher m = CSRF.matcher(r.body());
        if (!m.find()) {
            throw new AssertionError("no CSRF field in page " + r.statusCode() + ": " + r.body());
        }
        return m.group(1);
    }

    @Override
    public void close() {
        server.stop();
    }
}
