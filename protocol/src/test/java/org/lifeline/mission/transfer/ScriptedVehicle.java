package org.lifeline.mission.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.lifeline.mavlink.MavMessage;
import org.lifeline.mavlink.sim.LinkProfile;
import org.lifeline.mavlink.sim.SimulatedChannelPair;
import org.lifeline.time.ManualScheduler;

/**
 * A vehicle whose every answer is written by the test, over a zero-latency simulated link: the
 * test sees exactly what the ground station sent and decides what comes back.
 */
final class ScriptedVehicle {

    final ManualScheduler scheduler = new ManualScheduler();
    final SimulatedChannelPair link = SimulatedChannelPair.symmetric(scheduler, LinkProfile.perfect(), 1);
    final MissionTransferClient client;
    final List<Object> received = new ArrayList<>();

    ScriptedVehicle(TransferOptions options) {
        client = new MissionTransferClient(link.ground(), scheduler, options);
        link.vehicle().subscribe((MavMessage m) -> received.add(m.payload()));
    }

    ScriptedVehicle() {
        this(TransferOptions.fixedSpecTimeouts());
    }

    /** Sends {@code payload} from the vehicle and lets it arrive. */
    void send(Object payload) {
        link.vehicle().send(payload);
        scheduler.runDue();
    }

    /** Lets queued messages arrive without moving time. */
    void settle() {
        scheduler.runDue();
    }

    void advanceMillis(long ms) {
        scheduler.advance(java.time.Duration.ofMillis(ms));
    }

    /** Received messages of {@code type}, in order. */
    <T> List<T> sent(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Object o : received) {
            if (type.isInstance(o)) {
                out.add(type.cast(o));
            }
        }
        return out;
    }

    <T> T last(Class<T> type) {
        List<T> all = sent(type);
        if (all.isEmpty()) {
            throw new AssertionError("the ground station sent no " + type.getSimpleName() + "; it sent " + received);
        }
        return all.get(all.size() - 1);
    }

    static TransferResult done(CompletableFuture<TransferResult> f) {
        if (!f.isDone()) {
            throw new AssertionError("the transfer has not finished");
        }
        return f.join();
    }
}
