package org.lifeline.groundstation.web.dashboard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.lifeline.groundstation.actions.ActionRequest;
import org.lifeline.groundstation.actions.DroneAction;
import org.lifeline.groundstation.actions.RecordedActions;
import org.lifeline.groundstation.dispatch.preview.PlanPreview;
import org.lifeline.groundstation.dispatch.preview.PlanPreviews;
import org.lifeline.groundstation.dispatch.preview.SortiePlans;
import org.lifeline.groundstation.dispatch.request.IntakeResult;
import org.lifeline.groundstation.dispatch.store.Delivery;
import org.lifeline.groundstation.dispatch.store.SortieRecord;
import org.lifeline.groundstation.operator.OperatorSession;
import org.lifeline.groundstation.planning.vehicle.VehicleProfile;
import org.lifeline.groundstation.web.WebModule;
import org.lifeline.plan.FlightPlan;
import org.lifeline.plan.GeoPoint;
import org.lifeline.plan.PlanFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The dashboard's operations, all behind a login; every POST also needs the session's CSRF
 * token in the {@code X-CSRF} header:
 * <pre>
 *   POST /api/requests               a request as JSON (RequestIntake.submitJson): 201, 200 (already stored), 422 (every field problem)
 *   GET  /api/requests/{id}          one request as stored
 *   GET  /api/sorties                open sorties with their planned routes, then those landed in the last hour ({closed, outcome})
 *   GET  /api/sorties/{id}/preview   route, fence, altitude profile, energy against the reserve
 *   GET  /api/tracks                 each drone's flown track (bounded)
 *   POST /api/actions                {action, drone, sortie?}: upload, start, rtl, land, pause, resume — recorded with the operator
 *   GET  /api/actions                the action log, newest 200
 * </pre>
 * Its {@link #snapshots()} ({@code sorties}, {@code actions}) are pushed on the live stream when they change.
 */
public final class OperationsModule implements WebModule {

    private static final Logger log = LoggerFactory.getLogger(OperationsModule.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LOG_LINES = 200;

    private record CachedRoute(long modified, List<GeoPoint> route) {
    }

    private final DashboardConfig dashboard;
    private final OperationsConfig ops;
    private final OperatorAccess access;
    private final Map<Path, CachedRoute> routes = new ConcurrentHashMap<>();

    public OperationsModule(DashboardConfig dashboard, OperationsConfig ops) {
        this.dashboard = dashboard;
        this.ops = ops;
        this.access = new OperatorAccess(dashboard.sessions(), dashboard.csrf());
        if (ops.tracks() != null && dashboard.fleet() != null) {
            dashboard.fleet().onTelemetry(ops.tracks()::add);
        }
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/requests", this::submit);
        routes.get("/api/requests/{id}", this::request);
        routes.get("/api/sorties", ctx -> withSession(ctx, s -> json(ctx, 200, sortiesJson())));
        routes.get("/api/sorties/{id}/preview", this::preview);
        routes.get("/api/tracks", ctx -> withSession(ctx, s -> json(ctx, 200,
                ops.tracks() == null ? "{}" : OperationsJson.tracks(ops.tracks().tracks()))));
        routes.post("/api/actions", this::act);
        routes.get("/api/actions", ctx -> withSession(ctx, s -> json(ctx, 200, actionsJson())));
    }

    /** What the live stream pushes when it changes: {@code sorties}, {@code actions}. */
    public Map<String, Supplier<String>> snapshots() {
        Map<String, Supplier<String>> m = new LinkedHashMap<>();
        m.put("sorties", this::sortiesJson);
        m.put("actions", this::actionsJson);
        return m;
    }

    private interface Handler {
        void handle(OperatorSession s) throws Exception;
    }

    private void withSession(Context ctx, Handler h) throws Exception {
        Optional<OperatorSession> s = access.session(ctx);
        if (s.isEmpty()) {
            json(ctx, 401, OperationsJson.error("log in first: POST /login"));
            return;
        }
        h.handle(s.get());
    }

    private void posted(Context ctx, Handler h) throws Exception {
        withSession(ctx, s -> {
            if (!access.sessionFieldAccepted(ctx, s)) {
                json(ctx, 403, OperationsJson.error("missing or stale CSRF token (X-CSRF header): reload the page"));
                return;
            }
            h.handle(s);
        });
    }

    private void submit(Context ctx) throws Exception {
        posted(ctx, s -> {
            if (ops.intake() == null) {
                json(ctx, 503, OperationsJson.error("intake is off: start serve with --airspace FILE and --fleet FILE"));
                return;
            }
            IntakeResult r = ops.intake().submitJson(ctx.body());
            if (!r.accepted()) {
                json(ctx, 422, OperationsJson.intake(r, null));
                return;
            }
            log.info("operator {} entered request {} ({})", s.operator(), r.deliveryId(), r.status());
            boolean fresh = IntakeResult.ACCEPTED.equals(r.status());
            if (fresh) {
                ctx.header("Location", "/api/requests/" + r.deliveryId());
            }
            json(ctx, fresh ? 201 : 200, OperationsJson.intake(r, dashboard.store().find(r.deliveryId()).orElse(null)));
        });
    }

    private void request(Context ctx) throws Exception {
        withSession(ctx, s -> {
            String id = ctx.pathParam("id");
            Optional<Delivery> d = dashboard.store() == null ? Optional.empty() : dashboard.store().find(id);
            if (d.isEmpty()) {
                json(ctx, 404, OperationsJson.error("no request " + id));
                return;
            }
            json(ctx, 200, OperationsJson.request(d.get()).toString());
        });
    }

    private void preview(Context ctx) throws Exception {
        withSession(ctx, s -> {
            String id = ctx.pathParam("id");
            if (ops.plans() == null) {
                json(ctx, 503, OperationsJson.error("no dispatch store"));
                return;
            }
            Optional<SortieRecord> sortie = dashboard.store().sortie(id);
            if (sortie.isEmpty()) {
                json(ctx, 404, OperationsJson.error("no sortie " + id));
                return;
            }
            SortiePlans.Found found = ops.plans().read(id);
            if (found.plan().isEmpty()) {
                json(ctx, 409, OperationsJson.error(found.problem()));
                return;
            }
            String drone = sortie.get().droneId();
            Optional<VehicleProfile> vehicle = ops.vehicles().apply(drone);
            if (vehicle.isEmpty()) {
                json(ctx, 409, OperationsJson.error("no vehicle file for " + drone + ": start serve with --fleet FILE naming it"));
                return;
            }
            try {
                PlanPreview p = PlanPreviews.of(id, drone, found.plan().get(), vehicle.get());
                json(ctx, 200, OperationsJson.preview(p));
            } catch (IllegalArgumentException e) {
                json(ctx, 409, OperationsJson.error(found.file().map(Path::toString).orElse(id) + ": " + e.getMessage()));
            }
        });
    }

    private void act(Context ctx) throws Exception {
        posted(ctx, s -> {
            RecordedActions actions = ops.actions();
            if (actions == null) {
                json(ctx, 503, OperationsJson.error("actions are off: start serve with --fleet FILE (each drone with its link)"));
                return;
            }
            ActionRequest request;
            try {
                request = parseAction(ctx.body());
            } catch (IllegalArgumentException e) {
                json(ctx, 422, OperationsJson.error(e.getMessage()));
                return;
            }
            log.info("operator {} asks: {}", s.operator(), request.describe());
            RecordedActions.Outcome o = actions.perform(s.operator(), request);
            if (o.refused()) {
                json(ctx, 422, OperationsJson.error(o.refusal().get()));
                return;
            }
            log.info("{} ({}): {}", request.describe(), o.logged().get().actionId(), o.logged().get().detail());
            json(ctx, 200, OperationsJson.actionResult(o.logged().get(), o.result().get()));
        });
    }

    static ActionRequest parseAction(String body) {
        JsonNode n;
        try {
            n = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("(body): not JSON: " + e.getOriginalMessage());
        }
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("(body): expected {\"action\": \"" + DroneAction.words() + "\", \"drone\": \"…\", \"sortie\": \"S-…\"}");
        }
        n.fieldNames().forEachRemaining(f -> {
            if (!List.of("action", "drone", "sortie").contains(f)) {
                throw new IllegalArgumentException(f + ": unknown field; expected action, drone, sortie");
            }
        });
        String word = n.path("action").asText("");
        DroneAction action = DroneAction.of(word).orElseThrow(() ->
                new IllegalArgumentException("action: \"" + word + "\" is none of " + DroneAction.words()));
        String drone = n.path("drone").asText("").strip();
        if (drone.isEmpty() || drone.length() > 64) {
            throw new IllegalArgumentException("drone: expected a drone id such as drone-2");
        }
        String sortie = n.path("sortie").isTextual() && !n.path("sortie").asText().isBlank() ? n.path("sortie").asText().strip() : null;
        return new ActionRequest(action, drone, Optional.ofNullable(sortie));
    }

    private String sortiesJson() {
        if (dashboard.store() == null) {
            return "[]";
        }
        var a = JSON.createArrayNode();
        for (SortieRecord s : dashboard.store().openSorties(50)) {
            Optional<Path> file = ops.plans() == null ? Optional.empty() : ops.plans().file(s);
            List<GeoPoint> route = List.of();
            String problem = file.isEmpty() ? "no plan recorded yet" : null;
            if (file.isPresent()) {
                try {
                    route = route(file.get());
                } catch (RuntimeException e) {
                    problem = "plan " + file.get() + " unreadable: " + e.getMessage();
                }
            }
            a.add(OperationsJson.sortie(s.id(), s.droneId(), s.parcelIds(), s.createdAt().toString(), route, problem));
        }
        recentlyClosed().forEach(s -> {
            List<GeoPoint> route = List.of();
            Optional<Path> file = ops.plans() == null ? Optional.empty() : ops.plans().file(s);
            try {
                route = file.map(this::route).orElse(List.of());
            } catch (RuntimeException gone) {
                // a landed sortie whose plan cannot be read is listed without its route
            }
            a.add(OperationsJson.sortie(s.id(), s.droneId(), s.parcelIds(), s.createdAt().toString(), route, null)
                    .put("closed", s.closedAt().orElseThrow().toString()).put("outcome", outcome(s)));
        });
        return a.toString();
    }

    /** How long a landed sortie stays on the map (faded, with its outcome), so a pilot sees what just happened. */
    static final java.time.Duration KEEP_CLOSED = java.time.Duration.ofHours(1);

    /** The fleet's drones' sorties that landed within {@link #KEEP_CLOSED}, newest first, at most 20. */
    private List<SortieRecord> recentlyClosed() {
        if (dashboard.fleet() == null) {
            return List.of();
        }
        java.time.Instant now = dashboard.clock().instant();
        java.time.Instant since = now.minus(KEEP_CLOSED);
        return dashboard.fleet().drones().stream()
                .flatMap(d -> dashboard.store().sortiesOverlapping(d.droneId(), since, now).stream())
                .filter(s -> s.closedAt().isPresent() && s.closedAt().get().isAfter(since))
                .sorted(java.util.Comparator.comparing((SortieRecord s) -> s.closedAt().get()).reversed())
                .limit(20).toList();
    }

    /** What became of a landed sortie's parcels: "CONFIRMED ×2, RELEASED ×1". */
    private String outcome(SortieRecord s) {
        Map<String, Integer> states = new java.util.TreeMap<>();
        for (String parcel : s.parcelIds()) {
            dashboard.store().find(parcel).ifPresent(d -> states.merge(d.state().name(), 1, Integer::sum));
        }
        return states.entrySet().stream().map(e -> e.getKey() + " ×" + e.getValue()).collect(java.util.stream.Collectors.joining(", "));
    }

    private List<GeoPoint> route(Path file) {
        long modified;
        try {
            modified = Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            throw new IllegalStateException("not there");
        }
        CachedRoute c = routes.get(file);
        if (c != null && c.modified() == modified) {
            return c.route();
        }
        FlightPlan plan = PlanFiles.read(file);
        List<GeoPoint> route = plan.plannedHome().isEmpty() ? List.of() : PlanPreviews.route(plan);
        routes.put(file, new CachedRoute(modified, route));
        return route;
    }

    private String actionsJson() {
        return ops.actions() == null ? "[]" : OperationsJson.actions(ops.actions().log().recent(LOG_LINES));
    }

    private static void json(Context ctx, int status, String json) {
        ctx.status(status).contentType("application/json").result(json);
    }
}
