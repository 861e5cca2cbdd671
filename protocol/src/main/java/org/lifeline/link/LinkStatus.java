package org.lifeline.link;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bookkeeping every link shares: its state with listeners, and its counters. Kept apart
 * from byte moving so each transport class only moves bytes.
 */
final class LinkStatus {

    private static final Logger LOG = LoggerFactory.getLogger(LinkStatus.class);

    private final String uri;
    private final List<LinkStateListener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong bytesIn = new AtomicLong();
    private final AtomicLong bytesOut = new AtomicLong();
    private final AtomicLong reconnects = new AtomicLong();
    private final AtomicLong droppedWrites = new AtomicLong();
    private LinkState state;

    LinkStatus(String uri, LinkState initial) {
        this.uri = uri;
        this.state = initial;
    }

    synchronized LinkState state() {
        return state;
    }

    /**
     * Moves to {@code next} and tells listeners, unless already there or closed (CLOSED is
     * final). Returns whether the state changed.
     */
    boolean moveTo(LinkState next, String reason) {
        synchronized (this) {
            if (state == next || state == LinkState.CLOSED) {
                return false;
            }
            state = next;
            notifyAll();
        }
        if (next == LinkState.DOWN) {
            LOG.warn("{} is down: {}", uri, reason);
        } else {
            LOG.info("{} is {}: {}", uri, next.name().toLowerCase(java.util.Locale.ROOT), reason);
        }
        for (LinkStateListener l : listeners) {
            try {
                l.stateChanged(uri, next, reason);
            } catch (RuntimeException e) {
                LOG.warn("link state listener failed on {}", uri, e);
            }
        }
        return true;
    }

    boolean isClosed() {
        return state() == LinkState.CLOSED;
    }

    void addListener(LinkStateListener l) {
        listeners.add(l);
    }

    void removeListener(LinkStateListener l) {
        listeners.remove(l);
    }

    void read(int n) {
        bytesIn.addAndGet(n);
    }

    void wrote(int n) {
        bytesOut.addAndGet(n);
    }

    void dropped() {
        droppedWrites.incrementAndGet();
    }

    void reconnected() {
        reconnects.incrementAndGet();
    }

    LinkStats snapshot() {
        return new LinkStats(bytesIn.get(), bytesOut.get(), reconnects.get(), droppedWrites.get());
    }
}
