package org.lifeline.groundstation.planning.export;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file through a temporary sibling and a rename, so that a reader (or a crash) sees
 * the old file or the whole new one, never half of it.
 */
final class AtomicFiles {

    /** What a new export gets: readable by everyone, as a file written by any other tool would be. */
    private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--");

    private AtomicFiles() {
    }

    /**
     * A temporary file is private (0600); give it the permissions of the file it replaces, or
     * those of an ordinary new file, so a map written for the crew is not readable only by root.
     */
    private static void permissions(Path temp, Path target) throws IOException {
        if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> wanted = Files.exists(target) ? Files.getPosixFilePermissions(target) : NEW_FILE;
        Files.setPosixFilePermissions(temp, wanted);
    }

    static void write(Path file, byte[] bytes) throws ExportException {
        Path absolute = file.toAbsolutePath();
        Path dir = absolute.getParent();
        Path temp = null;
        try {
            if (dir != null && !Files.isDirectory(dir)) {
                throw new ExportException(file + ": cannot write: directory " + dir + " does not exist");
            }
            temp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
            Files.write(temp, bytes);
            permissions(temp, absolute);
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (IOException e) {
            throw new ExportException(file + ": cannot write: " + e.getClass().getSimpleName() + " " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the write already failed and says so
                }
            }
        }
    }
}
