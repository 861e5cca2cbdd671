package org.lifeline.groundstation.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.lifeline.groundstation.airspace.Airspace;
import org.lifeline.groundstation.airspace.AirspaceException;
import org.lifeline.groundstation.airspace.AirspaceReader;
import org.lifeline.groundstation.demo.DemoPaths;
import org.lifeline.groundstation.demo.DemoRun;
import org.lifeline.groundstation.demo.DemoSettings;
import org.lifeline.groundstation.demo.DemoSummary;
import org.lifeline.groundstation.demo.Progress;
import org.lifeline.groundstation.planning.vehicle.VehicleFileException;
import org.lifeline.groundstation.planning.vehicle.VehicleFileReader;
import org.lifeline.groundstation.planning.vehicle.VehicleProfile;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code lifeline demo}: the whole operation on this machine with nothing installed but Java —
 * an embedded broker, three simulated drones with their onboard agents, one dispatch wave flown,
 * recipients confirming, the dashboard, a summary. See {@link org.lifeline.groundstation.demo}.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"The whole operation on this machine: an MQTT broker inside the ground station (or --broker), three "
                + "simulated drones and three onboard agents as their own processes, the sample airspace and the demo "
                + "scenario's requests, one dispatch wave flown at a speed-up, each parcel confirmed by a simulated recipient "
                + "through its label's URL, the dashboard while it runs, and a summary. Output and every log in demo-out/.",
                "Ctrl-C stops every process it started."})
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--speedup", defaultValue = "10", paramLabel = "N",
            description = "Simulated seconds per second for every drone (default: ${DEFAULT-VALUE})")
    int speedup;

    @Option(names = "--broker", paramLabel = "URI", description = "A real MQTT broker, tcp://HOST:PORT (default: one embedded in the demo)")
    String broker;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT",
            description = "The dashboard's port on 127.0.0.1; taken or 0: a free one (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--keep-serving", description = "Leave the dashboard up after the summary, until Ctrl-C")
    boolean keepServing;

    @Option(names = "--minutes", defaultValue = "10", paramLabel = "N",
            description = "Give up when not done after N minutes (default: ${DEFAULT-VALUE})")
    long minutes;

    @Option(names = "--recipient-delay", defaultValue = "3", paramLabel = "SECONDS",
            description = "How long after a release the recipient confirms (default: ${DEFAULT-VALUE})")
    long recipientDelay;

    @Option(names = "--requests", paramLabel = "FILE", description = "The scenario's requests CSV (default: docs/examples/demo-requests.csv)")
    Path requests;

    @Option(names = "--out", paramLabel = "DIR", description = "Where the store, logs and reports go; emptied first (default: demo-out/ of the checkout)")
    Path out;

    @Option(names = "--home", paramLabel = "DIR", description = "The Lifeline checkout (default: the one this program runs from)")
    Path home;

    @Option(names = "--simulator-jar", paramLabel = "FILE", description = "The simulator's jar (default: simulator/target/lifeline-simulator.jar)")
    Path simulatorJar;

    @Option(names = "--agent-jar", paramLabel = "FILE", description = "The onboard agent's jar (default: onboard-agent/target/lifeline-agent.jar)")
    Path agentJar;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Clock clock;

    DemoCommand(CliEnvironment env) {
        this.clock = env.clock();
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        DemoSettings settings;
        try {
            if (recipientDelay < 0 || minutes < 1) {
                throw new IllegalArgumentException("--recipient-delay: expected 0 or more; --minutes: expected 1 or more");
            }
            settings = new DemoSettings(speedup, Optional.ofNullable(broker), port, Duration.ofSeconds(recipientDelay),
                    Duration.ofMinutes(minutes), keepServing);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        Path h = home != null ? home : DemoPaths.defaultHome();
        DemoPaths paths = DemoPaths.under(h, Optional.ofNullable(simulatorJar), Optional.ofNullable(agentJar),
                Optional.ofNullable(requests), out != null ? out : h.resolve("demo-out"));
        List<String> missing = paths.missing();
        if (!missing.isEmpty()) {
            missing.forEach(m -> err.println("error: " + m));
            return ExitCodes.BAD_INPUT;
        }
        Airspace airspace;
        VehicleProfile vehicle;
        try {
            airspace = AirspaceReader.read(paths.airspace());
            vehicle = VehicleFileReader.read(paths.vehicle());
        } catch (IOException e) {
            err.println("error: " + paths.airspace() + ": cannot read: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (AirspaceException | VehicleFileException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        Progress progress = new Progress(spec.commandLine().getOut());
        DemoRun run = new DemoRun(paths, settings, clock, progress);
        try {
            DemoSummary summary = run.run(airspace, vehicle);
            if (!summary.allConfirmed()) {
                err.println("error: not every delivery was confirmed (see the summary above)");
                return ExitCodes.FAILED;
            }
            progress.say("done; everything the demo started has stopped");
            return ExitCodes.OK;
        } catch (DemoRun.Stopped e) {
            err.println(e.getMessage() + "; every process the demo started has been stopped");
            return ExitCodes.FAILED;
        } catch (DemoRun.DemoFailure e) {
            err.println("error: " + e.getMessage());
            err.println("every process the demo started has been stopped; logs in " + paths.out());
            return ExitCodes.FAILED;
        }
    }
}
