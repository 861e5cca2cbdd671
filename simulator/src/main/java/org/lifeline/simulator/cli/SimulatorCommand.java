package org.lifeline.simulator.cli;

import org.lifeline.simulator.port.PortOpener;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.lifeline.plan.FlightPlan;
import org.lifeline.plan.GeoPoint;
import org.lifeline.plan.PlanFileException;
import org.lifeline.plan.PlanFiles;
import org.lifeline.simulator.fault.Fault;
import org.lifeline.simulator.fault.FaultMode;
import org.lifeline.simulator.fault.FaultPlan;
import org.lifeline.simulator.flight.Wind;
import org.lifeline.simulator.vehicle.Parameters;
import org.lifeline.simulator.vehicle.Behaviour;
import org.lifeline.simulator.vehicle.SimulatedVehicle;
import org.lifeline.simulator.vehicle.SimulationClock;
import org.lifeline.simulator.vehicle.VehicleBuilder;
import org.lifeline.simulator.vehicle.VehicleState;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lifeline-simulator}: simulated ArduCopter flight controllers on real MAVLink links.
 * Exit codes: 0 done, 1 a port could not be opened or a plan file was bad, 2 bad arguments
 * (a malformed port URI included).
 *
 * <p>A run ends after {@code --duration}, when its thread is interrupted, or when the JVM shuts
 * down (Ctrl-C). Whichever it is, the simulation clock stops first, then the vehicles and their
 * ports close, and only then does the run return (the shutdown hook waits for it): a caller that
 * interrupts the thread and joins it finds the ports free. An interrupted run returns 0 with its
 * thread's interrupt status set again.
 */
@Command(name = "lifeline-simulator", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Simulated ArduPilot Copter flight controller(s) speaking MAVLink on real links.",
        footer = {"", "Fault modes (--fault NAME[=VALUE], repeatable):",
            "  drop-out, drop-in, duplicate-out, duplicate-in=FRACTION",
            "  reorder-out, reorder-in, corrupt-out, corrupt-in=FRACTION",
            "  latency=MS, bandwidth=BAUD, mission-silent",
            "  mission-reject-item=N:RESULT (e.g. 3:MAV_MISSION_INVALID_SEQUENCE)",
            "  reboot=S, gps-loss=S, battery-failure=S (S = seconds after takeoff)",
            "With --vehicles N, vehicle i gets system id SYSID+i and port numbers +10*i."})
public final class SimulatorCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--gcs", paramLabel = "URI", description = "ground-station port (default: ${DEFAULT-VALUE})",
            defaultValue = "tcpin://0.0.0.0:5760")
    String gcs;

    @Option(names = "--companion", paramLabel = "URI", description = "companion-computer port (optional), e.g. tcpin://0.0.0.0:5762")
    String companion;

    @Option(names = "--home", paramLabel = "LAT,LON,ALT", converter = GeoPointConverter.class,
            description = "launch point, altitude in metres AMSL (default: ${DEFAULT-VALUE})", defaultValue = "34.0655,114.4010,48")
    GeoPoint home;

    @Option(names = "--speedup", paramLabel = "N", description = "simulated seconds per wall-clock second (default: ${DEFAULT-VALUE})",
            defaultValue = "1")
    double speedup;

    @Option(names = "--seed", paramLabel = "S", description = "seed for wind gusts, GPS noise and fault dice (default: ${DEFAULT-VALUE})",
            defaultValue = "1")
    long seed;

    @Option(names = "--fault", paramLabel = "NAME[=VALUE]", converter = FaultConverter.class, description = "inject a fault (see below)")
    List<Fault> faults = new ArrayList<>();

    @Option(names = "--sysid", paramLabel = "N", description = "MAVLink system id (default: ${DEFAULT-VALUE})", defaultValue = "1")
    int sysid;

    @Option(names = "--vehicles", paramLabel = "N", description = "number of vehicles (default: ${DEFAULT-VALUE})", defaultValue = "1")
    int vehicles;

    @Option(names = "--wind", paramLabel = "SPEED,FROM[,GUST]", description = "steady wind m/s, direction it blows from (deg), gust std-dev m/s")
    String wind;

    @Option(names = "--plan", paramLabel = "FILE", description = "preload a .plan or .waypoints file (mission, fence, rally)")
    Path plan;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "set a parameter at boot, repeatable; "
            + "e.g. GRIP_ENABLE=0: the autopilot has no gripper and ignores the mission's DO_GRIPPER (the onboard agent owns the release)")
    Map<String, String> params = new LinkedHashMap<>();
    @Option(names = "--airframe", paramLabel = "sitl|delivery", defaultValue = "sitl",
            description = "sitl: ArduPilot SITL's quad on its 12.6 V 3300 mAh pack; delivery: the 1.6 kg delivery quad on a 4S 5000 mAh pack, "
                    + "as docs/examples/sim-quad.vehicle.json describes it to the planner (default: ${DEFAULT-VALUE})")
    String airframe;

    @Option(names = "--legacy-behaviour", description = "behave as the simulator did before it was checked against ArduPilot SITL "
            + "(frames kept, uploads accepted at once, one-step gripper to 1000 us, 4S 5000 mAh pack); default: as ArduPilot")
    boolean legacyBehaviour;

    @Option(names = "--duration", paramLabel = "SECONDS", description = "stop after this much simulated time (default: run until interrupted)")
    Double duration;

    private final PortOpener opener;
    private final CountDownLatch stop = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);

    public SimulatorCommand(PortOpener opener) {
        this.opener = opener;
    }

    @Override
    public Integer call() {
        try {
            return simulate();
        } finally {
            finished.countDown();
        }
    }

    private int simulate() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        validate();
        Map<String, Double> parameterValues = parameterValues();
        FaultPlan faultPlan = FaultPlan.of(faults);
        Wind windModel = parseWind();
        FlightPlan preload = null;
        if (plan != null) {
            try {
                preload = PlanFiles.read(plan);
            } catch (PlanFileException e) {
                err.println("lifeline-simulator: " + e.getMessage());
                return 1;
            }
        }
        long epochMicros = Instant.now().toEpochMilli() * 1000;
        List<AutoCloseable> closers = new ArrayList<>();
        List<SimulatedVehicle> fleet = new ArrayList<>();
        boolean interrupted = false;
        try (SimulationClock clock = new SimulationClock(SimulationClock.DEFAULT_STEP, epochMicros)) {
            for (int i = 0; i < vehicles; i++) {
                int id = sysid + i;
                VehicleBuilder b = SimulatedVehicle.builder().clock(clock).systemId(id).home(home).seed(seed + i)
                        .wind(windModel).faults(faultPlan).frameFaultsOnPorts(false).parameter("SIM_SPEEDUP", speedup)
                        .behaviour(legacyBehaviour ? Behaviour.LEGACY : Behaviour.ARDUPILOT);
                if ("delivery".equals(airframe)) {
                    b.deliveryQuad();
                }
                parameterValues.forEach(b::parameter);
                try {
                    b.port("gcs", open(offsetPort(gcs, i), id, faultPlan, seed + i, closers, out));
                    if (companion != null) {
                        b.port("companion", open(offsetPort(companion, i), id, faultPlan, seed + 1000 + i, closers, out));
                    }
                } catch (IllegalArgumentException e) {
                    err.println("lifeline-simulator: " + e.getMessage());
                    return 2;
                } catch (IOException e) {
                    err.println("lifeline-simulator: " + e.getMessage());
                    return 1;
                }
                SimulatedVehicle v = b.build();
                if (preload != null) {
                    v.preload(preload);
                }
                fleet.add(v);
            }
            for (Fault f : faults) {
                out.println("fault: " + f.toSpec());
            }
            Thread hook = new Thread(this::stopAndWait, "simulator-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            clock.startLive(speedup, duration == null ? Double.POSITIVE_INFINITY : duration);
            String reason = run(clock, fleet, out);
            // Clear the interrupt while shutting down, so that the clock's and the ports' threads are
            // waited for (a join in an interrupted thread returns at once); it is set again below.
            interrupted = Thread.interrupted() || reason.equals(INTERRUPTED);
            clock.close();
            status(fleet, out);
            out.println("stopped: " + reason);
            out.flush();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is exiting because of this very hook
            }
        } finally {
            interrupted |= Thread.interrupted();
            fleet.forEach(SimulatedVehicle::close);
            for (AutoCloseable c : closers) {
                try {
                    c.close();
                } catch (Exception ignored) {
                    // closing on the way out: nothing useful to do
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        return 0;
    }

    private static final String INTERRUPTED = "interrupted";

    /** The shutdown hook: ends the run and waits (bounded) until its ports are closed. */
    private void stopAndWait() {
        stop.countDown();
        try {
            finished.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs until the duration has passed, the thread is interrupted or the JVM shuts down; returns which. */
    private String run(SimulationClock clock, List<SimulatedVehicle> fleet, PrintWriter out) {
        long lastStatus = 0;
        while (true) {
            try {
                if (stop.await(50, TimeUnit.MILLISECONDS)) {
                    return "shutting down";
                }
            } catch (InterruptedException e) {
                return INTERRUPTED;
            }
            if (!clock.isLive()) {
                return "after " + duration + " simulated seconds";
            }
            long now = System.nanoTime();
            if (now - lastStatus >= 5_000_000_000L) {
                lastStatus = now;
                status(fleet, out);
            }
        }
    }

    private static void status(List<SimulatedVehicle> fleet, PrintWriter out) {
        for (SimulatedVehicle v : fleet) {
            VehicleState s = v.publishedState();
            out.println(String.format(Locale.ROOT, "t=%7.1fs sys=%d %-9s %s alt=%6.1fm gs=%4.1fm/s bat=%d%% %.2fV wp=%d",
                    s.timeSeconds(), v.systemId(), s.mode(), s.armed() ? "ARMED   " : "disarmed", s.relativeAltitude(),
                    s.groundSpeed(), s.batteryRemaining(), s.batteryVoltage(), s.missionSeq()));
        }
        out.flush();
    }

    private org.lifeline.mavlink.MessageChannel open(String uri, int id, FaultPlan faultPlan, long fseed, List<AutoCloseable> closers,
                                                     PrintWriter out) throws IOException {
        PortOpener.OpenPort port = opener.open(uri, id, faultPlan, fseed);
        closers.add(port.closer());
        out.println("vehicle " + id + ": port " + uri);
        out.flush();
        return port.channel();
    }

    private void validate() {
        CommandLine cl = spec.commandLine();
        if (!(speedup > 0) || Double.isInfinite(speedup)) {
            throw new CommandLine.ParameterException(cl, "--speedup must be a positive number, got " + speedup);
        }
        if (sysid < 1 || sysid > 255) {
            throw new CommandLine.ParameterException(cl, "--sysid must be 1..255, got " + sysid);
        }
        if (vehicles < 1 || sysid + vehicles - 1 > 255) {
            throw new CommandLine.ParameterException(cl, "--vehicles must be at least 1 and keep system ids within 255, got " + vehicles);
        }
        if (!"sitl".equals(airframe) && !"delivery".equals(airframe)) {
            throw new CommandLine.ParameterException(cl, "--airframe must be sitl or delivery, got \"" + airframe + "\"");
        }
        if (duration != null && !(duration > 0)) {
            throw new CommandLine.ParameterException(cl, "--duration must be a positive number of seconds, got " + duration);
        }
        if (faults.stream().anyMatch(f -> f.mode() == FaultMode.BANDWIDTH) && speedup != 1) {
            spec.commandLine().getErr().println("note: bandwidth and latency faults run on wall-clock time; at --speedup "
                    + speedup + " they are " + speedup + " times harsher in simulated time");
        }
    }

    /** The --param values, each a known parameter with a number; an unknown name is bad usage. */
    private Map<String, Double> parameterValues() {
        CommandLine cl = spec.commandLine();
        Map<String, Double> values = new LinkedHashMap<>();
        Parameters known = new Parameters();
        params.forEach((name, value) -> {
            if (known.get(name).isEmpty()) {
                throw new CommandLine.ParameterException(cl, "--param " + name + ": unknown parameter; known: " + known.names());
            }
            try {
                values.put(name, Double.parseDouble(value.strip()));
            } catch (NumberFormatException e) {
                throw new CommandLine.ParameterException(cl, "--param " + name + "=" + value + ": expected a number");
            }
        });
        return values;
    }

    private Wind parseWind() {
        if (wind == null) {
            return Wind.calm();
        }
        String[] p = wind.split(",");
        try {
            if (p.length < 2 || p.length > 3) {
                throw new IllegalArgumentException("expected SPEED,FROM[,GUST]");
            }
            double gust = p.length == 3 ? Double.parseDouble(p[2].trim()) : 0;
            return new Wind(Double.parseDouble(p[0].trim()), Double.parseDouble(p[1].trim()), gust, 4);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--wind '" + wind + "' is not SPEED,FROM[,GUST] (m/s, degrees, m/s): " + e.getMessage());
        }
    }

    /** The URI with its port number raised by 10 × {@code index} (SITL's instance convention). */
    static String offsetPort(String uri, int index) {
        if (index == 0) {
            return uri;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(":(\\d+)(?=$|[/?])").matcher(uri);
        int last = -1;
        while (m.find()) {
            last = m.start(1);
        }
        if (last < 0) {
            throw new IllegalArgumentException("cannot give vehicle " + index + " its own port: '" + uri + "' has no port number");
        }
        int end = last;
        while (end < uri.length() && Character.isDigit(uri.charAt(end))) {
            end++;
        }
        int port = Integer.parseInt(uri.substring(last, end)) + 10 * index;
        return uri.substring(0, last) + port + uri.substring(end);
    }

    /** Runs the command with {@code opener}; returns the exit code. */
    public static int run(PortOpener opener, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new SimulatorCommand(opener));
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args);
    }
}
