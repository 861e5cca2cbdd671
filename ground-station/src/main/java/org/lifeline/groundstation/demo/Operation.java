package org.lifeline.groundstation.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.lifeline.groundstation.airspace.Airspace;
import org.lifeline.groundstation.confirm.LabelContent;
import org.lifeline.groundstation.dispatch.assign.DispatchSettings;
import org.lifeline.groundstation.dispatch.assign.Explanation;
import org.lifeline.groundstation.dispatch.assign.SortiePlanner;
import org.lifeline.groundstation.dispatch.assign.TravelMatrices;
import org.lifeline.groundstation.dispatch.assign.WaveDispatcher;
import org.lifeline.groundstation.dispatch.desk.DeskFleet;
import org.lifeline.groundstation.dispatch.desk.DispatchDesk;
import org.lifeline.groundstation.dispatch.desk.WaveOutcome;
import org.lifeline.groundstation.dispatch.state.DeliveryState;
import org.lifeline.groundstation.dispatch.store.Delivery;
import org.lifeline.groundstation.dispatch.store.SortieRecord;
import org.lifeline.groundstation.dispatch.store.StoreParcelDirectory;
import org.lifeline.groundstation.fleet.DroneView;
import org.lifeline.groundstation.planning.mission.AirspaceWindow;

/**
 * The operation itself, once everything runs: waits for the three drones on the fleet bus, runs
 * a dispatch wave (another when parcels are back in the queue and a drone is free), sends each
 * sortie to its drone, prints each delivery's every change of state, hands each released parcel
 * to its recipient, and ends when every delivery is final and every sortie has landed.
 */
final class Operation {

    /** How many waves at most: the first, and two for parcels that came back. */
    static final int MAX_WAVES = 3;
    private static final Duration POLL = Duration.ofMillis(250);
    private static final Duration BETWEEN_WAVES = Duration.ofSeconds(5);

    private final DemoContext ctx;
    private final SortieRunner flight;
    private final Map<String, DeliveryState> seen = new HashMap<>();
    private final Map<String, String> labelUrls = new ConcurrentHashMap<>();
    private final Map<String, FlightResult> flights = new ConcurrentHashMap<>();
    private final List<WaveOutcome.Recorded> sorties = new ArrayList<>();
    private final ExecutorService flying = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "demo-flight");
        t.setDaemon(true);
        return t;
    });
    private final CountDownLatch never = new CountDownLatch(1);

    /** What sending one sortie gave: its flight log and archive entry, or why it could not fly. */
    record FlightResult(Optional<SortieRunner.Flown> flown, Optional<String> failure) {
    }

    Operation(DemoContext ctx, SortieRunner flight) {
        this.ctx = ctx;
        this.flight = flight;
    }

    /** Waits until every drone's agent is online and sends telemetry. */
    void awaitFleetOnline(Duration limit) throws DemoRun.DemoFailure, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            checkChildren();
            List<String> waiting = ctx.drones().stream().map(DemoDrone::id)
                    .filter(id -> ctx.bus().view(id).map(v -> !(v.online() && v.telemetry().isPresent())).orElse(true)).toList();
            if (waiting.isEmpty()) {
                break;
            }
            if (System.nanoTime() - deadline > 0) {
                throw new DemoRun.DemoFailure("no telemetry from " + String.join(", ", waiting) + " on the fleet bus within "
                        + limit.toSeconds() + " s; see their agent.log in " + ctx.paths().out().resolve("drones"));
            }
            never.await(POLL.toMillis(), TimeUnit.MILLISECONDS);
        }
        List<String> lines = new ArrayList<>();
        for (DemoDrone d : ctx.drones()) {
            DroneView v = ctx.bus().view(d.id()).orElseThrow();
            lines.add(String.format(Locale.ROOT, "%s %.0f %%", d.id(), v.telemetry().orElseThrow().batteryPercent()));
        }
        ctx.progress().say("fleet: " + String.join(", ", lines) + " online on the fleet bus");
    }

    /**
     * Flies until every delivery is final and every sortie has landed.
     *
     * @return the seconds from the demo's start to the last confirmation
     */
    double run(Duration limit) throws DemoRun.DemoFailure, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        int waves = 0;
        long lastWave = 0;
        double lastConfirmation = -1;
        try {
            while (true) {
                checkChildren();
                List<Delivery> all = ctx.store().list(EnumSet.allOf(DeliveryState.class), 1000);
                for (Delivery d : all) {
                    DeliveryState before = seen.put(d.id(), d.state());
                    if (before != d.state()) {
                        ctx.progress().say(String.format(Locale.ROOT, "%s %-10s %s: %s", d.id(), d.state(),
                                d.request().priority().name().toLowerCase(Locale.ROOT).replace('_', ' '), Progress.cut(d.reason(), 90)));
                        if (d.state() == DeliveryState.CONFIRMED) {
                            lastConfirmation = ctx.progress().seconds();
                        }
                    }
                    if (d.state() == DeliveryState.RELEASED) {
                        String url = labelUrls.get(d.id());
                        if (url != null) {
                            ctx.recipient().released(d.id(), url);
                        }
                    }
                }
                boolean allFinal = all.stream().allMatch(d -> d.state().terminal());
                boolean allLanded = ctx.drones().stream().allMatch(d -> ctx.store().openSortie(d.id()).isEmpty());
                if (allFinal && allLanded && flightsDone()) {
                    return lastConfirmation;
                }
                boolean queued = all.stream().anyMatch(d -> d.state() == DeliveryState.REQUESTED);
                boolean droneFree = ctx.drones().stream().anyMatch(d -> ctx.store().openSortie(d.id()).isEmpty());
                if (queued && droneFree && waves < MAX_WAVES && System.nanoTime() - lastWave > BETWEEN_WAVES.toNanos()) {
                    waves++;
                    lastWave = System.nanoTime();
                    wave(waves);
                }
                boolean allIdle = ctx.drones().stream().allMatch(d -> ctx.store().openSortie(d.id()).isEmpty());
                if (queued && allIdle && waves >= MAX_WAVES && flightsDone()) {
                    throw new DemoRun.DemoFailure("still queued after " + MAX_WAVES + " waves, with every drone on the ground: "
                            + states(all) + "; see the waves' explanations above");
                }
                if (System.nanoTime() - deadline > 0) {
                    throw new DemoRun.DemoFailure("not done within " + limit.toMinutes() + " min: " + states(all));
                }
                never.await(POLL.toMillis(), TimeUnit.MILLISECONDS);
            }
        } finally {
            flying.shutdownNow();
        }
    }

    /** The sorties flown, in order. */
    List<WaveOutcome.Recorded> sorties() {
        synchronized (sorties) {
            return List.copyOf(sorties);
        }
    }

    /** What each sortie's flight gave, by sortie id. */
    Map<String, FlightResult> flights() {
        return Map.copyOf(flights);
    }

    private void wave(int n) throws DemoRun.DemoFailure {
        DispatchDesk desk = new DispatchDesk(ctx.store(), new WaveDispatcher(new TravelMatrices(2), DispatchSettings.DEFAULTS),
                new SortiePlanner(DispatchSettings.DEFAULTS.marginMetres()), ctx.clock(), "demo-desk");
        Airspace now = AirspaceWindow.forFlight(ctx.airspace(), ctx.clock().instant());
        WaveOutcome w = desk.plan(now, DeskFleet.live(ctx.registry(), ctx.bus()::view,
                d -> ctx.store().openSortie(d).map(SortieRecord::id)), ctx.paths().out().resolve("sorties"), Duration.ofMinutes(5));
        ctx.progress().say("wave " + n + ": " + w.claimed() + " queued request(s), " + w.sorties().size() + " sortie(s)");
        for (Explanation e : w.explanations()) {
            if (e.kind() != Explanation.Kind.ASSIGNED) {
                ctx.progress().say("  " + e);
            }
        }
        w.failures().forEach(f -> ctx.progress().say("  failed: " + f));
        writeLabels(w);
        for (WaveOutcome.Recorded s : w.sorties()) {
            ctx.progress().say(String.format(Locale.ROOT, "  %s: %s from %s, %s, %.1f km, %.0f min planned", s.sortieId(), s.droneId(),
                    s.launchSiteId(), String.join(", ", s.parcelIds()), s.metres() / 1000, s.seconds() / 60));
            synchronized (sorties) {
                sorties.add(s);
            }
            DemoDrone drone = ctx.drones().stream().filter(d -> d.id().equals(s.droneId())).findFirst()
                    .orElseThrow(() -> new DemoRun.DemoFailure("sortie " + s.sortieId() + " for unknown drone " + s.droneId()));
            flying.submit(() -> send(s, drone));
        }
    }

    private void send(WaveOutcome.Recorded s, DemoDrone drone) {
        try {
            SortieRunner.Flown flown = flight.fly(s, drone);
            flights.put(s.sortieId(), new FlightResult(Optional.of(flown), Optional.empty()));
        } catch (Exception e) {
            if (ctx.children().stopping()) {
                return;
            }
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            flights.put(s.sortieId(), new FlightResult(Optional.empty(), Optional.of(why)));
            ctx.progress().say(s.sortieId() + " could not fly: " + why);
        }
    }

    private boolean flightsDone() {
        synchronized (sorties) {
            return sorties.stream().allMatch(s -> flights.containsKey(s.sortieId()));
        }
    }

    /** The labels the dispatcher would print for the wave: each parcel's confirmation URL. */
    private void writeLabels(WaveOutcome w) throws DemoRun.DemoFailure {
        StoreParcelDirectory parcels = new StoreParcelDirectory(ctx.store());
        StringBuilder lines = new StringBuilder();
        for (WaveOutcome.Recorded s : w.sorties()) {
            for (String id : s.parcelIds()) {
                var view = parcels.find(id).orElseThrow(() -> new DemoRun.DemoFailure(id + " is not in the store"));
                LabelContent label = ctx.web().label(view);
                labelUrls.put(id, label.url());
                lines.append(id).append("  code ").append(label.spacedCode()).append("  ").append(label.url()).append('\n');
            }
        }
        Path file = ctx.paths().out().resolve("labels.txt");
        try {
            Files.writeString(file, lines.toString(), java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new DemoRun.DemoFailure("cannot write " + file + ": " + e.getMessage());
        }
    }

    private void checkChildren() throws DemoRun.DemoFailure, InterruptedException {
        Optional<ChildProcesses.Child> dead = ctx.children().firstDead();
        if (dead.isPresent()) {
            // Ctrl-C reaches the children too; give the shutdown hook a moment to say so first
            never.await(500, TimeUnit.MILLISECONDS);
            if (ctx.children().stopping()) {
                throw new DemoRun.Stopped();
            }
            ChildProcesses.Child c = dead.get();
            throw new DemoRun.DemoFailure(c.name() + " exited (code " + c.process().exitValue() + "); see " + c.log());
        }
    }

    private static String states(List<Delivery> all) {
        Map<String, String> m = new LinkedHashMap<>();
        all.forEach(d -> m.put(d.id(), d.state().name()));
        return m.toString();
    }
}
