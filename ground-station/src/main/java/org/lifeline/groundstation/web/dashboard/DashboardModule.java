package org.lifeline.groundstation.web.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.lifeline.groundstation.alarm.Alarm;
import org.lifeline.groundstation.alarm.Alarms;

import org.lifeline.groundstation.dispatch.store.DeliveryStore;
import org.lifeline.groundstation.fleet.FleetBus;
import org.lifeline.groundstation.operator.OperatorFile;
import org.lifeline.groundstation.operator.OperatorFileException;
import org.lifeline.groundstation.operator.OperatorSession;
import org.lifeline.groundstation.web.Language;
import org.lifeline.groundstation.web.WebModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The dashboard's routes:
 * <pre>
 *   GET  /                      redirect to /dashboard
 *   GET  /login, POST /login    the login form (CSRF-checked); 401 on a wrong name or password
 *   POST /logout                end the session (CSRF-checked)
 *   GET  /dashboard             the page (redirect to /login without a session)
 *   GET  /dashboard/leaflet/*   Leaflet from its WebJar; GET /dashboard/static/* the page's script and style
 *   GET  /api/airspace          the airspace as GeoJSON (404 when serve has none)
 *   GET  /api/drones            the fleet now
 *   GET  /api/deliveries        the board; GET /api/deliveries/{id}/history one delivery's history
 *   GET  /api/alarms            what the operator must not miss, most urgent first
 *   GET  /api/live              Server-Sent Events: drone, drones, board, alarms, logout
 * </pre>
 * Every {@code /api/} request without a live session is answered 401. Pages get their own
 * Content-Security-Policy allowing the server's own scripts (and the tile server's images when
 * one is configured).
 */
public final class DashboardModule implements WebModule, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DashboardModule.class);
    private static final String LEAFLET_DIST = "META-INF/resources/webjars/leaflet/1.9.4/dist/";
    private static final String OWN_STATIC = "org/lifeline/groundstation/web/dashboard/";
    private static final Pattern FILE = Pattern.compile("(images/)?[A-Za-z0-9._-]+\\.(js|css|png|map)");
    private static final Map<String, String> TYPES = Map.of("js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8",
            "png", "image/png", "map", "application/json");

    private final DashboardConfig config;
    private final OperatorAccess access;
    private final LiveDrones drones;
    private final LiveFeed live;
    private final String csp;

    public DashboardModule(DashboardConfig config) {
        this(config, Map.of());
    }

    /**
     * @param moreSnapshots further live events (name to JSON now), pushed when they change, such
     *                      as {@link OperationsModule#snapshots()}
     */
    public DashboardModule(DashboardConfig config, Map<String, Supplier<String>> moreSnapshots) {
        this.config = config;
        this.access = new OperatorAccess(config.sessions(), config.csrf());
        DeliveryStore store = config.store();
        Map<String, Supplier<String>> snapshots = new java.util.LinkedHashMap<>();
        if (store != null) {
            snapshots.put("board", () -> LiveJson.board(store.list(List.of(), 500)));
        }
        snapshots.put("alarms", () -> LiveJson.alarms(alarms()));
        snapshots.putAll(moreSnapshots);
        this.drones = new LiveDrones(config.fleet(), config.links(), config.clock());
        this.live = new LiveFeed(drones, config.fleet(), config.links(), snapshots, access::alive, config.tickMillis(), config.clock());
        String tileOrigin = config.tiles() == null ? "" : " " + origin(config.tiles());
        this.csp = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:" + tileOrigin
                + "; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.before("/api/*", this::requireSessionForApi);
        routes.get("/", ctx -> ctx.redirect("/dashboard"));
        routes.get("/login", this::loginForm);
        routes.post("/login", this::login);
        routes.post("/logout", this::logout);
        routes.get("/dashboard", this::page);
        routes.get("/dashboard/leaflet/<file>", ctx -> resource(ctx, LEAFLET_DIST, ctx.pathParam("file")));
        routes.get("/dashboard/static/<file>", ctx -> resource(ctx, OWN_STATIC, ctx.pathParam("file")));
        routes.get("/api/airspace", this::airspace);
        routes.get("/api/drones", ctx -> json(ctx, drones.all()));
        routes.get("/api/deliveries", this::deliveries);
        routes.get("/api/alarms", ctx -> json(ctx, LiveJson.alarms(alarms())));
        routes.get("/api/deliveries/{id}/history", this::history);
        routes.sse("/api/live", client -> live.join(client, client.ctx().cookie(OperatorAccess.SESSION_COOKIE)));
    }

    private void requireSessionForApi(Context ctx) {
        if (access.session(ctx).isEmpty()) {
            ctx.status(401).header("WWW-Authenticate", "Cookie realm=\"lifeline\"").contentType("application/json")
                    .result(LiveJson.error("log in first: POST /login"));
            ctx.skipRemainingHandlers();
        }
    }

    private void loginForm(Context ctx) {
        Language lang = language(ctx);
        if (access.session(ctx).isPresent()) {
            ctx.redirect("/dashboard");
            return;
        }
        html(ctx, DashboardPages.login(lang, access.loginField(ctx), null));
    }

    private void login(Context ctx) {
        Language lang = language(ctx);
        if (!access.loginFieldAccepted(ctx)) {
            ctx.status(403);
            html(ctx, DashboardPages.login(lang, access.loginField(ctx), DashboardText.LOGIN_STALE.in(lang)));
            return;
        }
        String name = ctx.formParam("operator");
        String password = ctx.formParam("password");
        boolean ok;
        try {
            if (config.operators().names().isEmpty()) {
                ctx.status(503);
                html(ctx, DashboardPages.login(lang, access.loginField(ctx), DashboardText.NO_OPERATORS.in(lang)));
                return;
            }
            ok = password != null && config.operators().verify(name, password.toCharArray());
        } catch (IOException | OperatorFileException e) {
            log.error("operators file unreadable, nobody can log in: {}", e.getMessage());
            ok = false;
        }
        if (!ok) {
            log.warn("failed login for \"{}\" from {}", OperatorFile.validName(name) ? name : "(invalid name)", ctx.ip());
            ctx.status(401);
            html(ctx, DashboardPages.login(lang, access.loginField(ctx), DashboardText.LOGIN_FAILED.in(lang)));
            return;
        }
        access.logIn(ctx, name);
        log.info("operator {} logged in from {}", name, ctx.ip());
        ctx.redirect("/dashboard", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void logout(Context ctx) {
        Optional<OperatorSession> s = access.session(ctx);
        if (s.isPresent()) {
            if (!access.sessionFieldAccepted(ctx, s.get())) {
                ctx.status(403).result("stale form: reload the page");
                return;
            }
            access.logOut(ctx, s.get());
            log.info("operator {} logged out", s.get().operator());
        }
        ctx.redirect("/login", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void page(Context ctx) {
        Optional<OperatorSession> s = access.session(ctx);
        if (s.isEmpty()) {
            ctx.redirect("/login");
            return;
        }
        html(ctx, DashboardPages.dashboard(language(ctx), s.get().operator(), access.sessionField(s.get()), config.tiles(),
                config.airspaceGeoJson() != null, drones.any()));
    }

    private void airspace(Context ctx) {
        if (config.airspaceGeoJson() == null) {
            ctx.status(404);
            json(ctx, LiveJson.error("no airspace: start serve with --airspace FILE"));
            return;
        }
        ctx.contentType("application/geo+json").result(config.airspaceGeoJson());
    }

    private void deliveries(Context ctx) {
        if (config.store() == null) {
            json(ctx, "[]");
            return;
        }
        json(ctx, LiveJson.board(config.store().list(List.of(), 500)));
    }

    private void history(Context ctx) {
        String id = ctx.pathParam("id");
        if (config.store() == null || config.store().find(id).isEmpty()) {
            ctx.status(404);
            json(ctx, LiveJson.error("no delivery " + id));
            return;
        }
        json(ctx, LiveJson.history(config.store().history(id)));
    }

    /** The alarms standing now. */
    List<Alarm> alarms() {
        java.time.Instant now = config.clock().instant();
        List<Alarm> all = new java.util.ArrayList<>(Alarms.now(drones.views(), drones.samples(),
                config.store() == null ? List.of() : config.store().releasedUnconfirmed(now.minus(config.alarmRules().unconfirmedAfter())),
                now, config.alarmRules()));
        if (config.fences() != null) {
            all.addAll(config.fences().alarms(drones.positions(), now));
            all.sort(Alarm.MOST_URGENT_FIRST);
        }
        return all;
    }

    private void resource(Context ctx, String base, String file) {
        if (!FILE.matcher(file).matches()) {
            ctx.status(404).result("not found");
            return;
        }
        InputStream in = DashboardModule.class.getClassLoader().getResourceAsStream(base + file);
        if (in == null) {
            ctx.status(404).result("not found");
            return;
        }
        ctx.header("Cache-Control", "max-age=3600");
        ctx.contentType(TYPES.get(file.substring(file.lastIndexOf('.') + 1))).result(in);
    }

    private void html(Context ctx, String page) {
        ctx.header("Content-Security-Policy", csp);
        ctx.html(page);
    }

    private static void json(Context ctx, String json) {
        ctx.contentType("application/json").result(json);
    }

    static Language language(Context ctx) {
        return Language.choose(ctx.queryParam("lang"), ctx.header("Accept-Language"));
    }

    static String origin(String tileUrl) {
        java.net.URI u = java.net.URI.create(tileUrl.replace("{", "%7B").replace("}", "%7D"));
        return u.getScheme() + "://" + u.getRawAuthority().replace("%7B", "*").replace("%7D", "");
    }

    @Override
    public void close() {
        live.close();
    }
}
