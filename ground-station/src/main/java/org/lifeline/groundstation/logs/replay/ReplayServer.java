package org.lifeline.groundstation.logs.replay;

import org.lifeline.link.Link;
import org.lifeline.mavlink.EndpointOptions;
import org.lifeline.mavlink.MavlinkEndpoint;
import org.lifeline.mavlink.MessageChannel;
import org.lifeline.time.Scheduler;

import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A replay served on a link: the recorded frames go out on it as they were recorded, and a
 * MAVLink endpoint under the log's vehicle ids (sending no heartbeat of its own: the log's keep
 * flowing) hears the attached ground station and carries the {@link Responder}'s answers. The
 * link's writes are whole frames and thread-safe, so the playback's timer and the endpoint's
 * reader share it.
 */
public final class ReplayServer implements AutoCloseable {

    private final Link link;
    private final MavlinkEndpoint endpoint;
    private final Playback playback;
    private final Responder responder;
    private volatile MessageChannel.Subscription attached;
    private volatile UncheckedIOException failure;
    private final Runnable onFinished;

    /**
     * @param onFinished called when the last record has been sent
     */
    public ReplayServer(RecordedLog log, Link link, Scheduler scheduler, double speed, Notices notices, Runnable onFinished) {
        this.link = link;
        this.onFinished = onFinished;
        FrameOutput out = new PackedOutput(link);
        this.endpoint = new MavlinkEndpoint(link, scheduler,
                EndpointOptions.groundStation().withIds(log.vehicleSystem(), log.vehicleComponent()).withoutHeartbeat());
        this.playback = new Playback(log, scheduler, out, speed, onFinished);
        this.responder = new Responder(log, endpoint, scheduler, playback, out, notices);
    }

    /** Starts hearing the ground station and sending the log from its beginning. */
    public void start() {
        endpoint.start();
        playback.start();
    }

    /**
     * Starts hearing the ground station, and sending the log once it has sent anything (its
     * heartbeat, usually): on a listening link ({@code udpin}, {@code tcpin}) frames sent before
     * a ground station attaches go nowhere, so the flight would start without it.
     */
    public void startWhenAttached() {
        AtomicBoolean first = new AtomicBoolean();
        attached = endpoint.subscribeFrames(f -> {
            if (first.compareAndSet(false, true)) {
                try {
                    playback.start();
                } catch (UncheckedIOException e) {
                    failure = e;
                    onFinished.run();
                }
            }
        });
        endpoint.start();
    }

    /** Why the replay stopped early (the log could not be reopened when the ground station attached), or null. */
    public UncheckedIOException failure() {
        return failure;
    }

    public Playback playback() {
        return playback;
    }

    public Link link() {
        return link;
    }

    @Override
    public void close() {
        if (attached != null) {
            attached.close();
        }
        playback.close();
        responder.close();
        endpoint.close();
    }
}
