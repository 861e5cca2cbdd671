package org.lifeline.command;

import io.dronefleet.mavlink.common.RequestDataStream;
import io.dronefleet.mavlink.minimal.Heartbeat;
import org.lifeline.mavlink.MavMessage;
import org.lifeline.mavlink.MessageChannel;
import org.lifeline.time.Scheduler;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Asks a vehicle for the telemetry a client needs, because ArduPilot sends none on its GCS port
 * until asked (its SRx_ stream rates default to 0 there).
 *
 * <p>Each message of the {@link TelemetryPlan} is asked for with MAV_CMD_SET_MESSAGE_INTERVAL in
 * a COMMAND_LONG, one after another, its COMMAND_ACK checked (resent by the {@link CommandClient}
 * when lost). Every message the vehicle refuses, and all the rest once one goes unanswered after
 * every resend, is then asked for with the legacy
 * REQUEST_DATA_STREAM of its stream group, which ArduPilot still honours and older autopilots
 * only know; it has no answer, so it is sent twice, a second apart, against loss.
 *
 * <p>An autopilot forgets every rate when it reboots, and a link that dropped may come back to a
 * different autopilot: when the vehicle's heartbeat returns after a silence longer than
 * {@code renewAfterSilence}, or when {@link #renew()} is called (a link reconnected), everything
 * is asked for again. A round already under way is not doubled; one more round follows it.
 */
public final class TelemetryRequests implements AutoCloseable {

    static final int CMD_SET_MESSAGE_INTERVAL = 511;
    static final Duration DATA_STREAM_REPEAT = Duration.ofSeconds(1);

    /** What one round of asking ended with. */
    public record Round(int number, List<Integer> accepted, List<Integer> refused, Map<Integer, Integer> dataStreams) {
        /** True when every message was granted by SET_MESSAGE_INTERVAL (no fallback needed). */
        public boolean allAccepted() {
            return refused.isEmpty();
        }
    }

    private final MessageChannel channel;
    private final Scheduler scheduler;
    private final CommandClient commands;
    private final int targetSystem;
    private final int targetComponent;
    private final TelemetryPlan plan;
    private final long renewAfterNanos;
    private final MessageChannel.Subscription subscription;
    private final boolean ownsCommands;
    private final List<Round> rounds = new ArrayList<>();
    private long lastHeartbeat = Long.MIN_VALUE;
    private boolean asking;
    private boolean askAgain;
    private boolean closed;

    public TelemetryRequests(MessageChannel channel, Scheduler scheduler, CommandClient commands, int targetSystem,
                             int targetComponent, TelemetryPlan plan, Duration renewAfterSilence) {
        this(channel, scheduler, commands, false, targetSystem, targetComponent, plan, renewAfterSilence);
    }

    /**
     * Starts asking with a command client of its own (closed with this), sending as {@code ourSystemId};
     * a heartbeat silence of 3 s or more counts as a reconnect.
     */
    public static TelemetryRequests start(MessageChannel channel, Scheduler scheduler, int ourSystemId, int targetSystem,
                                          int targetComponent, TelemetryPlan plan) {
        CommandClient commands = new CommandClient(channel, scheduler, CommandSettings.defaults().withOurSystemId(ourSystemId));
        return new TelemetryRequests(channel, scheduler, commands, true, targetSystem, targetComponent, plan, Duration.ofSeconds(3));
    }

    private TelemetryRequests(MessageChannel channel, Scheduler scheduler, CommandClient commands, boolean ownsCommands,
                              int targetSystem, int targetComponent, TelemetryPlan plan, Duration renewAfterSilence) {
        this.ownsCommands = ownsCommands;
        this.channel = channel;
        this.scheduler = scheduler;
        this.commands = commands;
        this.targetSystem = targetSystem;
        this.targetComponent = targetComponent;
        this.plan = plan;
        this.renewAfterNanos = renewAfterSilence.toNanos();
        this.subscription = channel.subscribe(this::onMessage);
        renew();
    }

    /** Asks for everything again (after a link reconnect); at most one round runs at a time. */
    public void renew() {
        synchronized (this) {
            if (closed) {
                return;
            }
            if (asking) {
                askAgain = true;
                return;
            }
            asking = true;
        }
        askRound();
    }

    /** Every finished round, oldest first. */
    public synchronized List<Round> rounds() {
        return List.copyOf(rounds);
    }

    /** The last finished round, if one finished. */
    public synchronized Optional<Round> lastRound() {
        return rounds.isEmpty() ? Optional.empty() : Optional.of(rounds.get(rounds.size() - 1));
    }

    private void askRound() {
        askNext(new ArrayList<>(plan.rates().keySet()), 0, new ArrayList<>(), new ArrayList<>());
    }

    /**
     * One message at a time (the command client runs one SET_MESSAGE_INTERVAL per vehicle at a
     * time anyway). A refusal moves on to the next message; silence after every resend means the
     * vehicle does not answer this command at all, so the rest are not tried one by one.
     */
    private void askNext(List<Integer> ids, int index, List<Integer> accepted, List<Integer> refused) {
        if (index == ids.size() || isClosed()) {
            finishRound(accepted, refused);
            return;
        }
        int id = ids.get(index);
        commands.send(CommandRequest.longCommand(targetSystem, targetComponent, CMD_SET_MESSAGE_INTERVAL,
                id, plan.intervalMicros(id))).whenComplete((result, error) -> {
            if (result != null && result.accepted()) {
                accepted.add(id);
            } else if (result != null && result.outcome() != CommandOutcome.TIMEOUT) {
                refused.add(id);
            } else {
                refused.addAll(ids.subList(index, ids.size()));
                finishRound(accepted, refused);
                return;
            }
            askNext(ids, index + 1, accepted, refused);
        });
    }

    private void finishRound(List<Integer> accepted, List<Integer> refused) {
        Map<Integer, Integer> streams = refused.isEmpty() ? Map.of() : plan.streamRates(refused);
        if (!streams.isEmpty()) {
            requestDataStreams(streams);
            scheduler.schedule(DATA_STREAM_REPEAT, () -> requestDataStreams(streams));
        }
        boolean again;
        synchronized (this) {
            rounds.add(new Round(rounds.size() + 1, List.copyOf(accepted), List.copyOf(refused), Map.copyOf(streams)));
            again = askAgain && !closed;
            askAgain = false;
            asking = again;
        }
        if (again) {
            askRound();
        }
    }

    private synchronized boolean isClosed() {
        return closed;
    }

    private void requestDataStreams(Map<Integer, Integer> streams) {
        synchronized (this) {
            if (closed) {
                return;
            }
        }
        streams.forEach((stream, hz) -> channel.send(RequestDataStream.builder().targetSystem(targetSystem)
                .targetComponent(targetComponent).reqStreamId(stream).reqMessageRate(hz).startStop(1).build()));
    }

    private void onMessage(MavMessage m) {
        if (m.systemId() != targetSystem || m.componentId() != targetComponent || !(m.payload() instanceof Heartbeat)) {
            return;
        }
        long now = scheduler.nanoTime();
        boolean returned;
        synchronized (this) {
            returned = lastHeartbeat != Long.MIN_VALUE && now - lastHeartbeat > renewAfterNanos;
            lastHeartbeat = now;
        }
        if (returned) {
            renew();
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        subscription.close();
        if (ownsCommands) {
            commands.close();
        }
    }
}
