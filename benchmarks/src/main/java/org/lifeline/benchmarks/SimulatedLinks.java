package org.lifeline.benchmarks;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.lifeline.simulator.cli.SimulatorCommand;
import org.lifeline.simulator.port.LinkPortOpener;
import org.lifeline.support.Await;
import org.lifeline.time.SystemScheduler;

/**
 * Our simulated ArduCopters in this JVM, as {@code lifeline-simulator --vehicles N} runs them
 * (one simulation clock per 200 vehicles, vehicle i of a simulator with system id i + 1), vehicle
 * i's GCS port on TCP {@code base + 10 i} of 127.0.0.1, each serving one client at a time as SITL does. Each has
 * the same mission preloaded: take off to 40 m, then lap a 400 m square around home for ever
 * (DO_JUMP, repeat −1), so that a started vehicle keeps moving.
 */
final class SimulatedLinks implements AutoCloseable {

    static final double HOME_LAT = 34.0655;
    static final double HOME_LON = 114.401;

    static final int PER_SIMULATOR = 200;

    private final List<Thread> threads = new ArrayList<>();
    private final StringWriter log = new StringWriter();
    private final Map<String, String> links = new LinkedHashMap<>();

    private SimulatedLinks() {
    }

    /**
     * Starts {@code vehicles} vehicles, {@value #PER_SIMULATOR} at most per simulator (MAVLink
     * system ids end at 255), and waits until every port listens (30 s at most per simulator).
     */
    static SimulatedLinks start(int vehicles, double speedup) throws IOException, InterruptedException {
        Path plan = Files.createTempFile("lifeline-link-bench", ".waypoints");
        Files.writeString(plan, squareLaps());
        SimulatedLinks sim = new SimulatedLinks();
        try {
            for (int first = 0; first < vehicles; first += PER_SIMULATOR) {
                sim.simulator(first, Math.min(PER_SIMULATOR, vehicles - first), plan, speedup);
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            sim.close();
            throw e;
        }
        return sim;
    }

    /** One simulator of {@code count} vehicles, drones {@code first}…, on free ports. */
    private void simulator(int first, int count, Path plan, double speedup) throws IOException, InterruptedException {
        int base = freeBase(count);
        List<String> uris = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            uris.add("tcp://127.0.0.1:" + (base + 10 * i));
            links.put(String.format(Locale.ROOT, "sim-%02d", first + i), uris.get(i));
        }
        String[] args = {"--gcs", "tcpin://127.0.0.1:" + base, "--vehicles", Integer.toString(count), "--home",
            HOME_LAT + "," + HOME_LON + ",50", "--speedup", Double.toString(speedup), "--param", "GRIP_ENABLE=0",
            "--seed", Integer.toString(1 + first), "--plan", plan.toString()};
        PrintWriter out = new PrintWriter(log, true);
        Thread thread = new Thread(() -> {
            try (SystemScheduler wall = new SystemScheduler("simulator-links")) {
                SimulatorCommand.run(new LinkPortOpener(wall), out, out, args);
            }
        }, "simulator-" + first);
        thread.setDaemon(true);
        threads.add(thread);
        thread.start();
        for (String uri : uris) {
            if (!Await.until(() -> listening(port(uri)) || !thread.isAlive(), Duration.ofSeconds(30)) || !listening(port(uri))) {
                throw new IOException("the simulator does not listen on " + uri + ": " + log);
            }
        }
    }

    /** Drone id to its link URI. */
    Map<String, String> links() {
        return links;
    }

    /** Home, take off to 40 m, four corners of a 400 m square, jump back to the first corner for ever. */
    private static String squareLaps() {
        double dLat = 200 / 111_320.0;
        double dLon = 200 / (111_320.0 * Math.cos(Math.toRadians(HOME_LAT)));
        StringBuilder b = new StringBuilder("QGC WPL 110\n");
        b.append(item(0, 1, 0, 16, 0, 0, HOME_LAT, HOME_LON, 50));
        b.append(item(1, 0, 3, 22, 0, 0, 0, 0, 40));
        double[][] corners = {{1, 1}, {1, -1}, {-1, -1}, {-1, 1}};
        for (int i = 0; i < corners.length; i++) {
            b.append(item(2 + i, 0, 3, 16, 0, 0, HOME_LAT + corners[i][0] * dLat, HOME_LON + corners[i][1] * dLon, 40));
        }
        b.append(item(6, 0, 3, 177, 2, -1, 0, 0, 0));
        return b.toString();
    }

    private static String item(int seq, int current, int frame, int command, double p1, double p2, double lat, double lon, double alt) {
        return String.format(Locale.ROOT, "%d\t%d\t%d\t%d\t%.0f\t%.0f\t0\t0\t%.7f\t%.7f\t%.6f\t1%n", seq, current, frame, command, p1, p2,
                lat, lon, alt);
    }

    /** A base port whose every vehicle port (base + 10 i) is free now. */
    private static int freeBase(int vehicles) throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int base = ThreadLocalRandom.current().nextInt(20_000, 40_000);
            boolean free = true;
            for (int i = 0; i < vehicles && free; i++) {
                try (ServerSocket s = new ServerSocket(base + 10 * i, 1, java.net.InetAddress.getLoopbackAddress())) {
                    free = s.getLocalPort() > 0;
                } catch (IOException taken) {
                    free = false;
                }
            }
            if (free) {
                return base;
            }
        }
        throw new IOException("no " + vehicles + " free ports 10 apart found between 20000 and 40000");
    }

    private static int port(String uri) {
        return Integer.parseInt(uri.substring(uri.lastIndexOf(':') + 1));
    }

    private static boolean listening(int port) {
        try (Socket probe = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    @Override
    public void close() {
        threads.forEach(Thread::interrupt);
        try {
            for (Thread t : threads) {
                t.join(10_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
