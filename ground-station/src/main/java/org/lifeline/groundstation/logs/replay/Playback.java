package org.lifeline.groundstation.logs.replay;

import org.lifeline.groundstation.logs.read.LogClock;
import org.lifeline.mavlink.frame.Frame;
import org.lifeline.mavlink.frame.MessageRegistry;
import org.lifeline.time.Scheduler;
import org.lifeline.tlog.TlogReader;
import org.lifeline.tlog.TlogRecord;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Re-emits a log's vehicle frames at the recorded pace times a speed, byte for byte (the
 * vehicle's own system, component and sequence numbers), on an injected {@link Scheduler}.
 *
 * <pre>
 *            start()                 last record sent
 *   READY ───────────▶ PLAYING ───────────────────────▶ FINISHED
 *   (pause and seek before start() are kept: it starts paused, or at the time sought)
 *                       │   ▲                               │
 *              pause()  │   │ resume()          seek(t)     │
 *                       ▼   │                               ▼
 *                      PAUSED ◀─── seek(t) keeps the state ─ PLAYING/PAUSED
 * </pre>
 *
 * Log time runs as {@code anchorLog + (now − anchorNanos) × speed} while playing and stands
 * still while paused; every change of speed, pause or seek re-anchors it. One scheduled task
 * sends every record that is due and schedules itself for the next one.
 *
 * <p>Not re-emitted: frames of ground stations recorded in the log (the attached ground station
 * is the ground now), and the vehicle's answers to that recorded ground station (mission and
 * parameter transfers, command acknowledgements, time sync, file transfer): the attached one
 * never asked for them, and a mission download of its own would mistake them for its answers.
 * The {@link Responder} answers its requests instead. All public methods are thread-safe.
 */
public final class Playback implements AutoCloseable {

    /** Answers to the recorded ground station, withheld (message ids). */
    static final Set<Integer> WITHHELD = Set.of(20, 21, 22, 23, 39, 40, 43, 44, 45, 47, 51, 73, 76, 77, 110, 111, 320, 321,
            322, 323, 324);

    private final RecordedLog log;
    private final Scheduler scheduler;
    private final FrameOutput out;
    private final Runnable onFinished;
    private final Map<Integer, Frame> latest = new ConcurrentHashMap<>();
    private final Map<Integer, Long> withheld = new TreeMap<>();
    private TlogReader reader;
    private Iterator<LogClock.Timed<TlogRecord>> records;
    private TlogRecord next;
    private long nextAt;
    private long anchorLog;
    private long anchorNanos;
    private double speed;
    private boolean started;
    private boolean positioned;
    private boolean paused;
    private boolean finished;
    private boolean closed;
    private long sent;
    private long sendErrors;
    private Scheduler.Cancellable task;
    private long generation;

    /**
     * @param onFinished called once the last record has been sent (again after a seek back and
     *                   another run to the end)
     */
    public Playback(RecordedLog log, Scheduler scheduler, FrameOutput out, double speed, Runnable onFinished) {
        checkSpeed(speed);
        this.log = log;
        this.scheduler = scheduler;
        this.out = out;
        this.speed = speed;
        this.onFinished = onFinished;
    }

    /** Starts sending from the beginning of the log. */
    public synchronized void start() {
        if (started) {
            throw new IllegalStateException("replay of " + log.file() + " already started");
        }
        if (!positioned) {
            positionAt(0);
        }
        started = true;
        reanchor(anchorLog);
        pump();
    }

    /** Whether {@link #start()} was called (a replay on a listening link waits for its ground station). */
    public synchronized boolean started() {
        return started;
    }

    public synchronized void pause() {
        if (!paused) {
            reanchor(logNow());
            paused = true;
            cancelTask();
        }
    }

    public synchronized void resume() {
        if (paused) {
            paused = false;
            reanchor(anchorLog);
            pump();
        }
    }

    /** Pauses when playing, resumes when paused; returns whether it is paused now. */
    public synchronized boolean togglePause() {
        if (paused) {
            resume();
        } else {
            pause();
        }
        return paused;
    }

    /** Changes the speed from now on (log time does not jump). */
    public synchronized void setSpeed(double value) {
        checkSpeed(value);
        long now = logNow();
        speed = value;
        reanchor(now);
        cancelTask();
        pump();
    }

    public synchronized double speed() {
        return speed;
    }

    /**
     * Jumps to {@code at} from the start of the log (clamped to the log), paused or playing as
     * before. Records before it are not sent; the next record sent is the first at or after it.
     */
    public synchronized void seek(Duration at) {
        long target = Math.max(0, Math.min(log.durationMicros(), at.toNanos() / 1_000L));
        cancelTask();
        positionAt(target);
        reanchor(target);
        finished = false;
        if (started && !paused) {
            pump();
        }
    }

    public synchronized PlaybackStatus status() {
        return new PlaybackStatus(Math.min(logNow(), log.durationMicros()), log.durationMicros(), speed, paused, finished, sent);
    }

    /** The last frame of {@code messageId} sent (since the last seek), e.g. AUTOPILOT_VERSION for a request. */
    public Optional<Frame> latest(int messageId) {
        return Optional.ofNullable(latest.get(messageId));
    }

    /** Frames withheld so far, by message id (answers to the recorded ground station). */
    public synchronized Map<Integer, Long> withheld() {
        return Map.copyOf(withheld);
    }

    /** Frames the output refused (a UDP send error, a link down), counted, never thrown. */
    public synchronized long sendErrors() {
        return sendErrors;
    }

    @Override
    public synchronized void close() {
        closed = true;
        cancelTask();
        closeReader();
    }

    private long logNow() {
        if (paused || !started) {
            return anchorLog;
        }
        long elapsedMicros = (scheduler.nanoTime() - anchorNanos) / 1_000L;
        return anchorLog + (long) (elapsedMicros * speed);
    }

    private void reanchor(long logMicros) {
        anchorLog = logMicros;
        anchorNanos = scheduler.nanoTime();
    }

    private synchronized void pump() {
        task = null;
        long mine = generation;
        if (closed || paused || finished) {
            return;
        }
        long now = logNow();
        while (next != null && nextAt <= now) {
            emit(next);
            read();
        }
        flush();
        if (next == null) {
            finished = true;
            anchorLog = log.durationMicros();
            closeReader();
            onFinished.run();
            return;
        }
        long waitNanos = (long) Math.ceil((nextAt - now) * 1_000.0 / speed);
        task = scheduler.schedule(Duration.ofNanos(waitNanos), () -> pumpIfCurrent(mine));
    }

    /** A timer that fired while a pause, seek or speed change held the lock must not start a second chain. */
    private synchronized void pumpIfCurrent(long scheduledIn) {
        if (scheduledIn == generation) {
            pump();
        }
    }

    private void emit(TlogRecord r) {
        Frame f = r.frame();
        if (log.groundSystems().contains(f.systemId())) {
            return;
        }
        if (WITHHELD.contains(f.messageId())) {
            withheld.merge(f.messageId(), 1L, Long::sum);
            return;
        }
        latest.put(f.messageId(), f);
        try {
            out.send(f);
            sent++;
        } catch (IOException e) {
            sendErrors++;
        }
    }

    private void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            sendErrors++;
        }
    }

    /** Opens the log at the seek point before {@code target} and reads past every record before it. */
    private void positionAt(long target) {
        positioned = true;
        closeReader();
        latest.clear();
        long at = log.seekPoints().timeBefore(target);
        // from the file's start for time 0: records before the first seek point (a first stamp that was garbage) are due then
        long from = at <= 0 ? 0 : log.seekPoints().offsetBefore(target);
        LogClock<TlogRecord> clock = at <= 0 ? LogClock.forTlog() : LogClock.forTlogResumedAt(log.startMicros() + at);
        try {
            FileChannel channel = FileChannel.open(log.file(), StandardOpenOption.READ);
            channel.position(from);
            reader = new TlogReader(new BufferedInputStream(Channels.newInputStream(channel), 64 * 1024),
                    log.file().toString(), MessageRegistry.standard());
            records = LogClock.over(reader, clock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reopen " + log.file() + " to replay it: " + e.getMessage(), e);
        }
        read();
        while (next != null && nextAt < target) {
            Frame f = next.frame();
            if (!log.groundSystems().contains(f.systemId()) && !WITHHELD.contains(f.messageId())) {
                latest.put(f.messageId(), f);
            }
            read();
        }
    }

    /** Reads the next record and its log time (see {@link LogClock}: garbage timestamps are not followed). */
    private void read() {
        LogClock.Timed<TlogRecord> timed = reader != null && records.hasNext() ? records.next() : null;
        next = timed == null ? null : timed.record();
        nextAt = timed == null ? 0 : timed.micros() - log.startMicros();
    }

    private void cancelTask() {
        generation++;
        if (task != null) {
            task.cancel();
            task = null;
        }
    }

    private void closeReader() {
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException ignored) {
                // a read-only file: nothing was lost
            }
            reader = null;
        }
    }

    static void checkSpeed(double value) {
        if (!(value >= 0.01 && value <= 1000)) {
            throw new IllegalArgumentException("speed: expected 0.01..1000 (1 = the recorded pace), got " + value);
        }
    }
}
