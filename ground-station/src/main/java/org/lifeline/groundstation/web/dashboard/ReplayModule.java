package org.lifeline.groundstation.web.dashboard;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

import org.lifeline.groundstation.logs.archive.ArchiveReplays;
import org.lifeline.groundstation.logs.archive.SortieEntry;
import org.lifeline.groundstation.logs.archive.SortieReplay;
import org.lifeline.groundstation.web.WebModule;
import org.lifeline.plan.GeoPoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * Sortie replay from the log archive ({@code DATA/archive}), behind the login:
 * <pre>
 *   GET /api/archive/sorties              filed sorties, newest first: {id, vehicle, start, end, outcome, distanceMetres, deliveries, report}
 *   GET /api/archive/sorties/{id}/replay  {…the sortie, route: [[lat, lon, alt]…], track: [[ms, lat, lon, alt, speed, volts]…],
 *                                          drop?: [lat, lon], release?: [lat, lon, ms]} — 404 for an id not in the index
 *   GET /archive/{id}/report.html         the sortie's HTML report (redirect to /login without a session)
 * </pre>
 */
public final class ReplayModule implements WebModule {

    private static final Logger log = LoggerFactory.getLogger(ReplayModule.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'";

    private final OperatorAccess access;
    private final ArchiveReplays replays;

    /** @param replays the data folder's archive */
    public ReplayModule(DashboardConfig dashboard, ArchiveReplays replays) {
        this.access = new OperatorAccess(dashboard.sessions(), dashboard.csrf());
        this.replays = replays;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/archive/sorties", ctx -> answer(ctx, () -> list(replays.list())));
        routes.get("/api/archive/sorties/{id}/replay", this::replay);
        routes.get("/archive/{id}/report.html", this::report);
    }

    private interface Json {
        String get() throws IOException;
    }

    private void answer(Context ctx, Json body) {
        if (access.session(ctx).isEmpty()) {
            ctx.status(401).contentType("application/json").result(LiveJson.error("log in first: POST /login"));
            return;
        }
        try {
            ctx.contentType("application/json").result(body.get());
        } catch (IOException e) {
            log.warn("sortie archive unreadable: {}", e.getMessage());
            ctx.status(500).contentType("application/json").result(LiveJson.error("the sortie archive cannot be read: " + e.getMessage()));
        }
    }

    private void replay(Context ctx) {
        String id = ctx.pathParam("id");
        answer(ctx, () -> {
            Optional<SortieReplay> r = replays.replay(id);
            if (r.isEmpty()) {
                ctx.status(404);
                return LiveJson.error("no filed sortie " + id);
            }
            return replayJson(r.get());
        });
    }

    private void report(Context ctx) {
        if (access.session(ctx).isEmpty()) {
            ctx.redirect("/login");
            return;
        }
        String id = ctx.pathParam("id");
        try {
            Optional<java.nio.file.Path> html = replays.reportHtml(id);
            if (html.isEmpty()) {
                ctx.status(404).result("no report for sortie " + id);
                return;
            }
            ctx.header("Content-Security-Policy", REPORT_CSP);
            ctx.html(Files.readString(html.get()));
        } catch (IOException e) {
            ctx.status(500).result("the sortie archive cannot be read: " + e.getMessage());
        }
    }

    static String list(List<SortieEntry> entries) throws IOException {
        ArrayNode out = JSON.createArrayNode();
        entries.forEach(e -> entry(out.addObject(), e));
        return JSON.writeValueAsString(out);
    }

    private static ObjectNode entry(ObjectNode o, SortieEntry e) {
        o.put("id", e.id()).put("vehicle", e.vehicle()).put("start", e.start()).put("end", e.end()).put("outcome", e.outcome())
                .put("distanceMetres", Math.round(e.distanceMetres()));
        ArrayNode deliveries = o.putArray("deliveries");
        e.deliveries().forEach(deliveries::add);
        o.put("report", e.files().contains("report.html"));
        return o;
    }

    static String replayJson(SortieReplay r) throws IOException {
        ObjectNode o = entry(JSON.createObjectNode(), r.entry());
        o.put("report", r.report());
        ArrayNode route = o.putArray("route");
        r.route().forEach(p -> route.addArray().add(p.latitude()).add(p.longitude()).add(p.altitude()));
        ArrayNode track = o.putArray("track");
        for (SortieReplay.Sample s : r.track()) {
            ArrayNode a = track.addArray().add(s.millis()).add(round(s.lat(), 1e7)).add(round(s.lon(), 1e7)).add(round(s.alt(), 10))
                    .add(round(s.speed(), 10));
            if (Double.isFinite(s.volts())) {
                a.add(round(s.volts(), 100));
            } else {
                a.addNull();
            }
        }
        r.dropPoint().ifPresent(p -> latLon(o.putArray("drop"), p));
        r.release().ifPresent(p -> {
            ArrayNode a = latLon(o.putArray("release"), p);
            r.releaseMillis().ifPresent(a::add);
        });
        return JSON.writeValueAsString(o);
    }

    private static ArrayNode latLon(ArrayNode a, GeoPoint p) {
        return a.add(p.latitude()).add(p.longitude());
    }

    private static double round(double v, double scale) {
        return Double.isFinite(v) ? Math.round(v * scale) / scale : 0;
    }
}
