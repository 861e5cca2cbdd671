package org.lifeline.agent.core;

import java.util.Objects;

import org.lifeline.fleet.Command;
import org.lifeline.fleet.CommandAck;
import org.lifeline.fleet.CommandSigner;
import org.lifeline.time.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers ground-station commands exactly once each. Order of checks:
 *
 * <ol>
 *   <li>A command identical to one already carried out (same id, same fields, same signature — a
 *       QoS 1 redelivery or a retry, also after a restart: {@link CommandLog}) gets the same ack
 *       again and nothing else happens.</li>
 *   <li>The signature, freshness and replay check ({@link CommandSigner}); anything but VALID is
 *       REJECTED with the verdict. A different command under a used id is REPLAYED.</li>
 *   <li>The command is carried out ({@link CommandActions}); its ack is remembered for rule 1.</li>
 * </ol>
 * Rejected commands are not remembered: they did nothing, and remembering them would let anyone
 * able to publish an unsigned command block a genuine one by taking its id first.
 */
public final class CommandProcessor {

    private static final Logger LOG = LoggerFactory.getLogger(CommandProcessor.class);

    /** Carries out a verified command and says how it went. */
    public interface CommandActions {
        CommandAck execute(Command command);
    }

    private final String droneId;
    private final CommandSigner signer;
    private final Scheduler clock;
    private final CommandActions actions;
    private final AgentOutput out;
    private final CommandLog done;

    public CommandProcessor(String droneId, CommandSigner signer, Scheduler clock, CommandActions actions, AgentOutput out,
                            CommandLog done) {
        this.done = Objects.requireNonNull(done);
        this.droneId = Objects.requireNonNull(droneId);
        this.signer = Objects.requireNonNull(signer);
        this.clock = Objects.requireNonNull(clock);
        this.actions = Objects.requireNonNull(actions);
        this.out = Objects.requireNonNull(out);
    }

    /** Handles one command (from the bus's callback thread). */
    public synchronized void onCommand(Command c) {
        var before = done.find(c.commandId());
        if (before.isPresent() && before.get().command().equals(c)) {
            LOG.info("command repeated command={} type={}: same ack, no action", c.commandId(), c.type());
            out.ack(before.get().ack());
            return;
        }
        long now = clock.epochMicros() / 1000;
        CommandSigner.Verdict verdict = signer.verify(c, now);
        if (verdict != CommandSigner.Verdict.VALID) {
            LOG.warn("command rejected command={} type={} verdict={}", c.commandId(), c.type(), verdict);
            out.ack(new CommandAck(c.commandId(), droneId, now, CommandAck.Result.REJECTED, "signature check: " + verdict));
            return;
        }
        CommandAck ack;
        try {
            ack = actions.execute(c);
        } catch (RuntimeException e) {
            LOG.error("command failed command={} type={}", c.commandId(), c.type(), e);
            ack = new CommandAck(c.commandId(), droneId, now, CommandAck.Result.FAILED, "internal error: " + e.getMessage());
        }
        done.record(c, ack);
        out.ack(ack);
    }
}
