package org.lifeline.groundstation.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * CSRF protection without server-side sessions: the browser holds a random cookie, and each form
 * carries an HMAC of that cookie and the form's scope (the page's path). A form posted from
 * another site has neither the cookie (SameSite=Strict) nor the matching field; a field copied
 * from one parcel's page does not fit another's. The key is made fresh when the server starts,
 * so a page opened before a restart asks to be reloaded.
 */
public final class CsrfGuard {

    /** The cookie that holds the browser's secret. */
    public static final String COOKIE = "lifeline_csrf";
    /** The hidden form field. */
    public static final String FIELD = "csrf";

    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec key;

    public CsrfGuard() {
        byte[] k = new byte[32];
        random.nextBytes(k);
        key = new SecretKeySpec(k, "HmacSHA256");
    }

    /** A new random cookie value. */
    public String newCookie() {
        byte[] b = new byte[24];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** The form field for this cookie and scope. */
    public String fieldFor(String cookie, String scope) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(cookie.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(scope.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True when the posted field belongs to this cookie and scope (constant time). */
    public boolean accepts(String cookie, String scope, String field) {
        if (cookie == null || cookie.isEmpty() || field == null) {
            return false;
        }
        return MessageDigest.isEqual(fieldFor(cookie, scope).getBytes(StandardCharsets.US_ASCII),
                field.getBytes(StandardCharsets.US_ASCII));
    }
}
