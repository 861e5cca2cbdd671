package org.lifeline.groundstation.demo;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.lifeline.command.TelemetryPlan;
import org.lifeline.command.TelemetryRequests;
import org.lifeline.groundstation.session.LentSession;
import org.lifeline.groundstation.session.SessionException;
import org.lifeline.groundstation.session.SessionOpener;
import org.lifeline.groundstation.session.SessionOptions;
import org.lifeline.groundstation.session.VehicleSession;

/**
 * One MAVLink session to a drone for a whole sortie, recorded to one {@code .tlog}: the
 * upload, the start and the flight to the landing. Each step that opens a session gets the same
 * one (its own {@code close()} keeps it open); {@link #close()} ends it. Over
 * {@link org.lifeline.groundstation.session.SharedLinks} the session is the drone's shared link
 * (the dashboard watches the same one) and the tlog is the sortie's own. So the sortie's log
 * holds the mission as uploaded and the whole flight, for {@code lifeline log report}.
 */
final class RecordedLink implements SessionOpener, AutoCloseable {

    private final SessionOpener real;
    private final Path tlog;
    private VehicleSession session;

    RecordedLink(SessionOpener real, Path tlog) {
        this.real = real;
        this.tlog = tlog;
    }

    @Override
    public synchronized VehicleSession open(SessionOptions o, Consumer<String> progress) throws SessionException {
        if (session == null) {
            session = real.open(new SessionOptions(o.uri(), o.ownSystemId(), o.ownComponentId(), o.targetSystem(), o.targetComponent(),
                    o.signingKey(), Optional.of(tlog), o.heartbeatTimeout()), progress);
        }
        return LentSession.keptOpen(session);
    }

    /**
     * Asks for telemetry (so the log holds the flight) and waits until {@code landed} holds.
     *
     * @return false when the limit passed first or no session was ever opened
     */
    boolean followUntil(BooleanSupplier landed, Duration limit) throws InterruptedException {
        VehicleSession s;
        synchronized (this) {
            s = session;
        }
        if (s == null) {
            return false;
        }
        CountDownLatch never = new CountDownLatch(1);
        long deadline = System.nanoTime() + limit.toNanos();
        try (TelemetryRequests asked = s.requestTelemetry(TelemetryPlan.monitor(2))) {
            while (!landed.getAsBoolean()) {
                if (System.nanoTime() - deadline > 0) {
                    return false;
                }
                never.await(250, TimeUnit.MILLISECONDS);
            }
            return true;
        }
    }

    @Override
    public synchronized void close() {
        if (session != null) {
            session.close();
            session = null;
        }
    }
}
