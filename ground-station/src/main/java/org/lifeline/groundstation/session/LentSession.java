package org.lifeline.groundstation.session;

import java.nio.file.Path;
import java.util.Optional;

import org.lifeline.mavlink.MessageChannel;
import org.lifeline.time.Scheduler;

/**
 * A session lent to one user: everything is the link's, except the tlog, which may be this
 * user's own ({@link SharedLinks}), and {@link #close()}, which gives the link back instead of
 * closing it.
 */
public final class LentSession implements VehicleSession {

    private final VehicleSession link;
    private final Optional<Path> tlog;
    private final Runnable onReturn;
    private boolean returned;

    LentSession(VehicleSession link, Optional<Path> tlog, Runnable onReturn) {
        this.link = link;
        this.tlog = tlog;
        this.onReturn = onReturn;
    }

    /** {@code session} for a user that must not close it: its {@code close()} does nothing to the link. */
    public static VehicleSession keptOpen(VehicleSession session) {
        return new LentSession(session, session.tlog(), () -> { });
    }

    @Override
    public MessageChannel channel() {
        return link.channel();
    }

    @Override
    public Scheduler scheduler() {
        return link.scheduler();
    }

    @Override
    public int targetSystem() {
        return link.targetSystem();
    }

    @Override
    public int targetComponent() {
        return link.targetComponent();
    }

    @Override
    public int autopilot() {
        return link.autopilot();
    }

    @Override
    public int ownSystemId() {
        return link.ownSystemId();
    }

    @Override
    public String uri() {
        return link.uri();
    }

    @Override
    public Optional<Path> tlog() {
        return tlog;
    }

    @Override
    public FrameCounters frameCounters() {
        return link.frameCounters();
    }

    @Override
    public void close() {
        synchronized (this) {
            if (returned) {
                return;
            }
            returned = true;
        }
        onReturn.run();
    }
}
