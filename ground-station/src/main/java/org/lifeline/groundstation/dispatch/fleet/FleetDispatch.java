package org.lifeline.groundstation.dispatch.fleet;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.lifeline.fleet.DroneStatus;
import org.lifeline.fleet.FleetEvent;
import org.lifeline.groundstation.dispatch.state.DeliveryState;
import org.lifeline.groundstation.dispatch.store.Delivery;
import org.lifeline.groundstation.dispatch.store.DeliveryStore;
import org.lifeline.groundstation.dispatch.store.Outcome;
import org.lifeline.groundstation.dispatch.store.SortieRecord;
import org.lifeline.groundstation.fleet.FleetBus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the fleet bus's events into delivery transitions (register with
 * {@code FleetBus.onEvent(fleetDispatch)}):
 *
 * <pre>
 *   TOOK_OFF      the drone's open sortie: UPLOADED → IN_FLIGHT
 *   RELEASED      the parcel: (UPLOADED →) IN_FLIGHT → RELEASED
 *   DROP_REFUSED  the parcel: UPLOADED | IN_FLIGHT → RETURNED (it stays on board)
 *   PARCEL_STUCK  the parcel: RELEASED → RETURNED (the sensor still sees it on board)
 *   LANDED        the open sortie, if it flew: parcels still on board → RETURNED, then every
 *                 RETURNED parcel of the sortie → REQUESTED (back in the queue); sortie closed
 * </pre>
 *
 * {@link #droneOffline} does the same for a drone lost before it took off: its sortie's parcels
 * go back to the queue. {@link #status} calls it when the fleet bus says the drone's agent is
 * OFFLINE (its own shutdown, or the Last Will the broker publishes when it loses the agent);
 * {@link #follow} wires both to a fleet bus.
 *
 * <p>Each reason names the drone, the event and the agent's message. An event that does not fit
 * (replayed after a restart, about an unknown parcel) changes nothing and is logged: the
 * store refuses transitions the state machine does not allow, so replays are harmless.
 */
public final class FleetDispatch implements Consumer<FleetEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(FleetDispatch.class);
    private static final Set<DeliveryState> ON_BOARD = EnumSet.of(DeliveryState.UPLOADED, DeliveryState.IN_FLIGHT);
    private static final Set<DeliveryState> FLOWN = EnumSet.of(DeliveryState.IN_FLIGHT, DeliveryState.RELEASED,
            DeliveryState.CONFIRMED, DeliveryState.RETURNED);

    private static final Set<DeliveryState> NOT_FLOWN = EnumSet.of(DeliveryState.ASSIGNED, DeliveryState.PLANNED,
            DeliveryState.UPLOADED);

    private final DeliveryStore store;
    private final Consumer<String> notes;
    private final Clock clock;

    public FleetDispatch(DeliveryStore store) {
        this(store, note -> { });
    }

    /** {@code notes} hears one sentence per transition made (on the caller's thread). */
    public FleetDispatch(DeliveryStore store, Consumer<String> notes) {
        this(store, notes, Clock.systemUTC());
    }

    /** {@code clock} dates what the bus does not date itself: a Last Will is written before the fact. */
    public FleetDispatch(DeliveryStore store, Consumer<String> notes, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.notes = Objects.requireNonNull(notes, "notes");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Lets the fleet bus drive the deliveries: its events and its drones' status. */
    public FleetDispatch follow(FleetBus bus) {
        bus.onEvent(this);
        bus.onStatus(this::status);
        return this;
    }

    /**
     * A drone's status on the fleet bus: OFFLINE returns its sortie to the queue if the sortie
     * has not taken off ({@link #droneOffline}); ONLINE changes nothing. Returns the parcels put
     * back in the queue.
     */
    public java.util.List<String> status(DroneStatus s) {
        if (s.state() != DroneStatus.State.OFFLINE) {
            return java.util.List.of();
        }
        boolean will = s.timeMillis() <= 0;
        Instant at = will ? clock.instant() : Instant.ofEpochMilli(s.timeMillis());
        return droneOffline(s.droneId(), will
                ? "its agent went offline (the broker lost its connection: last will)"
                : "its agent went offline (it shut down)", at);
    }

    @Override
    public synchronized void accept(FleetEvent e) {
        Instant at = Instant.ofEpochMilli(e.timeMillis());
        String says = e.message().isBlank() ? "" : ": " + e.message();
        switch (e.type()) {
            case TOOK_OFF -> store.openSortie(e.droneId()).ifPresent(s -> s.parcelIds().forEach(p -> {
                if (stateOn(s, p).filter(st -> st == DeliveryState.UPLOADED).isPresent()) {
                    move(p, DeliveryState.IN_FLIGHT, e.droneId() + " took off on sortie " + s.id(), at);
                }
            }));
            case RELEASED -> parcel(e).ifPresent(p -> {
                if (state(p).filter(st -> st == DeliveryState.UPLOADED).isPresent()) {
                    move(p, DeliveryState.IN_FLIGHT, e.droneId() + " reported the release, so it flew", at);
                }
                move(p, DeliveryState.RELEASED, e.droneId() + " released it" + says, at);
            });
            case DROP_REFUSED -> parcel(e).ifPresent(p -> {
                if (state(p).filter(ON_BOARD::contains).isPresent()) {
                    move(p, DeliveryState.RETURNED, e.droneId() + " refused the release, the parcel stays on board" + says, at);
                }
            });
            case PARCEL_STUCK -> parcel(e).ifPresent(p ->
                    move(p, DeliveryState.RETURNED, e.droneId() + " still senses the parcel after the release" + says, at));
            case LANDED -> store.openSortie(e.droneId()).ifPresent(s -> landed(s, at));
            default -> {
                // other events do not move deliveries
            }
        }
    }

    /**
     * The drone cannot fly its open sortie (offline, broken, battery): if the sortie has not
     * taken off, its parcels go RETURNED → REQUESTED with {@code why} and the sortie is closed.
     * A sortie in the air is left to its landing. Returns the parcels put back in the queue.
     */
    public synchronized java.util.List<String> droneOffline(String droneId, String why, Instant at) {
        Optional<SortieRecord> open = store.openSortie(droneId);
        if (open.isEmpty()) {
            return java.util.List.of();
        }
        SortieRecord s = open.get();
        if (s.parcelIds().stream().map(p -> stateOn(s, p)).flatMap(Optional::stream).anyMatch(FLOWN::contains)) {
            LOG.warn("{}: {}; sortie {} has flown, its landing will settle the parcels", droneId, why, s.id());
            return java.util.List.of();
        }
        java.util.List<String> back = new java.util.ArrayList<>();
        for (String p : s.parcelIds()) {
            if (stateOn(s, p).filter(NOT_FLOWN::contains).isPresent()
                    && move(p, DeliveryState.RETURNED, droneId + " cannot fly sortie " + s.id() + ": " + why, at)
                    && move(p, DeliveryState.REQUESTED, "back in the queue: sortie " + s.id() + " will not fly", at)) {
                back.add(p);
            }
        }
        store.closeSortie(s.id(), at);
        return back;
    }

    private void landed(SortieRecord s, Instant at) {
        boolean flew = s.parcelIds().stream().map(p -> stateOn(s, p)).flatMap(Optional::stream).anyMatch(FLOWN::contains);
        if (!flew) {
            LOG.info("landing of {} ignored: sortie {} has not taken off", s.droneId(), s.id());
            return;
        }
        for (String p : s.parcelIds()) {
            if (stateOn(s, p).filter(ON_BOARD::contains).isPresent()) {
                move(p, DeliveryState.RETURNED, s.droneId() + " landed with the parcel on board", at);
            }
        }
        for (String p : s.parcelIds()) {
            Optional<Delivery> d = store.find(p);
            if (d.isPresent() && d.get().state() == DeliveryState.RETURNED && d.get().sortieId().equals(Optional.of(s.id()))) {
                move(p, DeliveryState.REQUESTED, "back in the queue: sortie " + s.id() + " landed with the parcel", at);
            }
        }
        store.closeSortie(s.id(), at);
        LOG.info("sortie {} of {} landed", s.id(), s.droneId());
    }

    private Optional<String> parcel(FleetEvent e) {
        if (e.parcelId().isEmpty()) {
            LOG.warn("{} event {} names no parcel; ignored", e.type(), e.eventId());
        }
        return e.parcelId();
    }

    /**
     * The parcel's state while it belongs to sortie {@code s}: a parcel put back in the queue
     * and carried by a later sortie is no longer this sortie's business.
     */
    private Optional<DeliveryState> stateOn(SortieRecord s, String parcelId) {
        return store.find(parcelId).filter(d -> d.sortieId().equals(Optional.of(s.id()))).map(Delivery::state);
    }

    private Optional<DeliveryState> state(String parcelId) {
        return store.find(parcelId).map(Delivery::state);
    }

    private boolean move(String parcelId, DeliveryState to, String reason, Instant at) {
        Outcome o = store.transition(parcelId, to, reason, at);
        switch (o.kind()) {
            case DONE -> {
                LOG.info("parcel {} {} ({})", parcelId, to, reason);
                notes.accept(parcelId + " " + to + ": " + reason);
            }
            case UNKNOWN -> LOG.warn("fleet event about unknown parcel {} ignored", parcelId);
            default -> LOG.info("fleet event did not move {}: {}", parcelId, o.message());
        }
        return o.kind() == Outcome.Kind.DONE;
    }
}
