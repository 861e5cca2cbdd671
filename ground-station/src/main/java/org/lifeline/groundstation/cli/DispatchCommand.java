package org.lifeline.groundstation.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.lifeline.groundstation.dispatch.fleet.UnconfirmedAlert;
import org.lifeline.groundstation.dispatch.fleet.UnconfirmedAlerts;
import org.lifeline.groundstation.dispatch.state.DeliveryState;
import org.lifeline.groundstation.dispatch.store.Delivery;
import org.lifeline.groundstation.dispatch.store.DeliveryStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code lifeline dispatch ...}: the dispatcher's desk: {@code status}, {@code plan} (one wave, see
 * {@link DispatchPlanCommand}), {@code follow}.
 */
@Command(name = "dispatch", description = "The dispatch desk: where every delivery is.",
        mixinStandardHelpOptions = true, subcommands = {DispatchCommand.Status.class, DispatchPlanCommand.class, DispatchFollowCommand.class,
                DispatchFlyCommand.class})
final class DispatchCommand {

    private DispatchCommand() {
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Deliveries per state, the head of the queue, and parcels released but not confirmed.")
    static final class Status extends StoreCommand {
        @Option(names = "--alert-after", defaultValue = "20", paramLabel = "MINUTES",
                description = "A released parcel not confirmed after this long is an alert (default: ${DEFAULT-VALUE})")
        long alertAfter;

        Status(CliEnvironment env) {
            super(env);
        }

        @Override
        int run(DeliveryStore store, PrintWriter out, PrintWriter err) {
            if (alertAfter < 1) {
                err.println("error: --alert-after: expected 1 minute or more, got " + alertAfter);
                return ExitCodes.BAD_INPUT;
            }
            Map<DeliveryState, Integer> counts = store.counts();
            out.println("store  " + where.where() + " (schema " + store.schemaVersion() + ")");
            StringBuilder line = new StringBuilder("states");
            for (DeliveryState s : DeliveryState.values()) {
                line.append(String.format(Locale.ROOT, "  %s %d", s, counts.getOrDefault(s, 0)));
            }
            out.println(line);
            List<Delivery> queue = store.list(List.of(DeliveryState.REQUESTED), 5);
            out.println("queue  " + counts.getOrDefault(DeliveryState.REQUESTED, 0) + " waiting" + (queue.isEmpty() ? "" : ", next:"));
            for (Delivery d : queue) {
                out.printf(Locale.ROOT, "  %-10s  %-15s  %-22s  %s%n", d.id(), d.request().priority(),
                        RequestCommand.cut(d.request().drop().dropPointId().orElse(d.request().drop().name()), 22),
                        RequestCommand.cut(d.request().items(), 40));
            }
            List<UnconfirmedAlert> alerts = new UnconfirmedAlerts(store, Duration.ofMinutes(alertAfter), clock).check();
            out.println("alerts " + alerts.size() + " released parcel(s) not confirmed after " + alertAfter + " min");
            alerts.forEach(a -> out.println("  " + a.describe()));
            return ExitCodes.OK;
        }
    }
}
