package org.lifeline.fleet;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and verifies commands with HMAC-SHA256 under a per-drone key, and rejects replays: a
 * command is accepted only if its signature matches, its time lies within the allowed skew of
 * the verifier's clock, and its id has not been seen within that window. The key is never
 * printed ({@link #toString()} redacts it).
 *
 * <p>The signed text is {@code commandId \n droneId \n time \n type \n k1=v1 \n k2=v2 ...} with
 * args sorted by name, so both sides compute it the same way whatever the JSON field order.
 */
public final class CommandSigner {

    /** Why a command was not accepted. */
    public enum Verdict { VALID, UNSIGNED, BAD_SIGNATURE, STALE, REPLAYED }

    private final byte[] key;
    private final long maxSkewMillis;
    private final Map<String, Long> seen = new LinkedHashMap<>();

    /**
     * @param key           at least 16 bytes of shared secret
     * @param maxSkewMillis how far a command's time may lie from the verifier's clock
     */
    public CommandSigner(byte[] key, long maxSkewMillis) {
        Objects.requireNonNull(key, "key");
        if (key.length < 16) {
            throw new IllegalArgumentException("command signing key has " + key.length + " bytes: expected at least 16");
        }
        if (maxSkewMillis <= 0) {
            throw new IllegalArgumentException("maxSkewMillis " + maxSkewMillis + " is not positive");
        }
        this.key = key.clone();
        this.maxSkewMillis = maxSkewMillis;
    }

    /** A key from hex text (64 hex digits for 32 bytes). */
    public static byte[] keyFromHex(String hex) {
        try {
            return HexFormat.of().parseHex(hex.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("command signing key: expected hex digits (e.g. 64 for 32 bytes)");
        }
    }

    public Command sign(Command c) {
        return c.withSignature(HexFormat.of().formatHex(mac(c)));
    }

    /** Checks signature, freshness and replay; a VALID command's id is remembered. */
    public synchronized Verdict verify(Command c, long nowMillis) {
        if (c.signature().isEmpty()) {
            return Verdict.UNSIGNED;
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(c.signature());
        } catch (IllegalArgumentException e) {
            return Verdict.BAD_SIGNATURE;
        }
        if (!MessageDigest.isEqual(given, mac(c))) {
            return Verdict.BAD_SIGNATURE;
        }
        if (Math.abs(nowMillis - c.timeMillis()) > maxSkewMillis) {
            return Verdict.STALE;
        }
        seen.values().removeIf(t -> Math.abs(nowMillis - t) > 2 * maxSkewMillis);
        if (seen.containsKey(c.commandId())) {
            return Verdict.REPLAYED;
        }
        seen.put(c.commandId(), c.timeMillis());
        return Verdict.VALID;
    }

    private byte[] mac(Command c) {
        StringBuilder text = new StringBuilder();
        text.append(c.commandId()).append('\n').append(c.droneId()).append('\n').append(c.timeMillis())
                .append('\n').append(c.type().name());
        c.args().forEach((k, v) -> text.append('\n').append(k).append('=').append(v));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    @Override
    public String toString() {
        return "CommandSigner[key=<redacted>, maxSkewMillis=" + maxSkewMillis + "]";
    }
}
