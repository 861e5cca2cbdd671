package org.lifeline.mavlink.sim;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.lifeline.mavlink.MavMessage;
import org.lifeline.mavlink.MessageChannel;
import org.lifeline.time.Scheduler;

/**
 * Two {@link MessageChannel} ends joined by a simulated radio link, in process: what one end
 * sends the other receives after serialisation at the link's byte rate (frames queue behind each
 * other), a one-way latency, and seeded random loss, duplication and reordering (SplitMix64, one
 * stream per direction: {@code java.util.Random} showed long loss streaks when both directions
 * drew from it in a fixed rhythm, as a request/reply protocol does). Each message is
 * encoded to its MAVLink 2 payload and decoded again on arrival, so the receiver sees exactly
 * what a real link would deliver and the air time matches the real frame size.
 *
 * <p>Runs on any {@link Scheduler}; with a {@link org.lifeline.time.ManualScheduler} a transfer
 * of minutes of link time runs in milliseconds, deterministically for a given seed. Listeners
 * are called from scheduler tasks. Thread-safe.
 */
public final class SimulatedChannelPair {

    /** Ground station (system 255, component 190) → vehicle, and back. */
    public enum Direction { UPLINK, DOWNLINK }

    private final Scheduler scheduler;
    private final End ground;
    private final End vehicle;

    /** Ground station 255/190, vehicle 1/1. */
    public SimulatedChannelPair(Scheduler scheduler, LinkProfile uplink, LinkProfile downlink, long seed) {
        this(scheduler, uplink, downlink, seed, 255, 190, 1, 1);
    }

    public SimulatedChannelPair(Scheduler scheduler, LinkProfile uplink, LinkProfile downlink, long seed,
                                int groundSystem, int groundComponent, int vehicleSystem, int vehicleComponent) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        SplittableRandom root = new SplittableRandom(seed);
        this.ground = new End(groundSystem, groundComponent, uplink, root.split());
        this.vehicle = new End(vehicleSystem, vehicleComponent, downlink, root.split());
        ground.peer = vehicle;
        vehicle.peer = ground;
    }

    /** The same profile both ways. */
    public static SimulatedChannelPair symmetric(Scheduler scheduler, LinkProfile profile, long seed) {
        return new SimulatedChannelPair(scheduler, profile, profile, seed);
    }

    /** The ground station's end (its sends travel on the uplink). */
    public MessageChannel ground() {
        return ground;
    }

    /** The vehicle's end (its sends travel on the downlink). */
    public MessageChannel vehicle() {
        return vehicle;
    }

    /** Replaces a direction's profile (e.g. to make the link lossy halfway through a test). */
    public void setProfile(Direction direction, LinkProfile profile) {
        synchronized (this) {
            end(direction).profile = Objects.requireNonNull(profile, "profile");
        }
    }

    /** Scripts faults on one direction; {@link FrameFilter#NONE} removes them. */
    public void setFilter(Direction direction, FrameFilter filter) {
        synchronized (this) {
            end(direction).filter = Objects.requireNonNull(filter, "filter");
        }
    }

    public LinkStats stats(Direction direction) {
        synchronized (this) {
            End e = end(direction);
            return new LinkStats(e.frames, e.bytes, e.lost, e.duplicated, e.reordered);
        }
    }

    private End end(Direction direction) {
        return direction == Direction.UPLINK ? ground : vehicle;
    }

    /** One end: sends on its own direction's link, receives what the peer sends. */
    private final class End implements MessageChannel {
        private final int systemId;
        private final int componentId;
        private final List<Consumer<MavMessage>> listeners = new CopyOnWriteArrayList<>();
        private final SplittableRandom random;
        private End peer;
        private LinkProfile profile;
        private FrameFilter filter = FrameFilter.NONE;
        private long busyUntilNanos;
        private int sequence;
        private long frames;
        private long bytes;
        private long lost;
        private long duplicated;
        private long reordered;

        End(int systemId, int componentId, LinkProfile profile, SplittableRandom random) {
            this.random = random;
            this.systemId = systemId;
            this.componentId = componentId;
            this.profile = Objects.requireNonNull(profile, "profile");
        }

        @Override
        public void send(Object payload) {
            MavlinkFrameSize.Encoded encoded = MavlinkFrameSize.encode(Objects.requireNonNull(payload, "payload"));
            int size = MavlinkFrameSize.OVERHEAD + encoded.bytes().length;
            synchronized (SimulatedChannelPair.this) {
                long now = scheduler.nanoTime();
                long start = Math.max(now, busyUntilNanos);
                long done = start + profile.serialisation(size).toNanos();
                busyUntilNanos = done;
                frames++;
                bytes += size;
                int seq = sequence;
                sequence = (sequence + 1) & 0xFF;
                FrameFilter.Verdict verdict = filter.decide(payload);
                if (verdict == FrameFilter.Verdict.DROP || random.nextDouble() < profile.loss()) {
                    lost++;
                    return;
                }
                long arrival = done + profile.latency().toNanos();
                if (profile.reorder() > 0 && random.nextDouble() < profile.reorder()) {
                    reordered++;
                    arrival += (long) (random.nextDouble() * Math.max(profile.latency().toNanos(), 1_000_000L));
                }
                MavMessage message = new MavMessage(systemId, componentId, seq, encoded.decoded());
                deliverAt(arrival - now, message);
                if (verdict == FrameFilter.Verdict.DUPLICATE_LATE) {
                    duplicated++;
                    deliverAt(arrival - now + 4 * Math.max(profile.latency().toNanos(), 5_000_000L), message);
                } else if (verdict == FrameFilter.Verdict.DUPLICATE || random.nextDouble() < profile.duplication()) {
                    duplicated++;
                    deliverAt(arrival - now + profile.serialisation(size).toNanos(), message);
                }
            }
        }

        private void deliverAt(long delayNanos, MavMessage message) {
            scheduler.schedule(Duration.ofNanos(delayNanos), () -> peer.deliver(message));
        }

        private void deliver(MavMessage message) {
            for (Consumer<MavMessage> l : listeners) {
                l.accept(message);
            }
        }

        @Override
        public Subscription subscribe(Consumer<MavMessage> listener) {
            listeners.add(listener);
            return () -> listeners.remove(listener);
        }
    }
}
