package org.lifeline.groundstation.logs.replay;

import io.dronefleet.mavlink.common.MissionCount;
import io.dronefleet.mavlink.common.MissionItem;
import io.dronefleet.mavlink.common.MissionItemInt;
import io.dronefleet.mavlink.common.ParamValue;
import io.dronefleet.mavlink.minimal.Heartbeat;
import org.lifeline.mavlink.frame.Frame;
import org.lifeline.tlog.TlogReader;
import org.lifeline.tlog.TlogRecord;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a {@code .tlog} once, in constant memory apart from the seek points, mission and
 * parameters, and condenses it into a {@link RecordedLog}. Only the few messages the replay
 * answers from are decoded (HEARTBEAT, PARAM_VALUE, MISSION_COUNT, MISSION_ITEM(_INT)); damaged
 * stretches are skipped by the reader and reported in the summary.
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
        try (TlogReader reader = TlogReader.open(file)) {
            for (TlogRecord r : reader) {
                if (start == Long.MIN_VALUE) {
                    start = r.epochMicros();
                }
                long at = Math.max(0, r.epochMicros() - start);
                end = Math.max(end, at);
                seek.offer(at, r.offset());
                Frame f = r.frame();
                switch (f.messageId()) {
                    case ReplayWire.HEARTBEAT -> {
                        Optional<Heartbeat> hb = decode(f, Heartbeat.class);
                        if (hb.isPresent()) {
                            if (ReplayWire.isGroundStation(hb.get())) {
                                groundHeartbeats.add(f.systemId());
                            } else {
                                vehicleHeartbeats.add(f.systemId());
                                if (firstSource == null) {
                                    firstSource = new int[] {f.systemId(), f.componentId()};
                                }
                                if (autopilot == null && ReplayWire.isAutopilot(hb.get())) {
                                    autopilot = new int[] {f.systemId(), f.componentId()};
                                }
                            }
                        }
                    }
                    case ReplayWire.PARAM_VALUE -> decode(f, ParamValue.class).map(ReplayWire::parameter)
                            .ifPresent(p -> params.put(p.name(), p));
                    case ReplayWire.MISSION_COUNT -> decode(f, MissionCount.class).map(ReplayWire::count).ifPresent(missions::count);
                    case ReplayWire.MISSION_ITEM_INT -> decode(f, MissionItemInt.class).map(ReplayWire::item).ifPresent(missions::item);
                    case ReplayWire.MISSION_ITEM -> decode(f, MissionItem.class).map(ReplayWire::item).ifPresent(missions::item);
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
            return new RecordedLog(file, reader.summary(), start, Duration.ofNanos(end * 1_000L), seek, vehicle[0], vehicle[1],
                    Set.copyOf(ground), missions.plans(), new RecordedParameters(params));
        }
    }

    private static <T> Optional<T> decode(Frame f, Class<T> type) {
        return ReplayWire.decode(f).filter(type::isInstance).map(type::cast);
    }
}
