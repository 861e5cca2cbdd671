package org.lifeline.groundstation.web.dashboard;

import java.util.Optional;

import org.lifeline.groundstation.operator.OperatorSession;
import org.lifeline.groundstation.operator.OperatorSessions;
import org.lifeline.groundstation.web.CsrfGuard;

import io.javalin.http.Context;

/**
 * The HTTP side of logging in: the session cookie (HttpOnly, SameSite=Strict, Secure over
 * HTTPS) and the CSRF fields of the login form (bound to a pre-login cookie) and of the
 * dashboard's forms (bound to the session).
 */
final class OperatorAccess {

    static final String SESSION_COOKIE = "lifeline_session";
    static final String LOGIN_COOKIE = "lifeline_login";

    private final OperatorSessions sessions;
    private final CsrfGuard csrf;

    OperatorAccess(OperatorSessions sessions, CsrfGuard csrf) {
        this.sessions = sessions;
        this.csrf = csrf;
    }

    /** The request's live session, if any. */
    Optional<OperatorSession> session(Context ctx) {
        return sessions.find(ctx.cookie(SESSION_COOKIE));
    }

    boolean alive(String sessionId) {
        return sessions.find(sessionId).isPresent();
    }

    /** Starts a session and sets its cookie. */
    OperatorSession logIn(Context ctx, String operator) {
        OperatorSession s = sessions.open(operator);
        cookie(ctx, SESSION_COOKIE, s.id(), "/", sessions.maxAgeSeconds());
        cookie(ctx, LOGIN_COOKIE, "", "/login", 0);
        return s;
    }

    void logOut(Context ctx, OperatorSession s) {
        sessions.close(s.id());
        cookie(ctx, SESSION_COOKIE, "", "/", 0);
    }

    /** The login form's CSRF field, setting the pre-login cookie when the browser has none. */
    String loginField(Context ctx) {
        String secret = ctx.cookie(LOGIN_COOKIE);
        if (secret == null || secret.length() < 16 || secret.length() > 64) {
            secret = csrf.newCookie();
            cookie(ctx, LOGIN_COOKIE, secret, "/login", 3600);
        }
        return csrf.fieldFor(secret, "/login");
    }

    boolean loginFieldAccepted(Context ctx) {
        return csrf.accepts(ctx.cookie(LOGIN_COOKIE), "/login", ctx.formParam(CsrfGuard.FIELD));
    }

    /** The CSRF field for the session's forms and API posts. */
    String sessionField(OperatorSession s) {
        return csrf.fieldFor(s.id(), "session");
    }

    /** Whether a POST in this session carries its CSRF field (form field or {@code X-CSRF} header). */
    boolean sessionFieldAccepted(Context ctx, OperatorSession s) {
        String field = ctx.header("X-CSRF");
        if (field == null && ctx.isFormUrlencoded()) {
            field = ctx.formParam(CsrfGuard.FIELD);
        }
        return csrf.accepts(s.id(), "session", field);
    }

    private static void cookie(Context ctx, String name, String value, String path, long maxAge) {
        ctx.res().addHeader("Set-Cookie", name + "=" + value + "; Path=" + path + "; Max-Age=" + maxAge
                + "; HttpOnly; SameSite=Strict" + ("https".equals(ctx.scheme()) ? "; Secure" : ""));
    }
}
