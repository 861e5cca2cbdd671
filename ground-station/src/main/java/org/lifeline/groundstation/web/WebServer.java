package org.lifeline.groundstation.web;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.javalin.Javalin;

/**
 * The ground station's HTTP server: Javalin on Jetty, serving the routes of its
 * {@link WebModule}s. Every request passes the per-client rate limit first (429 with a page and
 * {@code Retry-After}) and gets headers that keep tokens out of caches and referrers. An
 * unexpected error is logged and answered with a plain page, never a stack trace.
 */
public final class WebServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WebServer.class);

    private final List<WebModule> modules;
    private final ClientRateLimiter limiter;
    private final Pages pages;
    private Javalin app;

    public WebServer(List<WebModule> modules, ClientRateLimiter limiter) {
        this.modules = List.copyOf(modules);
        this.limiter = Objects.requireNonNull(limiter);
        this.pages = new Pages(ZoneId.systemDefault());
    }

    /** Starts on all interfaces (phones must reach it); port 0 picks a free one. Returns the port. */
    public int start(int port) {
        return start("0.0.0.0", port);
    }

    /** Starts on {@code host}:{@code port}; returns the bound port. */
    public synchronized int start(String host, int port) {
        if (app != null) {
            throw new IllegalStateException("already started on port " + app.port());
        }
        app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.routes.before(ctx -> {
                ctx.header("Cache-Control", "no-store");
                ctx.header("Referrer-Policy", "no-referrer");
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("X-Frame-Options", "DENY");
                ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'");
                String client = ctx.ip();
                if (!limiter.tryAcquire(client)) {
                    Language lang = ConfirmationModule.language(ctx);
                    long wait = limiter.secondsUntilNext(client);
                    ctx.status(429).header("Retry-After", Long.toString(wait))
                            .html(pages.message(lang, Text.RATE_TITLE, Text.RATE_BODY.in(lang, wait), "rate-limited"));
                    ctx.skipRemainingHandlers();
                }
            });
            cfg.routes.exception(Exception.class, (e, ctx) -> {
                // a token in the path is a credential: keep it out of the log
                log.error("{} {} failed", ctx.method(), ctx.path().replaceFirst("^/c/.+", "/c/<token>"), e);
                Language lang = ConfirmationModule.language(ctx);
                ctx.status(500).html(pages.message(lang, Text.ERROR_TITLE, Text.ERROR_BODY.in(lang), "error"));
            });
            modules.forEach(m -> m.register(cfg.routes));
        });
        app.start(host, port);
        return app.port();
    }

    /** The bound port; only after {@link #start}. */
    public synchronized int port() {
        if (app == null) {
            throw new IllegalStateException("not started");
        }
        return app.port();
    }

    /** Stops the server; safe to call twice. */
    public synchronized void stop() {
        if (app != null) {
            app.stop();
            app = null;
        }
    }

    @Override
    public void close() {
        stop();
    }
}
