package org.lifeline.plan;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.Locale;

/**
 * Reads and writes flight plan files, choosing the format by extension: {@code .waypoints} and
 * {@code .txt} are QGC WPL 110 ({@link WaypointsFile}), {@code .plan} is QGroundControl's JSON
 * ({@link QgcPlanFile}). Every failure, input/output included, is a {@link PlanFileException}
 * whose message can be shown to the pilot as it is.
 *
 * <p>Writing is atomic: the text is produced first, then written to a temporary file beside the
 * target, flushed to disk and moved over it, so a crash or a full disk leaves either the old
 * file or the new one, never half of one.
 */
public final class PlanFiles {

    /** Larger files are refused before reading: no real plan comes close. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;

    /** The formats, each with the extensions that select it. */
    public enum Format {
        WAYPOINTS, QGC_PLAN;

        /**
         * The format for a file name.
         *
         * @throws PlanFileException for an extension that names neither format
         */
        public static Format of(Path file) {
            String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".waypoints") || name.endsWith(".txt")) {
                return WAYPOINTS;
            }
            if (name.endsWith(".plan")) {
                return QGC_PLAN;
            }
            throw PlanFileException.field(file.toString(), "", "extension", ".waypoints, .txt or .plan",
                    PlanFileException.quote(name.contains(".") ? name.substring(name.lastIndexOf('.')) : name));
        }
    }

    private PlanFiles() {
    }

    /**
     * Reads a plan file.
     *
     * @throws PlanFileException when the file cannot be read or is not a valid plan
     */
    public static FlightPlan read(Path file) {
        String source = file.toString();
        Format format = Format.of(file);
        String text = readText(file, source);
        return format == Format.WAYPOINTS ? WaypointsFile.parse(source, text) : QgcPlanFile.parse(source, text);
    }

    /**
     * Writes a plan file atomically, replacing any file of that name.
     *
     * @throws PlanFileException when the plan cannot be written in the file's format (a
     *                           geofence into .waypoints) or the file cannot be written
     */
    public static void write(Path file, FlightPlan plan) {
        String target = file.toString();
        Format format = Format.of(file);
        String text = format == Format.WAYPOINTS ? WaypointsFile.format(target, plan) : QgcPlanFile.format(target, plan);
        writeAtomically(file, text.getBytes(StandardCharsets.UTF_8));
    }

    private static String readText(Path file, String source) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new PlanFileException(source, "", "expected a plan file of at most " + MAX_BYTES
                        + " bytes, got " + size + " bytes");
            }
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            throw new PlanFileException(source, "", "no such file", e);
        } catch (CharacterCodingException e) {
            throw new PlanFileException(source, "", "expected UTF-8 text, got bytes that are not", e);
        } catch (IOException e) {
            throw new PlanFileException(source, "", "cannot read: " + describe(e), e);
        }
    }

    private static void writeAtomically(Path file, byte[] bytes) {
        Path absolute = file.toAbsolutePath();
        Path dir = absolute.getParent();
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            keepPermissions(absolute, temp);
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (IOException e) {
            throw new PlanFileException(file.toString(), "", "cannot write: " + describe(e), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the write already failed and says so; a stray temporary file is the lesser problem
                }
            }
        }
    }

    /**
     * A temporary file is created owner-only; the plan file keeps the permissions of the file it
     * replaces, or gets the usual rw-r--r-- when new, so other tools and users can still read it.
     */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        view.setPermissions(permissions);
    }

    private static String describe(IOException e) {
        String reason = e.getMessage() == null ? "" : e.getMessage();
        return e.getClass().getSimpleName() + (reason.isEmpty() ? "" : " " + reason);
    }
}
