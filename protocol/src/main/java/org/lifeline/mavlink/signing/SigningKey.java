package org.lifeline.mavlink.signing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The 32-byte shared secret of MAVLink 2 signing. Never printed: {@link #toString()} is redacted
 * and only a short fingerprint (first 4 bytes of SHA-256 of the key) identifies it in logs.
 *
 * <p>Two ways to get one: 64 hex digits, or a passphrase hashed with SHA-256 the way MAVProxy's
 * {@code signing setup PASSPHRASE} does, so the same passphrase gives the same key in both tools.
 */
public final class SigningKey {

    public static final int LENGTH = 32;

    private final byte[] key;

    private SigningKey(byte[] key) {
        this.key = key;
    }

    /** A key from its 32 raw bytes. */
    public static SigningKey of(byte[] key) {
        if (key == null || key.length != LENGTH) {
            throw new IllegalArgumentException("a signing key must be " + LENGTH + " bytes, got "
                    + (key == null ? "none" : key.length));
        }
        return new SigningKey(key.clone());
    }

    /** A key from 64 hexadecimal digits (whitespace ignored). */
    public static SigningKey fromHex(String hex) {
        String digits = hex == null ? "" : hex.replaceAll("\\s", "");
        if (digits.length() != 2 * LENGTH || !digits.matches("[0-9a-fA-F]*")) {
            throw new IllegalArgumentException("a signing key in hex must be " + 2 * LENGTH
                    + " hexadecimal digits, got " + digits.length() + " characters");
        }
        return new SigningKey(HexFormat.of().parseHex(digits));
    }

    /** SHA-256 of the UTF-8 passphrase, as MAVProxy derives its key. */
    public static SigningKey fromPassphrase(String passphrase) {
        if (passphrase == null || passphrase.isEmpty()) {
            throw new IllegalArgumentException("a signing passphrase must not be empty");
        }
        return new SigningKey(sha256(passphrase.getBytes(StandardCharsets.UTF_8)));
    }

    /** A copy of the raw key (for SETUP_SIGNING only; never log it). */
    public byte[] bytes() {
        return key.clone();
    }

    /** First 4 bytes of SHA-256(key) in hex: enough to tell keys apart, useless to an attacker. */
    public String fingerprint() {
        return HexFormat.of().formatHex(sha256(key), 0, 4);
    }

    /** Feeds the key into a digest without copying it out. */
    void feed(MessageDigest digest) {
        digest.update(key);
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }

    private static byte[] sha256(byte[] data) {
        return newDigest().digest(data);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SigningKey k && MessageDigest.isEqual(key, k.key);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(sha256(key));
    }

    @Override
    public String toString() {
        return "SigningKey[redacted, fingerprint " + fingerprint() + "]";
    }
}
