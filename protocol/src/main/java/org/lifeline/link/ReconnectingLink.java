package org.lifeline.link;

import java.io.IOException;
import java.time.Duration;
import org.lifeline.time.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A link that re-establishes its connection after a loss: a radio unplugged and plugged back
 * in, a TCP peer restarted. Attempts run on the {@link Scheduler}'s timer with a delay that
 * doubles from {@link LinkOptions#firstBackoff()} up to {@link LinkOptions#maxBackoff()}, so a
 * missing device costs a few attempts per second at first and one every few seconds after.
 * Attempts never stop while the link is open: the radio may come back at any time.
 *
 * <pre>
 *   UP --loss--> DOWN --(wait backoff(n))--> attempt --ok--> UP   (n := 0, reconnects++)
 *                  ^                            |
 *                  +-------- fails (n++) -------+
 *   any --close()--> CLOSED (pending attempt cancelled)
 * </pre>
 *
 * The timer thread runs the attempt itself (a TCP connect may block up to its timeout), so each
 * link gets its own scheduler from {@link Links}; tests pass a {@code ManualScheduler}.
 */
class ReconnectingLink extends ConnectedLink {

    private static final Logger LOG = LoggerFactory.getLogger(ReconnectingLink.class);

    /** Opens a fresh connection, or says in its exception message why it cannot. */
    @FunctionalInterface
    interface Connector {
        Connection connect() throws IOException;
    }

    private final Connector connector;
    private final Scheduler scheduler;
    private final LinkOptions options;
    private final AutoCloseable ownedScheduler;
    private int failures;
    private Scheduler.Cancellable pending;

    /**
     * @param ownedScheduler closed with the link when the link owns its timer thread, else null
     */
    ReconnectingLink(String uri, Connector connector, Scheduler scheduler, LinkOptions options, AutoCloseable ownedScheduler) {
        super(uri);
        this.connector = connector;
        this.scheduler = scheduler;
        this.options = options;
        this.ownedScheduler = ownedScheduler;
    }

    /**
     * Makes the first attempt. When it fails: throws if the options require a first
     * connection, else stays DOWN and keeps trying in the background.
     */
    void start() throws IOException {
        try {
            install(connector.connect(), "connected");
        } catch (IOException e) {
            if (options.requireFirstConnection()) {
                close();
                throw e;
            }
            LOG.warn("{} is not available yet ({}); retrying in the background", uri, describe(e));
            scheduleAttempt();
        }
    }

    @Override
    protected void onLost() {
        scheduleAttempt();
    }

    private void scheduleAttempt() {
        synchronized (this) {
            if (isClosed()) {
                return;
            }
            Duration delay = options.backoff(failures);
            pending = scheduler.schedule(delay, this::attempt);
        }
    }

    private void attempt() {
        if (isClosed()) {
            return;
        }
        Connection c;
        try {
            c = connector.connect();
        } catch (IOException e) {
            int n;
            synchronized (this) {
                n = ++failures;
            }
            if (n == 1) {
                LOG.info("{}: reconnect failed ({}); retrying with backoff up to {}", uri, describe(e), options.maxBackoff());
            } else {
                LOG.debug("{}: reconnect attempt {} failed: {}", uri, n, describe(e));
            }
            scheduleAttempt();
            return;
        }
        int tries;
        synchronized (this) {
            tries = failures + 1;
            failures = 0;
        }
        status.reconnected();
        install(c, "reconnected after " + tries + (tries == 1 ? " attempt" : " attempts"));
    }

    @Override
    protected void closeTransport() {
        Scheduler.Cancellable p;
        synchronized (this) {
            p = pending;
            pending = null;
        }
        if (p != null) {
            p.cancel();
        }
        if (ownedScheduler != null) {
            try {
                ownedScheduler.close();
            } catch (Exception e) {
                LOG.debug("closing the reconnect timer of {}", uri, e);
            }
        }
    }
}
