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
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lifeline.fleet.Command;
import org.lifeline.fleet.CommandAck;
import org.lifeline.fleet.FleetJson;
import org.lifeline.fleet.FleetMessageException;

/**
 * The commands carried out and their acks, so a command delivered again — also after a restart,
 * when the broker redelivers what the agent's persistent session had not acknowledged — gets
 * its first ack again instead of being carried out a second time. One line per command,
 * {@code base64(command JSON) base64(ack JSON)}, forced to disk before the ack is sent; a torn
 * last line is ignored.
 *
 * <p><b>Bounded.</b> A Pi that flies all week must not fill its SD card, so the log keeps what
 * the guarantees need and no more: every command issued within {@link #DEFAULT_KEEP} of now (a
 * restarted agent has forgotten which ids its replay check saw, and a command older than twice
 * the largest accepted clock skew is refused as STALE anyway), and beyond that the newest
 * {@value #REMEMBERED}. When the file holds more than twice what is kept (and at least
 * {@value #COMPACT_AT} lines), it is rewritten with the kept entries: written beside it, forced,
 * then renamed over it atomically, so a crash leaves either the old or the new file. Releases
 * themselves never depend on this log — the release journal refuses a second release of a
 * parcel whatever commands arrive.
 */
public final class CommandLog implements AutoCloseable {

    static final int REMEMBERED = 1024;
    static final int COMPACT_AT = 2 * REMEMBERED;
    /** Twice the largest accepted clock skew ({@code commands.maxSkewSeconds} ≤ 3600). */
    static final Duration DEFAULT_KEEP = Duration.ofHours(2);

    /** A command and the ack it got. */
    public record Entry(Command command, CommandAck ack) {
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Path file;
    private final Clock clock;
    private final long keepMillis;
    private final int remembered;
    private FileChannel channel;
    private int linesInFile;
    private int compactions;

    private CommandLog(Path file, FileChannel channel, Clock clock, Duration keep, int remembered) {
        this.file = file;
        this.channel = channel;
        this.clock = clock;
        this.keepMillis = keep.toMillis();
        if (remembered < 1) {
            throw new IllegalArgumentException("remembered " + remembered + ": expected at least 1");
        }
        this.remembered = remembered;
    }

    /** A log kept only in memory (tests, tools). */
    public static CommandLog inMemory() {
        return new CommandLog(null, null, Clock.systemUTC(), DEFAULT_KEEP, REMEMBERED);
    }

    /** Opens (creating) the log file and loads what it holds. */
    public static CommandLog open(Path file) throws IOException {
        return open(file, Clock.systemUTC(), DEFAULT_KEEP, REMEMBERED);
    }

    /**
     * As {@link #open(Path)}, judging the age of commands by {@code clock}, keeping those younger
     * than {@code keep} and beyond them the newest {@code remembered}; the file is compacted once
     * it holds at least twice {@code remembered} lines.
     */
    public static CommandLog open(Path file, Clock clock, Duration keep, int remembered) throws IOException {
        Files.deleteIfExists(compacting(file)); // a compaction that did not finish: the old file is whole
        CommandLog log = new CommandLog(file, null, clock, keep, remembered);
        if (Files.exists(file) && Files.size(file) > 0) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            log.linesInFile = lines.size();
            for (String line : lines) {
                String[] parts = line.split(" ");
                if (parts.length != 2) {
                    continue; // a torn line: that command's ack was never sent
                }
                try {
                    Command c = FleetJson.command(Base64.getDecoder().decode(parts[0]));
                    CommandAck a = FleetJson.ack(Base64.getDecoder().decode(parts[1]));
                    log.entries.remove(c.commandId());
                    log.entries.put(c.commandId(), new Entry(c, a));
                } catch (FleetMessageException | IllegalArgumentException e) {
                    // unreadable entry: the command is simply verified again if it comes back
                }
            }
            log.forget();
        }
        log.channel = append(file);
        log.compactIfDue();
        return log;
    }

    public synchronized Optional<Entry> find(String commandId) {
        return Optional.ofNullable(entries.get(commandId));
    }

    public synchronized void record(Command command, CommandAck ack) {
        entries.remove(command.commandId());
        entries.put(command.commandId(), new Entry(command, ack));
        forget();
        if (channel == null) {
            return;
        }
        try {
            channel.write(ByteBuffer.wrap(line(new Entry(command, ack)).getBytes(StandardCharsets.UTF_8)));
            channel.force(false);
            linesInFile++;
            compactIfDue();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record command " + command.commandId(), e);
        }
    }

    /** Entries held (in memory, and in the file after the next compaction). */
    public synchronized int size() {
        return entries.size();
    }

    /** How often the file was rewritten since it was opened. */
    synchronized int compactions() {
        return compactions;
    }

    /** Drops the oldest entries beyond the remembered number that are older than the keep window. */
    private void forget() {
        long oldest = clock.millis() - keepMillis;
        Iterator<Entry> it = entries.values().iterator();
        int excess = entries.size() - remembered;
        while (excess > 0 && it.hasNext()) {
            Entry e = it.next();
            if (e.command().timeMillis() < oldest) {
                it.remove();
                excess--;
            }
        }
    }

    private void compactIfDue() throws IOException {
        if (linesInFile < 2 * remembered || linesInFile <= 2 * entries.size()) {
            return;
        }
        Path next = compacting(file);
        List<String> lines = new ArrayList<>();
        entries.values().forEach(e -> lines.add(line(e)));
        try (FileChannel out = FileChannel.open(next, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            out.write(ByteBuffer.wrap(String.join("", lines).getBytes(StandardCharsets.UTF_8)));
            out.force(true);
        }
        channel.close();
        Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        forceDirectory(file);
        channel = append(file);
        linesInFile = lines.size();
        compactions++;
    }

    private static String line(Entry e) {
        return Base64.getEncoder().encodeToString(FleetJson.encode(e.command())) + " "
                + Base64.getEncoder().encodeToString(FleetJson.encode(e.ack())) + "\n";
    }

    private static FileChannel append(Path file) throws IOException {
        return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    }

    private static Path compacting(Path file) {
        return file.resolveSibling(file.getFileName() + ".compacting");
    }

    /** Makes the rename durable (Linux: fsync of the directory); where that is not possible, the rename still is atomic. */
    private static void forceDirectory(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            // best effort
        }
    }

    @Override
    public synchronized void close() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
