package org.lifeline.groundstation.cli;

import org.lifeline.command.CommandSettings;
import org.lifeline.command.ControlResult;
import org.lifeline.command.ControlSettings;
import org.lifeline.command.CopterMode;
import org.lifeline.command.VehicleControl;
import org.lifeline.groundstation.session.VehicleSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * {@code lifeline vehicle ...}: the pilot's actions. Each is a thin class that names one
 * {@link VehicleControl} call; {@link Action} opens the session, runs it and prints its result.
 */
@Command(name = "vehicle", description = "Arm, disarm, change mode, start the mission, return or land.",
        mixinStandardHelpOptions = true,
        subcommands = {VehicleCommand.Arm.class, VehicleCommand.Disarm.class, VehicleCommand.Mode.class,
                VehicleCommand.Start.class, VehicleCommand.Rtl.class, VehicleCommand.Land.class, WatchCommand.class})
final class VehicleCommand {

    /** Runs one action and turns its {@link ControlResult} into output and an exit code. */
    abstract static class Action extends SessionCommand {

        @Option(names = "--arming-timeout", paramLabel = "SECONDS", defaultValue = "30",
                description = "How long arming is retried while pre-arm checks fail (default: ${DEFAULT-VALUE}).")
        int armingSeconds;

        Action(CliEnvironment env) {
            super(env);
        }

        abstract CompletableFuture<ControlResult> act(VehicleControl control);

        /** Why this action must not be taken on this vehicle, checked before it is (none by default). */
        Optional<String> refusal(VehicleSession session) throws Exception {
            return Optional.empty();
        }

        @Override
        void prepare() {
            if (armingSeconds < 1 || armingSeconds > 600) {
                throw new IllegalArgumentException("--arming-timeout: expected 1..600 seconds, got " + armingSeconds);
            }
        }

        @Override
        final int run(VehicleSession session) throws Exception {
            Optional<String> refused = refusal(session);
            if (refused.isPresent()) {
                return error(ExitCodes.FAILED, refused.get());
            }
            ControlSettings settings = ControlSettings.defaults()
                    .withArmingDeadline(Duration.ofSeconds(armingSeconds))
                    .withCommands(CommandSettings.defaults().withOurSystemId(session.ownSystemId()));
            try (VehicleControl control = VehicleControl.open(session.channel(), session.scheduler(), settings,
                    session.targetSystem(), session.targetComponent(), note -> err().println(note))) {
                ControlResult r;
                try {
                    // every step is bounded by its own timeouts; this outer bound only guards against a bug
                    r = act(control).get(armingSeconds + 120L, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    return error(ExitCodes.FAILED, "no result from the vehicle in time");
                }
                if (!r.success()) {
                    return error(ExitCodes.FAILED, r.message());
                }
                out().println(r.message());
                out().flush();
                return ExitCodes.OK;
            }
        }
    }

    @Command(name = "arm", mixinStandardHelpOptions = true,
            description = "Arm, retrying while pre-arm checks fail (ArduPilot will not arm in AUTO: use 'start').")
    static final class Arm extends Action {
        @Option(names = "--force", description = "Skip the autopilot's pre-arm checks (bench tests only).")
        boolean force;

        Arm(CliEnvironment env) {
            super(env);
        }

        @Override
        CompletableFuture<ControlResult> act(VehicleControl control) {
            return control.arm(force);
        }
    }

    @Command(name = "disarm", mixinStandardHelpOptions = true, description = "Disarm.")
    static final class Disarm extends Action {
        @Option(names = "--force", description = "Disarm even in flight: the motors stop and the vehicle falls.")
        boolean force;

        Disarm(CliEnvironment env) {
            super(env);
        }

        @Override
        CompletableFuture<ControlResult> act(VehicleControl control) {
            return control.disarm(force);
        }
    }

    @Command(name = "mode", mixinStandardHelpOptions = true,
            description = "Set an ArduPilot Copter flight mode by name, confirmed by the heartbeat.")
    static final class Mode extends Action {
        @Parameters(paramLabel = "NAME", description = "GUIDED, AUTO, LOITER, RTL, LAND, ... (case-insensitive).")
        String name;
        private CopterMode mode;

        Mode(CliEnvironment env) {
            super(env);
        }

        @Override
        void prepare() {
            super.prepare();
            mode = CopterMode.fromName(name);
        }

        @Override
        CompletableFuture<ControlResult> act(VehicleControl control) {
            return control.setMode(mode);
        }
    }

    @Command(name = "start", mixinStandardHelpOptions = true,
            description = "Start the uploaded mission: GUIDED, arm (retried through pre-arm checks), MISSION_START (AUTO).")
    static final class Start extends Simple {
        Start(CliEnvironment env) {
            super(env, VehicleControl::startMission);
        }

        @Override
        Optional<String> refusal(VehicleSession session) throws Exception {
            return ReleasePathGuard.beforeStart(session);
        }
    }

    @Command(name = "rtl", mixinStandardHelpOptions = true, description = "Return to launch.")
    static final class Rtl extends Simple {
        Rtl(CliEnvironment env) {
            super(env, VehicleControl::returnToLaunch);
        }
    }

    @Command(name = "land", mixinStandardHelpOptions = true, description = "Land where the vehicle is.")
    static final class Land extends Simple {
        Land(CliEnvironment env) {
            super(env, VehicleControl::land);
        }
    }

    abstract static class Simple extends Action {
        private final Function<VehicleControl, CompletableFuture<ControlResult>> call;

        Simple(CliEnvironment env, Function<VehicleControl, CompletableFuture<ControlResult>> call) {
            super(env);
            this.call = call;
        }

        @Override
        CompletableFuture<ControlResult> act(VehicleControl control) {
            return call.apply(control);
        }
    }
}
