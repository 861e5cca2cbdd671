package org.lifeline.groundstation.session;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.lifeline.tlog.TlogWriter;

/**
 * One link per drone for everything the ground station does with it. A radio on a serial port
 * can be opened once, and a simulator's or an autopilot's TCP port serves one client at a time:
 * the dashboard's live view, an operator's RTL and a sortie's upload and flight must therefore
 * share the link, as a MAVLink router would, instead of each opening its own and taking the port
 * from the others.
 *
 * <p>The first {@link #open} of a URI opens the link and waits for the vehicle's heartbeat as any
 * session does; later opens of the same URI lend the same session after hearing the vehicle
 * again (so a session handed out is one whose vehicle is there now, and a silent vehicle is
 * reported the usual way: "no heartbeat … within 10 s"). Closing a lent session leaves the link
 * open for the others; {@link #close()} closes the links. A lender that asks for a tlog gets one
 * file holding every frame of the link from its open to its close (a sortie's log), however many
 * others use the link meanwhile.
 *
 * <p>The first open's ids and signing key are the link's: a later open naming another vehicle on
 * the same URI is refused (one vehicle per shared link).
 */
public final class SharedLinks implements SessionOpener, AutoCloseable {

    private record Shared(VehicleSession session, TlogTap tap) {
    }

    private final SessionOpener real;
    private final Map<String, Shared> links = new HashMap<>();
    private final Map<String, Object> opening = new ConcurrentHashMap<>();
    private final Set<LentSession> lent = ConcurrentHashMap.newKeySet();
    private boolean closed;

    /** @param real opens the links (over real transports: {@link LinkSessionOpener}) */
    public SharedLinks(SessionOpener real) {
        this.real = real;
    }

    @Override
    public VehicleSession open(SessionOptions options, Consumer<String> progress) throws SessionException {
        Shared shared;
        synchronized (opening.computeIfAbsent(options.uri(), u -> new Object())) {
            shared = existing(options.uri());
            if (shared == null) {
                TlogTap tap = new TlogTap();
                SessionOptions untapped = new SessionOptions(options.uri(), options.ownSystemId(), options.ownComponentId(),
                        options.targetSystem(), options.targetComponent(), options.signingKey(), Optional.empty(),
                        options.heartbeatTimeout());
                shared = new Shared(real.open(untapped, tap, progress), tap);
                if (!keep(options.uri(), shared)) {
                    shared.session().close();
                    throw SessionException.noLink("the ground station is shutting down", null);
                }
            } else {
                hearAgain(shared.session(), options, progress);
            }
        }
        TlogWriter tlog = options.tlog().isPresent() ? LinkConnector.createTlog(options.tlog().get()) : null;
        if (tlog != null) {
            shared.tap().attach(tlog);
        }
        TlogTap tap = shared.tap();
        LentSession[] self = new LentSession[1];
        self[0] = new LentSession(shared.session(), Optional.ofNullable(tlog).map(TlogWriter::file), () -> {
            if (tlog != null) {
                tap.detach(tlog);
                tlog.close();
            }
            lent.remove(self[0]);
        });
        lent.add(self[0]);
        return self[0];
    }

    /** The URIs of the links open now. */
    public synchronized List<String> open() {
        return List.copyOf(links.keySet());
    }

    private synchronized Shared existing(String uri) throws SessionException {
        if (closed) {
            throw SessionException.noLink("the ground station is shutting down", null);
        }
        return links.get(uri);
    }

    private synchronized boolean keep(String uri, Shared shared) {
        if (closed) {
            return false;
        }
        links.put(uri, shared);
        return true;
    }

    private static void hearAgain(VehicleSession s, SessionOptions options, Consumer<String> progress) throws SessionException {
        OptionalInt wanted = options.targetSystem();
        if (wanted.isPresent() && wanted.getAsInt() != s.targetSystem()) {
            throw SessionException.badInput("link " + options.uri() + " is open to vehicle " + s.targetSystem()
                    + ", not to vehicle " + wanted.getAsInt() + " (one vehicle per shared link)", null);
        }
        try {
            if (VehicleFinder.await(s.channel(), OptionalInt.of(s.targetSystem()), s.targetComponent(),
                    options.heartbeatTimeout()) == null) {
                throw SessionException.noLink("no heartbeat from vehicle " + s.targetSystem() + " on " + options.uri()
                        + " within " + options.heartbeatTimeout().toSeconds() + " s (the link is open)", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw SessionException.noLink("interrupted while waiting for vehicle " + s.targetSystem() + " on " + options.uri(), e);
        }
    }

    /** Closes every link, and the tlogs of sessions still lent. */
    @Override
    public void close() {
        List<Shared> open;
        synchronized (this) {
            closed = true;
            open = List.copyOf(links.values());
            links.clear();
        }
        lent.forEach(LentSession::close);
        open.forEach(s -> s.session().close());
    }

    /** The number of sessions lent and not yet given back (for tests and the link list). */
    int lentNow() {
        return lent.size();
    }
}
