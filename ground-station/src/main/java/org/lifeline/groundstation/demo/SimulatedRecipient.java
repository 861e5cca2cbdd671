package org.lifeline.groundstation.demo;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lifeline.groundstation.web.CsrfGuard;

/**
 * The person at the drop point: some seconds after a parcel is released, opens the URL of its
 * label ({@code GET /c/TOKEN}, as a phone would after scanning the QR code), reads the form's
 * CSRF field and presses the button ({@code POST /c/TOKEN}). Each recipient has its own cookie
 * jar, as each phone has its own browser.
 */
public final class SimulatedRecipient implements AutoCloseable {

    /** What happened when the recipient tried to confirm a parcel. */
    public record Attempt(String parcelId, Instant at, int status, String detail) {
        public boolean confirmed() {
            return status == 200;
        }
    }

    private static final Pattern CSRF = Pattern.compile("name=\"" + CsrfGuard.FIELD + "\" value=\"([^\"]*)\"");

    private final Duration delay;
    private final Clock clock;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "demo-recipient");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Attempt> attempts = new ConcurrentHashMap<>();
    private final Map<String, Boolean> pending = new ConcurrentHashMap<>();

    /** @param delay how long after the release the recipient opens the label's URL */
    public SimulatedRecipient(Duration delay, Clock clock) {
        this.delay = delay;
        this.clock = clock;
    }

    /** The parcel has been released: confirm it through {@code labelUrl} after the delay (once). */
    public void released(String parcelId, String labelUrl) {
        if (pending.putIfAbsent(parcelId, Boolean.TRUE) == null) {
            worker.schedule(() -> attempts.put(parcelId, confirm(parcelId, labelUrl)), delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** The last attempt for a parcel, if the recipient tried. */
    public Optional<Attempt> attempt(String parcelId) {
        return Optional.ofNullable(attempts.get(parcelId));
    }

    /** Opens the label's page and presses its button; never throws, the attempt says what went wrong. */
    public Attempt confirm(String parcelId, String labelUrl) {
        HttpClient phone = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        try {
            URI uri = URI.create(labelUrl);
            HttpResponse<String> page = phone.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (page.statusCode() != 200) {
                return new Attempt(parcelId, clock.instant(), page.statusCode(), "the label's page answered " + page.statusCode());
            }
            Matcher m = CSRF.matcher(page.body());
            if (!m.find()) {
                return new Attempt(parcelId, clock.instant(), 0, "the label's page has no confirmation form");
            }
            String form = CsrfGuard.FIELD + "=" + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
            HttpResponse<String> done = phone.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            return new Attempt(parcelId, clock.instant(), done.statusCode(),
                    done.statusCode() == 200 ? "confirmed" : "the confirmation answered " + done.statusCode());
        } catch (IOException | IllegalArgumentException e) {
            return new Attempt(parcelId, clock.instant(), 0, "cannot reach " + labelUrl + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Attempt(parcelId, clock.instant(), 0, "interrupted");
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
