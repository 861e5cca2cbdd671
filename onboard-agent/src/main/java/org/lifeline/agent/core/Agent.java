package org.lifeline.agent.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.lifeline.agent.drops.DropBook;
import org.lifeline.agent.drops.DropFinder;
import org.lifeline.agent.drops.MissionDrop;
import org.lifeline.agent.drops.MissionSource;
import org.lifeline.agent.drops.MissionWatcher;
import org.lifeline.agent.drops.Mismatch;
import org.lifeline.agent.fc.FcEvent;
import org.lifeline.agent.fc.FcListener;
import org.lifeline.agent.fc.FlightControllerTracker;
import org.lifeline.agent.fc.VehicleState;
import org.lifeline.agent.release.DropPlan;
import org.lifeline.agent.release.PayloadReleaser;
import org.lifeline.agent.release.ReleaseDecision;
import org.lifeline.agent.release.ReleaseOwner;
import org.lifeline.fleet.Command;
import org.lifeline.fleet.CommandAck;
import org.lifeline.fleet.CommandSigner;
import org.lifeline.fleet.EventType;
import org.lifeline.mavlink.MessageChannel;
import org.lifeline.mission.MissionDigest;
import org.lifeline.mission.MissionItem;
import org.lifeline.time.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The onboard agent's core on one MAVLink channel: tracker → drop controller for releases,
 * tracker → mission watcher → drop book for knowing the drops, commands → processor → actions,
 * and telemetry at its rate. Transport-free: the channel, the mission source and the output are
 * given, so the whole agent runs in-process on fake time in tests.
 */
public final class Agent implements FcListener, CommandProcessor.CommandActions, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Agent.class);

    /** Below this height above home a disarmed vehicle counts as on the ground. */
    private static final double ON_GROUND_METRES = 2.0;

    private final AgentSettings settings;
    private final Scheduler scheduler;
    private final AgentOutput out;
    private final FlightControllerTracker tracker;
    private final DropBook book;
    private final MissionWatcher watcher;
    private final DropController drops;
    private final CommandProcessor commands;
    private final TelemetryPublisher telemetry;
    private final AgentStores stores;
    private volatile List<MissionItem> lastMission;
    private volatile boolean seenDisarmed;

    public Agent(AgentSettings settings, MessageChannel channel, MissionSource missions, Scheduler scheduler,
                 PayloadReleaser releaser, CommandSigner signer, AgentOutput out) {
        this(settings, channel, missions, scheduler, releaser, signer, out, AgentStores.inMemory());
    }

    /** As above, with the stores that let a restarted agent carry on (on disk in the field). */
    public Agent(AgentSettings settings, MessageChannel channel, MissionSource missions, Scheduler scheduler,
                 PayloadReleaser releaser, CommandSigner signer, AgentOutput out, AgentStores stores) {
        this.settings = Objects.requireNonNull(settings);
        this.scheduler = Objects.requireNonNull(scheduler);
        this.out = Objects.requireNonNull(out);
        this.tracker = new FlightControllerTracker(channel, scheduler, settings.tracker());
        this.stores = Objects.requireNonNull(stores);
        this.book = new DropBook(settings.dropDefaults(), settings.releaseOwner());
        stores.plans().replay(book);
        book.setFlightTag("f" + stores.flights().current());
        this.watcher = new MissionWatcher(missions, scheduler, settings.missionRetry(), this::onMission);
        this.drops = new DropController(book, releaser, out, scheduler, settings.refusalAfter());
        this.commands = new CommandProcessor(settings.droneId(), signer, scheduler, this, out, stores.commands());
        this.telemetry = new TelemetryPublisher(settings.droneId(), scheduler, settings.telemetryRateHz(), tracker::state, out);
        tracker.addListener(this);
    }

    public void start() {
        tracker.start();
        telemetry.start();
    }

    /** A command from the fleet bus. */
    public void onCommand(Command c) {
        commands.onCommand(c);
    }

    public VehicleState vehicle() {
        return tracker.state();
    }

    public DropBook drops() {
        return book;
    }

    public FlightControllerTracker tracker() {
        return tracker;
    }

    @Override
    public void onState(VehicleState state) {
        if (state.linkUp() && !state.armed() && (!state.hasPosition() || state.relativeAltitude() < ON_GROUND_METRES)) {
            seenDisarmed = true; // disarmed on the ground: the next arming starts a new flight
        }
        if (state.home() != null) {
            book.setHomeAltitude(state.home().altitudeAmsl());
        }
        drops.onState(state);
    }

    @Override
    public void onEvent(FcEvent event, String message, VehicleState state) {
        switch (event) {
            case MISSION_CHANGED -> watcher.changed();
            case FC_GRIPPER_RELEASED -> LOG.info("flight controller gripper event=\"{}\" (information only)", message);
            case ARMED -> {
                if (seenDisarmed) {
                    // a take-off we saw begin (not an agent restarted in the air): a new flight
                    long flight = stores.flights().next();
                    book.setFlightTag("f" + flight);
                    seenDisarmed = false;
                    LOG.info("flight begins flight={}", flight);
                }
                out.event(EventType.ARMED, Optional.empty(), message);
            }
            default -> out.event(EventType.valueOf(event.name()), Optional.empty(), message);
        }
    }

    private void onMission(List<MissionItem> items) {
        List<Mismatch> mismatches = book.setMission(items);
        boolean changed = !items.equals(lastMission);
        lastMission = items;
        if (changed) {
            List<MissionDrop> found = book.missionDrops();
            out.event(EventType.MISSION_CHANGED, Optional.empty(), "mission of " + items.size() + " items read; drops at items "
                    + found.stream().map(d -> String.valueOf(d.seq())).toList());
            mismatches.forEach(this::reportMismatch);
            if (settings.releaseOwner() == ReleaseOwner.AUTOPILOT) {
                List<Integer> autonomous = DropFinder.autopilotReleases(items);
                if (!autonomous.isEmpty()) {
                    String why = "mission items " + autonomous + " are DO_GRIPPER release: this airframe's autopilot gripper"
                            + " would let the parcel go there by itself, outside every interlock; re-plan the mission with"
                            + " releaseOwner autopilot (drops marked with DO_GRIPPER grab) before flying it";
                    LOG.warn("unsafe mission items={} why=\"{}\"", autonomous, why);
                    out.event(EventType.DROP_PLAN_MISMATCH, Optional.empty(), why);
                }
            }
        }
    }

    private void reportMismatch(Mismatch m) {
        out.event(EventType.DROP_PLAN_MISMATCH, Optional.of(m.parcelId()), m.reason());
    }

    @Override
    public CommandAck execute(Command c) {
        long now = scheduler.epochMicros() / 1000;
        try {
            return switch (c.type()) {
                case PING -> ack(c, now, CommandAck.Result.ACCEPTED, "pong");
                case SET_DROP_PLAN -> {
                    DropPlan plan = CommandArgs.dropPlan(c.args());
                    Optional<String> notYet = missionNotRead(c.args().get("missionDigest"));
                    if (notYet.isPresent()) {
                        // not the mission the ground station uploaded: neither stored nor compared, so no false mismatch;
                        // and read the vehicle's mission now (an upload of as many items may have raised no change)
                        watcher.changed();
                        yield ack(c, now, CommandAck.Result.FAILED, notYet.get());
                    }
                    stores.plans().plan(plan);
                    List<Mismatch> mismatches = book.setGroundPlan(plan);
                    mismatches.forEach(this::reportMismatch);
                    yield ack(c, now, CommandAck.Result.ACCEPTED, mismatches.isEmpty() ? ""
                            : "stored; disagrees with the mission: " + mismatches.stream().map(Mismatch::reason).toList());
                }
                case CANCEL_DROP -> {
                    String parcel = CommandArgs.parcelId(c.args());
                    if (!book.cancel(parcel)) {
                        yield ack(c, now, CommandAck.Result.REJECTED, "no drop known for parcel " + parcel);
                    }
                    stores.plans().cancel(parcel);
                    yield ack(c, now, CommandAck.Result.ACCEPTED, "");
                }
                case RELEASE -> {
                    String parcel = CommandArgs.parcelId(c.args());
                    Optional<DropPlan> plan = book.planFor(parcel);
                    if (plan.isEmpty()) {
                        yield ack(c, now, CommandAck.Result.REJECTED, "no drop plan in force for parcel " + parcel);
                    }
                    ReleaseDecision d = drops.manualRelease(plan.get(), tracker.state());
                    yield ack(c, now, d.allowed() ? CommandAck.Result.ACCEPTED : CommandAck.Result.FAILED,
                            d.allowed() ? "" : d.summary());
                }
            };
        } catch (IllegalArgumentException e) {
            return ack(c, now, CommandAck.Result.REJECTED, e.getMessage());
        }
    }

    /**
     * Why the mission this agent last read is not the one whose {@link MissionDigest} the ground
     * station sent with a drop plan (it uploaded a new one and the agent has not read it yet), or
     * empty when it is, or when no digest was sent. When it is not, the mission is read again at
     * once: a new mission of as many items as the old one may have changed no item count.
     */
    private Optional<String> missionNotRead(String expected) {
        if (expected == null || expected.isBlank()) {
            return Optional.empty();
        }
        List<MissionItem> seen = lastMission;
        if (seen == null) {
            return Optional.of(MissionDigest.NOT_READ_YET + ": the agent has read no mission from the vehicle yet (ground "
                    + "station's " + expected.trim() + "); send again once it has");
        }
        String digest = MissionDigest.of(seen);
        return digest.equals(expected.trim()) ? Optional.empty() : Optional.of(MissionDigest.NOT_READ_YET + ": the agent's "
                + "mission of " + seen.size() + " items is " + digest + ", the ground station's " + expected.trim()
                + "; send again once it has read the new one");
    }

    private CommandAck ack(Command c, long now, CommandAck.Result result, String reason) {
        return new CommandAck(c.commandId(), settings.droneId(), now, result, reason);
    }

    @Override
    public void close() {
        telemetry.stop();
        tracker.close();
    }
}
