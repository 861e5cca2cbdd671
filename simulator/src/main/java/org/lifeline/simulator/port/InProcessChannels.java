package org.lifeline.simulator.port;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.lifeline.mavlink.MavMessage;
import org.lifeline.mavlink.MessageChannel;
import org.lifeline.time.Scheduler;

/**
 * Two {@link MessageChannel}s joined back to back, like the two ends of a radio, without bytes
 * or threads: what one end sends is delivered to the other end's listeners as a
 * {@link MavMessage} stamped with the sender's system and component id and a per-direction
 * sequence number. Delivery is scheduled on the given scheduler (zero delay), so a reply is
 * never delivered inside the sender's own call — the same ordering a real link gives.
 */
public final class InProcessChannels {

    /** The two ends: {@code a} belongs to the first identity, {@code b} to the second. */
    public record Pair(MessageChannel a, MessageChannel b) {
    }

    private InProcessChannels() {
    }

    public static Pair pair(Scheduler scheduler, int sysA, int compA, int sysB, int compB) {
        End a = new End(scheduler, sysA, compA);
        End b = new End(scheduler, sysB, compB);
        a.peer = b;
        b.peer = a;
        return new Pair(a, b);
    }

    private static final class End implements MessageChannel {
        private final Scheduler scheduler;
        private final int systemId;
        private final int componentId;
        private final List<Consumer<MavMessage>> listeners = new CopyOnWriteArrayList<>();
        private End peer;
        private int sequence;

        End(Scheduler scheduler, int systemId, int componentId) {
            this.scheduler = scheduler;
            this.systemId = systemId;
            this.componentId = componentId;
        }

        @Override
        public void send(Object payload) {
            MavMessage msg = new MavMessage(systemId, componentId, sequence, payload);
            sequence = (sequence + 1) & 0xFF;
            End target = peer;
            scheduler.schedule(Duration.ZERO, () -> {
                for (Consumer<MavMessage> l : target.listeners) {
                    l.accept(msg);
                }
            });
        }

        @Override
        public Subscription subscribe(Consumer<MavMessage> listener) {
            listeners.add(listener);
            return () -> listeners.remove(listener);
        }
    }
}
