package org.lifeline.groundstation.session;

import org.lifeline.mavlink.MavMessage;
import org.lifeline.mavlink.MessageChannel;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Two in-process {@link MessageChannel} ends: what one sends, the other's listeners receive on
 * a delivery thread of their own, in order, as from a link's reader thread. Payload objects
 * are passed as they are; tests of the bytes on the wire use a real link.
 */
public final class LoopbackChannels implements AutoCloseable {

    private final End ground;
    private final End vehicle;

    public LoopbackChannels(int groundSystem, int groundComponent, int vehicleSystem, int vehicleComponent) {
        ground = new End(groundSystem, groundComponent, "ground-rx");
        vehicle = new End(vehicleSystem, vehicleComponent, "vehicle-rx");
        ground.peer = vehicle;
        vehicle.peer = ground;
    }

    public MessageChannel ground() {
        return ground;
    }

    public MessageChannel vehicle() {
        return vehicle;
    }

    @Override
    public void close() {
        ground.executor.shutdownNow();
        vehicle.executor.shutdownNow();
    }

    private static final class End implements MessageChannel {
        final int system;
        final int component;
        final List<Consumer<MavMessage>> listeners = new CopyOnWriteArrayList<>();
        final ExecutorService executor;
        End peer;
        int sequence;

        End(int system, int component, String thread) {
            this.system = system;
            this.component = component;
            this.executor = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, thread);
                t.setDaemon(true);
                return t;
            });
        }

        @Override
        public synchronized void send(Object payload) {
            MavMessage m = new MavMessage(system, component, sequence++ & 0xff, payload);
            if (!peer.executor.isShutdown()) {
                peer.executor.execute(() -> peer.listeners.forEach(l -> l.accept(m)));
            }
        }

        @Override
        public Subscription subscribe(Consumer<MavMessage> listener) {
            listeners.add(listener);
            return () -> listeners.remove(listener);
        }
    }
}
