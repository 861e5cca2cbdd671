package org.lifeline.agent.drops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;

import org.lifeline.agent.release.DropPlan;

/**
 * The ground station's drop plans and cancellations, kept on disk so that a restarted agent knows
 * the parcels by the same ids — the release journal is keyed by parcel id, and a parcel the agent
 * no longer recognised could be released again under another name. One line per command, forced
 * to disk before the command is acknowledged:
 *
 * <pre>
 * PLAN &lt;parcelId&gt; &lt;seq&gt; &lt;lat&gt; &lt;lon&gt; &lt;zoneRadius&gt; &lt;minAlt&gt; &lt;maxAlt&gt; &lt;maxSpeed&gt;
 * CANCEL &lt;parcelId&gt;
 * </pre>
 * A torn or unreadable line is skipped (its command was never acknowledged).
 */
public final class DropPlanStore implements AutoCloseable {

    private final FileChannel channel;
    private final List<String> stored;

    private DropPlanStore(FileChannel channel, List<String> stored) {
        this.channel = channel;
        this.stored = stored;
    }

    public static DropPlanStore inMemory() {
        return new DropPlanStore(null, List.of());
    }

    /** Opens (creating) the store; {@link #replay} hands what it holds to a book. */
    public static DropPlanStore open(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        return new DropPlanStore(channel, Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    /** Replays the stored plans and cancellations, oldest first, into {@code book}. */
    public void replay(DropBook book) {
        for (String line : stored) {
            String[] f = line.trim().split(" ");
            try {
                if (f.length == 9 && f[0].equals("PLAN")) {
                    book.setGroundPlan(new DropPlan(f[1], Integer.parseInt(f[2]), Double.parseDouble(f[3]),
                            Double.parseDouble(f[4]), Double.parseDouble(f[5]), Double.parseDouble(f[6]),
                            Double.parseDouble(f[7]), Double.parseDouble(f[8])));
                } else if (f.length == 2 && f[0].equals("CANCEL")) {
                    book.cancel(f[1]);
                }
            } catch (IllegalArgumentException e) {
                // torn or damaged line: that command was never acknowledged
            }
        }
    }

    public void plan(DropPlan p) {
        append(String.format(Locale.ROOT, "PLAN %s %d %.9f %.9f %s %s %s %s%n", p.parcelId(), p.missionSeq(), p.latitude(),
                p.longitude(), p.zoneRadiusMetres(), p.minAltitudeMetres(), p.maxAltitudeMetres(), p.maxGroundSpeed()));
    }

    public void cancel(String parcelId) {
        append("CANCEL " + parcelId + "\n");
    }

    private synchronized void append(String line) {
        if (channel == null) {
            return;
        }
        try {
            channel.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)));
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record a drop plan", e);
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
