package org.lifeline.groundstation.operator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The operators file ({@code DATA/operators}): one operator a line,
 * {@code NAME:pbkdf2-sha256:ITERATIONS:SALT:HASH} (salt and hash in Base64); {@code #} starts a
 * comment. The file is re-read when it changes, so an operator added while the server runs can
 * log in at once. It is replaced atomically and readable only by its owner where the file
 * system allows.
 */
public final class OperatorFile {

    /** The file's name in the data folder. */
    public static final String FILE_NAME = "operators";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final String SCHEME = "pbkdf2-sha256";
    /** Hashed when the name is unknown, so a wrong name takes as long as a wrong password. */
    private static final PasswordHash DECOY = PasswordHash.of("decoy".toCharArray(), PasswordHash.MIN_ITERATIONS);

    private final Path file;
    private Map<String, PasswordHash> operators = Map.of();
    private FileTime readAt;

    private OperatorFile(Path file) {
        this.file = file;
    }

    /** The operators file of a data folder; it need not exist yet. */
    public static OperatorFile in(Path dataDir) {
        return new OperatorFile(dataDir.resolve(FILE_NAME));
    }

    public Path path() {
        return file;
    }

    /** Whether {@code name} may be an operator's name (letters, digits, {@code . _ -}, at most 64). */
    public static boolean validName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /** The operators' names in file order; reads the file if it changed. */
    public synchronized List<String> names() throws IOException, OperatorFileException {
        refresh();
        return List.copyOf(operators.keySet());
    }

    /**
     * Whether {@code name} is an operator whose password is {@code password}. An unreadable file
     * lets nobody in (and the caller logs why).
     */
    public synchronized boolean verify(String name, char[] password) throws IOException, OperatorFileException {
        refresh();
        PasswordHash h = name == null ? null : operators.get(name);
        if (h == null) {
            DECOY.matches(password);
            return false;
        }
        return h.matches(password);
    }

    /** Adds an operator, or replaces its password when {@code replace}; refuses a name already there otherwise. */
    public synchronized void add(String name, char[] password, int iterations, boolean replace) throws IOException, OperatorFileException {
        if (!validName(name)) {
            throw new OperatorFileException("operator name \"" + name + "\": expected 1 to 64 letters, digits, '.', '_' or '-'");
        }
        if (password.length < 8) {
            throw new OperatorFileException("password: expected at least 8 characters, got " + password.length);
        }
        refresh();
        if (operators.containsKey(name) && !replace) {
            throw new OperatorFileException("operator \"" + name + "\" already exists in " + file + " (use --replace to set a new password)");
        }
        Map<String, PasswordHash> next = new LinkedHashMap<>(operators);
        next.put(name, PasswordHash.of(password, iterations));
        write(next);
        operators = next;
        readAt = Files.getLastModifiedTime(file);
    }

    private void refresh() throws IOException, OperatorFileException {
        FileTime modified;
        try {
            modified = Files.getLastModifiedTime(file);
        } catch (NoSuchFileException absent) {
            operators = Map.of();
            readAt = null;
            return;
        }
        if (modified.equals(readAt)) {
            return;
        }
        operators = parse(file, Files.readAllLines(file, StandardCharsets.UTF_8));
        readAt = modified;
    }

    static Map<String, PasswordHash> parse(Path file, List<String> lines) throws OperatorFileException {
        Map<String, PasswordHash> found = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = file + " line " + (i + 1) + ": ";
            String[] f = line.split(":", -1);
            if (f.length != 5) {
                throw new OperatorFileException(where + "expected NAME:" + SCHEME + ":ITERATIONS:SALT:HASH, got " + f.length + " fields");
            }
            if (!validName(f[0])) {
                throw new OperatorFileException(where + "name \"" + f[0] + "\": expected 1 to 64 letters, digits, '.', '_' or '-'");
            }
            if (!SCHEME.equals(f[1])) {
                throw new OperatorFileException(where + "scheme: expected " + SCHEME + ", got \"" + f[1] + "\"");
            }
            if (found.containsKey(f[0])) {
                throw new OperatorFileException(where + "operator \"" + f[0] + "\" is listed twice");
            }
            try {
                found.put(f[0], new PasswordHash(Integer.parseInt(f[2]), Base64.getDecoder().decode(f[3]), Base64.getDecoder().decode(f[4])));
            } catch (IllegalArgumentException e) {
                throw new OperatorFileException(where + "iterations, salt or hash: " + e.getMessage());
            }
        }
        return found;
    }

    private void write(Map<String, PasswordHash> all) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# Lifeline dashboard operators: NAME:" + SCHEME + ":ITERATIONS:SALT:HASH. Add with 'lifeline operator add NAME'.");
        all.forEach((n, h) -> lines.add(n + ":" + SCHEME + ":" + h.encode()));
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, FILE_NAME, ".tmp");
        try {
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // the folder's own permissions protect it
            }
            Files.write(tmp, lines, StandardCharsets.UTF_8);
            try (var ch = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
