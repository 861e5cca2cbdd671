package org.lifeline.groundstation.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.fleet.Telemetry;
import org.lifeline.support.Await;

/**
 * Telemetry as an agent sends it, through an embedded broker: the flown track builds up on the
 * server for pages opened later, and each live {@code drone} event carries when its sample
 * reached the ground station ({@code rxMs}, the ground station's clock), which the browser
 * harness measures the page's delay from.
 */
class TracksAndLiveApiTest {

    @TempDir
    Path data;

    @Test
    void theFlownTrackIsKeptForLaterPagesAndEachLiveDroneEventSaysWhenItsSampleArrived() throws Exception {
        try (FleetRig rig = new FleetRig()) {
            try (OperationsFixture web = new OperationsFixture(data, rig.fleet, null, 200)) {
                String[] s = web.session();
                HttpResponse<Stream<String>> live = web.http.send(HttpRequest.newBuilder(URI.create(web.base + "/api/live"))
                        .header("Cookie", s[0]).header("Accept", "text/event-stream").version(java.net.http.HttpClient.Version.HTTP_1_1)
                        .GET().build(), HttpResponse.BodyHandlers.ofLines());
                assertThat(live.statusCode()).isEqualTo(200);
                Iterator<String> lines = live.body().iterator();
                StringBuilder seen = new StringBuilder();
                CompletableFuture<String> droneEvent = CompletableFuture.supplyAsync(() -> {
                    while (lines.hasNext()) {
                        String line = lines.next();
                        seen.append(line, 0, Math.min(line.length(), 80)).append('\n');
                        if (line.equals("event: drone") && lines.hasNext()) {
                            return lines.next();
                        }
                    }
                    return "";
                });
                for (int i = 0; i < 3; i++) {
                    rig.telemetry(new Telemetry("d1", System.currentTimeMillis(), 34.06 + i * 0.001, 114.39, 40, 90, 10, 0, 80, 15.9, 3, 12,
                            "AUTO", true, 2));
                }
                assertThat(Await.until(() -> points(web, s[0]) == 3, Duration.ofSeconds(15))).as(web.get("/api/tracks", s[0]).body()).isTrue();
                Map<String, Object> tracks = OperationsFixture.json(web.get("/api/tracks", s[0]).body());
                @SuppressWarnings("unchecked")
                List<List<Number>> d1 = (List<List<Number>>) tracks.get("d1");
                assertThat(d1).extracting(p -> p.get(0).doubleValue()).containsExactly(34.06, 34.06 + 0.001, 34.06 + 2 * 0.001);
                String data = droneEvent.get(15, TimeUnit.SECONDS);
                assertThat(data).as(seen.toString()).startsWith("data: ");
                Map<String, Object> event = OperationsFixture.json(data.substring("data: ".length()));
                assertThat(event).containsEntry("id", "d1").containsEntry("rxMs", web.clock.millis());
                live.body().close();
            }
        }
    }

    private static int points(OperationsFixture web, String cookie) {
        try {
            Object d1 = OperationsFixture.json(web.get("/api/tracks", cookie).body()).get("d1");
            return d1 == null ? 0 : ((List<?>) d1).size();
        } catch (Exception e) {
            return -1;
        }
    }
}
