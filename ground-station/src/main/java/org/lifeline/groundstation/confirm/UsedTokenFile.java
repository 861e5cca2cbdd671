package org.lifeline.groundstation.confirm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link UsedTokens} kept in an append-only text file ({@code tokenId instant} per line). Each line
 * is in the operating system's hands before {@link #record} returns, so it survives the process
 * being killed; it is not fsynced, because the store's confirmation is already durable and
 * refuses a second use of the parcel by itself — a line lost to a power cut costs nothing but
 * the early answer. (An fsync per confirmation cost 6 ms here idle and up to a second under
 * load, for no gain.) A line torn by a crash is skipped with a warning naming its line number.
 */
public final class UsedTokenFile implements UsedTokens, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(UsedTokenFile.class);

    private final ConcurrentHashMap<String, Instant> used = new ConcurrentHashMap<>();
    private final FileChannel channel;

    public UsedTokenFile(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        if (Files.exists(file)) {
            int lineNo = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                lineNo++;
                String[] parts = line.trim().split(" ");
                try {
                    if (parts.length == 2 && !parts[0].isEmpty()) {
                        used.putIfAbsent(parts[0], Instant.parse(parts[1]));
                        continue;
                    }
                } catch (DateTimeParseException ignored) {
                    // reported below
                }
                if (!line.isBlank()) {
                    log.warn("{}:{}: skipped, expected \"<token id> <instant>\"", file, lineNo);
                }
            }
        }
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    }

    @Override
    public Optional<Instant> usedAt(String tokenId) {
        return Optional.ofNullable(used.get(tokenId));
    }

    @Override
    public void record(String tokenId, Instant at) {
        if (used.putIfAbsent(tokenId, at) != null) {
            return;
        }
        byte[] line = ("\n" + tokenId + " " + at + "\n").getBytes(StandardCharsets.UTF_8);
        synchronized (channel) {
            try {
                ByteBuffer buf = ByteBuffer.wrap(line);
                while (buf.hasRemaining()) {
                    channel.write(buf);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("could not record a used drop token: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
