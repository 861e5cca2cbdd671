package org.lifeline.groundstation.linkwatch;

import java.time.Clock;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import io.dronefleet.mavlink.common.FenceStatus;
import io.dronefleet.mavlink.common.GlobalPositionInt;
import io.dronefleet.mavlink.minimal.Heartbeat;

import org.lifeline.command.TelemetryPlan;
import org.lifeline.command.TelemetryRequests;
import org.lifeline.groundstation.monitor.FlightMonitor;
import org.lifeline.groundstation.monitor.FlightStatus;
import org.lifeline.groundstation.session.FrameCounters;
import org.lifeline.groundstation.session.SessionException;
import org.lifeline.groundstation.session.SessionOpener;
import org.lifeline.groundstation.session.SessionOptions;
import org.lifeline.groundstation.session.VehicleSession;
import org.lifeline.mavlink.MavMessage;
import org.lifeline.mavlink.MessageChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches one drone's MAVLink link on a thread of its own: opens (borrows) the link, asks the
 * vehicle for its telemetry, and publishes a {@link LinkSample} when a position or heartbeat
 * arrives, when the mode, armed state or fence verdict changes, and once a tick. Positions closer
 * together than {@link WatchSettings#publishEvery()} coalesce: the newest goes out when the
 * interval is over, so none waits longer than that, and nothing else holds a position back. A link that
 * cannot be opened is tried again after {@link WatchSettings#retry()}; a vehicle silent for
 * {@link WatchSettings#silence()} is {@link LinkSample.State#LOST}.
 */
public final class DroneLinkWatch implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DroneLinkWatch.class);

    private final String droneId;
    private final String uri;
    private final SessionOpener opener;
    private final Clock clock;
    private final WatchSettings settings;
    private final Consumer<LinkSample> listener;
    private final CountDownLatch stop = new CountDownLatch(1);
    private final Thread thread;
    private final LinkQuality linkQuality = new LinkQuality(5);
    private LinkSample last;
    private long lastPositionNanos;
    private boolean everLive;
    private long heardAt = -1;
    private double heading = Double.NaN;
    private boolean fenceBreached;
    private int quality = -1;
    private FlightMonitor following;
    private org.lifeline.time.Scheduler timers;
    private boolean held;

    public DroneLinkWatch(String droneId, String uri, SessionOpener opener, Clock clock, WatchSettings settings,
                          Consumer<LinkSample> listener) {
        this.droneId = droneId;
        this.uri = uri;
        this.opener = opener;
        this.clock = clock;
        this.settings = settings;
        this.listener = listener;
        this.last = LinkSample.nothingYet(droneId, uri, LinkSample.State.CONNECTING, "opening " + uri, clock.millis());
        this.thread = new Thread(this::run, "link-watch-" + droneId);
        this.thread.setDaemon(true);
    }

    public void start() {
        listener.accept(last);
        thread.start();
    }

    /** The newest sample. */
    public synchronized LinkSample sample() {
        return last;
    }

    private void run() {
        SessionOptions options = new SessionOptions(uri, 255, 190, OptionalInt.empty(), 1, Optional.empty(), Optional.empty(),
                settings.heartbeatTimeout());
        while (stop.getCount() > 0) {
            try (VehicleSession s = opener.open(options, note -> { })) {
                follow(s);
            } catch (SessionException e) {
                lostOrUnreachable(e.getMessage());
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.warn("{}: link {} failed: {}", droneId, uri, e.toString());
                lostOrUnreachable("link failed: " + e.getMessage());
            }
            try {
                if (stop.await(settings.retry().toMillis(), TimeUnit.MILLISECONDS)) {
                    return;
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void follow(VehicleSession s) throws InterruptedException {
        int system = s.targetSystem();
        int component = s.targetComponent();
        try (FlightMonitor monitor = new FlightMonitor(s.channel(), system, component, moment -> { });
             MessageChannel.Subscription sub = s.channel().subscribe(m -> onMessage(m, system, component, monitor));
             TelemetryRequests asked = s.requestTelemetry(plan())) {
            synchronized (this) {
                everLive = true;
                heardAt = clock.millis();
                linkQuality.clear();
                following = monitor;
                timers = s.scheduler();
                lastPositionNanos = timers.nanoTime() - settings.publishEvery().toNanos();
            }
            publish(monitor.status());
            while (!stop.await(settings.tick().toMillis(), TimeUnit.MILLISECONDS)) {
                tick(s.frameCounters());
                publish(monitor.status());
            }
        } finally {
            synchronized (this) {
                following = null;
                timers = null;
            }
        }
    }

    private TelemetryPlan plan() {
        java.util.Map<Integer, Double> rates = new java.util.LinkedHashMap<>(TelemetryPlan.monitor(settings.positionHz()).rates());
        rates.put(TelemetryPlan.FENCE_STATUS, 1.0);
        return new TelemetryPlan(rates);
    }

    private void onMessage(MavMessage m, int system, int component, FlightMonitor monitor) {
        if (m.systemId() != system || m.componentId() != component) {
            return;
        }
        Object p = m.payload();
        FlightStatus now = monitor.status();
        boolean changed;
        synchronized (this) {
            if (p instanceof Heartbeat) {
                heardAt = clock.millis();
                // a heartbeat goes out only when it changes what the page shows: live again, the mode, armed
                changed = last.state() != LinkSample.State.LIVE || !now.mode().equals(last.mode()) || now.armed() != last.armed();
            } else if (p instanceof GlobalPositionInt g) {
                heading = g.hdg() == 0xFFFF ? Double.NaN : g.hdg() / 100.0;
                changed = false;
            } else if (p instanceof FenceStatus f) {
                boolean breached = f.breachStatus() != 0;
                changed = breached != fenceBreached;
                fenceBreached = breached;
            } else {
                return;
            }
        }
        if (p instanceof GlobalPositionInt) {
            publishPosition(now);
        } else if (changed) {
            publish(now);
        }
    }

    private synchronized void tick(FrameCounters now) {
        quality = linkQuality.add(now);
    }

    /**
     * A new position: out now, unless the last position went out less than
     * {@link WatchSettings#publishEvery()} ago; then the newest goes out when that interval is over.
     * Other samples (ticks, a mode change) never hold a position back.
     */
    private void publishPosition(FlightStatus f) {
        synchronized (this) {
            if (timers == null) {
                return; // not following a link (any more)
            }
            // the link's own clock: the pace of the radio, whatever the dashboard's clock says
            long wait = settings.publishEvery().toNanos() - (timers.nanoTime() - lastPositionNanos);
            if (wait > 0) {
                if (!held) {
                    held = true;
                    timers.schedule(java.time.Duration.ofNanos(wait), this::publishHeld);
                }
                return;
            }
            lastPositionNanos = timers.nanoTime();
        }
        publish(f);
    }

    private void publishHeld() {
        FlightMonitor monitor;
        synchronized (this) {
            held = false;
            monitor = following;
        }
        if (monitor != null) {
            publishPosition(monitor.status());
        }
    }

    private void publish(FlightStatus f) {
        LinkSample s;
        synchronized (this) {
            long now = clock.millis();
            long silentFor = now - heardAt;
            boolean silent = silentFor > settings.silence().toMillis();
            LinkSample.State state = silent ? LinkSample.State.LOST : LinkSample.State.LIVE;
            String detail = silent ? String.format(java.util.Locale.ROOT, "no heartbeat for %.0f s", silentFor / 1000.0) : "";
            s = new LinkSample(droneId, uri, state, detail, f.mode(), f.armed(), f.haveFix(), f.latitude(), f.longitude(),
                    f.relativeAltitude(), heading, f.groundSpeed(), f.batteryPercent(), f.missionSeq(), quality, fenceBreached, heardAt, now);
            last = s;
        }
        listener.accept(s);
    }

    private void lostOrUnreachable(String why) {
        LinkSample s;
        synchronized (this) {
            s = last = last.withState(everLive ? LinkSample.State.LOST : LinkSample.State.UNREACHABLE, why, clock.millis());
        }
        listener.accept(s);
    }

    @Override
    public void close() {
        stop.countDown();
        thread.interrupt();
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
