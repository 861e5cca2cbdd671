package org.lifeline.agent.bus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.lifeline.fleet.EventType;
import org.lifeline.fleet.FleetEvent;
import org.lifeline.fleet.FleetJson;
import org.lifeline.fleet.FleetMessageException;

/**
 * Events waiting for the broker, one file each ({@code 000000000042.json}), written atomically
 * and forced to disk before {@link #add} returns; removed only after the broker's PUBACK. The
 * per-drone sequence number lives in its own file, so it keeps increasing across restarts even
 * when the outbox is empty. Order is the sequence order.
 */
public final class EventOutbox {

    private static final String SUFFIX = ".json";

    private final Path dir;
    private final String droneId;
    private long lastSequence;

    public EventOutbox(Path dir, String droneId) throws IOException {
        this.dir = dir;
        this.droneId = droneId;
        Files.createDirectories(dir);
        long stored = 0;
        Path seqFile = dir.resolve("sequence");
        if (Files.exists(seqFile)) {
            String text = Files.readString(seqFile, StandardCharsets.UTF_8).trim();
            try {
                stored = Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw new IOException(seqFile + ":1: expected the last event sequence number, got \"" + text + "\"");
            }
        }
        this.lastSequence = Math.max(stored, pending().stream().mapToLong(EventOutbox::sequenceOf).max().orElse(0));
    }

    /** Stores a new event durably and returns it with its id and sequence number. */
    public synchronized FleetEvent add(EventType type, Optional<String> parcelId, String message, long timeMillis) {
        long seq = lastSequence + 1;
        FleetEvent e = new FleetEvent(droneId + "-" + seq, droneId, seq, timeMillis, type, parcelId, message);
        writeAtomically(dir.resolve("sequence"), Long.toString(seq).getBytes(StandardCharsets.UTF_8));
        writeAtomically(dir.resolve(String.format("%012d", seq) + SUFFIX), FleetJson.encode(e));
        lastSequence = seq;
        return e;
    }

    /** The oldest event not yet acknowledged by the broker. */
    public synchronized Optional<FleetEvent> oldest() {
        for (Path p : pending()) {
            try {
                return Optional.of(FleetJson.event(Files.readAllBytes(p)));
            } catch (FleetMessageException | IOException e) {
                // A file we cannot read back would block the queue forever: set it aside, keep it for the maintainer.
                quarantine(p);
            }
        }
        return Optional.empty();
    }

    /** Forgets an event once the broker acknowledged it. */
    public synchronized void acknowledged(FleetEvent e) {
        try {
            Files.deleteIfExists(dir.resolve(String.format("%012d", e.sequence()) + SUFFIX));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public synchronized int size() {
        return pending().size();
    }

    private List<Path> pending() {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().matches("\\d{12}\\.json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long sequenceOf(Path p) {
        String n = p.getFileName().toString();
        return Long.parseLong(n.substring(0, n.length() - SUFFIX.length()));
    }

    private void quarantine(Path p) {
        try {
            Files.move(p, p.resolveSibling(p.getFileName() + ".unreadable"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeAtomically(Path target, byte[] bytes) {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ch.write(java.nio.ByteBuffer.wrap(bytes));
            ch.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + tmp, e);
        }
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + tmp + " to " + target, e);
        }
    }
}
