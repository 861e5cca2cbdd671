package org.lifeline.groundstation.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.lifeline.groundstation.dispatch.request.FieldProblem;
import org.lifeline.groundstation.dispatch.request.ImportResult;
import org.lifeline.groundstation.dispatch.request.IntakeResult;
import org.lifeline.groundstation.dispatch.request.RequestDraft;
import org.lifeline.groundstation.dispatch.request.RequestIntake;
import org.lifeline.groundstation.dispatch.request.RequestRules;
import org.lifeline.groundstation.dispatch.state.DeliveryState;
import org.lifeline.groundstation.dispatch.state.Transition;
import org.lifeline.groundstation.dispatch.store.Delivery;
import org.lifeline.groundstation.dispatch.store.DeliveryStore;
import org.lifeline.groundstation.dispatch.store.Outcome;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lifeline request ...}: take delivery requests in, look at them, withdraw them. */
@Command(name = "request", description = "Delivery requests: add, import a CSV, list, show, cancel.",
        mixinStandardHelpOptions = true, subcommands = {RequestCommand.Add.class, RequestCommand.Import.class,
        RequestCommand.ListRequests.class, RequestCommand.Show.class, RequestCommand.Cancel.class})
final class RequestCommand {

    private RequestCommand() {
    }

    static String duplicateWindowText() {
        return DeliveryStore.DEFAULT_DUPLICATE_WINDOW.toHours() + " h";
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Check one request and store it; prints its parcel id.")
    static final class Add extends StoreCommand {
        @Mixin
        IntakeOptions intake;
        @Option(names = "--requester", required = true, description = "Who asks (person, compound office, hotline)")
        String requester;
        @Option(names = "--recipient", required = true, description = "A name or flat number, e.g. \"Bldg 5 #302\"")
        String recipient;
        @Option(names = "--phone", required = true, description = "The recipient's phone number")
        String phone;
        @ArgGroup(exclusive = true, multiplicity = "1")
        Drop drop;
        @Option(names = "--items", required = true, description = "What, in words")
        String items;
        @Option(names = "--weight", required = true, paramLabel = "GRAMS", description = "The parcel's weight in grams")
        String weight;
        @Option(names = "--priority", required = true, description = "URGENT_MEDICINE, MEDICINE, INFANT, FOOD or OTHER")
        String priority;
        @Option(names = "--deadline", description = "ISO-8601 with offset, e.g. 2026-04-02T15:00:00+08:00")
        String deadline;
        @Option(names = "--ref", description = "An external id (hotline ticket); adding the same ref again adds nothing")
        String ref;

        private RequestRules rules;

        static final class Drop {
            @Option(names = "--drop-point", paramLabel = "ID", description = "An airspace drop point id")
            String id;
            @Option(names = "--at", paramLabel = "LAT,LON", description = "Coordinates instead, checked against the airspace")
            String at;
        }

        Add(CliEnvironment env) {
            super(env);
        }

        @Override
        void prepare() throws IntakeOptions.BadFile {
            rules = intake.rules(clock);
        }

        @Override
        int run(DeliveryStore store, PrintWriter out, PrintWriter err) {
            String lat = null;
            String lon = null;
            if (drop.at != null) {
                String[] ll = drop.at.split(",", -1);
                lat = ll[0];
                lon = ll.length > 1 ? ll[1] : null;
            }
            IntakeResult r = new RequestIntake(rules, store, DeliveryStore.DEFAULT_DUPLICATE_WINDOW).submit(new RequestDraft(ref, requester,
                    recipient, phone, drop.id, lat, lon, items, weight, priority, deadline));
            if (!r.accepted()) {
                err.println("request refused:");
                r.problems().forEach(p -> err.println("  " + option(p)));
                return ExitCodes.BAD_INPUT;
            }
            // the parcel id first, for scripts
            out.println(r.deliveryId() + (IntakeResult.ALREADY_STORED.equals(r.status()) ? " already stored (same ref)" : " accepted")
                    + (r.duplicateOf() == null ? "" : "; looks like a duplicate of " + r.duplicateOf() + " (same recipient and items)"));
            return ExitCodes.OK;
        }

        private static String option(FieldProblem p) {
            String name = switch (p.field()) {
                case "drop_point" -> "--drop-point";
                case "lat", "lon" -> "--at";
                case "weight_g" -> "--weight";
                default -> "--" + p.field();
            };
            return name + ": " + p.message();
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import a requests CSV: all rows or, if any is bad, none (every bad row is listed).")
    static final class Import extends StoreCommand {
        @Mixin
        IntakeOptions intake;
        @Parameters(paramLabel = "FILE", description = "The CSV (columns in docs/dispatch.md)")
        Path file;

        private RequestRules rules;
        private String text;

        Import(CliEnvironment env) {
            super(env);
        }

        @Override
        void prepare() throws IntakeOptions.BadFile {
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw new IntakeOptions.BadFile(file + ": no such file");
            } catch (IOException e) {
                throw new IntakeOptions.BadFile(file + ": cannot read (expected UTF-8 text): " + e.getMessage());
            }
            rules = intake.rules(clock);
        }

        @Override
        int run(DeliveryStore store, PrintWriter out, PrintWriter err) {
            ImportResult r = new RequestIntake(rules, store, DeliveryStore.DEFAULT_DUPLICATE_WINDOW).importCsv(file.toString(), text);
            if (!r.imported()) {
                r.problems().forEach(p -> err.println(file + ":" + p.line() + ": " + p.field() + ": " + p.message()));
                err.println(file + ": nothing imported: " + r.problems().size() + " problem(s) in " + r.rows() + " row(s)");
                return ExitCodes.BAD_INPUT;
            }
            out.printf(Locale.ROOT, "%s: %d row(s), %d added, %d already stored%n", file, r.rows(), r.added(), r.alreadyStored());
            r.duplicates().forEach(d -> out.printf(Locale.ROOT, "  line %d: %s looks like a duplicate of %s (same recipient and items within %s)%n",
                    d.line(), d.deliveryId(), d.duplicateOf(), duplicateWindowText()));
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List deliveries, most urgent and oldest first.")
    static final class ListRequests extends StoreCommand {
        @Option(names = "--state", split = ",", paramLabel = "STATE", description = "Only these states (default: all)")
        List<DeliveryState> states = List.of();
        @Option(names = "--limit", defaultValue = "100", description = "At most N rows (default: ${DEFAULT-VALUE})")
        int limit;

        ListRequests(CliEnvironment env) {
            super(env);
        }

        @Override
        int run(DeliveryStore store, PrintWriter out, PrintWriter err) {
            if (limit < 1) {
                err.println("error: --limit: expected 1 or more, got " + limit);
                return ExitCodes.BAD_INPUT;
            }
            List<Delivery> list = store.list(states.isEmpty() ? List.of() : EnumSet.copyOf(states), limit);
            out.printf(Locale.ROOT, "%-10s  %-9s  %-15s  %-22s  %-24s  %s%n", "PARCEL", "STATE", "PRIORITY", "DROP", "RECIPIENT", "ITEMS");
            for (Delivery d : list) {
                out.printf(Locale.ROOT, "%-10s  %-9s  %-15s  %-22s  %-24s  %s%s%n", d.id(), d.state(), d.request().priority(),
                        cut(d.request().drop().dropPointId().orElse(d.request().drop().name()), 22), cut(d.request().recipient().label(), 24),
                        cut(d.request().items(), 40), d.duplicateOf().map(x -> "  [duplicate of " + x + "?]").orElse(""));
            }
            out.println(list.size() + " deliver" + (list.size() == 1 ? "y" : "ies"));
            return ExitCodes.OK;
        }
    }

    static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "One delivery with its whole history.")
    static final class Show extends StoreCommand {
        @Parameters(paramLabel = "PARCEL") String id;

        Show(CliEnvironment env) {
            super(env);
        }

        @Override
        int run(DeliveryStore store, PrintWriter out, PrintWriter err) {
            var found = store.find(id.trim());
            if (found.isEmpty()) {
                err.println("error: no delivery " + id);
                return ExitCodes.BAD_INPUT;
            }
            Delivery d = found.get();
            var q = d.request();
            out.println(d.id() + "  " + d.state() + "  " + q.priority() + "  " + q.weightGrams() + " g");
            out.println("  to      " + q.recipient().label() + " (" + q.recipient().phone() + ") at " + q.drop().name()
                    + q.drop().dropPointId().map(x -> " [" + x + "]").orElse(""));
            out.println("  items   " + q.items());
            out.println("  from    " + q.requester() + q.deadline().map(t -> ", deadline " + t).orElse(""));
            d.sortieId().ifPresent(s -> out.println("  sortie  " + s));
            d.duplicateOf().ifPresent(x -> out.println("  likely duplicate of " + x));
            for (Transition t : store.history(d.id())) {
                out.printf(Locale.ROOT, "  %3d  %s  %-9s → %-9s  %s%n", t.number(), t.at(), t.from() == null ? "" : t.from(), t.to(), t.reason());
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "cancel", mixinStandardHelpOptions = true, description = "Withdraw a delivery that has not taken off.")
    static final class Cancel extends StoreCommand {
        @Parameters(paramLabel = "PARCEL") String id;
        @Option(names = "--reason", required = true, description = "Why, in a sentence (kept in the history)")
        String reason;

        Cancel(CliEnvironment env) {
            super(env);
        }

        @Override
        int run(DeliveryStore store, PrintWriter out, PrintWriter err) {
            if (reason.isBlank()) {
                err.println("error: --reason: expected a sentence saying why");
                return ExitCodes.BAD_INPUT;
            }
            Outcome o = store.transition(id.trim(), DeliveryState.CANCELLED, "cancelled: " + reason.trim());
            switch (o.kind()) {
                case DONE -> {
                    out.println(o.message());
                    return ExitCodes.OK;
                }
                case UNKNOWN -> {
                    err.println("error: " + o.message());
                    return ExitCodes.BAD_INPUT;
                }
                default -> {
                    err.println("refused: " + o.message());
                    return ExitCodes.FAILED;
                }
            }
        }
    }
}
