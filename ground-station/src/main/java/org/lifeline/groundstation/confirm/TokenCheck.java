package org.lifeline.groundstation.confirm;

import java.util.Objects;

/**
 * The result of checking a token's form, signature and expiry: either the token, or why not.
 *
 * @param token   the token when it passed; null otherwise
 * @param refusal why it did not pass; null when it did
 * @param detail  a sentence for logs and dispatchers
 */
public record TokenCheck(DropToken token, Refusal refusal, String detail) {

    public static TokenCheck valid(DropToken token) {
        return new TokenCheck(Objects.requireNonNull(token), null, "valid");
    }

    public static TokenCheck refused(Refusal refusal, String detail) {
        return new TokenCheck(null, Objects.requireNonNull(refusal), detail);
    }

    public boolean isValid() {
        return token != null;
    }
}
