package org.lifeline.groundstation.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

import org.lifeline.groundstation.actions.ActionRequest;
import org.lifeline.groundstation.actions.ActionResult;
import org.lifeline.groundstation.actions.DroneAction;
import org.lifeline.groundstation.actions.RecordedActions;
import org.lifeline.groundstation.dispatch.assign.RegisteredDrone;
import org.lifeline.groundstation.dispatch.desk.WaveOutcome;
import org.lifeline.groundstation.dispatch.flight.CommandKeyFile;
import org.lifeline.groundstation.dispatch.flight.FleetCommands;
import org.lifeline.groundstation.dispatch.flight.FlightOrder;
import org.lifeline.groundstation.dispatch.flight.FlightResult;
import org.lifeline.groundstation.dispatch.flight.FlightSettings;
import org.lifeline.groundstation.dispatch.flight.SortieFlight;
import org.lifeline.groundstation.dispatch.flight.SortieLanding;
import org.lifeline.groundstation.dispatch.flight.VehicleLink;
import org.lifeline.groundstation.dispatch.store.SortieRecord;

/**
 * Flies each recorded sortie with {@link SortieFlight} (signed drop plans to the drone's agent,
 * verified upload, start) over the drone's shared link with a tlog per sortie ({@link RecordedLink}), then
 * follows it on that link with {@link SortieLanding} until it lands and files it in the archive
 * ({@code demo-out/data/archive}): its plan, its tlog, the drone's agent events from the fleet
 * bus, its deliveries from the store, the airspace and the vehicle file. It returns once the
 * landing has also closed the sortie in the store.
 */
final class DemoFlights implements SortieRunner {

    private final DemoContext ctx;
    private final FleetCommands commands;

    DemoFlights(DemoContext ctx) {
        this.ctx = ctx;
        this.commands = new FleetCommands(ctx.bus(), CommandKeyFile.signer(ctx.commandKey()));
    }

    /** Where the demo files its sorties: {@code DATA/archive}, as {@code lifeline log list --data} reads it. */
    static Path archiveRoot(DemoPaths paths) {
        return paths.out().resolve("data").resolve("archive");
    }

    @Override
    public Flown fly(WaveOutcome.Recorded sortie, DemoDrone drone) throws Exception {
        RegisteredDrone registered = ctx.registry().stream().filter(r -> r.droneId().equals(drone.id())).findFirst()
                .orElseThrow(() -> new IllegalStateException(drone.id() + " is not in the demo's fleet"));
        Path tlogs = ctx.paths().out().resolve("tlogs");
        Files.createDirectories(tlogs);
        Path tlog = tlogs.resolve(sortie.sortieId() + ".tlog");
        Consumer<String> notes = n -> ctx.progress().say(drone.id() + ": " + Progress.cut(n, 110));
        // the flight's every waypoint and autopilot text are in its report; the terminal gets the milestones
        Consumer<String> milestones = n -> {
            if (!n.startsWith("reached mission item") && !n.startsWith("autopilot: ")) {
                notes.accept(n);
            }
        };
        SortieLanding.Followed followed;
        try (RecordedLink link = new RecordedLink(ctx.links(), tlog)) {
            // the upload recorded as the plan now on the drone: the dashboard's fence alarms watch it
            SortieFlight flight = new SortieFlight(ctx.store(), commands, link, FlightSettings.DEFAULTS, ctx.clock())
                    .recordingUploadsIn(ctx.paths().out().resolve("data"));
            FlightOrder order = new FlightOrder(sortie.sortieId(), registered, VehicleLink.of(drone.link()));
            step(DroneAction.UPLOAD, sortie.sortieId(), drone.id(), () -> flight.upload(order, notes));
            step(DroneAction.START, sortie.sortieId(), drone.id(), () -> flight.start(order, notes));
            notes.accept("started " + sortie.sortieId() + "; following it to its landing");
            SortieLanding landing = new SortieLanding(ctx.store(), link, archiveRoot(ctx.paths()), ctx.clock())
                    .withAirspace(Optional.of(ctx.paths().airspace())).withVehicleProfile(Optional.of(ctx.paths().vehicle()));
            followed = landing.follow(order, Optional.ofNullable(ctx.events().get(drone.id())), ctx.settings().limit(), milestones);
            if (!followed.landed()) {
                throw new IllegalStateException(sortie.sortieId() + " did not land within " + ctx.settings().limit().toMinutes() + " min");
            }
            // the agent's LANDED event closes the sortie in the store; the landing was seen on the link
            boolean closed = link.followUntil(() -> ctx.store().sortie(sortie.sortieId()).flatMap(SortieRecord::closedAt).isPresent(),
                    ctx.settings().limit());
            if (!closed) {
                throw new IllegalStateException(sortie.sortieId() + " landed but its agent never said so within "
                        + ctx.settings().limit().toMinutes() + " min");
            }
        }
        for (SortieLanding.Filed f : followed.filed()) {
            notes.accept("filed " + sortie.sortieId() + " as " + ctx.paths().shown(f.folder()));
        }
        return new Flown(Optional.of(tlog), followed.filed());
    }

    /**
     * One step of the demo's own flying, done through the dashboard's actions: logged with the
     * demo's operator, and refused while an operator's action runs on the same drone (and the
     * other way round), so the two never talk to one drone at once.
     */
    private void step(DroneAction action, String sortieId, String droneId, java.util.function.Supplier<FlightResult> work) {
        FlightResult[] done = new FlightResult[1];
        RecordedActions.Outcome o = ctx.web().actions().perform(DemoWeb.OPERATOR, new ActionRequest(action, droneId, Optional.of(sortieId)),
                r -> {
                    done[0] = work.get();
                    return done[0].ok() ? ActionResult.succeeded(done[0].message(), java.util.List.of())
                            : ActionResult.failed(done[0].step() + " " + done[0].kind() + ": " + done[0].message());
                });
        if (o.refused()) {
            throw new IllegalStateException(action.word() + " " + sortieId + " refused: " + o.refusal().get());
        }
        if (done[0] == null) {
            throw new IllegalStateException(action.word() + " " + sortieId + ": " + o.result().map(ActionResult::text).orElse("not done"));
        }
        if (!done[0].ok()) {
            throw new IllegalStateException(action.word() + " " + done[0].kind() + " at " + done[0].step() + ": " + done[0].message());
        }
    }
}
