package org.lifeline.groundstation.linkwatch;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.lifeline.groundstation.session.SessionOpener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the MAVLink link of every drone that has one: a {@link DroneLinkWatch} each, all
 * borrowing their links from one opener (give it {@link org.lifeline.groundstation.session.SharedLinks}
 * so that nothing else loses the link to the watch). Listeners hear every sample, on the drones'
 * watch threads.
 */
public final class LinkWatch implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LinkWatch.class);

    private final Map<String, DroneLinkWatch> watches = new TreeMap<>();
    private final List<Consumer<LinkSample>> listeners = new CopyOnWriteArrayList<>();

    /** @param links drone id to its link URI */
    public LinkWatch(Map<String, String> links, SessionOpener opener, Clock clock, WatchSettings settings) {
        links.forEach((drone, uri) -> watches.put(drone, new DroneLinkWatch(drone, uri, opener, clock, settings, this::tell)));
    }

    /** Starts every drone's watch; each opens its link on its own thread. */
    public LinkWatch start() {
        watches.values().forEach(DroneLinkWatch::start);
        return this;
    }

    public void onSample(Consumer<LinkSample> listener) {
        listeners.add(listener);
    }

    /** Every watched drone's newest sample, by drone id. */
    public List<LinkSample> samples() {
        List<LinkSample> out = new ArrayList<>();
        watches.values().forEach(w -> out.add(w.sample()));
        return out;
    }

    public Optional<LinkSample> sample(String droneId) {
        return Optional.ofNullable(watches.get(droneId)).map(DroneLinkWatch::sample);
    }

    private void tell(LinkSample s) {
        for (Consumer<LinkSample> l : listeners) {
            try {
                l.accept(s);
            } catch (RuntimeException e) {
                log.warn("link sample listener failed for {}: {}", s.droneId(), e.toString());
            }
        }
    }

    @Override
    public void close() {
        watches.values().forEach(DroneLinkWatch::close);
    }
}
