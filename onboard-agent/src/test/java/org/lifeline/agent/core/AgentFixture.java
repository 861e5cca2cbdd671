package org.lifeline.agent.core;

import static org.lifeline.agent.fc.FakeAutopilot.current;
import static org.lifeline.agent.fc.FakeAutopilot.gps;
import static org.lifeline.agent.fc.FakeAutopilot.heartbeat;
import static org.lifeline.agent.fc.FakeAutopilot.position;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.lifeline.agent.drops.DropDefaults;
import org.lifeline.agent.fc.FakeAutopilot;
import org.lifeline.agent.fc.TrackerOptions;
import org.lifeline.agent.release.InterlockCheck;
import org.lifeline.agent.release.PayloadReleaser;
import org.lifeline.agent.release.ReleaseActuator;
import org.lifeline.agent.release.ReleaseJournal;
import org.lifeline.fleet.Command;
import org.lifeline.fleet.CommandSigner;
import org.lifeline.fleet.CommandType;
import org.lifeline.mission.MavCmd;
import org.lifeline.mission.MissionItem;
import org.lifeline.time.ManualScheduler;

/**
 * One agent on fake time against a scripted autopilot: the mission has a drop at item 2
 * (34.06895, 114.40785, 12 m above home, hold 8 s); the flight helpers move the vehicle.
 */
final class AgentFixture implements AutoCloseable {

    static final double DROP_LAT = 34.06895;
    static final double DROP_LON = 114.40785;
    static final byte[] KEY = CommandSigner.keyFromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
    static final List<MissionItem> MISSION = List.of(
            MissionItem.waypoint(34.0655, 114.4010, 0),
            MissionItem.at(MavCmd.NAV_TAKEOFF, 0, 0, 40, 0, 0, 0, 0),
            MissionItem.waypointWithHold(DROP_LAT, DROP_LON, 12, 8),
            MissionItem.command(MavCmd.DO_GRIPPER, 0, 0, 0, 0),
            MissionItem.command(MavCmd.NAV_RETURN_TO_LAUNCH, 0, 0, 0, 0));

    final ManualScheduler clock;
    final FakeAutopilot fc = new FakeAutopilot();
    final RecordingOutput out = new RecordingOutput();
    final AtomicInteger opened = new AtomicInteger();
    /** The vehicle state at each opening of the actuator. */
    final java.util.List<org.lifeline.agent.release.VehicleSnapshot> openedAt = new java.util.concurrent.CopyOnWriteArrayList<>();
    final ReleaseJournal journal;
    final CommandSigner groundSigner = new CommandSigner(KEY, 30_000);
    boolean parcelPresent = true;
    final Agent agent;
    private int commands;

    AgentFixture(Path journalFile) throws IOException {
        this(journalFile, new ManualScheduler());
    }

    AgentFixture(Path journalFile, ManualScheduler clock) throws IOException {
        this(journalFile, clock, AgentStores.inMemory());
    }

    AgentFixture(Path journalFile, ManualScheduler clock, AgentStores stores) throws IOException {
        this.clock = clock;
        this.journal = ReleaseJournal.open(journalFile);
        ReleaseActuator actuator = new ReleaseActuator() {
            @Override
            public void open() {
                opened.incrementAndGet();
                openedAt.add(agent.vehicle().snapshot());
                parcelPresent = false;
            }

            @Override
            public void close() {
            }
        };
        PayloadReleaser releaser = new PayloadReleaser(new InterlockCheck(), journal, actuator,
                Optional.of(() -> parcelPresent), clock, Duration.ofSeconds(1));
        AgentSettings settings = new AgentSettings("d1", TrackerOptions.defaults(1), new DropDefaults(4, 2, 1.0), 2,
                Duration.ofSeconds(2), Duration.ofSeconds(5));
        agent = new Agent(settings, fc, () -> CompletableFuture.completedFuture(MISSION), clock, releaser,
                new CommandSigner(KEY, 30_000), out, stores);
        agent.start();
    }

    /** One 100 ms step of the flight: heartbeat and position. */
    void tick(boolean armed, int mode, double lat, double lon, double alt, double speed) {
        tick(armed, mode, lat, lon, alt, speed, 0);
    }

    /** One 100 ms step with a vertical speed ({@code climbRate} m/s, positive up). */
    void tick(boolean armed, int mode, double lat, double lon, double alt, double speed, double climbRate) {
        fc.deliver(heartbeat(armed, mode));
        fc.deliver(position(lat, lon, alt, speed, climbRate));
        clock.advance(Duration.ofMillis(100));
    }

    /** Takes off and flies in AUTO to the drop item (current = 2), stopping short of the zone. */
    void flyToDropItem() {
        fc.deliver(heartbeat(false, 3));
        fc.deliver(gps(3, 12));
        fc.deliver(current(1, 5));
        tick(true, 3, 34.0655, 114.4010, 0, 0);
        tick(true, 3, 34.0655, 114.4010, 20, 0);
        fc.deliver(current(2, 5));
        for (int i = 0; i < 10; i++) {
            tick(true, 3, 34.0680, 114.4070, 20, 5);
        }
    }

    Command signed(CommandType type, Map<String, String> args) {
        return groundSigner.sign(unsigned(type, args));
    }

    Command unsigned(CommandType type, Map<String, String> args) {
        return new Command("c" + (++commands), "d1", clock.epochMicros() / 1000, type, args, "");
    }

    static Map<String, String> planArgs(String parcel, int seq, double lat, double lon) {
        return Map.of("parcelId", parcel, "missionSeq", String.valueOf(seq), "lat", String.valueOf(lat),
                "lon", String.valueOf(lon), "zoneRadius", "5", "minAlt", "8", "maxAlt", "16", "maxSpeed", "1.0");
    }

    @Override
    public void close() {
        agent.close();
        journal.close();
    }
}
