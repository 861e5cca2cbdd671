package org.lifeline.groundstation.logs.archive;

import org.lifeline.fleet.DroneStatus;
import org.lifeline.fleet.FleetEvent;
import org.lifeline.groundstation.fleet.FleetBus;
import org.lifeline.groundstation.logs.report.AgentEvents;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Keeps one drone's events and online/offline status as the fleet bus delivers them, so that a
 * landed sortie can be filed with what its agent said during the flight. Bounded: the oldest are
 * dropped beyond {@link #CAPACITY}. Thread-safe (the bus calls it on its own thread).
 */
public final class AgentEventLog {

    /** Events kept at most (an agent sends a handful per sortie). */
    public static final int CAPACITY = 10_000;
    /** Agent and ground clocks differ a little, and an agent reports ARMED just before the heartbeat says so. */
    public static final Duration CLOCK_SLACK = Duration.ofSeconds(30);

    private final String droneId;
    private final Deque<FleetEvent> events = new ArrayDeque<>();
    private final Deque<DroneStatus> statuses = new ArrayDeque<>();

    public AgentEventLog(String droneId) {
        this.droneId = droneId;
    }

    /** A log fed by {@code bus} (subscribe before {@link FleetBus#start()} to miss nothing). */
    public static AgentEventLog following(FleetBus bus, String droneId) {
        AgentEventLog log = new AgentEventLog(droneId);
        bus.onEvent(log::accept);
        bus.onStatus(log::accept);
        return log;
    }

    public synchronized void accept(FleetEvent e) {
        if (e.droneId().equals(droneId)) {
            events.addLast(e);
            if (events.size() > CAPACITY) {
                events.removeFirst();
            }
            notifyAll();
        }
    }

    /**
     * Waits up to {@code limit} for the agent's LANDED event reported at or after
     * {@code landed} − {@link #CLOCK_SLACK}; returns whether it came.
     */
    public synchronized boolean awaitLanding(Instant landed, Duration limit) {
        long from = landed.minus(CLOCK_SLACK).toEpochMilli();
        long deadline = System.nanoTime() + limit.toNanos();
        while (events.stream().noneMatch(e -> e.type() == org.lifeline.fleet.EventType.LANDED && e.timeMillis() >= from)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            try {
                wait(Math.max(1, left / 1_000_000L));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    public synchronized void accept(DroneStatus s) {
        if (s.droneId().equals(droneId)) {
            statuses.addLast(s);
            if (statuses.size() > CAPACITY) {
                statuses.removeFirst();
            }
        }
    }

    /** What the agent said from {@code from} to {@code to}, widened by {@link #CLOCK_SLACK} on each side. */
    public synchronized AgentEvents between(Instant from, Instant to) {
        long a = from.minus(CLOCK_SLACK).toEpochMilli();
        long b = to.plus(CLOCK_SLACK).toEpochMilli();
        List<FleetEvent> e = new ArrayList<>();
        for (FleetEvent x : events) {
            if (x.timeMillis() >= a && x.timeMillis() <= b) {
                e.add(x);
            }
        }
        List<DroneStatus> s = new ArrayList<>();
        for (DroneStatus x : statuses) {
            if (x.timeMillis() >= a && x.timeMillis() <= b) {
                s.add(x);
            }
        }
        return new AgentEvents(e, s, List.of());
    }
}
