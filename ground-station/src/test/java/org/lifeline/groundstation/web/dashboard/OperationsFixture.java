package org.lifeline.groundstation.web.dashboard;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.CopyOnWriteArrayList;

import org.lifeline.groundstation.actions.ActionRequest;
import org.lifeline.groundstation.actions.ActionResult;
import org.lifeline.groundstation.actions.DroneActions;
import org.lifeline.groundstation.actions.RecordedActions;
import org.lifeline.groundstation.alarm.AlarmRules;
import org.lifeline.groundstation.dispatch.DispatchFixtures;
import org.lifeline.groundstation.dispatch.preview.SortiePlans;
import org.lifeline.groundstation.dispatch.request.RequestIntake;
import org.lifeline.groundstation.dispatch.state.DeliveryState;
import org.lifeline.groundstation.dispatch.store.DeliveryStore;
import org.lifeline.groundstation.dispatch.store.WaveClaim;
import org.lifeline.groundstation.fleet.FleetBus;
import org.lifeline.groundstation.fleet.TrackHistory;
import org.lifeline.groundstation.operator.OperatorFile;
import org.lifeline.groundstation.operator.OperatorSessions;
import org.lifeline.groundstation.planning.mission.AirspaceLegRouter;
import org.lifeline.groundstation.planning.mission.DeliveryPlan;
import org.lifeline.groundstation.planning.mission.DeliveryPlanner;
import org.lifeline.groundstation.planning.mission.DeliveryRequest;
import org.lifeline.groundstation.planning.mission.Landing;
import org.lifeline.groundstation.planning.mission.SampleAirspace;
import org.lifeline.groundstation.planning.vehicle.VehicleFileReader;
import org.lifeline.groundstation.planning.vehicle.VehicleProfile;
import org.lifeline.groundstation.testing.MutableClock;
import org.lifeline.groundstation.web.ClientRateLimiter;
import org.lifeline.groundstation.web.CsrfGuard;
import org.lifeline.groundstation.web.WebServer;
import org.lifeline.plan.PlanFiles;

/**
 * The dashboard with its operations as {@code serve} builds them, on a random port: the sample
 * airspace, a SQLite store with one sortie for {@value #DRONE} planned to dp-jianshe-b3 (its
 * {@code .plan} written and recorded as the desk does), intake against the sample airspace and
 * a 2 kg payload limit, and drone actions given by the test (a recording fake by default).
 */
final class OperationsFixture implements AutoCloseable {

    static final String DRONE = "drone-1";
    static final String SORTIE = "S-20260401-080000-drone-1";

    final MutableClock clock = new MutableClock(Instant.parse("2026-04-01T08:00:00Z"));
    final DeliveryStore store;
    final String parcelId;
    final Path planFile;
    final List<ActionRequest> performed = new CopyOnWriteArrayList<>();
    final DashboardModule dashboard;
    final OperationsModule operations;
    final WebServer server;
    final String base;
    final VehicleProfile vehicle;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** With a fake that answers every action as done. */
    OperationsFixture(Path data, FleetBus fleet) throws Exception {
        this(data, fleet, null, 500);
    }

    /**
     * @param actions makes the drone actions over the fixture's store, or null for a fake that records each request and succeeds
     */
    OperationsFixture(Path data, FleetBus fleet, java.util.function.Function<DeliveryStore, DroneActions> actions, long tickMillis)
            throws Exception {
        this(data, fleet, actions, tickMillis, null);
    }

    /** As above, with the drones' watched MAVLink links on the map, made on the fixture's clock (null: none). */
    OperationsFixture(Path data, FleetBus fleet, java.util.function.Function<DeliveryStore, DroneActions> actions, long tickMillis,
                      java.util.function.Function<java.time.Clock, org.lifeline.groundstation.linkwatch.LinkWatch> links) throws Exception {
        OperatorFile operators = OperatorFile.in(data);
        operators.add(DashboardFixture.OPERATOR, DashboardFixture.PASSWORD.toCharArray(), 1_000, false);
        store = DeliveryStore.openSqlite(data, clock);
        vehicle = VehicleFileReader.read(SampleAirspace.VEHICLE);
        parcelId = store.add(DispatchFixtures.request(1), DeliveryStore.DEFAULT_DUPLICATE_WINDOW).delivery().id();
        planFile = data.resolve("plans").resolve(DRONE + "-" + parcelId + ".plan");
        plan(data);
        DroneActions fake = r -> {
            performed.add(r);
            return ActionResult.succeeded(r.describe() + ": done", List.of("read back 14 of 14 items: identical"));
        };
        DashboardConfig config = new DashboardConfig(operators, new OperatorSessions(clock, Duration.ofMinutes(30), Duration.ofHours(12)),
                new CsrfGuard(), store, fleet, DashboardConfig.airspaceLayers(DispatchFixtures.AIRSPACE, 30), null, tickMillis, clock,
                AlarmRules.DEFAULT).withLinks(links == null ? null : links.apply(clock))
                .withFences(org.lifeline.groundstation.alarm.FenceWatch.uploadedIn(data,
                        org.lifeline.groundstation.alarm.FenceWatch.DEFAULT_ALARM_MARGIN_METRES));
        operations = new OperationsModule(config, new OperationsConfig(
                new RequestIntake(DispatchFixtures.rules(clock), store, DeliveryStore.DEFAULT_DUPLICATE_WINDOW),
                new SortiePlans(store, data), id -> DRONE.equals(id) ? Optional.of(vehicle) : Optional.empty(),
                new RecordedActions(actions == null ? fake : actions.apply(store), store), new TrackHistory(100, 1)));
        dashboard = new DashboardModule(config, operations.snapshots());
        server = new WebServer(List.of(dashboard, operations), ClientRateLimiter.unlimited());
        base = "http://127.0.0.1:" + server.start("127.0.0.1", 0);
    }

    /** Plans the parcel's sortie as the desk would: recorded, .plan written, PLANNED with the file (absolute: the desk ran elsewhere). */
    private void plan(Path data) throws Exception {
        DeliveryPlanner planner = new DeliveryPlanner(DispatchFixtures.AIRSPACE, vehicle,
                new AirspaceLegRouter(DispatchFixtures.AIRSPACE, vehicle, 30), DeliveryPlanner.projectionFor(DispatchFixtures.AIRSPACE));
        DeliveryPlan plan = planner.plan(new DeliveryRequest("launch-fire", List.of("dp-jianshe-b3"), 30, OptionalDouble.of(0.3),
                List.of(), Landing.LAND));
        java.nio.file.Files.createDirectories(planFile.getParent());
        PlanFiles.write(planFile, plan.flightPlan());
        WaveClaim claim = store.claimQueued("test-desk", 10, Duration.ofMinutes(2));
        store.recordSortie(claim, SORTIE, DRONE, List.of(parcelId), "test wave");
        store.releaseClaim(claim);
        store.transition(parcelId, DeliveryState.PLANNED, "plan " + planFile.toAbsolutePath());
    }

    HttpResponse<String> get(String path, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20)).GET();
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** POSTs JSON with the cookie and, when given, the X-CSRF header. */
    HttpResponse<String> postJson(String path, String cookie, String csrf, String json) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        if (csrf != null) {
            b.header("X-CSRF", csrf);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Logs in; returns {cookie header, CSRF token of the session}. */
    String[] session() throws IOException, InterruptedException {
        HttpResponse<String> form = get("/login", null);
        String loginCookie = OperatorAccess.LOGIN_COOKIE + "=" + DashboardFixture.cookie(form, OperatorAccess.LOGIN_COOKIE);
        String body = "csrf=" + java.net.URLEncoder.encode(DashboardFixture.csrf(form), java.nio.charset.StandardCharsets.UTF_8)
                + "&operator=" + DashboardFixture.OPERATOR + "&password="
                + java.net.URLEncoder.encode(DashboardFixture.PASSWORD, java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", loginCookie)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 303) {
            throw new AssertionError("login failed: " + r.statusCode() + " " + r.body());
        }
        String cookie = OperatorAccess.SESSION_COOKIE + "=" + DashboardFixture.cookie(r, OperatorAccess.SESSION_COOKIE);
        HttpResponse<String> page = get("/dashboard", cookie);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("data-csrf=\"([^\"]+)\"").matcher(page.body());
        if (!m.find()) {
            throw new AssertionError("no data-csrf on the dashboard");
        }
        return new String[] {cookie, m.group(1)};
    }

    static Map<String, Object> json(String body) throws IOException {
        return new com.fasterxml.jackson.databind.ObjectMapper().readValue(body,
                new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() { });
    }

    static List<Object> jsonList(String body) throws IOException {
        return new com.fasterxml.jackson.databind.ObjectMapper().readValue(body,
                new com.fasterxml.jackson.core.type.TypeReference<List<Object>>() { });
    }

    private boolean closed;

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        dashboard.close();
        server.stop();
        store.close();
    }
}
