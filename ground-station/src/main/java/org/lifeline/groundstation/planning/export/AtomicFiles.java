package org.lifeline.groundstation.planning.export;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file through a temporary sibling and a rename, so that a reader (or a crash) sees
 * the old file or the whole new one, never half of it.
 */
final class AtomicFiles {

    private AtomicFiles() {
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
