package org.lifeline.groundstation.confirm;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The 6-digit code printed under a parcel's QR code, for a recipient who cannot scan it: they
 * read it out on the phone and the dispatcher confirms with it.
 *
 * <p>The code is an HMAC-SHA256 of the token's signed fields (parcel id and drop point), keyed
 * with a secret derived from the drop-token private key, reduced to six decimal digits. It is
 * stable (re-printing a label gives the same code) and the ground station recomputes it from the
 * store without keeping tokens. Six digits are guessable in a million tries, so the
 * {@link ConfirmationDesk} locks a parcel's code after a few wrong ones.
 */
public final class FallbackCode {

    private final SecretKeySpec key;

    public FallbackCode(KeyPair keys) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("lifeline fallback code v1".getBytes(StandardCharsets.US_ASCII));
            sha.update(keys.getPrivate().getEncoded());
            key = new SecretKeySpec(sha.digest(), "HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The parcel's code, six digits with leading zeros. */
    public String codeFor(String parcelId, String dropPointId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(parcelId.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(dropPointId.getBytes(StandardCharsets.UTF_8));
            byte[] h = mac.doFinal();
            long v = ((h[0] & 0xFFL) << 24 | (h[1] & 0xFFL) << 16 | (h[2] & 0xFFL) << 8 | (h[3] & 0xFFL)) % 1_000_000L;
            return String.format("%06d", v);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True when {@code code} (spaces and dashes ignored) is the parcel's code; constant time. */
    public boolean matches(String parcelId, String dropPointId, String code) {
        if (code == null) {
            return false;
        }
        String digits = code.replace(" ", "").replace("-", "");
        return MessageDigest.isEqual(codeFor(parcelId, dropPointId).getBytes(StandardCharsets.US_ASCII),
                digits.getBytes(StandardCharsets.US_ASCII));
    }
}
