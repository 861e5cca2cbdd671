package org.lifeline.groundstation.logs.replay;

import org.lifeline.groundstation.logs.read.ClockRepairs;
import org.lifeline.mission.MissionPlan;
import org.lifeline.mission.MissionType;
import org.lifeline.tlog.TlogSummary;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one reading of a {@code .tlog} tells the replay (see {@link LogScanner}).
 *
 * @param file           the log
 * @param summary        what was read and what had to be skipped (damaged regions)
 * @param times          the timestamps that could not be true, and where (see {@link org.lifeline.groundstation.logs.read.LogClock})
 * @param startMicros    the first record's time, µs since the epoch
 * @param duration       from the first record to the last
 * @param seekPoints     where to start reading for a given time
 * @param vehicleSystem  the system id of the vehicle that answers (its autopilot's)
 * @param vehicleComponent the component id of its autopilot
 * @param groundSystems  system ids that only ever sent ground-station heartbeats: their frames are
 *                       not re-emitted (an attached ground station is the ground now)
 * @param missions       the plans the log recorded completely, by type
 * @param parameters     the parameters the log recorded
 */
public record RecordedLog(Path file, TlogSummary summary, ClockRepairs times, long startMicros, Duration duration, SeekPoints seekPoints,
                          int vehicleSystem, int vehicleComponent, Set<Integer> groundSystems,
                          Map<MissionType, MissionPlan> missions, RecordedParameters parameters) {

    /** The recorded plan of {@code type}, if the log holds a complete transfer of it. */
    public Optional<MissionPlan> mission(MissionType type) {
        return Optional.ofNullable(missions.get(type));
    }

    /** Microseconds from the start of the log to the end. */
    public long durationMicros() {
        return duration.toNanos() / 1_000L;
    }
}
