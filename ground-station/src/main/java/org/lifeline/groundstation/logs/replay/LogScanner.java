package org.lifeline.groundstation.logs.replay;

import org.lifeline.groundstation.logs.read.LogClock;
import org.lifeline.mavlink.frame.Frame;
import org.lifeline.tlog.TlogReader;
import org.lifeline.tlog.TlogRecord;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a {@code .tlog} once, in constant memory apart from the seek points, mission and
 * parameters, and condenses it into a {@link RecordedLog}. Only the few messages the replay
 * answers from are decoded (HEARTBEAT, PARAM_VALUE, MISSION_COUNT, MISSION_ITEM(_INT)); damaged
 * stretches are skipped by the reader and reported in the summary, and each record's time is one
 * that can be true ({@link LogClock}: a garbage timestamp after damage neither stretches the log
 * nor makes the replay wait for it).
 */
public final class LogScanner {

    private LogScanner() {
    }

    /**
     * @throws IOException              when the file cannot be opened
     * @throws IllegalArgumentException when it holds no MAVLink record, or no vehicle's
     */
    public static RecordedLog scan(Path file) throws IOException {
        MissionRecorder missions = new MissionRecorder();
        Map<String, RecordedParameter> params = new LinkedHashMap<>();
        Set<Integer> groundHeartbeats = new HashSet<>();
        Set<Integer> vehicleHeartbeats = new HashSet<>();
        SeekPoints seek = new SeekPoints();
        int[] autopilot = null;
        int[] firstSource = null;
        long start = Long.MIN_VALUE;
        long end = 0;
        LogClock<TlogRecord> clock = LogClock.forTlog();
        try (TlogReader reader = TlogReader.open(file)) {
            for (Iterator<LogClock.Timed<TlogRecord>> records = LogClock.over(reader, clock); records.hasNext(); ) {
                LogClock.Timed<TlogRecord> timed = records.next();
                TlogRecord r = timed.record();
                if (start == Long.MIN_VALUE) {
                    start = timed.micros();
                }
                long at = timed.micros() - start;
                end = Math.max(end, at);
                if (timed.trusted()) { // a reader resumed here continues with the same times
                    seek.offer(at, r.offset());
                }
                Frame f = r.frame();
                switch (f.messageId()) {
                    case ReplayWire.HEARTBEAT -> {
                        Optional<ReplayWire.HeartbeatSeen> hb = ReplayWire.heartbeat(f);
                        if (hb.isPresent()) {
                            if (hb.get().groundStation()) {
                                groundHeartbeats.add(f.systemId());
                            } else {
                                vehicleHeartbeats.add(f.systemId());
                                if (firstSource == null) {
                                    firstSource = new int[] {f.systemId(), f.componentId()};
                                }
                                if (autopilot == null && hb.get().autopilot()) {
                                    autopilot = new int[] {f.systemId(), f.componentId()};
                                }
                            }
                        }
                    }
                    case ReplayWire.PARAM_VALUE -> ReplayWire.parameter(f).ifPresent(p -> params.put(p.name(), p));
                    case ReplayWire.MISSION_COUNT -> ReplayWire.count(f).ifPresent(missions::count);
                    case ReplayWire.MISSION_ITEM_INT, ReplayWire.MISSION_ITEM -> ReplayWire.item(f).ifPresent(missions::item);
                    default -> {
                    }
                }
            }
            if (start == Long.MIN_VALUE) {
                throw new IllegalArgumentException(file + ": no MAVLink record found (" + reader.summary().describe()
                        + "); expected a .tlog: 8-byte timestamps each followed by a MAVLink frame");
            }
            int[] vehicle = autopilot != null ? autopilot : firstSource;
            if (vehicle == null) {
                throw new IllegalArgumentException(file + ": no vehicle heartbeat in the log (only a ground station's); "
                        + "nothing to replay");
            }
            Set<Integer> ground = new HashSet<>(groundHeartbeats);
            ground.removeAll(vehicleHeartbeats);
            return new RecordedLog(file, reader.summary(), clock.repairs(), start, Duration.ofNanos(end * 1_000L), seek,
                    vehicle[0], vehicle[1], Set.copyOf(ground), missions.plans(), new RecordedParameters(params));
        }
    }
}
