package org.lifeline.groundstation.testing;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;

import org.lifeline.simulator.cli.SimulatorCommand;
import org.lifeline.simulator.port.LinkPortOpener;
import org.lifeline.support.Await;
import org.lifeline.time.SystemScheduler;

/**
 * Our simulated ArduCopter in this JVM, its GCS port on a free TCP port of 127.0.0.1. Like
 * ArduPilot SITL's TCP serial ports it serves one client at a time. Close it to stop it (the
 * port stops answering).
 */
public final class SimulatorOnTcp implements AutoCloseable {

    private final int port;
    private final Thread thread;
    private final StringWriter log = new StringWriter();

    private SimulatorOnTcp(int port, String... options) {
        this.port = port;
        String[] args = new String[2 + options.length];
        args[0] = "--gcs";
        args[1] = "tcpin://127.0.0.1:" + port;
        System.arraycopy(options, 0, args, 2, options.length);
        this.thread = new Thread(() -> {
            try (SystemScheduler wall = new SystemScheduler("simulator-links")) {
                SimulatorCommand.run(new LinkPortOpener(wall), new PrintWriter(log, true), new PrintWriter(log, true), args);
            }
        }, "simulator-" + port);
        thread.setDaemon(true);
    }

    /** At the fire station, at 5× speed, with no gripper: {@link #withOptions} with those. */
    public static SimulatorOnTcp start() throws IOException {
        return withOptions("--home", "34.0655,114.401,50", "--speedup", "5", "--param", "GRIP_ENABLE=0");
    }

    /** Starts one with the simulator's {@code options} (all but {@code --gcs}) and waits until its port listens (20 s at most). */
    public static SimulatorOnTcp withOptions(String... options) throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        SimulatorOnTcp sim = new SimulatorOnTcp(port, options);
        sim.thread.start();
        boolean listening = Await.until(() -> {
            try (Socket probe = new Socket("127.0.0.1", port)) {
                return true;
            } catch (IOException notYet) {
                return false;
            }
        }, Duration.ofSeconds(20));
        if (!listening) {
            sim.close();
            throw new AssertionError("the simulator is not listening on " + port + " after 20 s: " + sim.log());
        }
        return sim;
    }

    /** The link URI a ground station connects with. */
    public String link() {
        return "tcp://127.0.0.1:" + port;
    }

    public String log() {
        return log.toString();
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
