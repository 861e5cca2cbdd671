package org.lifeline.agent.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The durable record of releases: an append-only text file, one line per step, each line forced
 * to disk before the method returns. {@link #recordIntent} is written <em>before</em> the
 * actuator moves and {@link #recordDone} after, so after a crash at any point a parcel whose
 * intent is on disk counts as released and is never released again (the safe side: a parcel
 * that may have left is not dropped twice).
 *
 * <pre>
 * INTENT &lt;parcelId&gt; &lt;epochMillis&gt;
 * DONE &lt;parcelId&gt; &lt;epochMillis&gt; &lt;LEFT|STILL_PRESENT|NO_SENSOR|UNCONFIRMED&gt;
 * </pre>
 *
 * A torn last line (power lost mid-write) is ignored: its step never completed, and the
 * actuator only moves after the intent line is complete on disk. Any other malformed line is
 * refused at start with the file and line number, because a journal that cannot be trusted
 * must stop the agent rather than allow a second release.
 */
public final class ReleaseJournal implements AutoCloseable {

    /** What the journal knows of one parcel. */
    public enum State { INTENT, DONE }

    private final Path file;
    private final FileChannel channel;
    private final Map<String, State> parcels = new HashMap<>();

    private ReleaseJournal(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /** Opens (creating if needed) the journal and loads what it records. */
    public static ReleaseJournal open(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Map<String, State> loaded = load(file);
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        ReleaseJournal journal = new ReleaseJournal(file, ch);
        journal.parcels.putAll(loaded);
        return journal;
    }

    private static Map<String, State> load(Path file) throws IOException {
        Map<String, State> result = new HashMap<>();
        if (!Files.exists(file)) {
            return result;
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        boolean tornTail = !text.isEmpty() && !text.endsWith("\n");
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            boolean last = i == lines.size() - 1;
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.trim().split(" ");
            boolean ok = (f.length == 3 && f[0].equals("INTENT")) || (f.length == 4 && f[0].equals("DONE"));
            if (!ok) {
                if (last && tornTail) {
                    break;
                }
                throw new IOException(file + ":" + (i + 1) + ": expected \"INTENT <parcel> <millis>\" or "
                        + "\"DONE <parcel> <millis> <outcome>\", got \"" + line + "\"");
            }
            if (last && tornTail) {
                break;
            }
            result.put(f[1], f[0].equals("DONE") ? State.DONE : State.INTENT);
        }
        return result;
    }

    /** The journal's knowledge of {@code parcelId}, empty if it was never about to be released. */
    public synchronized Optional<State> state(String parcelId) {
        return Optional.ofNullable(parcels.get(parcelId));
    }

    /** True when the parcel was released or its release may have started. */
    public synchronized boolean released(String parcelId) {
        return parcels.containsKey(parcelId);
    }

    /** Durably records that the actuator is about to release {@code parcelId}. */
    public synchronized void recordIntent(String parcelId, long epochMillis) {
        requireToken(parcelId);
        append("INTENT " + parcelId + " " + epochMillis + "\n");
        parcels.put(parcelId, State.INTENT);
    }

    /** Durably records that the release of {@code parcelId} completed with {@code outcome}. */
    public synchronized void recordDone(String parcelId, long epochMillis, String outcome) {
        requireToken(parcelId);
        requireToken(outcome);
        append("DONE " + parcelId + " " + epochMillis + " " + outcome + "\n");
        parcels.put(parcelId, State.DONE);
    }

    private void append(String line) {
        try {
            ByteBuffer buf = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
            while (buf.hasRemaining()) {
                channel.write(buf);
            }
            channel.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write release journal " + file, e);
        }
    }

    private static void requireToken(String s) {
        if (s == null || s.isEmpty() || s.chars().anyMatch(c -> c <= ' ')) {
            throw new IllegalArgumentException("\"" + s + "\" is not a journal token: expected non-empty text without spaces");
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
