package org.lifeline.groundstation.dispatch.flight;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.lifeline.fleet.Command;
import org.lifeline.fleet.CommandAck;
import org.lifeline.fleet.CommandSigner;
import org.lifeline.fleet.mqtt.FleetBusException;
import org.lifeline.groundstation.fleet.FleetBus;

/**
 * Signed commands to the agents over a {@link FleetBus}, each answered by its ack. Make one per
 * bus and keep it: it registers one ack listener on the bus for its whole life (a bus cannot
 * forget a listener), and matches acks to the commands it sent by command id.
 */
public final class FleetCommands implements DropPlanChannel {

    private final FleetBus bus;
    private final CommandSigner signer;
    private final Map<String, CompletableFuture<CommandAck>> waiting = new ConcurrentHashMap<>();

    /**
     * @param bus    a started (or about to be started) fleet bus
     * @param signer signs with the command key the agents share ({@link CommandKeyFile})
     */
    public FleetCommands(FleetBus bus, CommandSigner signer) {
        this.bus = Objects.requireNonNull(bus, "bus");
        this.signer = Objects.requireNonNull(signer, "signer");
        bus.onAck(this::onAck);
    }

    @Override
    public CompletableFuture<CommandAck> send(Command command) {
        CompletableFuture<CommandAck> answer = new CompletableFuture<>();
        waiting.put(command.commandId(), answer);
        answer.whenComplete((a, e) -> waiting.remove(command.commandId(), answer));
        try {
            bus.send(command, signer);
        } catch (FleetBusException | RuntimeException e) {
            answer.completeExceptionally(e);
        }
        return answer;
    }

    private void onAck(CommandAck ack) {
        CompletableFuture<CommandAck> f = waiting.get(ack.commandId());
        if (f != null) {
            f.complete(ack);
        }
    }
}
