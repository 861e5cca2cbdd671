package org.lifeline.groundstation.confirm;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.Signature;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Issues and checks drop tokens: compact, signed, base64url strings small enough for a QR code
 * a phone reads at arm's length.
 *
 * <p>Layout before base64url (no padding), about 120 characters for typical ids:
 * <pre>
 *   1 byte   version (1)
 *   4 bytes  expiry, seconds since 1970 (unsigned, big-endian)
 *   1 byte   n, then n bytes: parcel id (UTF-8)
 *   1 byte   m, then m bytes: drop point id (UTF-8)
 *  64 bytes  Ed25519 signature over "lifeline-drop-token" and every byte above
 * </pre>
 * Ed25519 signatures are deterministic, so the same parcel, drop point and expiry always give
 * the same token. Checking covers form, signature and expiry only; whether the token was used
 * and whether its parcel exists is the {@link ConfirmationDesk}'s business.
 */
public final class DropTokens {

    private static final byte VERSION = 1;
    private static final int SIGNATURE_BYTES = 64;
    private static final byte[] DOMAIN = "lifeline-drop-token".getBytes(StandardCharsets.US_ASCII);
    /** Longer strings are refused before decoding. */
    private static final int MAX_TOKEN_CHARS = 400;

    private final KeyPair keys;

    public DropTokens(KeyPair keys) {
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    /** A token for the parcel at the drop point, valid until {@code expiresAt} (whole seconds). */
    public String issue(String parcelId, String dropPointId, Instant expiresAt) {
        byte[] p = idBytes("parcelId", parcelId);
        byte[] d = idBytes("dropPointId", dropPointId);
        long expiry = expiresAt.getEpochSecond();
        if (expiry < 0 || expiry > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("expiresAt: expected between 1970 and 2106, got " + expiresAt);
        }
        ByteBuffer body = ByteBuffer.allocate(1 + 4 + 1 + p.length + 1 + d.length);
        body.put(VERSION).putInt((int) expiry).put((byte) p.length).put(p).put((byte) d.length).put(d);
        byte[] signed = body.array();
        byte[] sig = sign(signed);
        byte[] all = Arrays.copyOf(signed, signed.length + sig.length);
        System.arraycopy(sig, 0, all, signed.length, sig.length);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(all);
    }

    /** Checks the token's form, signature and expiry at {@code now}. */
    public TokenCheck check(String token, Instant now) {
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_CHARS) {
            return TokenCheck.refused(Refusal.MALFORMED, "empty or too long");
        }
        byte[] all;
        try {
            all = Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException e) {
            return TokenCheck.refused(Refusal.MALFORMED, "not base64url");
        }
        if (all.length < 1 + 4 + 1 + 1 + SIGNATURE_BYTES || all[0] != VERSION) {
            return TokenCheck.refused(Refusal.MALFORMED, "too short or unknown version");
        }
        ByteBuffer in = ByteBuffer.wrap(all, 0, all.length - SIGNATURE_BYTES);
        in.get();
        long expiry = Integer.toUnsignedLong(in.getInt());
        String parcelId = readId(in);
        String dropPointId = parcelId == null ? null : readId(in);
        if (dropPointId == null || in.hasRemaining()) {
            return TokenCheck.refused(Refusal.MALFORMED, "field lengths do not add up");
        }
        int bodyLength = all.length - SIGNATURE_BYTES;
        if (!verify(Arrays.copyOf(all, bodyLength), Arrays.copyOfRange(all, bodyLength, all.length))) {
            return TokenCheck.refused(Refusal.FORGED, "signature does not match this ground station's key");
        }
        Instant expiresAt = Instant.ofEpochSecond(expiry);
        if (!now.isBefore(expiresAt)) {
            return TokenCheck.refused(Refusal.EXPIRED, "expired at " + expiresAt);
        }
        return TokenCheck.valid(new DropToken(parcelId, dropPointId, expiresAt, fingerprint(all)));
    }

    private static String readId(ByteBuffer in) {
        if (!in.hasRemaining()) {
            return null;
        }
        int n = Byte.toUnsignedInt(in.get());
        if (n == 0 || n > DropToken.MAX_ID_BYTES || in.remaining() < n) {
            return null;
        }
        byte[] b = new byte[n];
        in.get(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static byte[] idBytes(String field, String id) {
        Objects.requireNonNull(id, field);
        byte[] b = id.getBytes(StandardCharsets.UTF_8);
        if (b.length == 0 || b.length > DropToken.MAX_ID_BYTES) {
            throw new IllegalArgumentException(field + ": expected 1 to " + DropToken.MAX_ID_BYTES
                    + " bytes of UTF-8, got " + b.length + " (\"" + id + "\")");
        }
        return b;
    }

    private byte[] sign(byte[] body) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(keys.getPrivate());
            s.update(DOMAIN);
            s.update(body);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    private boolean verify(byte[] body, byte[] sig) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initVerify(keys.getPublic());
            s.update(DOMAIN);
            s.update(body);
            return s.verify(sig);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static String fingerprint(byte[] all) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(all);
            return HexFormat.of().formatHex(h, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
