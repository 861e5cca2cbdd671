package org.lifeline.groundstation.confirm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * The ground station's Ed25519 key pair for drop tokens, kept in one file of the data folder
 * ({@value #FILE_NAME}, mode 600). Generated on first use, loaded afterwards; losing the file
 * invalidates every printed label, so it belongs in the data folder's backup.
 *
 * <p>File format (text): a header line, then {@code private=} PKCS#8 and {@code public=} X.509
 * encodings in base64.
 */
public final class DropTokenKeys {

    /** The key file's name inside the data folder's {@code keys/} directory. */
    public static final String FILE_NAME = "drop-token-ed25519.key";
    private static final String HEADER = "lifeline drop-token key v1";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private DropTokenKeys() {
    }

    /** A fresh key pair that lives only in memory (tests, benchmarks). */
    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java runtime has no Ed25519 (needs Java 15 or later)", e);
        }
    }

    /** The key pair in {@code dataDir/keys/}, generated there first if absent. */
    public static KeyPair loadOrCreate(Path dataDir) throws IOException {
        Path file = dataDir.resolve("keys").resolve(FILE_NAME);
        if (Files.exists(file)) {
            return load(file);
        }
        Files.createDirectories(file.getParent());
        KeyPair pair = generate();
        String text = HEADER + "\n"
                + "private=" + Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()) + "\n"
                + "public=" + Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()) + "\n";
        Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
        Files.deleteIfExists(tmp);
        try {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(tmp);
        }
        Files.writeString(tmp, text, StandardCharsets.US_ASCII);
        try (var ch = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
            Files.deleteIfExists(tmp);
            return load(file);
        }
        return pair;
    }

    /** Reads a key file; a damaged one is refused with the file, line and what was expected. */
    public static KeyPair load(Path file) throws IOException {
        tightenPermissions(file);
        List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
        if (lines.isEmpty() || !HEADER.equals(lines.get(0).trim())) {
            throw new IOException(file + ":1: expected \"" + HEADER + "\"");
        }
        byte[] priv = field(file, lines, 2, "private=");
        byte[] pub = field(file, lines, 3, "public=");
        try {
            KeyFactory kf = KeyFactory.getInstance("Ed25519");
            return new KeyPair(kf.generatePublic(new X509EncodedKeySpec(pub)), kf.generatePrivate(new PKCS8EncodedKeySpec(priv)));
        } catch (GeneralSecurityException e) {
            throw new IOException(file + ": not an Ed25519 key pair: " + e.getMessage(), e);
        }
    }

    private static byte[] field(Path file, List<String> lines, int lineNo, String prefix) throws IOException {
        String line = lines.size() >= lineNo ? lines.get(lineNo - 1).trim() : "";
        if (!line.startsWith(prefix)) {
            throw new IOException(file + ":" + lineNo + ": expected " + prefix + "<base64>");
        }
        try {
            return Base64.getDecoder().decode(line.substring(prefix.length()));
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ":" + lineNo + ": " + prefix + " is not base64: " + e.getMessage(), e);
        }
    }

    private static void tightenPermissions(Path file) throws IOException {
        try {
            if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
                Files.setPosixFilePermissions(file, OWNER_ONLY);
            }
        } catch (UnsupportedOperationException notPosix) {
            // not a POSIX file system: nothing to tighten
        }
    }
}
