package org.lifeline.mavlink;

import io.dronefleet.mavlink.minimal.Heartbeat;
import org.lifeline.link.Link;
import org.lifeline.mavlink.frame.Frame;
import org.lifeline.mavlink.frame.FrameParser;
import org.lifeline.mavlink.frame.FrameWriter;
import org.lifeline.mavlink.frame.MessageRegistry;
import org.lifeline.mavlink.frame.MessageSpec;
import org.lifeline.mavlink.frame.PayloadCodec;
import org.lifeline.mavlink.signing.FrameSigner;
import org.lifeline.mavlink.signing.SignatureVerifier;
import org.lifeline.mavlink.signing.SigningPolicy;
import org.lifeline.mavlink.signing.SigningTimestamps;
import org.lifeline.time.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A MAVLink endpoint over a {@link Link}: our own framing and resynchronisation, optional signing,
 * counters, a periodic HEARTBEAT, vehicle discovery and link-loss detection, and a tlog of every
 * frame accepted or sent. It is the real {@link MessageChannel} that mission transfer and commands
 * run on.
 *
 * <p>Threads: {@link #start()} starts one reader thread that owns the parser and calls message
 * listeners; {@link #send} may be called from any thread; periodic work (heartbeat, link-loss
 * checks) runs on the {@link Scheduler}. The endpoint addresses nothing itself: the target system
 * and component are fields of the message objects that callers send.
 *
 * <p>Receive path, per frame: parser (checksum, resync) → signing policy (bad or replayed signatures
 * always dropped; unsigned dropped when signing is required) → sequence-gap and per-id counters →
 * tlog → raw-frame listeners → decode → vehicle tracking → message listeners.
 */
public final class MavlinkEndpoint implements MessageChannel, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MavlinkEndpoint.class);
    private static final int SETUP_SIGNING = 256;
    private static final Duration CHECK_INTERVAL = Duration.ofMillis(250);

    private final Link link;
    private final Scheduler scheduler;
    private final EndpointOptions options;
    private final PayloadCodec codec;
    private final FrameParser parser;
    private final FrameWriter writer;
    private final SigningPolicy signing;
    private final CounterSet counters = new CounterSet();
    private final VehicleTracker vehicles;
    private final List<Consumer<MavMessage>> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<Frame>> frameListeners = new CopyOnWriteArrayList<>();
    private final Object writeLock = new Object();
    private volatile boolean closed;
    private Thread reader;
    private Scheduler.Cancellable heartbeatTask;
    private Scheduler.Cancellable checkTask;

    /** An endpoint with the standard (ArduPilot + common) message table; call {@link #start()} to run it. */
    public MavlinkEndpoint(Link link, Scheduler scheduler, EndpointOptions options) {
        this(link, scheduler, options, MessageRegistry.standard());
    }

    public MavlinkEndpoint(Link link, Scheduler scheduler, EndpointOptions options, MessageRegistry registry) {
        this.link = link;
        this.scheduler = scheduler;
        this.options = options;
        this.codec = new PayloadCodec(registry);
        this.parser = new FrameParser(registry, this::onFrame);
        SigningTimestamps timestamps = new SigningTimestamps(scheduler);
        this.signing = new SigningPolicy(options.signingKey() == null ? null
                : new SignatureVerifier(options.signingKey(), timestamps, options.signatureWindow()),
                options.signingRequired(), options.unsignedAccepted());
        FrameSigner signer = options.signingKey() == null ? null
                : new FrameSigner(options.signingKey(), options.signingLinkId(), timestamps);
        this.writer = new FrameWriter(options.systemId(), options.componentId(), codec, signer);
        this.vehicles = new VehicleTracker(options.linkLostTimeout(), scheduler::nanoTime);
    }

    /** Starts the reader thread and the periodic heartbeat and link-loss checks. */
    public synchronized void start() {
        if (reader != null) {
            throw new IllegalStateException("endpoint on " + link.uri() + " already started");
        }
        reader = new Thread(this::readLoop, "mavlink-reader " + link.uri());
        reader.setDaemon(true);
        reader.start();
        if (!options.heartbeatInterval().isZero()) {
            scheduleHeartbeat();
        }
        scheduleCheck();
    }

    @Override
    public void send(Object payload) {
        synchronized (writeLock) {
            if (closed) {
                return;
            }
            // framed under the lock so sequence numbers leave in order
            Frame frame = writer.write(payload);
            int id = frame.messageId();
            try {
                link.write(frame.bytes(), 0, frame.length());
            } catch (IOException e) {
                counters.sendErrors.increment();
                LOG.warn("cannot send {} on {}: {}", frame, link.uri(), e.getMessage());
                return;
            }
            counters.sent(id);
            record(frame);
        }
    }

    @Override
    public Subscription subscribe(Consumer<MavMessage> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Hears every accepted frame, including unknown message ids (raw, undecoded). */
    public Subscription subscribeFrames(Consumer<Frame> listener) {
        frameListeners.add(listener);
        return () -> frameListeners.remove(listener);
    }

    public void addVehicleListener(VehicleListener listener) {
        vehicles.addListener(listener);
    }

    public void removeVehicleListener(VehicleListener listener) {
        vehicles.removeListener(listener);
    }

    /** Every vehicle heard so far, connected or lost. */
    public List<VehicleInfo> vehicles() {
        return vehicles.vehicles();
    }

    /** A vehicle's last state, if heard. */
    public Optional<VehicleInfo> vehicle(int systemId, int componentId) {
        return vehicles.vehicle(new SourceId(systemId, componentId));
    }

    /** Whether the vehicle is currently heard (false when lost or never heard). */
    public boolean isConnected(int systemId, int componentId) {
        return vehicles.linkState(new SourceId(systemId, componentId)).orElse(VehicleTracker.LinkState.LOST)
                == VehicleTracker.LinkState.CONNECTED;
    }

    public EndpointCounters counters() {
        synchronized (parser) {
            return counters.snapshot(scheduler.nanoTime(), parser.stats());
        }
    }

    public EndpointOptions options() {
        return options;
    }

    public String uri() {
        return link.uri();
    }

    /** Stops the timers and the reader thread and closes the link. */
    @Override
    public void close() {
        synchronized (writeLock) {
            closed = true;
        }
        synchronized (this) {
            if (heartbeatTask != null) {
                heartbeatTask.cancel();
            }
            if (checkTask != null) {
                checkTask.cancel();
            }
        }
        link.close();
        Thread r = reader;
        if (r != null && r != Thread.currentThread()) {
            try {
                r.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Feeds received bytes through the receive path (the reader thread's body; tests call it directly). */
    void receive(byte[] data, int offset, int length) {
        counters.bytesReceived.add(length);
        synchronized (parser) {
            parser.feed(data, offset, length);
        }
    }

    /** The vehicle tracker's link-loss check (normally run by the scheduler). */
    void checkLinks() {
        vehicles.checkTimeouts();
    }

    private void readLoop() {
        byte[] buffer = new byte[4096];
        while (!closed) {
            int n;
            try {
                n = link.read(buffer);
            } catch (IOException e) {
                if (!closed) {
                    LOG.warn("reading {} failed: {}", link.uri(), e.getMessage());
                }
                return;
            }
            if (n < 0) {
                return;
            }
            try {
                receive(buffer, 0, n);
            } catch (RuntimeException e) {
                LOG.error("receive path on {} failed; continuing with the next bytes", link.uri(), e);
            }
        }
    }

    private void onFrame(Frame frame, MessageSpec spec) {
        if (!signingAccepts(frame)) {
            return;
        }
        SourceId source = new SourceId(frame.systemId(), frame.componentId());
        counters.sequence(source, frame.sequence());
        counters.received(frame.messageId());
        record(frame);
        for (Consumer<Frame> l : frameListeners) {
            deliver(l, frame);
        }
        if (spec == null) {
            return;
        }
        Optional<Object> payload = codec.decode(frame, spec);
        if (payload.isEmpty()) {
            counters.decodeErrors.increment();
            return;
        }
        MavMessage message = new MavMessage(frame.systemId(), frame.componentId(), frame.sequence(), payload.get());
        if (payload.get() instanceof Heartbeat hb && !isOurs(source)) {
            vehicles.onHeartbeat(Heartbeats.toVehicleInfo(source, hb));
        }
        for (Consumer<MavMessage> l : listeners) {
            deliver(l, message);
        }
    }

    private boolean signingAccepts(Frame frame) {
        switch (signing.check(frame)) {
            case SIGNATURE_FAILED -> counters.signatureFailures.increment();
            case UNSIGNED_DROPPED -> counters.unsignedDropped.increment();
            default -> {
                return true;
            }
        }
        return false;
    }

    private boolean isOurs(SourceId source) {
        return source.systemId() == options.systemId() && source.componentId() == options.componentId();
    }

    private void record(Frame frame) {
        if (options.tlog() != null && frame.messageId() != SETUP_SIGNING) {
            options.tlog().record(scheduler.epochMicros(), frame);
        }
    }

    private <T> void deliver(Consumer<T> listener, T item) {
        try {
            listener.accept(item);
        } catch (RuntimeException e) {
            LOG.error("a MAVLink listener on {} failed", link.uri(), e);
        }
    }

    private synchronized void scheduleHeartbeat() {
        if (closed) {
            return;
        }
        heartbeatTask = scheduler.schedule(options.heartbeatInterval(), () -> {
            sendHeartbeat();
            scheduleHeartbeat();
        });
    }

    private synchronized void scheduleCheck() {
        if (closed) {
            return;
        }
        Duration every = options.linkLostTimeout().compareTo(CHECK_INTERVAL.multipliedBy(4)) < 0
                ? options.linkLostTimeout().dividedBy(4) : CHECK_INTERVAL;
        checkTask = scheduler.schedule(every, () -> {
            checkLinks();
            scheduleCheck();
        });
    }

    /** Sends our HEARTBEAT now (also done periodically once started). */
    public void sendHeartbeat() {
        send(Heartbeats.ours(options.heartbeatType(), options.heartbeatAutopilot()));
    }
}
