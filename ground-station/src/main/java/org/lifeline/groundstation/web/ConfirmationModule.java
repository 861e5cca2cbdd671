package org.lifeline.groundstation.web;

import java.time.ZoneId;
import java.util.Objects;

import org.lifeline.groundstation.confirm.ConfirmationDesk;
import org.lifeline.groundstation.confirm.Outcome;
import org.lifeline.groundstation.confirm.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The recipients' pages:
 * <pre>
 *   GET  /c/{token}   the parcel and one button (or why the token cannot confirm)
 *   POST /c/{token}   confirm (CSRF-checked; repeating it changes nothing)
 *   GET  /c           a form to confirm with the parcel number and the 6-digit code
 *   POST /c           confirm by code (CSRF-checked)
 * </pre>
 * Statuses: 200 page or confirmed; 400 malformed; 403 forged, wrong code or stale form;
 * 404 unknown parcel; 409 already used, wrong parcel or not released yet; 410 expired;
 * 429 too many tries.
 */
public final class ConfirmationModule implements WebModule {

    private static final Logger log = LoggerFactory.getLogger(ConfirmationModule.class);

    private final ConfirmationDesk desk;
    private final CsrfGuard csrf;
    private final Pages pages;

    public ConfirmationModule(ConfirmationDesk desk, CsrfGuard csrf, ZoneId zone) {
        this.desk = Objects.requireNonNull(desk);
        this.csrf = Objects.requireNonNull(csrf);
        this.pages = new Pages(zone);
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/c/{token}", this::show);
        routes.post("/c/{token}", this::confirm);
        routes.get("/c", this::codeForm);
        routes.post("/c", this::confirmByCode);
    }

    private void show(Context ctx) {
        Language lang = language(ctx);
        String token = ctx.pathParam("token");
        Outcome o = desk.look(token);
        if (o.kind() == Outcome.Kind.OPEN) {
            String scope = "/c/" + token;
            ctx.html(pages.confirmForm(lang, o.parcel(), scope, csrf.fieldFor(browserSecret(ctx), scope)));
        } else {
            refused(ctx, lang, o);
        }
    }

    private void confirm(Context ctx) {
        Language lang = language(ctx);
        String token = ctx.pathParam("token");
        if (!csrf.accepts(ctx.cookie(CsrfGuard.COOKIE), "/c/" + token, ctx.formParam(CsrfGuard.FIELD))) {
            ctx.status(403).html(pages.message(lang, Text.CSRF_TITLE, Text.CSRF_BODY.in(lang), "stale-form"));
            return;
        }
        Outcome o = desk.confirm(token);
        log.info("confirmation by token from {}: {} {}", ctx.ip(), o.kind(), o.kind() == Outcome.Kind.REFUSED ? o.refusal() + " (" + o.detail() + ")" : o.parcel().parcelId());
        answer(ctx, lang, o);
    }

    private void codeForm(Context ctx) {
        ctx.html(pages.codeForm(language(ctx), csrf.fieldFor(browserSecret(ctx), "/c")));
    }

    private void confirmByCode(Context ctx) {
        Language lang = language(ctx);
        if (!csrf.accepts(ctx.cookie(CsrfGuard.COOKIE), "/c", ctx.formParam(CsrfGuard.FIELD))) {
            ctx.status(403).html(pages.message(lang, Text.CSRF_TITLE, Text.CSRF_BODY.in(lang), "stale-form"));
            return;
        }
        Outcome o = desk.confirmByCode(ctx.formParam("parcel"), ctx.formParam("code"));
        log.info("confirmation by code from {}: {} {}", ctx.ip(), o.kind(), o.kind() == Outcome.Kind.REFUSED ? o.refusal() + " (" + o.detail() + ")" : o.parcel().parcelId());
        answer(ctx, lang, o);
    }

    private void answer(Context ctx, Language lang, Outcome o) {
        if (o.kind() == Outcome.Kind.CONFIRMED) {
            ctx.html(pages.confirmed(lang, o.parcel()));
        } else {
            refused(ctx, lang, o);
        }
    }

    private void refused(Context ctx, Language lang, Outcome o) {
        Refusal r = o.refusal();
        ctx.status(status(r));
        String outcome = r.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        ctx.html(switch (r) {
            case ALREADY_USED -> pages.alreadyConfirmed(lang, o.parcel());
            case MALFORMED -> pages.message(lang, Text.MALFORMED_TITLE, Text.MALFORMED_BODY.in(lang), outcome);
            case FORGED -> pages.message(lang, Text.FORGED_TITLE, Text.FORGED_BODY.in(lang), outcome);
            case EXPIRED -> pages.message(lang, Text.EXPIRED_TITLE, Text.EXPIRED_BODY.in(lang), outcome);
            case UNKNOWN_PARCEL -> pages.message(lang, Text.UNKNOWN_TITLE, Text.UNKNOWN_BODY.in(lang), outcome);
            case WRONG_PARCEL -> pages.message(lang, Text.WRONG_PARCEL_TITLE, Text.WRONG_PARCEL_BODY.in(lang), outcome);
            case NOT_RELEASED_YET -> pages.message(lang, Text.NOT_RELEASED_TITLE, Text.NOT_RELEASED_BODY.in(lang), outcome);
            case WRONG_CODE -> pages.message(lang, Text.WRONG_CODE_TITLE, Text.WRONG_CODE_BODY.in(lang), outcome);
            case TOO_MANY_ATTEMPTS -> pages.message(lang, Text.TOO_MANY_TITLE, Text.TOO_MANY_BODY.in(lang), outcome);
        });
    }

    /** The HTTP status of each refusal. */
    static int status(Refusal r) {
        return switch (r) {
            case MALFORMED -> 400;
            case FORGED, WRONG_CODE -> 403;
            case UNKNOWN_PARCEL -> 404;
            case ALREADY_USED, WRONG_PARCEL, NOT_RELEASED_YET -> 409;
            case EXPIRED -> 410;
            case TOO_MANY_ATTEMPTS -> 429;
        };
    }

    /** The browser's CSRF secret, set as a cookie on first sight. */
    private String browserSecret(Context ctx) {
        String secret = ctx.cookie(CsrfGuard.COOKIE);
        if (secret == null || secret.length() < 16 || secret.length() > 64) {
            secret = csrf.newCookie();
            ctx.header("Set-Cookie", CsrfGuard.COOKIE + "=" + secret + "; Path=/c; Max-Age=86400; HttpOnly; SameSite=Strict"
                    + ("https".equals(ctx.scheme()) ? "; Secure" : ""));
        }
        return secret;
    }

    static Language language(Context ctx) {
        return Language.choose(ctx.queryParam("lang"), ctx.header("Accept-Language"));
    }
}
