package org.lifeline.groundstation.dispatch.flight;

import org.lifeline.groundstation.testing.InProcessSession;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.lifeline.fleet.Command;
import org.lifeline.fleet.CommandAck;
import org.lifeline.fleet.CommandType;
import org.lifeline.groundstation.dispatch.DispatchFixtures;
import org.lifeline.groundstation.dispatch.assign.DispatchSettings;
import org.lifeline.groundstation.dispatch.assign.RegisteredDrone;
import org.lifeline.groundstation.dispatch.assign.SortiePlanner;
import org.lifeline.groundstation.dispatch.assign.TravelMatrices;
import org.lifeline.groundstation.dispatch.assign.WaveDispatcher;
import org.lifeline.groundstation.dispatch.desk.DeskFleet;
import org.lifeline.groundstation.dispatch.desk.DispatchDesk;
import org.lifeline.groundstation.dispatch.desk.WaveOutcome;
import org.lifeline.groundstation.dispatch.request.DispatchRequest;
import org.lifeline.groundstation.dispatch.request.DropTarget;
import org.lifeline.groundstation.dispatch.request.Priority;
import org.lifeline.groundstation.dispatch.request.Recipient;
import org.lifeline.groundstation.dispatch.state.DeliveryState;
import org.lifeline.groundstation.dispatch.store.Delivery;
import org.lifeline.groundstation.dispatch.store.DeliveryStore;
import org.lifeline.groundstation.dispatch.store.SortieRecord;
import org.lifeline.groundstation.planning.mission.AirspaceWindow;
import org.lifeline.groundstation.planning.vehicle.VehicleFileReader;
import org.lifeline.groundstation.session.FrameCounters;
import org.lifeline.groundstation.session.SessionException;
import org.lifeline.groundstation.session.SessionOpener;
import org.lifeline.groundstation.session.SessionOptions;
import org.lifeline.groundstation.session.VehicleSession;
import org.lifeline.mavlink.MessageChannel;
import org.lifeline.mission.MissionItem;
import org.lifeline.mission.MissionType;
import org.lifeline.mission.transfer.MissionTransferClient;
import org.lifeline.mission.transfer.TransferOptions;
import org.lifeline.mission.transfer.TransferResult;
import org.lifeline.plan.GeoPoint;
import org.lifeline.simulator.port.InProcessChannels;
import org.lifeline.simulator.vehicle.SimulatedVehicle;
import org.lifeline.simulator.vehicle.SimulationClock;
import org.lifeline.time.Scheduler;

/**
 * A PLANNED sortie of {@code sim-1} (two urgent parcels from the fire station pad, planned by a
 * real wave over the sample airspace), a simulated ArduCopter in process running live at 20x,
 * and a scripted agent on the fleet bus side.
 */
final class FlightFixture implements AutoCloseable {

    static final TravelMatrices MATRICES = new TravelMatrices(2);

    /** The agent's side of the fleet bus: records commands and answers as scripted. */
    static final class ScriptedAgent implements DropPlanChannel {
        final List<Command> sent = new CopyOnWriteArrayList<>();
        Function<Command, Optional<CommandAck.Result>> answer = c -> Optional.of(CommandAck.Result.ACCEPTED);
        String reason = "";

        @Override
        public CompletableFuture<CommandAck> send(Command c) {
            sent.add(c);
            return answer.apply(c).map(r -> CompletableFuture.completedFuture(new CommandAck(c.commandId(), c.droneId(),
                    c.timeMillis(), r, reason))).orElseGet(CompletableFuture::new);
        }
    }

    final DeliveryStore store;
    final RegisteredDrone drone;
    final String sortieId;
    final List<String> parcels;
    final ScriptedAgent agent = new ScriptedAgent();
    final List<SessionOptions> opened = new CopyOnWriteArrayList<>();
    final List<String> notes = new CopyOnWriteArrayList<>();
    volatile boolean vehicleReachable = true;
    private final SimulationClock clock;
    private final InProcessChannels.Pair link;
    final SimulatedVehicle vehicle;

    FlightFixture(Path dir) throws Exception {
        store = DeliveryStore.openSqlite(dir, Clock.systemUTC());
        drone = new RegisteredDrone("sim-1", VehicleFileReader.read(Path.of("..", "docs", "examples", "sim-quad.vehicle.json")),
                "launch-fire", Optional.of("tcp://127.0.0.1:5760"));
        store.add(request(1, new DropTarget(Optional.of("dp-elderly-home"), "Sunshine elderly home", 34.056, 114.4085)),
                DeliveryStore.DEFAULT_DUPLICATE_WINDOW);
        store.add(request(2, new DropTarget(Optional.of("dp-jianshe-b3"), "Jianshe Rd building 3", 34.0675, 114.414)),
                DeliveryStore.DEFAULT_DUPLICATE_WINDOW);
        DispatchDesk desk = new DispatchDesk(store, new WaveDispatcher(MATRICES, DispatchSettings.DEFAULTS),
                new SortiePlanner(DispatchSettings.DEFAULTS.marginMetres()), Clock.systemUTC(), "test-desk");
        WaveOutcome wave = desk.plan(AirspaceWindow.forFlight(DispatchFixtures.AIRSPACE, Clock.systemUTC().instant()),
                DeskFleet.assumedReady(List.of(drone), d -> store.openSortie(d).map(SortieRecord::id)), dir.resolve("sorties"),
                Duration.ofMinutes(1));
        if (wave.sorties().size() != 1) {
            throw new AssertionError("expected one sortie: " + wave);
        }
        sortieId = wave.sorties().get(0).sortieId();
        parcels = wave.sorties().get(0).parcelIds();
        clock = new SimulationClock(SimulationClock.DEFAULT_STEP, System.currentTimeMillis() * 1000);
        link = InProcessChannels.pair(clock.scheduler(), 1, 1, 255, 190);
        vehicle = SimulatedVehicle.builder().clock(clock).home(new GeoPoint(34.0655, 114.401, 48)).deliveryQuad()
                .parameter("GRIP_ENABLE", 0).port("gcs", link.a()).build();
        clock.startLive(20);
    }

    private static DispatchRequest request(int i, DropTarget to) {
        return new DispatchRequest("fire station desk", new Recipient("Gate " + i, "1380000010" + i), to, "insulin x" + i,
                300, Priority.URGENT_MEDICINE, Optional.empty(), Optional.empty());
    }

    SortieFlight flight(FlightSettings settings) {
        return new SortieFlight(store, agent, opener(), settings, Clock.systemUTC());
    }

    FlightOrder order() {
        return FlightOrder.of(sortieId, drone, Optional.empty());
    }

    /** The mission the vehicle holds, read back over the link (home at 0). */
    List<MissionItem> missionOnVehicle() throws Exception {
        try (MissionTransferClient c = new MissionTransferClient(link.b(), clock.scheduler(),
                TransferOptions.defaults().withTarget(1, 1).withOwnSystemId(255).withHomeAtSeqZero(true))) {
            TransferResult r = c.download(MissionType.MISSION).get(60, TimeUnit.SECONDS);
            return r.downloadedPlan().orElseThrow(() -> new AssertionError("download failed: " + r)).items();
        }
    }

    private SessionOpener opener() {
        MessageChannel channel = link.b();
        Scheduler scheduler = clock.scheduler();
        return (options, progress) -> {
            opened.add(options);
            if (!vehicleReachable) {
                throw SessionException.noLink("no heartbeat from a vehicle on " + options.uri() + " within 1 s", null);
            }
            return new InProcessSession(channel, scheduler, options.uri());
        };
    }

    /** The parcel's state in the store now. */
    DeliveryState state(String parcel) {
        return store.find(parcel).map(Delivery::state).orElseThrow();
    }

    /** The commands of {@code type} the scripted agent was sent, in order. */
    List<Command> sent(CommandType type) {
        return agent.sent.stream().filter(c -> c.type() == type).toList();
    }

    @Override
    public void close() {
        vehicle.close();
        clock.close();
        store.close();
    }
}
