package org.lifeline.groundstation.cli;

import org.lifeline.groundstation.logs.archive.UploadedPlans;
import org.lifeline.groundstation.session.VehicleSession;
import org.lifeline.mission.MissionPlan;
import org.lifeline.mission.MissionType;
import org.lifeline.mission.transfer.MissionTransferClient;
import org.lifeline.mission.transfer.TransferOptions;
import org.lifeline.mission.transfer.TransferResult;
import org.lifeline.plan.FlightPlan;
import org.lifeline.plan.PlanFiles;
import org.lifeline.plan.VehiclePlans;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * {@code lifeline mission upload|download|clear}: move plans between a file and the vehicle with
 * the mission protocol. Uploads are verified by reading the plan back.
 */
@Command(name = "mission", description = "Upload, download or clear the vehicle's mission, fence or rally points.",
        mixinStandardHelpOptions = true,
        subcommands = {MissionCommand.Upload.class, MissionCommand.Download.class, MissionCommand.Clear.class})
final class MissionCommand {

    /** A transfer that takes longer than this is a bug: each step has its own timeouts and retries. */
    private static final long GUARD_MINUTES = 15;

    /** The {@code --type} option shared by the three commands. */
    abstract static class Transfer extends SessionCommand {

        @Option(names = "--type", paramLabel = "TYPE", defaultValue = "mission",
                description = "mission, fence, rally or all (default: ${DEFAULT-VALUE}).")
        String type;

        List<MissionType> types;

        Transfer(CliEnvironment env) {
            super(env);
        }

        @Override
        void prepare() {
            types = switch (type.toLowerCase(Locale.ROOT)) {
                case "mission" -> List.of(MissionType.MISSION);
                case "fence" -> List.of(MissionType.FENCE);
                case "rally" -> List.of(MissionType.RALLY);
                case "all" -> List.of(MissionType.MISSION, MissionType.FENCE, MissionType.RALLY);
                default -> throw new IllegalArgumentException("--type: expected mission, fence, rally or all, got '" + type + "'");
            };
        }

        MissionTransferClient client(VehicleSession s) {
            TransferOptions options = TransferOptions.defaults()
                    .withTarget(s.targetSystem(), s.targetComponent())
                    .withOwnSystemId(s.ownSystemId())
                    .withHomeAtSeqZero(s.isArduPilot());
            return new MissionTransferClient(s.channel(), s.scheduler(), options);
        }

        /** Runs one transfer per type, in order, stopping at the first failure. */
        int each(VehicleSession s, Function<MissionType, CompletableFuture<TransferResult>> transfer,
                 Map<MissionType, MissionPlan> got) throws Exception {
            for (MissionType t : types) {
                TransferResult r = transfer.apply(t).get(GUARD_MINUTES, TimeUnit.MINUTES);
                if (!r.isSuccess()) {
                    return error(ExitCodes.FAILED, t.name().toLowerCase(Locale.ROOT) + " " + verb(r) + " failed: "
                            + r.outcome().description() + " (" + r.detail() + ")");
                }
                r.downloadedPlan().ifPresent(p -> got.put(t, p));
                out().printf(Locale.ROOT, "%s %s: %d items%s in %.1f s%n", t.name().toLowerCase(Locale.ROOT), verb(r),
                        r.itemsTotal(), r.retransmissions() > 0 ? " (" + r.retransmissions() + " resends)" : "",
                        r.elapsed().toMillis() / 1000.0);
                out().flush();
            }
            return ExitCodes.OK;
        }

        private static String verb(TransferResult r) {
            return switch (r.operation()) {
                case VERIFIED_UPLOAD -> "uploaded and verified";
                case UPLOAD -> "uploaded";
                case DOWNLOAD -> "downloaded";
                case CLEAR -> "cleared";
                case SET_CURRENT -> "set current";
            };
        }
    }

    @Command(name = "upload", mixinStandardHelpOptions = true,
            description = "Upload a .waypoints or .plan file, then read it back and compare.")
    static final class Upload extends Transfer {
        @Parameters(paramLabel = "FILE", description = "A .waypoints (QGC WPL 110) or .plan (QGroundControl) file.")
        Path file;

        @Option(names = "--data", paramLabel = "DIR", defaultValue = "lifeline-data",
                description = "The data folder: the mission uploaded is recorded there as the vehicle's plan, and the sortie "
                        + "'vehicle watch' files later is filed with it (default: ${DEFAULT-VALUE}).")
        Path data;

        private final Map<MissionType, MissionPlan> plans = new EnumMap<>(MissionType.class);

        Upload(CliEnvironment env) {
            super(env);
        }

        @Override
        void prepare() {
            super.prepare();
            VehiclePlans vp = VehiclePlans.of(PlanFiles.read(file));
            for (MissionType t : types) {
                MissionPlan p = switch (t) {
                    case MISSION -> vp.mission();
                    case FENCE -> vp.fence();
                    case RALLY -> vp.rally();
                };
                if (p.size() == 0 && types.size() == 1) {
                    throw new IllegalArgumentException(file + ": holds no " + t.name().toLowerCase(Locale.ROOT)
                            + " items (to remove the vehicle's, use 'lifeline mission clear --type "
                            + t.name().toLowerCase(Locale.ROOT) + "')");
                }
                plans.put(t, p);
            }
        }

        @Override
        int run(VehicleSession s) throws Exception {
            if (plans.containsKey(MissionType.MISSION)) {
                Optional<String> refusal = ReleasePathGuard.beforeUpload(s, plans.get(MissionType.MISSION).items());
                if (refusal.isPresent()) {
                    return error(ExitCodes.FAILED, refusal.get());
                }
            }
            try (MissionTransferClient client = client(s)) {
                ProgressLine progress = new ProgressLine(err(), System.console() != null);
                int code = each(s, t -> client.uploadVerified(plans.get(t), progress::update)
                        .whenComplete((r, e) -> progress.end()), new EnumMap<>(MissionType.class));
                if (code == ExitCodes.OK && plans.containsKey(MissionType.MISSION)) {
                    try {
                        Path kept = new UploadedPlans(data).record("sys" + s.targetSystem(), file);
                        out().println("recorded as the plan of sys" + s.targetSystem() + " in " + kept);
                    } catch (java.io.IOException e) {
                        err().println("warning: the plan was not recorded in " + data + " (" + describe(e)
                                + "); a sortie flown with it is filed without its plan unless 'vehicle watch --plan' names it");
                    }
                    out().flush();
                    err().flush();
                }
                return code;
            }
        }
    }

    @Command(name = "download", mixinStandardHelpOptions = true,
            description = "Read the vehicle's plan and write it to a .plan or .waypoints file.")
    static final class Download extends Transfer {
        @Parameters(paramLabel = "FILE", description = "Where to write: .plan holds all three plans, .waypoints only a mission.")
        Path file;

        Download(CliEnvironment env) {
            super(env);
        }

        @Override
        void prepare() {
            super.prepare();
            PlanFiles.Format format = PlanFiles.Format.of(file);
            if (format == PlanFiles.Format.WAYPOINTS && !types.equals(List.of(MissionType.MISSION))) {
                throw new IllegalArgumentException(file + ": a .waypoints file holds only a mission; write fence and rally to a .plan file");
            }
        }

        @Override
        int run(VehicleSession s) throws Exception {
            Map<MissionType, MissionPlan> got = new EnumMap<>(MissionType.class);
            try (MissionTransferClient client = client(s)) {
                ProgressLine progress = new ProgressLine(err(), System.console() != null);
                int code = each(s, t -> client.download(t, progress::update).whenComplete((r, e) -> progress.end()), got);
                if (code != ExitCodes.OK) {
                    return code;
                }
            }
            FlightPlan plan = new VehiclePlans(got.getOrDefault(MissionType.MISSION, MissionPlan.empty(MissionType.MISSION)),
                    got.getOrDefault(MissionType.FENCE, MissionPlan.empty(MissionType.FENCE)),
                    got.getOrDefault(MissionType.RALLY, MissionPlan.empty(MissionType.RALLY))).toFlightPlan();
            PlanFiles.write(file, plan);
            out().println("wrote " + file);
            out().flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "clear", mixinStandardHelpOptions = true, description = "Remove the vehicle's plan of a type.")
    static final class Clear extends Transfer {
        Clear(CliEnvironment env) {
            super(env);
        }

        @Override
        int run(VehicleSession s) throws Exception {
            try (MissionTransferClient client = client(s)) {
                return each(s, client::clear, new EnumMap<>(MissionType.class));
            }
        }
    }
}
