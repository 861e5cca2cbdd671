package org.lifeline.groundstation.session;

import org.lifeline.mavlink.MessageChannel;
import org.lifeline.time.Scheduler;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A MAVLink channel that is open but whose vehicle has not been heard yet: what a
 * {@link Connector} produces and {@link HeartbeatSessionOpener} turns into a session.
 */
public interface OpenChannel extends AutoCloseable {

    MessageChannel channel();

    Scheduler scheduler();

    String uri();

    Optional<Path> tlog();

    FrameCounters frameCounters();

    @Override
    void close();

    /** Opens a channel from session options: a link plus endpoint, or an in-process vehicle in tests. */
    @FunctionalInterface
    interface Connector {
        /** @throws SessionException when the link cannot be opened or the URI is unusable */
        OpenChannel connect(SessionOptions options) throws SessionException;

        /**
         * As {@link #connect(SessionOptions)}, also recording every frame into {@code tap}. A
         * connector with no endpoint of its own to record from (an in-process vehicle) ignores it.
         */
        default OpenChannel connect(SessionOptions options, org.lifeline.tlog.TlogSink tap) throws SessionException {
            return connect(options);
        }
    }
}
