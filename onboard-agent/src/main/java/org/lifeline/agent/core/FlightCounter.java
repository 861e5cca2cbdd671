package org.lifeline.agent.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Counts flights (disarmed → armed transitions actually seen), on disk, so that parcels of
 * mission-only drops get a new name each flight but keep their name across an agent restart in
 * the air (a restart sees the vehicle armed without seeing it arm, and keeps the count).
 */
public final class FlightCounter {

    private final Path file;
    private long current;

    private FlightCounter(Path file, long current) {
        this.file = file;
        this.current = current;
    }

    public static FlightCounter inMemory() {
        return new FlightCounter(null, 0);
    }

    public static FlightCounter open(Path file) throws IOException {
        long n = 0;
        if (Files.exists(file)) {
            String text = Files.readString(file, StandardCharsets.UTF_8).trim();
            try {
                n = Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw new IOException(file + ":1: expected the flight count, got \"" + text + "\"");
            }
        }
        return new FlightCounter(file, n);
    }

    public synchronized long current() {
        return current;
    }

    /** A new flight began: counts it and stores the count before returning. */
    public synchronized long next() {
        current++;
        if (file != null) {
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ch.write(ByteBuffer.wrap(Long.toString(current).getBytes(StandardCharsets.UTF_8)));
                ch.force(true);
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot store the flight count in " + file, e);
            }
        }
        return current;
    }
}
