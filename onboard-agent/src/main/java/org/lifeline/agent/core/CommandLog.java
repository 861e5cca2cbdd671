package org.lifeline.agent.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Base64;
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
 * {@code base64(command JSON) base64(ack JSON)}, forced to disk before the ack is sent. The
 * newest {@value #REMEMBERED} are kept in memory; a torn last line is ignored.
 */
public final class CommandLog implements AutoCloseable {

    static final int REMEMBERED = 1024;

    /** A command and the ack it got. */
    public record Entry(Command command, CommandAck ack) {
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > REMEMBERED;
        }
    };
    private final FileChannel channel;

    private CommandLog(FileChannel channel) {
        this.channel = channel;
    }

    /** A log kept only in memory (tests, tools). */
    public static CommandLog inMemory() {
        return new CommandLog(null);
    }

    /** Opens (creating) the log file and loads what it holds. */
    public static CommandLog open(Path file) throws IOException {
        CommandLog log = new CommandLog(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND));
        if (Files.size(file) > 0) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (String line : lines) {
                String[] parts = line.split(" ");
                if (parts.length != 2) {
                    continue; // a torn line: that command's ack was never sent
                }
                try {
                    Command c = FleetJson.command(Base64.getDecoder().decode(parts[0]));
                    CommandAck a = FleetJson.ack(Base64.getDecoder().decode(parts[1]));
                    log.entries.put(c.commandId(), new Entry(c, a));
                } catch (FleetMessageException | IllegalArgumentException e) {
                    // unreadable entry: the command is simply verified again if it comes back
                }
            }
        }
        return log;
    }

    public synchronized Optional<Entry> find(String commandId) {
        return Optional.ofNullable(entries.get(commandId));
    }

    public synchronized void record(Command command, CommandAck ack) {
        entries.put(command.commandId(), new Entry(command, ack));
        if (channel == null) {
            return;
        }
        String line = Base64.getEncoder().encodeToString(FleetJson.encode(command)) + " "
                + Base64.getEncoder().encodeToString(FleetJson.encode(ack)) + "\n";
        try {
            channel.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)));
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record command " + command.commandId(), e);
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
