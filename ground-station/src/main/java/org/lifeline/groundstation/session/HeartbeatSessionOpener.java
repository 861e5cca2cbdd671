package org.lifeline.groundstation.session;

import org.lifeline.mavlink.MessageChannel;
import org.lifeline.time.Scheduler;
import org.lifeline.tlog.TlogSink;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Opens a session the same way for every transport: connect, then wait for the vehicle's
 * heartbeat (the named system, or the first vehicle heard) and give up with a "no link" error
 * naming the URI and the wait when none comes.
 */
public class HeartbeatSessionOpener implements SessionOpener {

    private final OpenChannel.Connector connector;

    public HeartbeatSessionOpener(OpenChannel.Connector connector) {
        this.connector = connector;
    }

    @Override
    public VehicleSession open(SessionOptions options, Consumer<String> progress) throws SessionException {
        return open(options, null, progress);
    }

    @Override
    public VehicleSession open(SessionOptions options, TlogSink tap, Consumer<String> progress) throws SessionException {
        OpenChannel open = tap == null ? connector.connect(options) : connector.connect(options, tap);
        try {
            String who = options.targetSystem().isPresent() ? "vehicle " + options.targetSystem().getAsInt() : "a vehicle";
            progress.accept("waiting for " + who + " on " + open.uri());
            VehicleFinder.Found found = VehicleFinder.await(open.channel(), options.targetSystem(),
                    options.targetComponent(), options.heartbeatTimeout());
            if (found == null) {
                throw SessionException.noLink("no heartbeat from " + who + " on " + open.uri() + " within "
                        + options.heartbeatTimeout().toSeconds() + " s", null);
            }
            return new Session(open, found, options.ownSystemId());
        } catch (SessionException e) {
            open.close();
            throw e;
        } catch (InterruptedException e) {
            open.close();
            Thread.currentThread().interrupt();
            throw SessionException.noLink("interrupted while waiting for a vehicle on " + open.uri(), e);
        } catch (RuntimeException e) {
            open.close();
            throw e;
        }
    }

    private record Session(OpenChannel open, VehicleFinder.Found vehicle, int ownSystemId) implements VehicleSession {
        @Override
        public MessageChannel channel() {
            return open.channel();
        }

        @Override
        public Scheduler scheduler() {
            return open.scheduler();
        }

        @Override
        public int targetSystem() {
            return vehicle.systemId();
        }

        @Override
        public int targetComponent() {
            return vehicle.componentId();
        }

        @Override
        public int autopilot() {
            return vehicle.autopilot();
        }

        @Override
        public String uri() {
            return open.uri();
        }

        @Override
        public Optional<Path> tlog() {
            return open.tlog();
        }

        @Override
        public FrameCounters frameCounters() {
            return open.frameCounters();
        }

        @Override
        public void close() {
            open.close();
        }
    }
}
