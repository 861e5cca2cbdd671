package org.lifeline.groundstation.session;

import org.lifeline.link.Link;
import org.lifeline.link.LinkOptions;
import org.lifeline.link.LinkUri;
import org.lifeline.link.Links;
import org.lifeline.mavlink.EndpointCounters;
import org.lifeline.mavlink.EndpointOptions;
import org.lifeline.mavlink.MavlinkEndpoint;
import org.lifeline.mavlink.MessageChannel;
import org.lifeline.mavlink.signing.SigningKey;
import org.lifeline.time.Scheduler;
import org.lifeline.time.SystemScheduler;
import org.lifeline.tlog.TlogSink;
import org.lifeline.tlog.TlogWriter;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Opens a real link: the tlog file first (so a bad path fails before anything is opened),
 * then the link from its URI, then the MAVLink endpoint over it, presenting us as a ground
 * station with the requested ids and, with a key, requiring signed frames.
 */
public final class LinkConnector implements OpenChannel.Connector {

    @Override
    public OpenChannel connect(SessionOptions options) throws SessionException {
        return connect(options, null);
    }

    @Override
    public OpenChannel connect(SessionOptions options, TlogSink tap) throws SessionException {
        LinkUri uri;
        try {
            uri = LinkUri.parse(options.uri());
        } catch (IllegalArgumentException e) {
            throw SessionException.badInput("--connect: " + e.getMessage(), e);
        }
        TlogWriter tlog = options.tlog().isPresent() ? createTlog(options.tlog().get()) : null;
        Link link;
        try {
            link = Links.open(uri, LinkOptions.DEFAULTS);
        } catch (IOException | RuntimeException e) {
            closeQuietly(tlog);
            // the link layer's message already names the URI and the likely cause
            throw SessionException.noLink(message(e), e);
        }
        SystemScheduler scheduler = new SystemScheduler("lifeline-link");
        EndpointOptions endpointOptions = EndpointOptions.groundStation().withIds(options.ownSystemId(), options.ownComponentId());
        if (options.signingKey().isPresent()) {
            endpointOptions = endpointOptions.withSigning(SigningKey.of(options.signingKey().get()), true);
        }
        TlogSink sink = tlog == null ? tap : tap == null ? tlog : both(tlog, tap);
        if (sink != null) {
            endpointOptions = endpointOptions.withTlog(sink);
        }
        MavlinkEndpoint endpoint = new MavlinkEndpoint(link, scheduler, endpointOptions);
        endpoint.start();
        return new Open(endpoint, scheduler, tlog, options.uri());
    }

    static TlogWriter createTlog(Path file) throws SessionException {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            return TlogWriter.create(file);
        } catch (FileAlreadyExistsException e) {
            throw SessionException.badInput("--tlog " + file + ": the file exists (a flight log is never overwritten)", e);
        } catch (IOException e) {
            throw SessionException.badInput("--tlog " + file + ": cannot create: " + message(e), e);
        }
    }

    private static TlogSink both(TlogSink a, TlogSink b) {
        return (micros, frame) -> {
            a.record(micros, frame);
            b.record(micros, frame);
        };
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void closeQuietly(TlogWriter tlog) {
        if (tlog != null) {
            tlog.close();
        }
    }

    private record Open(MavlinkEndpoint endpoint, SystemScheduler clock, TlogWriter tlogWriter, String uri)
            implements OpenChannel {
        @Override
        public MessageChannel channel() {
            return endpoint;
        }

        @Override
        public Scheduler scheduler() {
            return clock;
        }

        @Override
        public Optional<Path> tlog() {
            return Optional.ofNullable(tlogWriter).map(TlogWriter::file);
        }

        @Override
        public FrameCounters frameCounters() {
            EndpointCounters c = endpoint.counters();
            return new FrameCounters(c.framesReceived(), c.crcFailures(), c.signatureFailures() + c.unsignedDropped(),
                    c.bytesReceived(), c.packetsLost());
        }

        @Override
        public void close() {
            endpoint.close();
            closeQuietly(tlogWriter);
            clock.close();
        }
    }
}
