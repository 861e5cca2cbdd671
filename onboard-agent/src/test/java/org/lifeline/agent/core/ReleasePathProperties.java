package org.lifeline.agent.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Stream;

import io.dronefleet.mavlink.common.CommandAck;
import io.dronefleet.mavlink.common.CommandLong;
import io.dronefleet.mavlink.common.MavResult;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.lifeline.agent.drops.DropDefaults;
import org.lifeline.agent.fc.AutopilotGripper;
import org.lifeline.agent.fc.FakeAutopilot;
import org.lifeline.agent.fc.TrackerOptions;
import org.lifeline.agent.release.InterlockCheck;
import org.lifeline.agent.release.PayloadReleaser;
import org.lifeline.agent.release.ReleaseActuator;
import org.lifeline.agent.release.ReleaseJournal;
import org.lifeline.agent.release.ReleaseOwner;
import org.lifeline.fleet.Command;
import org.lifeline.fleet.CommandSigner;
import org.lifeline.fleet.CommandType;
import org.lifeline.mavlink.MavMessage;
import org.lifeline.mavlink.MessageChannel;
import org.lifeline.mission.MavCmd;
import org.lifeline.mission.MissionItem;
import org.lifeline.time.ManualScheduler;
import org.lifeline.time.Scheduler;

/**
 * Over arbitrary interleavings of flight steps around the drop, agent restarts (a crash: the
 * process's pending work is lost, only the disk survives), duplicated autopilot messages,
 * re-read missions, lost gripper acknowledgements and repeated release commands, for both release
 * owners: the parcel physically leaves at most once, and only while the vehicle is armed, in
 * AUTO, at the drop item and inside the drop's zone, altitude window and speed limits (ground and vertical).
 */
class ReleasePathProperties {

    private static final double DROP_LAT = 34.06895;
    private static final double DROP_LON = 114.40785;
    private static final DropDefaults LIMITS = new DropDefaults(4, 2, 1.0);
    private static final byte[] KEY = CommandSigner.keyFromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");

    enum Kind { FLY, FLY_DUPLICATED, RESTART, MISSION_REREAD, RELEASE_COMMAND, SAME_COMMAND_AGAIN, LOSE_NEXT_ACK }

    record Action(Kind kind, boolean armed, int mode, int seq, double north, double alt, double speed, double climb) {
    }

    @Provide
    Arbitrary<List<Action>> interleavings() {
        Arbitrary<Kind> kind = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(12, Arbitraries.just(Kind.FLY)), net.jqwik.api.Tuple.of(3, Arbitraries.just(Kind.FLY_DUPLICATED)),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(Kind.RESTART)), net.jqwik.api.Tuple.of(1, Arbitraries.just(Kind.MISSION_REREAD)),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(Kind.RELEASE_COMMAND)), net.jqwik.api.Tuple.of(1, Arbitraries.just(Kind.SAME_COMMAND_AGAIN)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Kind.LOSE_NEXT_ACK)));
        Arbitrary<Action> action = Combinators.combine(kind, Arbitraries.of(true, true, true, true, false),
                Arbitraries.of(3, 3, 3, 3, 5), Arbitraries.of(1, 2, 2, 2, 2, 2, 3),
                Arbitraries.doubles().between(-0.00008, 0.00008).ofScale(7),
                Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, Arbitraries.doubles().between(10.5, 13.5)),
                        net.jqwik.api.Tuple.of(1, Arbitraries.doubles().between(5, 20))),
                Arbitraries.doubles().between(0, 2),
                Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, Arbitraries.doubles().between(-0.3, 0.3).ofScale(2)),
                        net.jqwik.api.Tuple.of(1, Arbitraries.doubles().between(-2, 2).ofScale(2)))).as(Action::new);
        return action.list().ofMinSize(10).ofMaxSize(70);
    }

    @Property(tries = 25, seed = "20261203")
    void whereTheAgentOwnsTheReleaseTheParcelLeavesAtMostOnceAndOnlyInsideItsDropWindow(
            @ForAll("interleavings") List<Action> actions) throws Exception {
        check(ReleaseOwner.AGENT, actions);
    }

    @Property(tries = 25, seed = "20261203")
    void whereTheAutopilotOwnsTheReleaseTheParcelLeavesAtMostOnceAndOnlyInsideItsDropWindow(
            @ForAll("interleavings") List<Action> actions) throws Exception {
        check(ReleaseOwner.AUTOPILOT, actions);
    }

    private static void check(ReleaseOwner owner, List<Action> actions) throws Exception {
        Path dir = Files.createTempDirectory("release-path-props");
        try (World w = new World(owner, dir)) {
            w.takeOffAndFlyToTheDrop();
            for (Action a : actions) {
                w.act(a);
            }
            assertThat(w.releases).as("physical releases").hasSizeLessThanOrEqualTo(1);
            w.releases.forEach(truth -> assertThat(insideTheDropWindow(truth)).as("released at " + truth).isTrue());
            Statistics.label("released").collect(!w.releases.isEmpty());
            Statistics.label("restarted").collect(w.restarts > 0);
            Statistics.label("released").coverage(c -> c.check(true).percentage(p -> p >= 10));
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static boolean insideTheDropWindow(Action s) {
        // the position as the autopilot reports it (1e-7 degrees), which is what the interlocks see
        double reportedLat = Math.round((DROP_LAT + s.north()) * 1e7) / 1e7;
        double distance = InterlockCheck.distanceMetres(reportedLat, Math.round(DROP_LON * 1e7) / 1e7, DROP_LAT, DROP_LON);
        return s.armed() && s.mode() == 3 && s.seq() == 2 && distance <= LIMITS.zoneRadiusMetres()
                && Math.abs(s.alt() - 12) <= LIMITS.altitudeWindowMetres() && s.speed() <= LIMITS.maxGroundSpeed()
                && Math.abs(s.climb()) <= InterlockCheck.DEFAULT_MAX_VERTICAL_SPEED;
    }

    /**
     * The vehicle, the autopilot's gripper (in AUTOPILOT mode) or the Pi's actuator (in AGENT
     * mode) and the agent's disk outlive every agent; each agent incarnation runs on a scheduler
     * that forgets its pending work when it dies.
     */
    private static final class World implements AutoCloseable {
        final ReleaseOwner owner;
        final Path dir;
        final ManualScheduler clock = new ManualScheduler();
        final FakeAutopilot fc = new FakeAutopilot();
        final GripperAutopilot link = new GripperAutopilot();
        final List<MissionItem> mission;
        final List<Action> releases = new ArrayList<>();
        final CommandSigner ground = new CommandSigner(KEY, 30_000);
        Action truth = new Action(Kind.FLY, false, 3, 1, 0, 0, 0, 0);
        Incarnation current;
        Command lastCommand;
        int commands;
        int restarts;

        World(ReleaseOwner owner, Path dir) throws IOException {
            this.owner = owner;
            this.dir = dir;
            this.mission = List.of(
                    MissionItem.waypoint(34.0655, 114.4010, 0),
                    MissionItem.at(MavCmd.NAV_TAKEOFF, 0, 0, 40, 0, 0, 0, 0),
                    MissionItem.waypointWithHold(DROP_LAT, DROP_LON, 12, 8),
                    MissionItem.command(MavCmd.DO_GRIPPER, 1, owner == ReleaseOwner.AGENT
                            ? MavCmd.GRIPPER_ACTION_RELEASE : MavCmd.GRIPPER_ACTION_GRAB, 0, 0),
                    MissionItem.command(MavCmd.NAV_RETURN_TO_LAUNCH, 0, 0, 0, 0));
            current = new Incarnation();
        }

        void takeOffAndFlyToTheDrop() {
            fc.deliver(FakeAutopilot.heartbeat(false, 3));
            fc.deliver(FakeAutopilot.gps(3, 12));
            step(new Action(Kind.FLY, true, 3, 1, 0, 20, 0, 2.5), false);
            for (int i = 0; i < 5; i++) {
                step(new Action(Kind.FLY, true, 3, 2, 0.0003, 20, 3, 0), false);
            }
        }

        void act(Action a) throws IOException {
            switch (a.kind()) {
                case FLY -> step(a, false);
                case FLY_DUPLICATED -> step(a, true);
                case RESTART -> {
                    current.die();
                    restarts++;
                    current = new Incarnation();
                    step(truth, false);
                }
                case MISSION_REREAD -> {
                    // the item count changing (and back) makes the agent read the mission again, twice
                    fc.deliver(FakeAutopilot.current(truth.seq(), mission.size() + 1));
                    fc.deliver(FakeAutopilot.current(truth.seq(), mission.size()));
                }
                case RELEASE_COMMAND -> {
                    lastCommand = ground.sign(new Command("c" + (++commands), "d1", clock.epochMicros() / 1000,
                            CommandType.RELEASE, Map.of("parcelId", "drop-2-f1"), ""));
                    current.agent.onCommand(lastCommand);
                }
                case SAME_COMMAND_AGAIN -> {
                    if (lastCommand != null) {
                        current.agent.onCommand(lastCommand);
                    }
                }
                case LOSE_NEXT_ACK -> link.loseNextAck = true;
            }
        }

        /**
         * One 100 ms step. The truth the releases are judged against is what the autopilot has
         * reported so far, updated message by message just before each is delivered: the vehicle
         * jumps arbitrarily between steps here, so only the reported state is a fair reference.
         */
        void step(Action a, boolean duplicated) {
            double alt = Math.max(a.alt(), 5); // always in the air: a landing would begin a new flight (new parcels)
            for (int copies = duplicated ? 2 : 1; copies > 0; copies--) {
                truth = new Action(Kind.FLY, a.armed(), a.mode(), truth.seq(), truth.north(), truth.alt(), truth.speed(),
                        truth.climb());
                fc.deliver(FakeAutopilot.heartbeat(a.armed(), a.mode()));
                truth = new Action(Kind.FLY, a.armed(), a.mode(), a.seq(), truth.north(), truth.alt(), truth.speed(),
                        truth.climb());
                fc.deliver(FakeAutopilot.current(a.seq(), mission.size()));
                truth = new Action(Kind.FLY, a.armed(), a.mode(), a.seq(), a.north(), alt, a.speed(), a.climb());
                fc.deliver(FakeAutopilot.position(DROP_LAT + a.north(), DROP_LON, alt, a.speed(), a.climb()));
                if (duplicated) {
                    fc.deliver(FakeAutopilot.reached(a.seq()));
                }
            }
            clock.advance(Duration.ofMillis(100));
        }

        @Override
        public void close() {
            current.die();
        }

        /** The autopilot end of the link: its gripper opens on DO_GRIPPER release and answers (unless told to lose it). */
        final class GripperAutopilot implements MessageChannel {
            boolean open;
            boolean loseNextAck;

            @Override
            public void send(Object payload) {
                fc.send(payload);
                if (payload instanceof CommandLong c && c.command().entry() == io.dronefleet.mavlink.common.MavCmd.MAV_CMD_DO_GRIPPER) {
                    boolean release = c.param2() == 0f;
                    if (release && !open) {
                        releases.add(truth);
                    }
                    open = release;
                    if (loseNextAck) {
                        loseNextAck = false;
                    } else {
                        fc.deliver(CommandAck.builder().command(c.command()).result(MavResult.MAV_RESULT_ACCEPTED).build());
                    }
                }
            }

            @Override
            public Subscription subscribe(Consumer<MavMessage> listener) {
                return fc.subscribe(listener);
            }
        }

        /** One run of the agent process, from its start to its crash. */
        final class Incarnation {
            final ReleaseJournal journal;
            final AgentStores stores;
            final Agent agent;
            final AutopilotGripper gripper;
            boolean alive = true;

            Incarnation() throws IOException {
                journal = ReleaseJournal.open(dir.resolve("releases.journal"));
                stores = AgentStores.open(dir);
                Scheduler mortal = new Scheduler() {
                    @Override
                    public long nanoTime() {
                        return clock.nanoTime();
                    }

                    @Override
                    public long epochMicros() {
                        return clock.epochMicros();
                    }

                    @Override
                    public Cancellable schedule(Duration delay, Runnable task) {
                        return clock.schedule(delay, () -> {
                            if (alive) {
                                task.run();
                            }
                        });
                    }
                };
                ReleaseActuator actuator;
                if (owner == ReleaseOwner.AUTOPILOT) {
                    gripper = new AutopilotGripper(link, 1, 1, 1);
                    actuator = gripper;
                } else {
                    gripper = null;
                    actuator = new ReleaseActuator() {
                        @Override
                        public void open() {
                            releases.add(truth);
                        }

                        @Override
                        public void close() {
                        }
                    };
                }
                PayloadReleaser releaser = new PayloadReleaser(new InterlockCheck(), journal, actuator, Optional.empty(),
                        mortal, Duration.ofSeconds(1));
                AgentSettings settings = new AgentSettings("d1", TrackerOptions.defaults(1), LIMITS, 2,
                        Duration.ofSeconds(2), Duration.ofSeconds(5), owner);
                agent = new Agent(settings, link, () -> CompletableFuture.completedFuture(mission), mortal, releaser,
                        new CommandSigner(KEY, 30_000), new RecordingOutput(), stores);
                agent.start();
            }

            void die() {
                alive = false;
                agent.close();
                if (gripper != null) {
                    gripper.detach();
                }
                journal.close();
                stores.close();
            }
        }
    }
}
