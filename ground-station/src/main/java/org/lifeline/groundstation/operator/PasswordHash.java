package org.lifeline.groundstation.operator;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A salted PBKDF2-HMAC-SHA256 password hash.
 *
 * @param iterations PBKDF2 rounds (at least {@link #MIN_ITERATIONS})
 * @param salt       16 random bytes or more
 * @param hash       the 32-byte derived key
 */
public record PasswordHash(int iterations, byte[] salt, byte[] hash) {

    /** Rounds for new hashes (OWASP 2023 guidance for PBKDF2-HMAC-SHA256). */
    public static final int DEFAULT_ITERATIONS = 600_000;
    /** Fewer rounds than this are refused when a file is read. */
    public static final int MIN_ITERATIONS = 1_000;
    private static final int KEY_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    public PasswordHash {
        if (iterations < MIN_ITERATIONS) {
            throw new IllegalArgumentException("iterations: expected at least " + MIN_ITERATIONS + ", got " + iterations);
        }
        if (salt.length < 16) {
            throw new IllegalArgumentException("salt: expected at least 16 bytes, got " + salt.length);
        }
        if (hash.length != KEY_BITS / 8) {
            throw new IllegalArgumentException("hash: expected " + KEY_BITS / 8 + " bytes, got " + hash.length);
        }
        salt = salt.clone();
        hash = hash.clone();
    }

    /** Hashes {@code password} with a fresh random salt. */
    public static PasswordHash of(char[] password, int iterations) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return new PasswordHash(iterations, salt, derive(password, salt, iterations));
    }

    /** Whether {@code password} has this hash (constant-time comparison). */
    public boolean matches(char[] password) {
        return MessageDigest.isEqual(hash, derive(password, salt, iterations));
    }

    static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available in this Java runtime", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** The file form: {@code ITERATIONS:SALT:HASH}, salt and hash in Base64. */
    String encode() {
        Base64.Encoder b = Base64.getEncoder();
        return iterations + ":" + b.encodeToString(salt) + ":" + b.encodeToString(hash);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PasswordHash p && p.iterations == iterations && Arrays.equals(p.salt, salt) && Arrays.equals(p.hash, hash);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(hash);
    }

    @Override
    public String toString() {
        return "PasswordHash[" + iterations + " iterations]";
    }
}
