package org.lifeline.groundstation.testing;

import java.nio.file.Path;
import java.util.Optional;

import org.lifeline.groundstation.session.FrameCounters;
import org.lifeline.groundstation.session.VehicleSession;
import org.lifeline.mavlink.MessageChannel;
import org.lifeline.time.Scheduler;

/**
 * A session on an in-process link to an ArduPilot-like vehicle (system 1, component 1), as a
 * session opener would give it for the drone's link; we are 255. Closing it leaves the link to
 * the test.
 */
public record InProcessSession(MessageChannel channel, Scheduler scheduler, String uri) implements VehicleSession {

    @Override
    public int targetSystem() {
        return 1;
    }

    @Override
    public int targetComponent() {
        return 1;
    }

    @Override
    public int autopilot() {
        return 3;
    }

    @Override
    public int ownSystemId() {
        return 255;
    }

    @Override
    public Optional<Path> tlog() {
        return Optional.empty();
    }

    @Override
    public FrameCounters frameCounters() {
        return FrameCounters.NONE;
    }

    @Override
    public void close() {
        // the test owns the link
    }
}
