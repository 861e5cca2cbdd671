package org.lifeline.groundstation.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

import org.lifeline.groundstation.dispatch.assign.RegisteredDrone;
import org.lifeline.groundstation.dispatch.desk.WaveOutcome;
import org.lifeline.groundstation.dispatch.flight.CommandKeyFile;
import org.lifeline.groundstation.dispatch.flight.FleetCommands;
import org.lifeline.groundstation.dispatch.flight.FlightOrder;
import org.lifeline.groundstation.dispatch.flight.FlightResult;
import org.lifeline.groundstation.dispatch.flight.FlightSettings;
import org.lifeline.groundstation.dispatch.flight.SortieFlight;
import org.lifeline.groundstation.dispatch.flight.VehicleLink;
import org.lifeline.groundstation.dispatch.store.SortieRecord;
import org.lifeline.groundstation.session.LinkSessionOpener;

/**
 * Flies each recorded sortie with {@link SortieFlight} (signed drop plans to the drone's agent,
 * verified upload, start) over one recorded link per sortie ({@link RecordedLink}), then
 * follows it until its landing closes the sortie in the store.
 */
final class DemoFlights implements SortieRunner {

    private final DemoContext ctx;
    private final FleetCommands commands;

    DemoFlights(DemoContext ctx) {
        this.ctx = ctx;
        this.commands = new FleetCommands(ctx.bus(), CommandKeyFile.signer(ctx.commandKey()));
    }

    @Override
    public Optional<Path> fly(WaveOutcome.Recorded sortie, DemoDrone drone) throws Exception {
        RegisteredDrone registered = ctx.registry().stream().filter(r -> r.droneId().equals(drone.id())).findFirst()
                .orElseThrow(() -> new IllegalStateException(drone.id() + " is not in the demo's fleet"));
        Path tlogs = ctx.paths().out().resolve("tlogs");
        Files.createDirectories(tlogs);
        Path tlog = tlogs.resolve(sortie.sortieId() + ".tlog");
        Consumer<String> notes = n -> ctx.progress().say(drone.id() + ": " + Progress.cut(n, 110));
        try (RecordedLink link = new RecordedLink(new LinkSessionOpener(), tlog)) {
            SortieFlight flight = new SortieFlight(ctx.store(), commands, link, FlightSettings.DEFAULTS, ctx.clock());
            FlightOrder order = new FlightOrder(sortie.sortieId(), registered, VehicleLink.of(drone.link()));
            FlightResult up = flight.upload(order, notes);
            if (!up.ok()) {
                throw new IllegalStateException("upload " + up.kind() + " at " + up.step() + ": " + up.message());
            }
            FlightResult started = flight.start(order, notes);
            if (!started.ok()) {
                throw new IllegalStateException("start " + started.kind() + " at " + started.step() + ": " + started.message());
            }
            notes.accept("started " + sortie.sortieId() + "; following it to its landing");
            boolean landed = link.followUntil(() -> ctx.store().sortie(sortie.sortieId()).flatMap(SortieRecord::closedAt).isPresent(),
                    ctx.settings().limit());
            if (!landed) {
                throw new IllegalStateException(sortie.sortieId() + " did not land within " + ctx.settings().limit().toMinutes() + " min");
            }
        }
        return Optional.of(tlog);
    }
}
